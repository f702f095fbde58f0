import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { MessagePage } from '../../web/pages/MessagePage.tsx';
import { StorageUnavailableError } from '../storage/errors.ts';
import { renderPage } from '../render.tsx';
import { storageUnavailable } from './api/responses.ts';

const isApi = (c: Context) => c.req.path.startsWith('/api/');

function messagePage(c: Context, status: 500 | 503, heading: string, message: string) {
  return renderPage(c, {
    title: heading,
    description: message,
    status,
    body: (
      <MessagePage heading={heading}>
        <p>
          {message} <a href="/">Back to the home page</a>.
        </p>
      </MessagePage>
    ),
  });
}

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
    c.header('Retry-After', '5');
    return messagePage(c, 503, 'Crosscheck is briefly unavailable', 'Our storage did not answer. Nothing was lost: try again in a few seconds.');
  }
  console.error(error);
  if (isApi(c)) return c.json({ error: 'internal', message: 'Something went wrong on our side. Please try again.' }, 500);
  return messagePage(c, 500, 'Something went wrong on our side', 'Please try again in a moment.');
}
