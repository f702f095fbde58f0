// Open quizzes (the launch quizzes): the quiz page (/quiz/:id) and its plain-form submit (JavaScript off).
// A teacher's stored quizzes are not served here: they are taken only through their assignment.
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { notFound } from '../http/not-found.tsx';
import { QuizIdParam, validate } from '../http/validation.ts';
import { findLaunchQuiz } from '../quiz/catalog.ts';
import { quizFormInput, renderQuiz, submitQuizForm } from './quiz-flow.tsx';

export const quizRoutes = new Hono<AppEnv>()
  .get('/:id', validate('param', QuizIdParam, notFound), async (c) => {
    const quiz = findLaunchQuiz(c.req.valid('param').id);
    return quiz ? renderQuiz(c, { quiz, assignment: null }) : notFound(c);
  })
  .post('/:id', validate('param', QuizIdParam, notFound), ...quizFormInput, async (c) => {
    const quiz = findLaunchQuiz(c.req.valid('param').id);
    return quiz ? submitQuizForm(c, c.var.kv, { quiz, assignment: null }, c.req.valid('form')) : notFound(c);
  });
