// The student side of a class: /join (class code), /a/:id (name), /a/:id/quiz (the quiz).
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import { AssignmentPage } from '../../web/pages/AssignmentPage.tsx';
import { JoinPage } from '../../web/pages/JoinPage.tsx';
import { oneAttemptUsed } from '../classroom/attempt-limit.ts';
import { normalizeClassCode } from '../classroom/class-code.ts';
import { submissionRefusal } from '../classroom/policy.ts';
import type { AppEnv } from '../env.ts';
import { findQuiz } from '../quiz/catalog.ts';
import { assignmentIdForCode, readAssignment } from '../storage/assignments.ts';
import { renderPage } from '../render.tsx';
import { AssignmentIdSchema, DisplayNameSchema, validate } from '../validation.ts';
import { notFound } from './not-found.tsx';
import { quizFormInput, renderQuiz, submitQuizForm } from './quiz-flow.tsx';
import { refusalPage } from './refusal-page.tsx';

const AssignmentParam = v.object({ id: AssignmentIdSchema });
const JoinForm = v.object({ code: v.pipe(v.string(), v.maxLength(100)) });

function joinPage(c: Context, status: 200 | 400 | 404, code?: string, error?: string) {
  return renderPage(c, {
    title: 'Join your class',
    description: 'Type the class code your teacher gave you.',
    status,
    body: <JoinPage code={code} error={error} />,
  });
}

async function loadAssignment(c: Context<AppEnv>, id: string) {
  const assignment = await readAssignment(c.env.KV, id);
  const quiz = assignment && (await findQuiz(c.env, assignment.quizId));
  return assignment && quiz ? { assignment, quiz } : null;
}

export const assignmentRoutes = new Hono<AppEnv>()
  .get('/join', (c) => joinPage(c, 200))
  .post('/join', bodyLimit({ maxSize: 2048, onError: (c) => joinPage(c, 400, '', 'Type the class code.') }), validate('form', JoinForm, (c) => joinPage(c, 400, '', 'Type the class code.')), async (c) => {
    const address = c.req.header('cf-connecting-ip') ?? 'local';
    const { success } = await c.env.JOIN_LIMITER.limit({ key: address });
    if (!success) {
      c.header('Retry-After', '60');
      return refusalPage(c, 429, 'Too many tries', 'Too many class codes were tried from here in the last minute. Wait a minute and try again.', { href: '/join', label: 'Back to the class code' });
    }
    const typed = c.req.valid('form').code;
    const code = normalizeClassCode(typed);
    if (!code) return joinPage(c, 400, typed, 'A class code has 6 letters and digits, like ABC 23K. Check it and try again.');
    const id = await assignmentIdForCode(c.env.KV, code);
    if (!id) return joinPage(c, 404, typed, 'No class uses that code. Check it with your teacher and try again.');
    return c.redirect(`/a/${id}`, 303);
  })
  .get('/a/:id', validate('param', AssignmentParam, notFound), async (c) => {
    const found = await loadAssignment(c, c.req.valid('param').id);
    if (!found) return notFound(c);
    const { assignment, quiz } = found;
    const refusal = submissionRefusal(assignment, Date.now(), await oneAttemptUsed(c, c.env.KV, assignment, null));
    return renderPage(c, {
      title: assignment.title,
      description: `A class assignment: ${quiz.title}.`,
      status: refusal ? 403 : 200,
      body: <AssignmentPage assignment={assignment} quizTitle={quiz.title} questionCount={quiz.items.length} refusal={refusal?.message ?? null} />,
    });
  })
  .get('/a/:id/quiz', validate('param', AssignmentParam, notFound), async (c) => {
    const found = await loadAssignment(c, c.req.valid('param').id);
    if (!found) return notFound(c);
    const { assignment, quiz } = found;
    const name = v.safeParse(DisplayNameSchema, c.req.query('name') ?? '');
    if (!name.success) return c.redirect(`/a/${assignment.id}`, 303);
    const refusal = submissionRefusal(assignment, Date.now(), await oneAttemptUsed(c, c.env.KV, assignment, name.output));
    if (refusal) return refusalPage(c, 403, 'This assignment does not take answers now', refusal.message, { href: '/', label: 'Go to the home page' });
    return renderQuiz(c, { quiz, assignment, displayName: name.output, heading: assignment.title });
  })
  .post('/a/:id/quiz', validate('param', AssignmentParam, notFound), ...quizFormInput, async (c) => {
    const found = await loadAssignment(c, c.req.valid('param').id);
    if (!found) return notFound(c);
    const { assignment, quiz } = found;
    return submitQuizForm(c, { quiz, assignment }, c.req.valid('form'));
  });
