// Public API of the quiz generator: article text in, a linted, versioned Quiz out.
// Pure TypeScript (no Worker, DOM or Node API): the build runs it on the launch content and
// the Worker runs it on a teacher's paste, so it is small and fast (a focused pipeline,
// no NLP library: see scripts/bench/generator.ts for the numbers).
import { lintItem, type LintReason } from './lint.ts';
import { QUIZ_SCHEMA_VERSION, type Item, type Quiz, type SourceText } from '../quiz/schema.ts';
import { analyze } from './analysis.ts';
import { attributionCandidates } from './item-attribution.ts';
import { GenerationError } from './errors.ts';
import { clozeCandidates } from './item-cloze.ts';
import type { Candidate } from './candidate.ts';
import { matchingCandidates } from './item-matching.ts';
import { multipleChoiceCandidates } from './item-multiple-choice.ts';
import { timelineCandidates } from './item-timeline.ts';
import { trueFalseCandidates } from './item-true-false.ts';
import { whoSaidItCandidates } from './item-who-said-it.ts';
import { figureCandidates } from './item-figures.ts';
import { stanceCandidates } from './item-stance.ts';
import { viewsMatchingCandidates } from './item-views.ts';
import { whyCandidates } from './item-why.ts';
import { isEnglish } from './language.ts';
import { createRandom } from './random.ts';
import { finalizeItems, selectCandidates } from './select.ts';
import { clearCaches, countWords } from './words.ts';

export { GenerationError } from './errors.ts';
export { parsePastedText } from './text-input.ts';
export { lintItem, lintQuiz, type LintReason } from './lint.ts';
export { askedFacts, describeGiveaway, findGiveaways, sameFact, type AskedFact, type Giveaway } from './giveaways.ts';

/** Forget cached work from earlier texts: for benchmarks, so each run costs what a new paste costs. */
export function clearGeneratorCaches(): void {
  clearCaches();
}

const GENERATOR_VERSION = 'crosscheck-gen/1.0.0';
/** Longest accepted input: keeps a paste inside the Worker's CPU budget. */
export const MAX_WORDS = 20_000;
const MIN_WORDS = 25;
const DEFAULT_MAX_ITEMS = 15;

interface GenerateOptions {
  id: string;
  source: Quiz['source'];
  seed?: number;
  maxItems?: number;
  /** A text no question passed the checks for gives a quiz with no items (a draft the teacher fills) instead of 'no-items'. */
  allowNoItems?: boolean;
}

interface GenerationReport {
  quiz: Quiz;
  /** Candidate items considered. */
  candidates: number;
  /** Candidates the linter refused, counted by reason code. */
  rejected: Partial<Record<LintReason, number>>;
  /** Quotations left out because their speaker was unclear. */
  droppedQuotes: number;
}

export function generateQuiz(text: SourceText, options: GenerateOptions): Quiz {
  return generateQuizWithReport(text, options).quiz;
}

export function generateQuizWithReport(text: SourceText, options: GenerateOptions): GenerationReport {
  const source: SourceText = { title: (text.title ?? '').trim(), paragraphs: (text.paragraphs ?? []).map((p) => String(p ?? '').replace(/\s+/g, ' ').trim()) };
  const body = source.paragraphs.join('\n');
  const words = countWords(body);
  if (words === 0) throw new GenerationError('empty', 'The text is empty: paste an article of at least a few paragraphs.');
  if (words > MAX_WORDS) throw new GenerationError('too-long', `The text has ${words} words; the limit is ${MAX_WORDS}. Paste a shorter article.`);
  if (words < MIN_WORDS) throw new GenerationError('too-short', `The text has only ${words} words; a quiz needs at least ${MIN_WORDS}.`);
  if (!isEnglish(body)) throw new GenerationError('not-english', 'The text does not look like English prose; the generator reads English only.');

  const seed = Number.isInteger(options.seed) ? (options.seed as number) : 1;
  const random = createRandom(seed);
  const analysis = analyze(source);
  const ctx = { analysis, random, sourceNoun: options.source.kind === 'topic' ? 'explainer' : 'article' };
  const all: Candidate[] = [
    ...multipleChoiceCandidates(ctx),
    ...clozeCandidates(ctx),
    ...trueFalseCandidates(ctx),
    ...whoSaidItCandidates(ctx),
    ...timelineCandidates(ctx),
    ...matchingCandidates(ctx),
    ...whyCandidates(ctx),
    ...stanceCandidates(ctx),
    ...viewsMatchingCandidates(ctx),
    ...figureCandidates(ctx),
    ...attributionCandidates(ctx),
  ];
  const rejected: Partial<Record<LintReason, number>> = {};
  const tally = (item: Item, trustedShape = false): boolean => {
    const issues = lintItem(item, { source, trustedShape });
    for (const i of issues) rejected[i.code] = (rejected[i.code] ?? 0) + 1;
    return issues.length === 0;
  };
  // Candidates are finished (distractors) and linted only when the selector picks them: most are
  // never shown, so most never cost anything (this keeps a paste inside its CPU budget).
  const probe = createRandom(seed);
  const chosen = selectCandidates(all, options.maxItems ?? DEFAULT_MAX_ITEMS, random, (c) => {
    const done = c.complete ? c.complete() : c;
    return done && tally(finalizeItems([done], probe, false)[0] as Item, true) ? done : null;
  }, source.title, analysis.entities);
  const items = finalizeItems(chosen, random).filter((item) => tally(item));
  if (!items.length && !options.allowNoItems) throw new GenerationError('no-items', 'No question passed the quality checks for this text. Try a longer article with names, dates or quotations.');
  const quiz: Quiz = {
    schema: QUIZ_SCHEMA_VERSION,
    id: options.id,
    title: source.title || options.source.title || 'Untitled article',
    source: options.source,
    generator: GENERATOR_VERSION,
    seed,
    items: items as Quiz['items'],
  };
  return { quiz, candidates: all.length, rejected, droppedQuotes: analysis.droppedQuotes };
}
