// JSON error answers shared by the API routes, so every failure reads the same way.
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** How long a client should wait after a KV outage before trying again. */
export const RETRY_AFTER_SECONDS = 5;

/** The API's 503 for a KV outage, with a retry hint. */
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

/** The API's 404 for an unknown quiz id. */
export const quizNotFound = (c: Context) => c.json({ error: 'quiz_not_found', message: 'There is no quiz with this id.' }, 404);

/** Refuses a request body over `maxSize` bytes with a JSON 413, before it is read. */
export const jsonBodyLimit = (maxSize: number) =>
  bodyLimit({ maxSize, onError: (c) => c.json({ error: 'body_too_large', message: `The request body may be at most ${maxSize} bytes.` }, 413) });
