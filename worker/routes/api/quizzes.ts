// GET /api/quizzes/:id (no keys) and POST /api/quizzes/:id/check (practice feedback for one answer).
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../env.ts';
import { findLaunchQuiz, findQuiz } from '../../quiz/catalog.ts';
import { feedbackFor } from '../../../core/quiz/feedback.ts';
import { AnswerSchema } from '../../../core/quiz/answer-schema.ts';
import { toPublicQuiz } from '../../../core/quiz/public.ts';
import { ItemIdSchema, QuizIdParam, invalidJson, validate } from '../../validation.ts';
import { apiFailure, jsonBodyLimit, quizNotFound } from './responses.ts';

const CheckBody = v.object({ itemId: ItemIdSchema, answer: AnswerSchema });

export const quizApi = new Hono<AppEnv>()
  .get('/:id', validate('param', QuizIdParam, invalidJson), async (c) => {
    try {
      const quiz = await findQuiz(c.env, c.req.valid('param').id);
      if (!quiz) return quizNotFound(c);
      c.header('Cache-Control', 'public, max-age=300');
      return c.json(toPublicQuiz(quiz));
    } catch (error) {
      return apiFailure(c, error);
    }
  })
  .post('/:id/check', validate('param', QuizIdParam, invalidJson), jsonBodyLimit(4096), validate('json', CheckBody, invalidJson), async (c) => {
    try {
      // Practice feedback is for the open launch quizzes: a class quiz may hide its answers until it closes.
      const quiz = findLaunchQuiz(c.req.valid('param').id);
      if (!quiz) return quizNotFound(c);
      const { itemId, answer } = c.req.valid('json');
      const item = quiz.items.find((candidate) => candidate.id === itemId);
      if (!item) return c.json({ error: 'item_not_found', message: 'This quiz has no such question.' }, 404);
      return c.json(feedbackFor(quiz, item, answer));
    } catch (error) {
      return apiFailure(c, error);
    }
  });
