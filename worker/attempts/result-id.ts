// The share link's id: the attempt id, prefixed by its assignment when it has one, so one KV key
// per attempt serves both the result page and the class listing.
import { ASSIGNMENT_ID, ATTEMPT_ID } from '../../core/ids.ts';
import { OPEN_SCOPE } from '../storage/keys.ts';

/** "<assignment id>.<attempt id>", or the attempt id alone for an open quiz. */
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
