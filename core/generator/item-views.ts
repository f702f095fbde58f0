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

interface Pair {
  speaker: Entity;
  view: string;
  evidence: Evidence;
  sentence: number;
  fact: string;
}

export function viewsMatchingCandidates({ analysis, sourceNoun }: BuildContext): Candidate[] {
  const quoted: Pair[] = [];
  for (const q of analysis.quotes) {
    const s = analysis.sentences[q.sentence] as Sentence;
    if (!usableSentence(s) || q.speaker.kind !== 'person' || quoted.some((p) => p.speaker === q.speaker)) continue;
    const excerpt = quoteExcerpt(q, MAX_VIEW_WORDS);
    if (!excerpt) continue;
    quoted.push({ speaker: q.speaker, view: `“${excerpt.shown}”`, evidence: evidenceOf(s, q.start, q.end), sentence: q.sentence, fact: `quote:${q.sentence}:${q.start}` });
  }
  // Views the article reports outside quotation marks, for people it does not quote, and for the
  // publications, writers and bodies it reports ("the council's report says …"): one per side, so that
  // a paper and its own reporter are not two answers.
  const reported: Pair[] = [];
  for (const v of reportedViews(analysis)) {
    // A body's "its members would …" reads as its own only beside its name, not as an option on its own.
    if (v.clause.split(/\s+/).length > MAX_VIEW_WORDS || (v.speaker.kind !== 'person' && /\b(?:it|its)\b/i.test(v.clause))) continue;
    if ([...quoted, ...reported].some((p) => p.speaker === v.speaker || p.speaker.side === v.speaker.side)) continue;
    reported.push({ speaker: v.speaker, view: capitalizeFirst(v.clause), evidence: evidenceOf(v.sentence, v.at.start, v.at.end), sentence: v.sentence.index, fact: `view:${v.sentence.index}` });
  }
  const speakers = [...quoted, ...reported].map((p) => p.speaker);
  // A view naming one of the speakers would match itself.
  const sound = (p: Pair): boolean => !speakers.some((sp) => [...sp.aliases].some((a) => containsPhrase(p.view, a)));
  const onlyQuotes = quoted.filter(sound).slice(0, MAX_PAIRS);
  if (onlyQuotes.length >= MIN_PAIRS) return [matching(onlyQuotes, `Match each person to what they said, according to the ${sourceNoun}.`, sourceNoun, 0.82)];
  const mixed = [...quoted, ...reported].filter(sound).slice(0, MAX_PAIRS);
  if (mixed.length < MIN_PAIRS) return [];
  // Back in reading order, so that the prompts follow the article.
  mixed.sort((a, b) => a.sentence - b.sentence);
  const people = mixed.every((p) => p.speaker.kind === 'person');
  return [matching(mixed, people ? `Match each person to the view the ${sourceNoun} gives them.` : `Match each source to the view the ${sourceNoun} gives it.`, sourceNoun, 0.8)];
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
    understanding: true,
  };
}
