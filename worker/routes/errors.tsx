import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { MessagePage } from '../../web/pages/MessagePage.tsx';
import { renderPage } from '../render.tsx';

/** Last resort: a plain apology, never a stack trace. Expected 4xx (HTTPException) pass through as they are. */
export function onError(error: Error, c: Context) {
  if (error instanceof HTTPException) {
    // e.g. malformed JSON in a request body: the client's fault, said plainly.
    if (c.req.path.startsWith('/api/')) return c.json({ error: 'bad_request', message: error.message }, error.status);
    return error.getResponse();
  }
  console.error(error);
  if (c.req.path.startsWith('/api/')) return c.json({ error: 'internal', message: 'Something went wrong on our side. Please try again.' }, 500);
  return renderPage(c, {
    title: 'Something went wrong',
    description: 'An unexpected error.',
    body: (
      <MessagePage heading="Something went wrong on our side">
        <p>
          Please try again in a moment. <a href="/">Back to the home page</a>.
        </p>
      </MessagePage>
    ),
    status: 500,
  });
}
