// Shared input schemas and the edge validator: every route input is checked here, once.
import { vValidator } from '@hono/valibot-validator';
import type { Context, Env, ValidationTargets } from 'hono';
import * as v from 'valibot';

export const SlugSchema = v.pipe(v.string(), v.maxLength(80), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
export const SlugParam = v.object({ slug: SlugSchema });

/** Validates a request part; on failure answers with `onInvalid` (a 4xx page or JSON). */
export function validate<Target extends keyof ValidationTargets, S extends v.GenericSchema, E extends Env>(
  target: Target,
  schema: S,
  onInvalid: (c: Context<E>, issues: v.BaseIssue<unknown>[]) => Response | Promise<Response>,
) {
  return vValidator(target, schema, (result, c) => {
    if (!result.success) return onInvalid(c as unknown as Context<E>, result.issues as v.BaseIssue<unknown>[]);
  });
}
