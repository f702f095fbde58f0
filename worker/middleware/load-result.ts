// Loads the attempt a share link (/r/:id) names, its quiz and its assignment into `c.var.result`;
// an unknown or malformed id is the helpful 404.
import { createMiddleware } from 'hono/factory';
import type { Assignment } from '../../core/classroom/assignment.ts';
import type { Quiz } from '../../core/quiz/schema.ts';
import { parseResultId } from '../attempts/result-id.ts';
import type { AppEnv } from '../env.ts';
import { notFound } from '../http/not-found.tsx';
import { regradeOf, withCorrectedStems } from '../../core/gradebook/regrade.ts';
import { findQuiz } from '../quiz/catalog.ts';
import { readAssignment } from '../storage/assignments.ts';
import { readAttempt, type AttemptRecord } from '../storage/attempts.ts';
import { OPEN_SCOPE } from '../storage/keys.ts';

/** One result: the attempt, its quiz, and its assignment (null for an open quiz). */
export interface Result {
  id: string;
  record: AttemptRecord;
  quiz: Quiz;
  assignment: Assignment | null;
}

/** Sets `c.var.result`, or answers 404. */
export const loadResult = createMiddleware<AppEnv & { Variables: { result: Result } }>(async (c, next) => {
  const id = c.req.param('id') ?? '';
  const parsed = parseResultId(id);
  if (!parsed) return notFound(c);
  // The attempt and its assignment are independent reads; the quiz needs the attempt's quiz id.
  const [record, assignment] = await Promise.all([
    readAttempt(c.var.kv, parsed.scope, parsed.attemptId),
    parsed.scope === OPEN_SCOPE ? null : readAssignment(c.var.kv, parsed.scope),
  ]);
  const found = record && (await findQuiz(c.var.kv, record.quizId));
  if (!record || !found) return notFound(c);
  // A class's result reads the stems as the teacher corrected them.
  const quiz = assignment ? withCorrectedStems(found, regradeOf(assignment)) : found;
  c.set('result', { id, record, quiz, assignment });
  await next();
});
