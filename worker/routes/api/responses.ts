// JSON error answers shared by the API routes, so every failure reads the same way.
import type { Context } from 'hono';
import { AnswerShapeError } from '../../quiz/grade.ts';
import { AttemptConflictError, SubmissionRefusedError } from '../../attempts/submit.ts';
import { StorageUnavailableError } from '../../storage/errors.ts';

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

/** Known failures become clear 4xx/503 answers; anything else is a real bug and goes to onError. */
export function apiFailure(c: Context, error: unknown) {
  if (error instanceof StorageUnavailableError) return storageUnavailable(c);
  if (error instanceof AnswerShapeError) return c.json({ error: 'invalid_answer', message: error.message, itemId: error.itemId }, 422);
  if (error instanceof AttemptConflictError) return c.json({ error: 'attempt_conflict', message: error.message }, 409);
  if (error instanceof SubmissionRefusedError) return c.json({ error: error.refusal.code, message: error.message }, 403);
  throw error;
}
