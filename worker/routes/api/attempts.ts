// POST /api/attempts: grade on the server, store once (idempotent by attempt id), return the result.
import { Hono } from 'hono';
import * as v from 'valibot';
import { markDeviceSubmitted } from '../../attempts/device.ts';
import { oneAttemptUsed } from '../../classroom/attempt-limit.ts';
import { resultId } from '../../attempts/result-id.ts';
import { submitAttempt } from '../../attempts/submit.ts';
import type { AppEnv } from '../../env.ts';
import { findLaunchQuiz, findQuiz } from '../../quiz/catalog.ts';
import { readAssignment } from '../../storage/assignments.ts';
import { AnswersSchema, AssignmentIdSchema, AttemptIdSchema, DisplayNameSchema, QuizIdSchema, invalidJson, validate } from '../../validation.ts';
import { apiFailure, jsonBodyLimit, quizNotFound } from './responses.ts';

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
  jsonBodyLimit(MAX_ATTEMPT_BODY_BYTES),
  validate('json', AttemptBody, invalidJson),
  async (c) => {
    const body = c.req.valid('json');
    try {
      let quiz;
      let context = null;
      if (body.assignmentId) {
        const assignment = await readAssignment(c.env.KV, body.assignmentId);
        quiz = assignment?.quizId === body.quizId ? await findQuiz(c.env, assignment.quizId) : null;
        if (!assignment || !quiz) return c.json({ error: 'assignment_not_found', message: 'There is no such assignment for this quiz.' }, 404);
        if (!body.displayName) return c.json({ error: 'name_required', message: 'A class assignment needs a display name.' }, 400);
        context = { assignment, attemptUsed: await oneAttemptUsed(c, c.env.KV, assignment, body.displayName) };
      } else {
        // Outside a class, only the open launch quizzes take attempts.
        quiz = findLaunchQuiz(body.quizId);
        if (!quiz) return quizNotFound(c);
      }
      const { record, replayed } = await submitAttempt(
        c.env.KV,
        quiz,
        { attemptId: body.attemptId, displayName: body.displayName ?? null, answers: body.answers, startedAt: body.startedAt ?? null },
        context,
      );
      if (context) markDeviceSubmitted(c, context.assignment.id, record.attemptId);
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
