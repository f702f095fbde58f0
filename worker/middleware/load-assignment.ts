// Loads the class assignment named by the route's `:id` and its quiz into `c.var`, once, for
// the student routes under /a/:id; an unknown or malformed id is the helpful 404.
import { createMiddleware } from 'hono/factory';
import * as v from 'valibot';
import type { Assignment } from '../../core/classroom/assignment.ts';
import { AssignmentIdSchema } from '../../core/schemas.ts';
import type { Quiz } from '../../core/quiz/schema.ts';
import type { AppEnv } from '../env.ts';
import { notFound } from '../http/not-found.tsx';
import { classQuiz } from '../quiz/catalog.ts';
import { readAssignment } from '../storage/assignments.ts';

/** What loadAssignment puts in `c.var`. */
export type AssignmentVariables = { assignment: Assignment; quiz: Quiz };

/** Sets `c.var.assignment` and `c.var.quiz`, or answers 404. */
export const loadAssignment = createMiddleware<AppEnv & { Variables: AssignmentVariables }>(async (c, next) => {
  const id = v.safeParse(AssignmentIdSchema, c.req.param('id'));
  const assignment = id.success ? await readAssignment(c.var.kv, id.output) : null;
  const quiz = assignment && (await classQuiz(c.var.kv, assignment));
  if (!assignment || !quiz) return notFound(c);
  c.set('assignment', assignment);
  c.set('quiz', quiz);
  await next();
});
