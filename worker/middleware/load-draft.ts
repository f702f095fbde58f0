// Loads the quiz draft named by the route's `:id` into `c.var.draft`, or answers a plain 404
// (a page, or JSON for the editor's saves) saying that drafts are kept a week. The id in the URL
// is all that opens a draft, so its pages are private like the dashboard's.
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import * as v from 'valibot';
import type { Draft } from '../../core/drafts/draft.ts';
import { DraftIdSchema } from '../../core/schemas.ts';
import { DRAFT_DAYS, findDraft } from '../drafts/drafts.ts';
import type { AppEnv } from '../env.ts';
import { refusalPage } from '../http/refusal-page.tsx';
import { privateHeaders } from './load-teacher.tsx';

/** A draft's page, where its forms lead back to. */
export const draftHome = (draftId: string) => `/teach/draft/${draftId}`;

const GONE = `This draft does not exist, or it has expired: drafts are kept for ${DRAFT_DAYS} days after their last change.`;

/** The draft's 404, as JSON for a request that sent JSON (the editor island) and as a page otherwise. */
function draftNotFound(c: Context) {
  if (c.req.header('content-type')?.startsWith('application/json')) return c.json({ error: 'draft_not_found', message: GONE }, 404);
  return refusalPage(c, 404, 'Draft not found', GONE, { href: '/teach', label: 'Start again: assign a quiz' });
}

/** Sets `c.var.draft`, or answers 404. */
export const loadDraft = createMiddleware<AppEnv & { Variables: { draft: Draft } }>(async (c, next) => {
  privateHeaders(c);
  const id = v.safeParse(DraftIdSchema, c.req.param('id'));
  const draft = id.success ? await findDraft(c.var.kv, id.output) : null;
  if (!draft) return draftNotFound(c);
  c.set('draft', draft);
  await next();
});
