// Fixing a class's quiz after students answered: questions dropped from grading and stems
// corrected for a typo. Kept on the assignment (one record, one write), never in the attempts:
// every score is recomputed from the per-item scores each attempt already stores (the list()
// metadata for the gradebook, the record for a result page), so a regrade costs one write
// whatever the size of the class, and undoing it restores every score exactly. Options and keys
// are never changed here: answers are stored as option positions, so they are fixed once anyone
// answered. Pure.
import * as v from 'valibot';
import { ITEM_ID } from '../ids.ts';
import type { Quiz } from '../quiz/schema.ts';
import type { AttemptSummary } from './summary.ts';

const ItemId = v.pipe(v.string(), v.regex(ITEM_ID));

/** The longest stem a teacher may write (a generated one is a sentence or two). */
export const STEM_MAX_LENGTH = 400;

export const RegradeSchema = v.object({
  /** Items left out of every score. */
  dropped: v.array(ItemId),
  /** Item id -> the corrected stem. */
  stems: v.record(ItemId, v.pipe(v.string(), v.minLength(1), v.maxLength(STEM_MAX_LENGTH))),
  /** Counts every change: the share card is cached per revision, so a stale one is never served. */
  revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
/** What the teacher changed after the class started. */
export type Regrade = v.InferOutput<typeof RegradeSchema>;

const NO_REGRADE: Regrade = { dropped: [], stems: {}, revision: 0 };

/** An assignment's changes; none until its teacher drops or corrects a question. */
export const regradeOf = (assignment: { regrade?: Regrade | undefined }): Regrade => assignment.regrade ?? NO_REGRADE;

/** The quiz as the class now reads it: corrected stems in place (items, options and keys as they were). */
export function withCorrectedStems(quiz: Quiz, regrade: Regrade): Quiz {
  if (Object.keys(regrade.stems).length === 0) return quiz;
  return { ...quiz, items: quiz.items.map((item) => (regrade.stems[item.id] === undefined ? item : { ...item, stem: regrade.stems[item.id]! })) };
}

/** The quiz without its dropped items: what the exports and the printed quiz carry. */
export function gradedItemsOnly(quiz: Quiz, regrade: Regrade): Quiz {
  const dropped = new Set(regrade.dropped);
  return dropped.size === 0 ? quiz : { ...quiz, items: quiz.items.filter((item) => !dropped.has(item.id)) };
}

/**
 * Score and maximum over the items still graded: each item is worth 1, so the maximum is the
 * number of graded items and the score the sum of their scores (two decimals, as grading rounds).
 */
export function gradedTotal(items: readonly { itemId: string; score: number }[], dropped: ReadonlySet<string>): { score: number; maxScore: number } {
  let score = 0;
  let maxScore = 0;
  for (const item of items) {
    if (dropped.has(item.itemId)) continue;
    score += item.score;
    maxScore++;
  }
  return { score: Math.round(score * 100) / 100, maxScore };
}

/**
 * Every attempt rescored without the dropped items, from the per-item scores in its gradebook
 * row. A row whose items do not line up with the quiz (graded against another version) is
 * left as it was.
 */
export function regradeSummaries(quiz: Quiz, regrade: Regrade, summaries: readonly AttemptSummary[]): AttemptSummary[] {
  if (regrade.dropped.length === 0) return [...summaries];
  const dropped = new Set(regrade.dropped);
  return summaries.map((summary) => {
    if (summary.scores.length !== quiz.items.length) return summary;
    return { ...summary, ...gradedTotal(quiz.items.map((item, i) => ({ itemId: item.id, score: summary.scores[i]! })), dropped) };
  });
}

/** One stored result's score and maximum without the dropped items (as stored when none is dropped). */
export function regradeResult(result: { results: readonly { itemId: string; score: number }[]; score: number; maxScore: number }, regrade: Regrade) {
  if (regrade.dropped.length === 0) return { score: result.score, maxScore: result.maxScore };
  return gradedTotal(result.results, new Set(regrade.dropped));
}
