// Remembers on the device (an HttpOnly cookie holding the attempt id) that it submitted to an
// assignment, so a one-attempt assignment refuses a second try from the same browser, with or
// without JavaScript. Whether that attempt still exists is the classroom's question
// (classroom/attempt-limit.ts): if the teacher removed it, the device may try again.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

const cookieName = (assignmentId: string) => `cc_done_${assignmentId}`;

/** The attempt id this device last submitted to the assignment, unchecked, or null. */
export const deviceAttemptId = (c: Context, assignmentId: string): string | null => getCookie(c, cookieName(assignmentId)) ?? null;

/** Remembers for a year that this device submitted `attemptId` to the assignment. */
export function markDeviceSubmitted(c: Context, assignmentId: string, attemptId: string) {
  setCookie(c, cookieName(assignmentId), attemptId, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: 60 * 60 * 24 * 365,
  });
}
