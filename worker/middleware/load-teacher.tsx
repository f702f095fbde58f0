// Loads the assignment behind a teacher's dashboard into `c.var.teacher`, only for the holder of
// its secret: an unknown id, a missing or a wrong secret all get the same 404. The secret arrives
// once in the bookmarkable link (/teach/:id?key=secret); opening it moves the secret into an
// HttpOnly, Secure, SameSite=Strict cookie scoped to that dashboard's path and leaves for the
// clean URL, so polls, exports and actions never carry it in a URL (where logs and traces keep
// it). Every teacher page is private: not cached, not indexed, and never sent as a Referer.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import * as v from 'valibot';
import type { Assignment } from '../../core/classroom/assignment.ts';
import { AssignmentIdSchema } from '../../core/schemas.ts';
import type { Quiz } from '../../core/quiz/schema.ts';
import { SECRET_PATTERN, secretMatches } from '../classroom/secrets.ts';
import type { AppEnv } from '../env.ts';
import { notFound } from '../http/not-found.tsx';
import { renderPage } from '../http/render.tsx';
import { classQuiz } from '../quiz/catalog.ts';
import { readAssignment } from '../storage/assignments.ts';

/** The assignment and its quiz, with the secret that opened them (for the bookmark link). */
export interface TeacherView {
  assignment: Assignment;
  quiz: Quiz;
  secret: string;
}

const SECRET_COOKIE = 'cc_teach';
const TeacherLink = v.object({ id: AssignmentIdSchema, key: v.pipe(v.string(), v.regex(SECRET_PATTERN)) });

/** A dashboard's own path: the cookie's scope, and where its actions lead back to. */
export const dashboardHome = (assignmentId: string) => `/teach/${assignmentId}`;

/** The bookmarkable link, secret included: shown on the page, never used by its own requests. */
export const bookmarkPath = ({ assignment, secret }: TeacherView) => `${dashboardHome(assignment.id)}?key=${secret}`;

/** Gives this browser the dashboard's secret in its cookie (HttpOnly, Secure, SameSite=Strict, that path only). */
export function rememberSecret(c: Context, assignmentId: string, secret: string) {
  setCookie(c, SECRET_COOKIE, secret, { path: dashboardHome(assignmentId), httpOnly: true, secure: true, sameSite: 'Strict', maxAge: 60 * 60 * 24 * 400 });
}

/** Marks a teacher page private: never cached, indexed, or sent on as a Referer. */
export function privateHeaders(c: Context) {
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex');
  c.header('Referrer-Policy', 'no-referrer');
}

/**
 * The bookmarked link, opened: the secret goes into the dashboard's cookie and the browser moves
 * on to the clean URL. A page that refreshes itself rather than a 303, because a SameSite=Strict
 * cookie is withheld from a redirect that a link on another site (a webmail) started, while this
 * page's own navigation is same-site.
 */
function moveSecretToCookie(c: Context, assignmentId: string, secret: string) {
  rememberSecret(c, assignmentId, secret);
  const next = c.req.query('created') === '1' ? `${c.req.path}?created=1` : c.req.path;
  privateHeaders(c);
  return renderPage(c, {
    title: 'Opening your dashboard',
    description: 'Opening your dashboard.',
    head: <meta http-equiv="refresh" content={`0; url=${next}`} />,
    body: (
      <p>
        <a href={next}>Open your dashboard</a>
      </p>
    ),
  });
}

/** Sets `c.var.teacher`, or answers 404 (or, for the bookmarked link, moves its secret into the cookie). */
export const loadTeacher = createMiddleware<AppEnv & { Variables: { teacher: TeacherView } }>(async (c, next) => {
  const fromLink = c.req.method === 'GET' ? c.req.query('key') : undefined;
  const link = v.safeParse(TeacherLink, { id: c.req.param('id'), key: fromLink ?? getCookie(c, SECRET_COOKIE) });
  const assignment = link.success ? await readAssignment(c.var.kv, link.output.id) : null;
  const opened = link.success && assignment !== null && (await secretMatches(link.output.key, assignment.secretHash));
  const quiz = opened ? await classQuiz(c.var.kv, assignment) : null;
  if (!link.success || !assignment || !quiz) return notFound(c);
  if (fromLink !== undefined) return moveSecretToCookie(c, assignment.id, link.output.key);
  privateHeaders(c);
  c.set('teacher', { assignment, quiz, secret: link.output.key });
  await next();
});
