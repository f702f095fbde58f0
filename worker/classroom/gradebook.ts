// A class's gradebook: every attempt from KV list pages and their metadata alone (no get per
// attempt), newest first, with the statistics and item analysis the dashboard shows.
import type { Assignment } from '../../core/classroom/assignment.ts';
import { analyseItems } from '../../core/gradebook/item-analysis.ts';
import { distributionSvg, scoreStats } from '../../core/gradebook/stats.ts';
import type { Quiz } from '../../core/quiz/schema.ts';
import { listAllSummaries } from '../storage/attempts.ts';

/** The results of `assignment`, as the dashboard and its live fragment render them. */
export async function classGradebook(kv: KVNamespace, assignment: Assignment, quiz: Quiz) {
  const { summaries, unreadable } = await listAllSummaries(kv, assignment.id);
  const attempts = summaries.sort((a, b) => b.submittedAt - a.submittedAt);
  const stats = scoreStats(attempts);
  return {
    attempts,
    unreadable,
    stats,
    distributionSvg: distributionSvg(stats.buckets, { title: 'How many students scored in each band' }),
    items: analyseItems(quiz, attempts),
  };
}
