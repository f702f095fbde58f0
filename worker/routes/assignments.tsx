// The student side of a class: /join (class code), /a/:id (name), /a/:id/quiz (the quiz).
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import { normalizeClassCode } from '../../core/classroom/class-code.ts';
import { DisplayNameSchema } from '../../core/schemas.ts';
import { AssignmentPage } from '../../web/pages/AssignmentPage.tsx';
import { JoinPage } from '../../web/pages/JoinPage.tsx';
import { oneAttemptUsed } from '../classroom/attempt-limit.ts';
import { countWrongCode, joinBlocked } from '../classroom/join-guard.ts';
import { submissionRefusal } from '../classroom/policy.ts';
import type { AppEnv } from '../env.ts';
import { deviceAttemptId, ownResultPath } from '../http/device-cookie.ts';
import { refusalPage } from '../http/refusal-page.tsx';
import { renderPage } from '../http/render.tsx';
import { submitFailurePage } from '../http/submit-failures.ts';
import { validate } from '../http/validation.ts';
import { loadAssignment } from '../middleware/load-assignment.ts';
import { assignmentIdForCode } from '../storage/assignments.ts';
import { quizFormInput, renderQuiz, submitQuizForm } from './quiz-flow.tsx';

const JoinForm = v.object({ code: v.pipe(v.string(), v.maxLength(100)) });

function joinPage(c: Context, status: 200 | 400 | 404, code?: string, error?: string) {
  return renderPage(c, {
    title: 'Join your class',
    description: 'Type the class code your teacher gave you.',
    status,
    body: <JoinPage code={code} error={error} />,
  });
}

export const assignmentRoutes = new Hono<AppEnv>()
  .get('/join', (c) => joinPage(c, 200))
  .post('/join', bodyLimit({ maxSize: 2048, onError: (c) => joinPage(c, 400, '', 'Type the class code.') }), validate('form', JoinForm, (c) => joinPage(c, 400, '', 'Type the class code.')), async (c) => {
    const address = c.req.header('cf-connecting-ip') ?? 'local';
    const tooMany = () => {
      c.header('Retry-After', '60');
      return refusalPage(c, 429, 'Too many tries', 'Too many wrong class codes were tried from here in the last minute. Wait a minute and try again.', { href: '/join', label: 'Back to the class code' });
    };
    if (await joinBlocked(address)) return tooMany();
    const typed = c.req.valid('form').code;
    const code = normalizeClassCode(typed);
    const id = code && (await assignmentIdForCode(c.var.kv, code));
    if (!id) {
      // Only wrong codes count: a class behind one address joins freely, a guesser is slowed.
      if (await countWrongCode(c.env.JOIN_LIMITER, address)) return tooMany();
      if (!code) return joinPage(c, 400, typed, 'A class code has 6 letters and digits, like ABC 23K. Check it and try again.');
      return joinPage(c, 404, typed, 'No class uses that code. Check it with your teacher and try again.');
    }
    return c.redirect(`/a/${id}`, 303);
  })
  .get('/a/:id', loadAssignment, async (c) => {
    const { assignment, quiz } = c.var;
    const used = await oneAttemptUsed(c.var.kv, assignment, { deviceAttemptId: deviceAttemptId(c, assignment.id), displayName: null });
    const refusal = submissionRefusal(assignment, Date.now(), used);
    return renderPage(c, {
      title: assignment.title,
      description: `A class assignment: ${quiz.title}.`,
      status: refusal ? 403 : 200,
      body: (
        <AssignmentPage
          assignment={assignment}
          quizTitle={quiz.title}
          questionCount={quiz.items.length}
          refusal={refusal?.message ?? null}
          resultPath={refusal?.code === 'attempt-used' ? ownResultPath(c, assignment.id) : null}
        />
      ),
    });
  })
  .get('/a/:id/quiz', loadAssignment, async (c) => {
    const { assignment, quiz } = c.var;
    const name = v.safeParse(DisplayNameSchema, c.req.query('name') ?? '');
    if (!name.success) return c.redirect(`/a/${assignment.id}`, 303);
    const used = await oneAttemptUsed(c.var.kv, assignment, { deviceAttemptId: deviceAttemptId(c, assignment.id), displayName: name.output });
    const refusal = submissionRefusal(assignment, Date.now(), used);
    if (refusal) return submitFailurePage(c, refusal, ownResultPath(c, assignment.id));
    return renderQuiz(c, { quiz, assignment, displayName: name.output, heading: assignment.title });
  })
  .post('/a/:id/quiz', loadAssignment, ...quizFormInput, async (c) => submitQuizForm(c, c.var.kv, c.var, c.req.valid('form')));
