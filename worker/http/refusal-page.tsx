import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { MessagePage } from '../../web/pages/MessagePage.tsx';
import { renderPage } from './render.tsx';

/** A page that says why something could not be done, and the way back. */
export function refusalPage(c: Context, status: ContentfulStatusCode, heading: string, message: string, next?: { href: string; label: string }) {
  return renderPage(c, {
    title: heading,
    description: message,
    status,
    body: (
      <MessagePage heading={heading}>
        <p>{message}</p>
        {next ? (
          <p>
            <a href={next.href}>{next.label}</a>
          </p>
        ) : (
          <p>Use your browser's Back button: what you typed is still in the form.</p>
        )}
      </MessagePage>
    ),
  });
}

