// Assignments in KV: the record, its class code index, and the one-attempt name claims. Storage
// only: which code to pick and which names count as the same student is worker/classroom's.
import * as v from 'valibot';
import { AssignmentSchema, type Assignment } from '../../core/classroom/assignment.ts';
import { kvCall, parseStored } from './errors.ts';
import { keys } from './keys.ts';

/** The assignment, or null when there is none under `id`; an unreadable one is a storage fault. */
export async function readAssignment(kv: KVNamespace, id: string): Promise<Assignment | null> {
  const stored = await kvCall(() => kv.get(keys.assignment(id), 'json'));
  return stored === null ? null : parseStored(AssignmentSchema, stored, `assignment ${id}`);
}

/** Writes (or overwrites) an assignment, schema-checked. */
export async function writeAssignment(kv: KVNamespace, assignment: Assignment): Promise<void> {
  const value = JSON.stringify(v.parse(AssignmentSchema, assignment));
  await kvCall(() => kv.put(keys.assignment(assignment.id), value));
}

/** Points a class code at its assignment. */
export async function linkClassCode(kv: KVNamespace, code: string, assignmentId: string): Promise<void> {
  await kvCall(() => kv.put(keys.classCode(code), assignmentId));
}

/** The assignment a class code points at, or null when no class uses it. */
export async function assignmentIdForCode(kv: KVNamespace, code: string): Promise<string | null> {
  return kvCall(() => kv.get(keys.classCode(code)));
}

/** Whether a student (by the classroom's student key) has claimed their one attempt. */
export async function nameClaimExists(kv: KVNamespace, assignmentId: string, studentKey: string): Promise<boolean> {
  return (await kvCall(() => kv.get(keys.attemptClaim(assignmentId, studentKey)))) !== null;
}

/** Records that a student used their one attempt (idempotent). */
export async function writeNameClaim(kv: KVNamespace, assignmentId: string, studentKey: string, attemptId: string): Promise<void> {
  await kvCall(() => kv.put(keys.attemptClaim(assignmentId, studentKey), attemptId));
}

/** Frees a student's claim, so they may try again. */
export async function deleteNameClaim(kv: KVNamespace, assignmentId: string, studentKey: string): Promise<void> {
  await kvCall(() => kv.delete(keys.attemptClaim(assignmentId, studentKey)));
}
