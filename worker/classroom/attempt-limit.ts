// "One attempt" as far as KV can enforce it: the device (cookie) or the display name (claim key)
// already submitted. See the README for what this does and does not stop.
import type { Context } from 'hono';
import { deviceHasSubmitted } from '../attempts/device.ts';
import { nameHasAttempt, type Assignment } from '../storage/assignments.ts';

export async function oneAttemptUsed(c: Context, kv: KVNamespace, assignment: Assignment, displayName: string | null): Promise<boolean> {
  if (assignment.attemptsAllowed !== 'one') return false;
  if (await deviceHasSubmitted(c, kv, assignment.id)) return true;
  return displayName !== null && (await nameHasAttempt(kv, assignment.id, displayName));
}
