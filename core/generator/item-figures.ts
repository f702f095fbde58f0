// What a figure measures: "Quarterly profits at TimeWarner jumped 76% to $1.13bn" becomes
// "According to the article, what jumped 76% to $1.13bn?" with the article's other measured
// things ("the US trade gap", "sales of new homes") as wrong options. The reader must tie the
// figure to what it counts, not just find a number.
import { isFree, type Sentence } from './analysis.ts';
import { isFiniteVerb } from './clauses.ts';
import { visibleLength } from './distractors.ts';
import { figureReferentCandidates } from './item-figure-referents.ts';
import type { NumberMention } from './numbers.ts';
import { containsPhrase, contentWords, normalize, overlap } from './words.ts';
import { clamp01, evidenceOf, negatedSentence, oneLine, statementSentence, type BuildContext, type Candidate } from './candidate.ts';

interface Measure {
  sentence: Sentence;
  number: NumberMention;
  /** What the figure measures, as the article writes it ("quarterly profits at TimeWarner"). */
  subject: string;
  start: number;
  end: number;
  /** The verb and figure as asked: "jumped 76% to $1.13bn" (asides in brackets left out). */
  predicate: string;
}

// The verb may follow an auxiliary ("had increased by 150%", "has risen to", "was up 27%").
const MEASURE_VERB =
  /\s((?:(?:has|have|had)\s+(?:been\s+)?)?(?:rose|risen|fell|fallen|jumped|climbed|dropped|grew|grown|increased|decreased|declined|narrowed|widened|slipped|slumped|soared|surged|dipped|stood at|reached|totalled|totaled|hit|gained|lost)|(?:was|were|is|are)\s+(?:up|down))\s+(?:by\s+|to\s+|at\s+|about\s+|around\s+|almost\s+|nearly\s+|some\s+|only\s+|just\s+)?$/;
const PRONOUN = /\b(?:it|its|they|their|this|these|those|he|she|his|her|we|our)\b/i;
const MAX_SUBJECT_WORDS = 8;

/** Figures whose clause says plainly what they measure: "<what> rose/fell/reached <figure>". */
function measuresIn(s: Sentence): Measure[] {
  const out: Measure[] = [];
  if (!statementSentence(s) || negatedSentence(s)) return out;
  for (const n of s.numbers) {
    if (!isFree(s, n.start, n.end)) continue;
    const before = s.text.slice(0, n.start);
    const verb = MEASURE_VERB.exec(before);
    if (!verb) continue;
    // The subject: from the clause start (after a comma or an opener) to the verb.
    const comma = before.lastIndexOf(', ', verb.index);
    const clauseStart = comma < 0 ? 0 : comma + 2;
    let subject = before.slice(clauseStart, verb.index).trim();
    subject = subject.replace(/^(?:(?:However|But|And|Meanwhile|Overall|Elsewhere|In total|Last year|This year|On a \w+ basis|On [A-Z]\w+|while|whereas|and|but|as)\s+)+/i, '');
    // "TimeWarner said fourth quarter sales rose 2%": the measured thing follows the report.
    subject = subject.replace(/^.*\b(?:said|says|reported|announced|added|showed|shows|revealed)\s+(?:that\s+)?/, '');
    // "… and that downloads of TV programmes had increased": the second reported clause's subject.
    subject = subject.replace(/^.*\band that\s+/, '');
    const words = subject.split(/\s+/);
    if (words.length < 1 || words.length > MAX_SUBJECT_WORDS || PRONOUN.test(subject) || words.some((w) => isFiniteVerb(w)) || /["“”()]/.test(subject)) continue;
    if (contentWords(subject).length < 1 || /^(?:It|This|That|There|The figure|The number|The total)\b/i.test(subject)) continue;
    const start = s.text.indexOf(subject, clauseStart);
    // The figure and what follows it in its clause ("to $1.13bn for the three months to December").
    const rest = (s.text.slice(n.end).split(/[,;:]|\s[—–]\s|\s(?:and|but|while|after|as)\s/)[0] ?? '').replace(/\s*\([^)]*\)/g, '').replace(/[.!?]+$/, '').trim();
    const restWords = rest.split(/\s+/).filter(Boolean);
    if (restWords.length > 10 || /[()"“”]/.test(rest)) continue;
    const predicate = `${verb[0].trim()} ${s.text.slice(n.start, n.end)}${rest ? ` ${rest}` : ''}`.replace(/\s+/g, ' ');
    out.push({ sentence: s, number: n, subject, start, end: start + subject.length, predicate });
  }
  return out;
}

/** One measured thing said twice ("sales", "fourth quarter sales"): equal, or one inside the other. */
function sameThing(a: string, b: string): boolean {
  const x = ` ${normalize(a).replace(/^the /, '')} `;
  const y = ` ${normalize(b).replace(/^the /, '')} `;
  return x.includes(y) || y.includes(x);
}

function capitalised(option: string): boolean {
  return /^\p{Lu}/u.test(option.replace(/^the\s+/i, ''));
}

// A measured thing cut to its head noun phrase: "quarterly profits at US media giant TimeWarner" -> "quarterly profits".
const POST_MODIFIER = /\s+(?:at|in|for|before|after|from|on|with|by|during|to|among|across|over|since|than|excluding|including)\s.*$/;

/** "Quarterly profits at TimeWarner" -> "quarterly profits"; a name stays as written. */
function asOption(m: Measure): string {
  const head = m.subject.replace(POST_MODIFIER, '');
  const first = head.split(/\s+/)[0] as string;
  const named = m.sentence.mentions.some((x) => x.start === m.start) || /^\p{Lu}{2,}/u.test(first) || /^\p{Lu}/u.test(head.split(/\s+/)[1] ?? '');
  return named ? head : head.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
}

/** Both figure questions: what moved by a figure, and what a figure refers to. */
export function figureCandidates(ctx: BuildContext): Candidate[] {
  return [...measureCandidates(ctx), ...figureReferentCandidates(ctx)];
}

function measureCandidates({ analysis, random, sourceNoun }: BuildContext): Candidate[] {
  const measures = analysis.sentences.flatMap(measuresIn);
  const out: Candidate[] = [];
  for (const m of measures) {
    const stem = `According to the ${sourceNoun}, what ${m.predicate}?`;
    const key = asOption(m);
    const draft: Candidate = {
      type: 'multiple-choice',
      stem,
      options: [key],
      key: 0,
      evidence: [evidenceOf(m.sentence, m.start, m.end)],
      explanation: oneLine(`Paragraph ${m.sentence.paragraph} says: ${m.sentence.text}`),
      difficulty: 0.5,
      score: 0.8,
      sentences: [m.sentence.index],
      keyId: `figure:${m.sentence.index}:${m.number.start}`,
      facts: [`number:${m.sentence.index}:${m.number.start}`],
      understanding: true,
    };
    draft.complete = () => {
      const stemWords = contentWords(stem);
      const picked: string[] = [];
      for (const o of random.shuffle(measures.filter((o) => o.sentence !== m.sentence))) {
        const t = asOption(o);
        // Another measured thing, not the same one in other words, and not one the stem's figure also fits.
        const ratio = visibleLength(t) / Math.max(1, visibleLength(key));
        if (picked.length >= 3 || ratio < 0.45 || ratio > 2.2 || sameThing(t, key) || picked.some((p) => sameThing(p, t)) || overlap(stemWords, contentWords(t)) > 0) continue;
        if (containsPhrase(o.predicate, m.sentence.text.slice(m.number.start, m.number.end))) continue;
        // Written alike: a phrase opening with a name ("US exports") beside others that do.
        if (capitalised(t) !== capitalised(key)) continue;
        picked.push(t);
      }
      if (picked.length < 2) return null;
      return { ...draft, options: [key, ...picked], difficulty: clamp01(0.45 + picked.length * 0.05) };
    };
    out.push(draft);
  }
  return out;
}
