// Shared input schemas and the edge validators: every route input is checked here, once.
import { vValidator } from '@hono/valibot-validator';
import type { Context, Env, ValidationTargets } from 'hono';
import * as v from 'valibot';
import { AnswerSchema } from '../core/quiz/answer-schema.ts';
import { ATTEMPT_ID_PATTERN } from './storage/attempts.ts';

export const SlugSchema = v.pipe(v.string(), v.maxLength(80), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
export const SlugParam = v.object({ slug: SlugSchema });

export const QuizIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9-]{3,64}$/, 'must be a quiz id'));
export const QuizIdParam = v.object({ id: QuizIdSchema });
export const AssignmentIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9]{10}$/, 'must be an assignment id'));
export const ItemIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9-]{4,40}$/, 'must be an item id'));
export const AttemptIdSchema = v.pipe(
  v.string(),
  v.regex(ATTEMPT_ID_PATTERN, 'must be 22 to 64 URL-safe base64 characters (22 random characters hold 128 bits)'),
);

export const DISPLAY_NAME_MAX = 40;
/** A display name as shown to a teacher: control characters stripped, spaces collapsed, 1–40 characters. */
export const DisplayNameSchema = v.pipe(
  v.string(),
  v.maxLength(400, 'is too long'),
  // Line breaks and tabs become spaces first, so "Ana\nMaria" stays two words.
  v.transform((name) => name.replace(/\s+/g, ' ').replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/ {2,}/g, ' ').trim()),
  v.minLength(1, 'must not be empty'),
  v.transform((name) => [...name].slice(0, DISPLAY_NAME_MAX).join('').trim()),
);

export const MAX_ITEMS_PER_QUIZ = 60;
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
