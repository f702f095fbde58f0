// "One attempt" as far as KV can enforce it: the device (the cookie naming its last attempt) or
// the student (their display name, by the same-student rule) already submitted. See the README
// for what this does and does not stop.
import type { Assignment } from '../../core/classroom/assignment.ts';
import { ATTEMPT_ID } from '../../core/ids.ts';
import { nameKey } from '../../core/name-key.ts';
import { deleteNameClaim, nameClaimExists, writeNameClaim } from '../storage/assignments.ts';
import { readAttempt } from '../storage/attempts.ts';
import { sha256Hex } from './secrets.ts';

/** Who is asking: the attempt id the device remembers for this assignment, and the name given. */
export interface Student {
  deviceAttemptId: string | null;
  displayName: string | null;
}

/**
 * Who counts as the same student: display names equal by core's name rule (case, Unicode form,
 * spacing and look-alike letters folded: core/name-key.ts). The key is a hash, so claim keys do
 * not spell out students' names.
 */
async function studentKey(displayName: string): Promise<string> {
  return (await sha256Hex(nameKey(displayName))).slice(0, 32);
}

async function deviceHasSubmitted(kv: KVNamespace, assignmentId: string, deviceAttemptId: string | null): Promise<boolean> {
  if (deviceAttemptId === null || !ATTEMPT_ID.test(deviceAttemptId)) return false;
  // The attempt must still exist: when the teacher removes it, the device may try again.
  return (await readAttempt(kv, assignmentId, deviceAttemptId)) !== null;
}

/** Whether a one-attempt assignment's attempt is used by this device or this name (both read at once). */
export async function oneAttemptUsed(kv: KVNamespace, assignment: Assignment, student: Student): Promise<boolean> {
  if (assignment.attemptsAllowed !== 'one') return false;
  const { displayName } = student;
  const [byDevice, byName] = await Promise.all([
    deviceHasSubmitted(kv, assignment.id, student.deviceAttemptId),
    displayName === null ? false : nameClaimExists(kv, assignment.id, await studentKey(displayName)),
  ]);
  return byDevice || byName;
}

/** After a submit to a one-attempt assignment: the name has used its attempt (idempotent). */
export async function claimOneAttempt(kv: KVNamespace, assignment: Assignment, displayName: string | null, attemptId: string): Promise<void> {
  if (assignment.attemptsAllowed === 'one' && displayName !== null) {
    await writeNameClaim(kv, assignment.id, await studentKey(displayName), attemptId);
  }
}

/** After the teacher removes an attempt: its name may try again. */
export async function releaseOneAttempt(kv: KVNamespace, assignmentId: string, displayName: string): Promise<void> {
  await deleteNameClaim(kv, assignmentId, await studentKey(displayName));
}
