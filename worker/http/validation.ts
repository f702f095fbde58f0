// The edge validators: every route input is checked with valibot before a handler runs. The id
// and name schemas themselves are core's (core/ids.ts, core/names.ts), defined once.
import { vValidator } from '@hono/valibot-validator';
import type { Context, Env, ValidationTargets } from 'hono';
import * as v from 'valibot';
import { ItemIdSchema, QuizIdSchema } from '../../core/schemas.ts';
import { AnswerSchema } from '../../core/quiz/answer-schema.ts';

/** An article or topic slug. */
export const SlugParam = v.object({ slug: v.pipe(v.string(), v.maxLength(80), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)) });

const MAX_ITEMS_PER_QUIZ = 60;
/** Answers by item id, at most one per item of the largest quiz. */
export const AnswersSchema = v.pipe(
  v.record(ItemIdSchema, AnswerSchema),
  v.check((answers) => Object.keys(answers).length <= MAX_ITEMS_PER_QUIZ, `at most ${MAX_ITEMS_PER_QUIZ} answers`),
);

/** Validates a request part; on failure answers with `onInvalid` (a 4xx page or JSON). */
export function validate<Target extends keyof ValidationTargets, S extends v.GenericSchema, E extends Env>(
  target: Target,
  schema: S,
  onInvalid: (c: Context<E>, issues: v.BaseIssue<unknown>[]) => Response | Promise<Response>,
) {
  return vValidator(target, schema, (result, c) => {
    if (!result.success) return onInvalid(c as unknown as Context<E>, result.issues as v.BaseIssue<unknown>[]);
  });
}

/** Issues as a client can read them: where, and what is wrong. */
function describeIssues(issues: v.BaseIssue<unknown>[]) {
  return issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: issue.message }));
}

/** The JSON 400 for an invalid API request. */
export function invalidJson(c: Context, issues: v.BaseIssue<unknown>[]) {
  return c.json({ error: 'invalid_request', message: 'The request is not valid.', issues: describeIssues(issues) }, 400);
}

/** A route's `:id` when it names a quiz. */
export const QuizIdParam = v.object({ id: QuizIdSchema });
