// JSON error answers shared by the API routes, so every failure reads the same way.
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AnswerShapeError } from '../../../core/quiz/grade.ts';
import { AttemptConflictError, SubmissionRefusedError } from '../../attempts/submit.ts';

export const RETRY_AFTER_SECONDS = 5;

export function storageUnavailable(c: Context) {
  c.header('Retry-After', String(RETRY_AFTER_SECONDS));
  return c.json(
    {
      error: 'storage_unavailable',
      message: 'We could not save this just now. Nothing was lost: try again in a few seconds.',
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    },
    503,
  );
}

export const quizNotFound = (c: Context) => c.json({ error: 'quiz_not_found', message: 'There is no quiz with this id.' }, 404);

/** Known refusals become clear 4xx answers; the rest goes to onError (a KV outage becomes a 503 there). */
export function apiFailure(c: Context, error: unknown) {
  if (error instanceof AnswerShapeError) return c.json({ error: 'invalid_answer', message: error.message, itemId: error.itemId }, 422);
  if (error instanceof AttemptConflictError) return c.json({ error: 'attempt_conflict', message: error.message }, 409);
  if (error instanceof SubmissionRefusedError) return c.json({ error: error.refusal.code, message: error.message }, 403);
  throw error;
}

/** Refuses a request body over `maxSize` bytes with a JSON 413, before it is read. */
export const jsonBodyLimit = (maxSize: number) =>
  bodyLimit({ maxSize, onError: (c) => c.json({ error: 'body_too_large', message: `The request body may be at most ${maxSize} bytes.` }, 413) });
