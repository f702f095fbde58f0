// Remembers on the device (an HttpOnly cookie holding the attempt id) that it submitted to an
// assignment, so a one-attempt assignment refuses a second try from the same browser, with or
// without JavaScript. If the teacher removes that attempt, the device may try again.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { ATTEMPT_ID_PATTERN, readAttempt } from '../storage/attempts.ts';

const cookieName = (assignmentId: string) => `cc_done_${assignmentId}`;

export async function deviceHasSubmitted(c: Context, kv: KVNamespace, assignmentId: string): Promise<boolean> {
  const attemptId = getCookie(c, cookieName(assignmentId));
  if (!attemptId || !ATTEMPT_ID_PATTERN.test(attemptId)) return false;
  return (await readAttempt(kv, assignmentId, attemptId)) !== null;
}

export function markDeviceSubmitted(c: Context, assignmentId: string, attemptId: string) {
  setCookie(c, cookieName(assignmentId), attemptId, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: 60 * 60 * 24 * 365,
  });
}
