// Quiz drafts in KV, each under its unguessable id with an expiry. A draft past its `expiresAt`
// reads as gone even before KV's own expiry (which is lazy) has removed it.
import * as v from 'valibot';
import { DraftSchema, type Draft } from '../../core/drafts/draft.ts';
import { kvCall, parseStored } from './errors.ts';
import { keys } from './keys.ts';

/** The draft, or null when there is none under `id` or it has expired; an unreadable one is a storage fault. */
export async function readDraft(kv: KVNamespace, id: string, now = Date.now()): Promise<Draft | null> {
  const stored = await kvCall(() => kv.get(keys.draft(id), 'json'));
  if (stored === null) return null;
  const draft = parseStored(DraftSchema, stored, `draft ${id}`);
  return draft.expiresAt > now ? draft : null;
}

/** Writes (or overwrites) a draft, schema-checked; KV drops it at its `expiresAt`. */
export async function writeDraft(kv: KVNamespace, draft: Draft): Promise<void> {
  const value = JSON.stringify(v.parse(DraftSchema, draft));
  await kvCall(() => kv.put(keys.draft(draft.id), value, { expiration: Math.ceil(draft.expiresAt / 1000) }));
}
