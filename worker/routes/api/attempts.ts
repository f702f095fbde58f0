// POST /api/attempts: grade on the server, store once (idempotent by attempt id), return the result.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import { resultId } from '../../attempts/result-id.ts';
import { submitAttempt } from '../../attempts/submit.ts';
import type { AppEnv } from '../../env.ts';
import { findQuiz } from '../../quiz/catalog.ts';
import { OPEN_SCOPE } from '../../storage/keys.ts';
import { AnswersSchema, AttemptIdSchema, DisplayNameSchema, QuizIdSchema, invalidJson, validate } from '../../validation.ts';
import { apiFailure, quizNotFound } from './responses.ts';

export const MAX_ATTEMPT_BODY_BYTES = 32 * 1024;

const AttemptBody = v.strictObject({
  quizId: QuizIdSchema,
  attemptId: AttemptIdSchema,
  displayName: v.optional(DisplayNameSchema),
  answers: AnswersSchema,
  /** When the student started (epoch ms), for "time taken". */
  startedAt: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

export const attemptApi = new Hono<AppEnv>().post(
  '/',
  bodyLimit({
    maxSize: MAX_ATTEMPT_BODY_BYTES,
    onError: (c) => c.json({ error: 'body_too_large', message: `An attempt may be at most ${MAX_ATTEMPT_BODY_BYTES} bytes.` }, 413),
  }),
  validate('json', AttemptBody, invalidJson),
  async (c) => {
    const body = c.req.valid('json');
    try {
      const quiz = await findQuiz(c.env, body.quizId);
      if (!quiz) return quizNotFound(c);
      const { record, replayed } = await submitAttempt(c.env.KV, quiz, {
        attemptId: body.attemptId,
        scope: OPEN_SCOPE,
        displayName: body.displayName ?? null,
        answers: body.answers,
        startedAt: body.startedAt ?? null,
      });
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
    } catch (error) {
      return apiFailure(c, error);
    }
  },
);
