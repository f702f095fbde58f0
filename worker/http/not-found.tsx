import type { Context } from 'hono';
import { NotFoundPage } from '../../web/pages/NotFoundPage.tsx';
import { site } from '../content/site.ts';
import { renderPage } from './render.tsx';

/** The helpful 404: JSON for the API, a page with somewhere to go for everyone else. */
export function notFound(c: Context) {
  if (c.req.path.startsWith('/api/')) return c.json({ error: 'not_found', message: `No such resource: ${c.req.path}` }, 404);
  return renderPage(c, {
    title: 'Page not found',
    description: 'This page does not exist on Crosscheck.',
    body: <NotFoundPage path={c.req.path} topics={site.topics} />,
    status: 404,
  });
}
