// Assignments in KV: the record, its class code index, and the one-attempt claims.
import * as v from 'valibot';
import { newClassCode } from '../classroom/class-code.ts';
import { sha256Hex } from '../classroom/secrets.ts';
import { kvCall } from './errors.ts';
import { keys } from './keys.ts';

const AssignmentSchema = v.object({
  v: v.literal(1),
  id: v.string(),
  quizId: v.string(),
  title: v.string(),
  /** Epoch ms after which no submission is taken, or null. */
  dueAt: v.nullable(v.number()),
  attemptsAllowed: v.picklist(['one', 'unlimited']),
  /** When students see the right answers: on their result page at once, or once the teacher closes. */
  reveal: v.picklist(['after-submit', 'after-close']),
  closed: v.boolean(),
  classCode: v.string(),
  /** SHA-256 (hex) of the dashboard secret; the secret itself is never stored. */
  secretHash: v.string(),
  createdAt: v.number(),
});
export type Assignment = v.InferOutput<typeof AssignmentSchema>;

export async function readAssignment(kv: KVNamespace, id: string): Promise<Assignment | null> {
  const stored = await kvCall(() => kv.get(keys.assignment(id), 'json'));
  return stored === null ? null : v.parse(AssignmentSchema, stored);
}

export async function writeAssignment(kv: KVNamespace, assignment: Assignment): Promise<void> {
  const value = JSON.stringify(v.parse(AssignmentSchema, assignment));
  await kvCall(() => kv.put(keys.assignment(assignment.id), value));
}

/** A class code no assignment uses yet (reads only: linkClassCode points it once the assignment exists). */
export async function freeClassCode(kv: KVNamespace): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = newClassCode();
    if ((await kvCall(() => kv.get(keys.classCode(code)))) === null) return code;
  }
  throw new Error('No free class code after 5 tries');
}

export async function linkClassCode(kv: KVNamespace, code: string, assignmentId: string): Promise<void> {
  await kvCall(() => kv.put(keys.classCode(code), assignmentId));
}

export async function assignmentIdForCode(kv: KVNamespace, code: string): Promise<string | null> {
  return kvCall(() => kv.get(keys.classCode(code)));
}

/** Display names count as the same student whatever their case, accents' form or spacing. */
async function claimKey(assignmentId: string, displayName: string) {
  const normalized = displayName.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return keys.attemptClaim(assignmentId, (await sha256Hex(normalized)).slice(0, 32));
}

export async function nameHasAttempt(kv: KVNamespace, assignmentId: string, displayName: string): Promise<boolean> {
  const key = await claimKey(assignmentId, displayName);
  return (await kvCall(() => kv.get(key))) !== null;
}

export async function recordNameAttempt(kv: KVNamespace, assignmentId: string, displayName: string, attemptId: string): Promise<void> {
  const key = await claimKey(assignmentId, displayName);
  await kvCall(() => kv.put(key, attemptId));
}

export async function releaseNameAttempt(kv: KVNamespace, assignmentId: string, displayName: string): Promise<void> {
  const key = await claimKey(assignmentId, displayName);
  await kvCall(() => kv.delete(key));
}
