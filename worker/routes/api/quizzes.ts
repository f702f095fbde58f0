// GET /api/quizzes/:id (no keys) and POST /api/quizzes/:id/check (practice feedback for one answer),
// both for the open launch quizzes only: a class's quiz is served only through its assignment.
import { Hono } from 'hono';
import * as v from 'valibot';
import { ItemIdSchema } from '../../../core/schemas.ts';
import { AnswerSchema } from '../../../core/quiz/answer-schema.ts';
import { feedbackFor } from '../../../core/quiz/feedback.ts';
import { AnswerShapeError } from '../../../core/quiz/grade.ts';
import { toPublicQuiz } from '../../../core/quiz/public.ts';
import type { AppEnv } from '../../env.ts';
import { jsonBodyLimit, quizNotFound } from '../../http/json-errors.ts';
import { QuizIdParam, invalidJson, validate } from '../../http/validation.ts';
import { findLaunchQuiz } from '../../quiz/catalog.ts';

const CheckBody = v.object({ itemId: ItemIdSchema, answer: AnswerSchema });

export const quizApi = new Hono<AppEnv>()
  .get('/:id', validate('param', QuizIdParam, invalidJson), (c) => {
    const quiz = findLaunchQuiz(c.req.valid('param').id);
    if (!quiz) return quizNotFound(c);
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(toPublicQuiz(quiz));
  })
  .post('/:id/check', validate('param', QuizIdParam, invalidJson), jsonBodyLimit(4096), validate('json', CheckBody, invalidJson), async (c) => {
    // Practice feedback is for the open launch quizzes: a class quiz may hide its answers until it closes.
    const quiz = findLaunchQuiz(c.req.valid('param').id);
    if (!quiz) return quizNotFound(c);
    const { itemId, answer } = c.req.valid('json');
    const item = quiz.items.find((candidate) => candidate.id === itemId);
    if (!item) return c.json({ error: 'item_not_found', message: 'This quiz has no such question.' }, 404);
    try {
      return c.json(feedbackFor(quiz, item, answer));
    } catch (error) {
      if (error instanceof AnswerShapeError) return c.json({ error: 'invalid_answer', message: error.message, itemId: error.itemId }, 422);
      throw error;
    }
  });
