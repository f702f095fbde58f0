// Who-said-it: a quotation with a clearly attributed speaker; the options are other people
// from the article (then the lexicon), never anyone the quotation's own sentence names.
import type { Evidence } from '../quiz/schema.ts';
import type { Sentence } from './analysis.ts';
import { entityDistractors } from './distractors.ts';
import type { Entity } from './entities.ts';
import type { Quote } from './quotes.ts';
import type { Voice } from './roles.ts';
import { containsPhrase, STOPWORDS } from './words.ts';
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
    if (!standsAlone(shown)) continue;
    // The whole quotation, not only the part shown: "… as we spoke" past the cut is still a member's voice.
    const voice = voiceOf(q.text);
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
      const d = entityDistractors(q.speaker, q.speaker.name, { analysis, evidence: s, stem, claim: [], random }, { count: 3, form: 'full', withThe: false, exclude, anyField: true, ...(voice ? { voice } : {}) });
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

// "we", "us", "our": the speaker speaks as one of a body. Case matters: "US" is a country, "Us" opens a sentence.
const MEMBER_WORDS = /\b(?:[Ww]e|[Oo]ur|[Oo]urs|[Oo]urselves|[Ll]et's|us|Us)\b/;
// "they", "the government": the speaker speaks of a body from outside (or of another one).
const ABOUT_WORDS = /\b(?:[Tt]hey|[Tt]hem|[Tt]heir|[Tt]heirs|[Tt]hemselves)\b|\b(?:the|its) (?:government|company|firm|council|club|board|party|ministry|administration|authorities|management|union)\b/i;
// Words quoted inside the quotation ("… and say 'melons' as we spoke") are someone else's.
const NESTED = /(^|[\s(])['‘][^'‘’]*['’](?=[\s,.;:!?)…]|$)/g;

/** How a quotation speaks: as one of a body, of one from outside, or neither. */
export function voiceOf(quotation: string): Voice | null {
  const own = quotation.replace(NESTED, '$1');
  if (MEMBER_WORDS.test(own)) return 'member';
  if (ABOUT_WORDS.test(own)) return 'about';
  return null;
}

// Words that may open a subject or a clause: a fragment starting with anything else ("…too unlikely to have
// been a coincidence", "…to be exonerated") opens mid-predicate, and never says what it is said of.
const SUBJECT_OPENERS = new Set(
  ('the a an this that these those it its he she we they i you there our their his her my your some many all no every each any ' +
    'what when if whether how why because while although though as since unless once where who which one most few several both ' +
    'either neither another such').split(' '),
);
// Words that name nothing a quotation is about: the general nouns, light verbs and plain adverbs and adjectives
// of talk ("There's a lot of talking left", "I do not wish to make any judgements").
const VAGUE_WORDS = new Set(
  ('lot lots thing things way ways stuff bit bits kind sort something anything everything nothing someone anyone everyone ' +
    'people time times day days job jobs deal matter matters point fact case place part plenty left right ' +
    'talk talks talking talked say saying think thinking thought know knowing knew known want wanted wanting wish wished ' +
    'make making made get getting got go going gone went come coming came see seeing saw seen look looking looked feel ' +
    'feeling felt take taking took taken give giving gave given put need needed needs seem seems seemed try trying tried ' +
    'keep kept let lets mean means meant happen happens happened happening done doing thank thanks ' +
    'really actually certainly obviously clearly quite rather pretty good bad great big small little sure okay able ' +
    'still even ever never always back away enough less least better best worse worst whole different yes maybe perhaps ' +
    "didn don doesn isn wasn aren weren won can couldn wouldn shouldn haven hasn hadn").split(' '),
);
/** A quotation must name at least this many things of substance to say something on its own. */
const MIN_SUBSTANCE = 2;

// "…be nice if we got together with Russia": a predicate whose content is a clause of its own, with its own subject.
const OWN_CLAUSE = /\b(?:if|that|when|because|unless|whether)\s+(?:the|a|an|this|these|those|it|he|she|we|they|i|you|there|our|their|his|her|its|my|your|\p{Lu})/u;

// A subject the quotation leaves to the sentences around it: "He has to start producing …" (who?), "They have shown
// …", "This is a big messy argument" (a demonstrative standing alone: "This award counts …" names its subject).
const UNNAMED_SUBJECT = /^(?:He|She|They)\b|^(?:This|That)\s+(?:[a-z]+[^s\s'’]s|is|was|has|had|will|would|could|can|may|might|must|should|does|did)\b|^(?:These|Those)\s+(?:are|were|have|had|will|would|could|can|may|might|must|should|do|did)\b|^(?:That|This)['’]s\b/;

/**
 * Does the quotation, as shown, say something on its own? Not a fragment that opens mid-predicate with nothing
 * to say what it is said of (what was "too unlikely to have been a coincidence"?), nor one whose subject is a
 * pronoun for someone or something it does not name, nor a line with fewer than two words of substance.
 */
export function standsAlone(shown: string): boolean {
  const words = shown.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  if (shown.startsWith('…') && !SUBJECT_OPENERS.has(words[0] ?? '') && !OWN_CLAUSE.test(shown)) return false;
  if (UNNAMED_SUBJECT.test(shown)) return false;
  return words.filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !VAGUE_WORDS.has(w)).length >= MIN_SUBSTANCE;
}
