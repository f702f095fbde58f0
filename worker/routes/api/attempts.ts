// POST /api/attempts: grade on the server, store once (idempotent by attempt id), return the result.
import { Hono } from 'hono';
import * as v from 'valibot';
import { AssignmentIdSchema, AttemptIdSchema, DisplayNameSchema, QuizIdSchema } from '../../../core/schemas.ts';
import { resultId } from '../../attempts/result-id.ts';
import { findSubmitTarget, submitAttempt } from '../../attempts/submit.ts';
import type { AppEnv } from '../../env.ts';
import { deviceAttemptId, markDeviceSubmitted } from '../../http/device-cookie.ts';
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
  if (!result.ok) return submitFailureJson(c, result.failure);
  const { record, replayed } = result;
  if (assignment) markDeviceSubmitted(c, assignment.id, record.attemptId);
  return c.json(
    {
      attemptId: record.attemptId,
      resultUrl: `/r/${resultId(record.scope, record.attemptId)}`,
      score: record.score,
      maxScore: record.maxScore,
      results: record.results.map(({ itemId, score, correct }) => ({ itemId, score, correct })),
      replayed,
    },
    replayed ? 200 : 201,
  );
});
