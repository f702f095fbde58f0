// The share link's id: the attempt id, prefixed by its assignment when it has one, so one KV key
// per attempt serves both the result page and the class listing.
import { OPEN_SCOPE } from '../storage/keys.ts';

const RESULT_ID = /^(?:([a-z0-9]{6,32})\.)?([A-Za-z0-9_-]{22,64})$/;

export function resultId(scope: string, attemptId: string): string {
  return scope === OPEN_SCOPE ? attemptId : `${scope}.${attemptId}`;
}

export function parseResultId(id: string): { scope: string; attemptId: string } | null {
  const match = RESULT_ID.exec(id);
  if (!match) return null;
  return { scope: match[1] ?? OPEN_SCOPE, attemptId: match[2]! };
}
