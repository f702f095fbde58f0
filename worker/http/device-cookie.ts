// Remembers on the device (an HttpOnly cookie holding the attempt id) that it submitted to an
// assignment, so a one-attempt assignment refuses a second try from the same browser, with or
// without JavaScript. Whether that attempt still exists is the classroom's question
// (classroom/attempt-limit.ts): if the teacher removed it, the device may try again. The same
// cookie (for the open scope too) tells a result page that its viewer is the student who took it.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { ATTEMPT_ID } from '../../core/ids.ts';
import { resultId } from '../attempts/result-id.ts';

const cookieName = (assignmentId: string) => `cc_done_${assignmentId}`;

/** The (stored) attempt id this device last submitted to the assignment or open scope, unchecked, or null. */
export const deviceAttemptId = (c: Context, scope: string): string | null => getCookie(c, cookieName(scope)) ?? null;

/** The result page of the attempt this device submitted to `scope`, or null when it has none. */
export function ownResultPath(c: Context, scope: string): string | null {
  const attemptId = deviceAttemptId(c, scope);
  return attemptId !== null && ATTEMPT_ID.test(attemptId) ? `/r/${resultId(scope, attemptId)}` : null;
}

/** Remembers for a year that this device submitted `attemptId` to the assignment (or open scope). */
export function markDeviceSubmitted(c: Context, scope: string, attemptId: string) {
  setCookie(c, cookieName(scope), attemptId, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: 60 * 60 * 24 * 365,
  });
}
