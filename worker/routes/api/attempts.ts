// POST /api/attempts: grade on the server, store once (idempotent by attempt id), return the result.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import { deviceHasSubmitted, markDeviceSubmitted } from '../../attempts/device.ts';
import { resultId } from '../../attempts/result-id.ts';
import { submitAttempt } from '../../attempts/submit.ts';
import type { AppEnv } from '../../env.ts';
import { findQuiz } from '../../quiz/catalog.ts';
import { readAssignment } from '../../storage/assignments.ts';
import { AnswersSchema, AssignmentIdSchema, AttemptIdSchema, DisplayNameSchema, QuizIdSchema, invalidJson, validate } from '../../validation.ts';
import { apiFailure, quizNotFound } from './responses.ts';

export const MAX_ATTEMPT_BODY_BYTES = 32 * 1024;

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
      let context = null;
      if (body.assignmentId) {
        const assignment = await readAssignment(c.env.KV, body.assignmentId);
        if (!assignment || assignment.quizId !== quiz.id) {
          return c.json({ error: 'assignment_not_found', message: 'There is no such assignment for this quiz.' }, 404);
        }
        if (!body.displayName) return c.json({ error: 'name_required', message: 'A class assignment needs a display name.' }, 400);
        context = { assignment, deviceHasSubmitted: deviceHasSubmitted(c, assignment.id) };
      }
      const { record, replayed } = await submitAttempt(
        c.env.KV,
        quiz,
        { attemptId: body.attemptId, displayName: body.displayName ?? null, answers: body.answers, startedAt: body.startedAt ?? null },
        context,
      );
      if (context && !replayed) markDeviceSubmitted(c, context.assignment.id);
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
