// The share link's id: the stored attempt's id, prefixed by its assignment when it has one, so one
// KV key per attempt serves both the result page and the class listing. The stored id is a hash of
// the attempt id the client chose, never that id itself: the attempt id is the submit's
// idempotency key (re-posting it returns the stored result), so it must not travel in a link.
import { ASSIGNMENT_ID, ATTEMPT_ID } from '../../core/ids.ts';
import { sha256Hex } from '../classroom/secrets.ts';
import { OPEN_SCOPE } from '../storage/keys.ts';

/** The id an attempt is stored and shared under: 128 bits of SHA-256 of the client's attempt id. */
export async function storedAttemptId(attemptId: string): Promise<string> {
  return (await sha256Hex(`attempt:${attemptId}`)).slice(0, 32);
}

/** "<assignment id>.<stored attempt id>", or the stored id alone for an open quiz. */
export function resultId(scope: string, attemptId: string): string {
  return scope === OPEN_SCOPE ? attemptId : `${scope}.${attemptId}`;
}

/** The scope and attempt a result id names, or null when it cannot be one. */
export function parseResultId(id: string): { scope: string; attemptId: string } | null {
  const dot = id.indexOf('.');
  const scope = dot < 0 ? OPEN_SCOPE : id.slice(0, dot);
  const attemptId = id.slice(dot + 1);
  if (dot >= 0 && !ASSIGNMENT_ID.test(scope)) return null;
  return ATTEMPT_ID.test(attemptId) ? { scope, attemptId } : null;
}
