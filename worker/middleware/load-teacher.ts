// Loads the assignment behind a teacher's dashboard link (/teach/:id?key=secret) into
// `c.var.teacher`, only for the holder of the secret: an unknown id, a missing or a wrong
// secret all get the same 404. Every teacher page is private: not cached, not indexed, and
// the secret never leaves in a Referer header.
import { createMiddleware } from 'hono/factory';
import * as v from 'valibot';
import type { Assignment } from '../../core/classroom/assignment.ts';
import { AssignmentIdSchema } from '../../core/schemas.ts';
import type { Quiz } from '../../core/quiz/schema.ts';
import { SECRET_PATTERN, secretMatches } from '../classroom/secrets.ts';
import type { AppEnv } from '../env.ts';
import { notFound } from '../http/not-found.tsx';
import { findQuiz } from '../quiz/catalog.ts';
import { readAssignment } from '../storage/assignments.ts';

/** The assignment and its quiz, with the secret that opened them (for the page's own links). */
export interface TeacherView {
  assignment: Assignment;
  quiz: Quiz;
  secret: string;
}

const TeacherLink = v.object({ id: AssignmentIdSchema, key: v.pipe(v.string(), v.regex(SECRET_PATTERN)) });

/** Sets `c.var.teacher`, or answers 404. */
export const loadTeacher = createMiddleware<AppEnv & { Variables: { teacher: TeacherView } }>(async (c, next) => {
  const link = v.safeParse(TeacherLink, { id: c.req.param('id'), key: c.req.query('key') });
  const assignment = link.success ? await readAssignment(c.var.kv, link.output.id) : null;
  const opened = link.success && assignment !== null && (await secretMatches(link.output.key, assignment.secretHash));
  const quiz = opened ? await findQuiz(c.var.kv, assignment.quizId) : null;
  if (!link.success || !assignment || !quiz) return notFound(c);
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex');
  c.header('Referrer-Policy', 'no-referrer');
  c.set('teacher', { assignment, quiz, secret: link.output.key });
  await next();
});

/** The dashboard's own URL path, secret included. */
export const dashboardPath = ({ assignment, secret }: TeacherView) => `/teach/${assignment.id}?key=${secret}`;
