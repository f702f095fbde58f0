// Remembers on the device (an HttpOnly cookie) that it submitted to an assignment, so a
// one-attempt assignment refuses a second try from the same browser, with or without JavaScript.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

const cookieName = (assignmentId: string) => `cc_done_${assignmentId}`;

export const deviceHasSubmitted = (c: Context, assignmentId: string) => getCookie(c, cookieName(assignmentId)) === '1';

export function markDeviceSubmitted(c: Context, assignmentId: string) {
  setCookie(c, cookieName(assignmentId), '1', {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: 60 * 60 * 24 * 365,
  });
}
