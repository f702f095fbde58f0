// The quiz page (/quiz/:id) and its plain-form submit for browsers without JavaScript.
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import * as v from 'valibot';
import { MessagePage } from '../../web/pages/MessagePage.tsx';
import { QuizPage } from '../../web/pages/QuizPage.tsx';
import { newAttemptId } from '../attempts/attempt-id.ts';
import { answersFromForm } from '../attempts/form.ts';
import { resultId } from '../attempts/result-id.ts';
import { AttemptConflictError, submitAttempt } from '../attempts/submit.ts';
import type { AppEnv } from '../env.ts';
import { findQuiz } from '../quiz/catalog.ts';
import { AnswerShapeError } from '../quiz/grade.ts';
import { toPublicQuiz } from '../quiz/public.ts';
import { StorageUnavailableError } from '../storage/errors.ts';
import { OPEN_SCOPE } from '../storage/keys.ts';
import { renderPage } from '../render.tsx';
import { AttemptIdSchema, DisplayNameSchema, QuizIdParam, validate } from '../validation.ts';
import { notFound } from './not-found.tsx';

const FormFields = v.looseObject({
  attemptId: AttemptIdSchema,
  startedAt: v.optional(v.pipe(v.string(), v.regex(/^\d{1,16}$/), v.transform(Number))),
  displayName: v.optional(v.union([v.literal(''), DisplayNameSchema])),
});

/** A form submit that could not be taken: say why, and keep the student's way back. */
function refusal(c: Context, status: ContentfulStatusCode, heading: string, message: string) {
  return renderPage(c, {
    title: heading,
    description: message,
    status,
    body: (
      <MessagePage heading={heading}>
        <p>{message}</p>
        <p>Use your browser's Back button: your answers are still in the form.</p>
      </MessagePage>
    ),
  });
}

export const quizRoutes = new Hono<AppEnv>()
  .get('/:id', validate('param', QuizIdParam, notFound), async (c) => {
    const quiz = await findQuiz(c.env, c.req.valid('param').id);
    if (!quiz) return notFound(c);
    c.header('Cache-Control', 'no-store'); // each render carries a fresh attempt id
    return renderPage(c, {
      title: `Quiz: ${quiz.title}`,
      description: `${quiz.items.length} questions on ${quiz.source.title}, with the proof from the text after each answer.`,
      body: (
        <QuizPage
          runner={{
            quiz: toPublicQuiz(quiz),
            attemptId: newAttemptId(),
            startedAt: Date.now(),
            action: `/quiz/${quiz.id}`,
            scope: OPEN_SCOPE,
            practice: true,
          }}
        />
      ),
    });
  })
  .post('/:id', validate('param', QuizIdParam, notFound), async (c) => {
    const quiz = await findQuiz(c.env, c.req.valid('param').id);
    if (!quiz) return notFound(c);
    const form = await c.req.parseBody();
    const fields = v.safeParse(FormFields, form);
    if (!fields.success) return refusal(c, 400, 'We could not read that form', 'Please reload the quiz page and try again.');
    try {
      const { record } = await submitAttempt(c.env.KV, quiz, {
        attemptId: fields.output.attemptId,
        scope: OPEN_SCOPE,
        displayName: fields.output.displayName || null,
        answers: answersFromForm(quiz, form),
        startedAt: fields.output.startedAt ?? null,
      });
      return c.redirect(`/r/${resultId(record.scope, record.attemptId)}`, 303);
    } catch (error) {
      if (error instanceof AnswerShapeError) return refusal(c, 422, 'One answer needs another look', error.message.replace(/^Item [^:]+: /, ''));
      if (error instanceof AttemptConflictError) return refusal(c, 409, 'This attempt was already used', error.message);
      if (error instanceof StorageUnavailableError) {
        c.header('Retry-After', '5');
        return refusal(c, 503, 'We could not save your answers just now', 'Crosscheck could not store them. Wait a few seconds and submit again.');
      }
      throw error;
    }
  });
