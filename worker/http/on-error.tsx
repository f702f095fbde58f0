import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { StorageUnavailableError } from '../storage/errors.ts';
import { RETRY_AFTER_SECONDS, storageUnavailable } from './json-errors.ts';
import { refusalPage } from './refusal-page.tsx';

const isApi = (c: Context) => c.req.path.startsWith('/api/');
const home = { href: '/', label: 'Back to the home page' };

/**
 * Last resort, never a stack trace: client errors Hono raised (e.g. a malformed body) pass through
 * as 4xx, a KV outage is a 503 with a retry hint, anything else a plain 500.
 */
export function onError(error: Error, c: Context) {
  if (error instanceof HTTPException) {
    if (isApi(c)) return c.json({ error: 'bad_request', message: error.message }, error.status);
    return error.getResponse();
  }
  if (error instanceof StorageUnavailableError) {
    if (isApi(c)) return storageUnavailable(c);
    c.header('Retry-After', String(RETRY_AFTER_SECONDS));
    return refusalPage(c, 503, 'Crosscheck is briefly unavailable', 'Our storage did not answer. Nothing was lost: try again in a few seconds.', home);
  }
  console.error(error);
  if (isApi(c)) return c.json({ error: 'internal', message: 'Something went wrong on our side. Please try again.' }, 500);
  return refusalPage(c, 500, 'Something went wrong on our side', 'Please try again in a moment.', home);
}
