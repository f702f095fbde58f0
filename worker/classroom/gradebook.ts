// A class's gradebook: every attempt from KV list pages and their metadata alone (no get per
// attempt), rescored without any question the teacher dropped, newest first, with the
// statistics and item analysis the dashboard shows.
import type { Assignment } from '../../core/classroom/assignment.ts';
import { analyseItems } from '../../core/gradebook/item-analysis.ts';
import { regradeOf, regradeSummaries } from '../../core/gradebook/regrade.ts';
import { distributionSvg, scoreStats } from '../../core/gradebook/stats.ts';
import type { Quiz } from '../../core/quiz/schema.ts';
import { listAllSummaries } from '../storage/attempts.ts';

/** Every attempt of `assignment`, rescored as the teacher's changes say, in the order KV lists them. */
export async function classAttempts(kv: KVNamespace, assignment: Assignment, quiz: Quiz) {
  const { summaries, unreadable } = await listAllSummaries(kv, assignment.id);
  return { attempts: regradeSummaries(quiz, regradeOf(assignment), summaries), unreadable };
}

/** The results of `assignment`, as the dashboard and its live fragment render them. */
export async function classGradebook(kv: KVNamespace, assignment: Assignment, quiz: Quiz) {
  const { attempts: listed, unreadable } = await classAttempts(kv, assignment, quiz);
  const attempts = listed.sort((a, b) => b.submittedAt - a.submittedAt);
  const stats = scoreStats(attempts);
  const regrade = regradeOf(assignment);
  return {
    attempts,
    unreadable,
    stats,
    distributionSvg: distributionSvg(stats.buckets, { title: 'How many students scored in each band' }),
    items: analyseItems(quiz, attempts, new Set(regrade.dropped)),
    regrade,
  };
}
