// POST /api/attempts: grade on the server, store once (idempotent by attempt id), return the result.
// The answer shows no more than the result page would: while a class hides its answers, the
// score alone, no per-question right or wrong.
import { Hono } from 'hono';
import * as v from 'valibot';
import { answersVisible } from '../../classroom/policy.ts';
import { AssignmentIdSchema, AttemptIdSchema, DisplayNameSchema, QuizIdSchema } from '../../../core/schemas.ts';
import { resultId } from '../../attempts/result-id.ts';
import { findSubmitTarget, submitAttempt } from '../../attempts/submit.ts';
import type { AppEnv } from '../../env.ts';
import { deviceAttemptId, markDeviceSubmitted, ownResultPath } from '../../http/device-cookie.ts';
import { jsonBodyLimit } from '../../http/json-errors.ts';
import { submitFailureJson } from '../../http/submit-failures.ts';
import { AnswersSchema, invalidJson, validate } from '../../http/validation.ts';

const MAX_ATTEMPT_BODY_BYTES = 32 * 1024;

const AttemptBody = v.strictObject({
  quizId: QuizIdSchema,
  attemptId: AttemptIdSchema,
  displayName: v.optional(DisplayNameSchema),
  answers: AnswersSchema,
  /** When the student started (epoch ms), for "time taken". */
  startedAt: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** Set when the attempt is for a class assignment. */
  assignmentId: v.optional(AssignmentIdSchema),
});

export const attemptApi = new Hono<AppEnv>().post('/', jsonBodyLimit(MAX_ATTEMPT_BODY_BYTES), validate('json', AttemptBody, invalidJson), async (c) => {
  const body = c.req.valid('json');
  const target = await findSubmitTarget(c.var.kv, body.quizId, body.assignmentId ?? null);
  if ('code' in target) return submitFailureJson(c, target);
  const { assignment } = target;
  const result = await submitAttempt(c.var.kv, target, {
    attemptId: body.attemptId,
    displayName: body.displayName ?? null,
    answers: body.answers,
    startedAt: body.startedAt ?? null,
    deviceAttemptId: assignment && deviceAttemptId(c, assignment.id),
  });
  if (!result.ok) return submitFailureJson(c, result.failure, assignment && ownResultPath(c, assignment.id));
  const { record, replayed } = result;
  markDeviceSubmitted(c, record.scope, record.attemptId);
  const perItem = assignment === null || answersVisible(assignment);
  return c.json(
    {
      attemptId: body.attemptId,
      resultUrl: `/r/${resultId(record.scope, record.attemptId)}`,
      score: record.score,
      maxScore: record.maxScore,
      ...(perItem && { results: record.results.map(({ itemId, score, correct }) => ({ itemId, score, correct })) }),
      replayed,
    },
    replayed ? 200 : 201,
  );
});
