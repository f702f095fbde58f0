// Who holds which position, as a matching item: each speaker the article quotes or reports,
// matched to the view they hold. Every pair is proven by its own sentence; the options are the
// article's own words (a quotation in quotation marks, a reported view as its clause), so
// nothing comes from outside it.
import type { Evidence } from '../quiz/schema.ts';
import type { Sentence } from './analysis.ts';
import type { Entity } from './entities.ts';
import { reportedViews } from './item-stance.ts';
import { quoteExcerpt } from './item-who-said-it.ts';
import { capitalizeFirst, containsPhrase } from './words.ts';
import { clamp01, evidenceOf, usableSentence, type BuildContext, type Candidate } from './candidate.ts';

const MIN_PAIRS = 3;
const MAX_PAIRS = 4;
const MAX_VIEW_WORDS = 16;
/** Alternative matchings offered (one is chosen at most), each scored a little below the one before. */
const MAX_VARIANTS = 12;
const VARIANT_STEP = 0.005;

interface Pair {
  speaker: Entity;
  view: string;
  evidence: Evidence;
  sentence: number;
  fact: string;
}

export function viewsMatchingCandidates({ analysis, sourceNoun }: BuildContext): Candidate[] {
  // Every quotation of a person, and every view the article reports outside quotation marks, for the
  // people it does not quote and for the publications, writers and bodies it reports ("the council's
  // report says …"); grouped by side, so that a paper and its own reporter are not two answers.
  const quoted: Pair[] = [];
  for (const q of analysis.quotes) {
    const s = analysis.sentences[q.sentence] as Sentence;
    if (!usableSentence(s) || q.speaker.kind !== 'person') continue;
    const excerpt = quoteExcerpt(q, MAX_VIEW_WORDS);
    // Whole quotations only: one cut before its point ("it was 13…") or caught mid-sentence ("…be nice if we
    // got together") no longer says what the speaker holds.
    if (!excerpt || excerpt.truncated || q.fragment) continue;
    quoted.push({ speaker: q.speaker, view: `“${excerpt.shown}”`, evidence: evidenceOf(s, q.start, q.end), sentence: q.sentence, fact: `quote:${q.sentence}:${q.start}` });
  }
  const reported: Pair[] = [];
  for (const v of reportedViews(analysis)) {
    // A body's "its members would …" reads as its own only beside its name, not as an option on its own.
    if (v.clause.split(/\s+/).length > MAX_VIEW_WORDS || (v.speaker.kind !== 'person' && /\b(?:it|its)\b/i.test(v.clause))) continue;
    if (quoted.some((p) => p.speaker === v.speaker)) continue;
    reported.push({ speaker: v.speaker, view: capitalizeFirst(v.clause), evidence: evidenceOf(v.sentence, v.at.start, v.at.end), sentence: v.sentence.index, fact: `view:${v.sentence.index}` });
  }
  const speakers = [...quoted, ...reported].map((p) => p.speaker);
  // A view naming one of the speakers would match itself.
  const sound = (p: Pair): boolean => !speakers.some((sp) => [...sp.aliases].some((a) => containsPhrase(p.view, a)));
  const onlyQuotes = bySide(quoted.filter(sound));
  if (onlyQuotes.length >= MIN_PAIRS) return variants(onlyQuotes).map((pairs, i) => matching(pairs, `Match each person to what they said, according to the ${sourceNoun}.`, sourceNoun, 0.82 - i * VARIANT_STEP));
  const mixed = bySide([...quoted, ...reported].filter(sound));
  if (mixed.length < MIN_PAIRS) return [];
  return variants(mixed).map((pairs, i) => {
    const people = pairs.every((p) => p.speaker.kind === 'person');
    return matching(pairs, people ? `Match each person to the view the ${sourceNoun} gives them.` : `Match each source to the view the ${sourceNoun} gives it.`, sourceNoun, 0.8 - i * VARIANT_STEP);
  });
}

/** Each side's pairs in reading order, sides in the order they first speak. */
function bySide(pairs: Pair[]): Pair[][] {
  const sides = new Map<string, Pair[]>();
  for (const p of pairs.sort((a, b) => a.sentence - b.sentence)) sides.set(p.speaker.side, [...(sides.get(p.speaker.side) ?? []), p]);
  return [...sides.values()];
}

/**
 * The matchings to choose from (one speaker per side, MIN_PAIRS to MAX_PAIRS of them): first each
 * side's first view, then the same with one side's other views, so that when another item asks one
 * of these views ("who said that …?") the matching can still be made of the rest.
 */
function variants(sides: Pair[][]): Pair[][] {
  const base = sides.slice(0, MAX_PAIRS).map((views) => views[0] as Pair);
  const out: Pair[][] = [base];
  sides.slice(0, MAX_PAIRS).forEach((views, i) => {
    for (const alt of views.slice(1)) out.push(base.map((p, j) => (j === i ? alt : p)));
  });
  // Without one side, when there are more than enough.
  if (base.length > MIN_PAIRS) base.forEach((_, i) => out.push(base.filter((_, j) => j !== i)));
  // …or with a side beyond the first MAX_PAIRS in its place.
  for (const extra of sides.slice(MAX_PAIRS)) base.forEach((_, i) => out.push(base.map((p, j) => (j === i ? (extra[0] as Pair) : p))));
  return out.slice(0, MAX_VARIANTS).map((pairs) => pairs.slice().sort((a, b) => a.sentence - b.sentence));
}

function matching(pairs: Pair[], stem: string, sourceNoun: string, score: number): Candidate {
  const paragraphs = [...new Set(pairs.map((p) => p.evidence.paragraph))].sort((a, b) => a - b);
  return {
    type: 'matching',
    stem,
    // "the Pentagon", "the Gazette's reporter": a body keeps its article, a person does not.
    prompts: pairs.map((p) => capitalizeFirst(p.speaker.kind !== 'person' && p.speaker.the ? `the ${p.speaker.name}` : p.speaker.name)),
    options: pairs.map((p) => p.view),
    key: pairs.map((_, i) => i),
    evidence: pairs.map((p) => p.evidence),
    explanation: `The ${sourceNoun} gives their words in paragraph${paragraphs.length > 1 ? 's' : ''} ${paragraphs.join(', ')}.`,
    difficulty: clamp01(0.45 + pairs.length * 0.05),
    score,
    sentences: pairs.map((p) => p.sentence),
    // Each quotation or view asked once: not again as a who-said-it or stance item.
    facts: pairs.map((p) => p.fact),
    // One matching of views per quiz, whichever variant.
    group: 'views',
    understanding: true,
  };
}
