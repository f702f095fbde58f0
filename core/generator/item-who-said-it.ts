// Who-said-it: a quotation with a clearly attributed speaker; the options are other people
// from the article (then the lexicon), never anyone the quotation's own sentence names.
import type { Evidence } from '../quiz/schema.ts';
import type { Sentence } from './analysis.ts';
import { entityDistractors } from './distractors.ts';
import type { Entity } from './entities.ts';
import type { Quote } from './quotes.ts';
import { containsPhrase } from './words.ts';
import { clamp01, evidenceOf, usableSentence, type BuildContext, type Candidate } from './candidate.ts';

const MIN_WORDS = 6;
const MAX_WORDS = 28;

export function whoSaidItCandidates({ analysis, random }: BuildContext): Candidate[] {
  const out: Candidate[] = [];
  for (const q of analysis.quotes) {
    const s = analysis.sentences[q.sentence] as Sentence;
    if (!usableSentence(s) || q.speaker.kind !== 'person') continue;
    // "She added: …" followed back to a man (or "he" to a woman): the attribution is wrong, whatever the name.
    const pronoun = s.text.slice(q.speakerSpan[0], q.speakerSpan[1]).toLowerCase();
    if (q.speaker.gender && ((pronoun === 'she' && q.speaker.gender === 'm') || (pronoun === 'he' && q.speaker.gender === 'f'))) continue;
    const excerpt = quoteExcerpt(q, MAX_WORDS);
    if (!excerpt) continue;
    const { shown, truncated } = excerpt;
    const stem = `Who said: “${shown}”?`;
    if ([...q.speaker.aliases].some((a) => containsPhrase(stem, a))) continue;
    const evidence: Evidence[] = [evidenceOf(s, q.speakerSpan[0], q.speakerSpan[1])];
    const exclude: Entity[] = [];
    if (q.antecedent) {
      const as = analysis.sentences[q.antecedent.sentence] as Sentence;
      evidence.push(evidenceOf(as, q.antecedent.start, q.antecedent.end));
      exclude.push(...as.mentions.map((m) => m.entity));
    }
    const named = !q.antecedent;
    const make = (distractors: string[]): Candidate => ({
      type: 'who-said-it',
      stem,
      options: [q.speaker.name, ...distractors],
      key: 0,
      evidence,
      explanation: named
        ? `Paragraph ${s.paragraph} attributes these words to ${q.speaker.name}.`
        : q.continues
          ? `In paragraph ${s.paragraph} the quotation goes on from the words of ${q.speaker.name}, named in paragraph ${evidence[1]?.paragraph}.`
          : `Paragraph ${s.paragraph} attributes these words to the speaker named in paragraph ${evidence[1]?.paragraph}: ${q.speaker.name}.`,
      difficulty: clamp01(0.4 + (named ? 0 : 0.2) + (q.fragment ? 0.05 : 0) + (distractors.length === 3 ? 0.05 : 0)),
      score: 0.8 - (truncated ? 0.1 : 0) - (named ? 0 : 0.05),
      sentences: [s.index],
      keyId: q.speaker.id,
      facts: [`quote:${q.sentence}:${q.start}`],
      // Following "he said" back to the name in another sentence connects two statements of the text.
      ...(named ? {} : { understanding: true }),
    });
    const draft = make([]);
    draft.complete = () => {
      const d = entityDistractors(q.speaker, q.speaker.name, { analysis, evidence: s, stem, claim: [], random }, { count: 3, form: 'full', withThe: false, exclude, anyField: true });
      return d.length < 2 ? null : make(d.map((x) => x.text));
    };
    out.push(draft);
  }
  return out;
}

/**
 * A quotation as shown to a reader: asides in parentheses left out (as "…", so a cut never leaves
 * a bracket open), cut at a clause break when longer than `maxWords`, nested quotes made single.
 * Null when too short to recognise.
 */
export function quoteExcerpt(q: Quote, maxWords: number): { shown: string; truncated: boolean } | null {
  const cleaned = q.text.replace(/^[.…\s]+/, '').replace(/\s*\([^()]*\)\s*/g, ' … ').replace(/\s+…\s+([,;:])/g, ' …$1').replace(/\s+/g, ' ').trim();
  // "… to reverse the trend and said many young dancers …": narrative caught between mismatched quote marks.
  if (/[()]/.test(cleaned) || /\b(?:and|but)\s+(?:said|says|added|told)\b/.test(cleaned)) return null;
  const words = cleaned.split(/\s+/);
  if (words.length < MIN_WORDS) return null;
  const truncated = words.length > maxWords;
  let shown = (truncated ? cutAtClause(cutAtBracket(words.slice(0, maxWords - 4).join(' '))).replace(/[,;:—–…\s-]+$/, '') : words.join(' ')).replace(/[.,;:]+$/, '');
  // A nested quotation closing the quote keeps its words, not its trailing comma: 'a safe harbor,' -> 'a safe harbor'.
  shown = shown.replace(/[.,;:]+(['’])$/, '$1');
  shown = shown.replace(/"/g, "'");
  if (q.fragment) shown = `…${shown}`;
  if (truncated) shown += '…';
  return { shown, truncated };
}

/** A cut inside an editor's [bracket] or 'nested quote' backs up to before it. */
function cutAtBracket(text: string): string {
  const open = text.lastIndexOf('[');
  if (open > text.lastIndexOf(']')) return text.slice(0, open).trimEnd();
  const singles = (text.match(/(?:^|\s)['‘]/g) ?? []).length;
  const closes = (text.match(/['’](?=\s|$|[,.;:])/g) ?? []).length;
  if (singles > closes) return text.slice(0, Math.max(text.lastIndexOf(" '"), text.lastIndexOf(' ‘'))).trimEnd();
  return text;
}

/** Prefer ending a shortened quotation at a clause break (after ten words or more). */
function cutAtClause(text: string): string {
  let best = -1;
  for (const m of text.matchAll(/[,;:—–]/g)) {
    // Not right after an ellipsis that stands for a left-out aside: the sentence goes on from there.
    if (text.slice(0, m.index).split(/\s+/).length >= 10 && !/…\s*$/.test(text.slice(0, m.index))) best = m.index;
  }
  return best > 0 ? text.slice(0, best) : text;
}
