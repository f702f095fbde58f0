// Server rendering: a page body inside the shared document shell.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ComponentChildren, VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { Document } from '../../web/components/Document.tsx';
import { site } from '../content/site.ts';

/** A page to render: its head fields, body and status. */
export interface PageSpec {
  title: string;
  description: string;
  body: VNode;
  head?: ComponentChildren;
  status?: ContentfulStatusCode;
}

/** The page as a full HTML response. */
export function renderPage(c: Context, { title, description, body, head, status = 200 }: PageSpec) {
  const bodyHtml = render(body);
  const html = render(
    <Document
      title={title}
      description={description}
      assets={site.assets}
      bodyHtml={bodyHtml}
      withIslands={bodyHtml.includes('data-island=')}
      head={head}
    />,
  );
  return c.html(`<!doctype html>${html}`, status);
}
