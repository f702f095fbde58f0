// Open quizzes: the quiz page (/quiz/:id) and its plain-form submit (JavaScript off).
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { findQuiz } from '../quiz/catalog.ts';
import { QuizIdParam, validate } from '../validation.ts';
import { notFound } from './not-found.tsx';
import { renderQuiz, submitQuizForm } from './quiz-flow.tsx';

export const quizRoutes = new Hono<AppEnv>()
  .get('/:id', validate('param', QuizIdParam, notFound), async (c) => {
    const quiz = await findQuiz(c.env, c.req.valid('param').id);
    return quiz ? renderQuiz(c, { quiz, context: null }) : notFound(c);
  })
  .post('/:id', validate('param', QuizIdParam, notFound), async (c) => {
    const quiz = await findQuiz(c.env, c.req.valid('param').id);
    return quiz ? submitQuizForm(c, { quiz, context: null }) : notFound(c);
  });
