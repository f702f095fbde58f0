// Rendering a quiz and taking its plain-form submit, shared by open quizzes (/quiz/:id) and
// class assignments (/a/:id/quiz).
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import { QuizPage } from '../../web/pages/QuizPage.tsx';
import { newAttemptId } from '../attempts/attempt-id.ts';
import { markDeviceSubmitted } from '../attempts/device.ts';
import { answersFromForm } from '../attempts/form.ts';
import { resultId } from '../attempts/result-id.ts';
import { AttemptConflictError, SubmissionRefusedError, submitAttempt } from '../attempts/submit.ts';
import { oneAttemptUsed } from '../classroom/attempt-limit.ts';
import type { AppEnv } from '../env.ts';
import type { Assignment } from '../storage/assignments.ts';
import { AnswerShapeError } from '../../core/quiz/grade.ts';
import { toPublicQuiz } from '../../core/quiz/public.ts';
import type { Quiz } from '../../core/quiz/schema.ts';
import { StorageUnavailableError } from '../storage/errors.ts';
import { OPEN_SCOPE } from '../storage/keys.ts';
import { renderPage } from '../render.tsx';
import { RETRY_AFTER_SECONDS } from './api/responses.ts';
import { refusalPage } from './refusal-page.tsx';
import { AttemptIdSchema, DisplayNameSchema, validate } from '../validation.ts';

/** The quiz form's fixed fields; each item's fields (named by item id) pass through to answersFromForm. */
const QuizFormFields = v.looseObject({
  attemptId: AttemptIdSchema,
  startedAt: v.optional(v.pipe(v.string(), v.regex(/^\d{1,16}$/), v.transform(Number))),
  displayName: v.optional(v.union([v.literal(''), DisplayNameSchema])),
});
type QuizForm = v.InferOutput<typeof QuizFormFields>;

const MAX_QUIZ_FORM_BYTES = 64 * 1024;

/** The middleware a quiz form route needs: a size limit, then the fixed fields validated. */
export const quizFormInput = [
  bodyLimit({ maxSize: MAX_QUIZ_FORM_BYTES, onError: (c) => refusalPage(c, 413, 'That form is too large', 'Please reload the quiz page and try again.') }),
  validate('form', QuizFormFields, (c) => refusalPage(c, 400, 'We could not read that form', 'Please reload the quiz page and try again.')),
] as const;

export interface QuizFlow {
  quiz: Quiz;
  /** Set for a class assignment; null for an open quiz. */
  assignment: Assignment | null;
  displayName?: string;
  heading?: string;
}

export function renderQuiz(c: Context, { quiz, assignment, displayName, heading }: QuizFlow) {
  const action = assignment ? `/a/${assignment.id}/quiz` : `/quiz/${quiz.id}`;
  c.header('Cache-Control', 'no-store'); // each render carries a fresh attempt id
  return renderPage(c, {
    title: `Quiz: ${quiz.title}`,
    description: `${quiz.items.length} questions on ${quiz.source.title}, with the proof from the text for every answer.`,
    body: (
      <QuizPage
        heading={heading}
        runner={{
          quiz: toPublicQuiz(quiz),
          attemptId: newAttemptId(),
          startedAt: Date.now(),
          action,
          scope: assignment?.id ?? OPEN_SCOPE,
          // In a class, feedback waits for the result page (or for the teacher to close).
          practice: assignment === null,
          ...(displayName !== undefined && { displayName }),
        }}
      />
    ),
  });
}

export async function submitQuizForm(c: Context<AppEnv>, { quiz, assignment }: QuizFlow, form: QuizForm) {
  const displayName = form.displayName || null;
  if (assignment && !displayName) return refusalPage(c, 400, 'Your name is missing', 'A class assignment needs your name. Go back and start again from the class link.');
  try {
    const context = assignment && { assignment, attemptUsed: await oneAttemptUsed(c, c.env.KV, assignment, displayName) };
    const { record } = await submitAttempt(
      c.env.KV,
      quiz,
      { attemptId: form.attemptId, displayName, answers: answersFromForm(quiz, form), startedAt: form.startedAt ?? null },
      context,
    );
    if (assignment) markDeviceSubmitted(c, assignment.id, record.attemptId);
    return c.redirect(`/r/${resultId(record.scope, record.attemptId)}`, 303);
  } catch (error) {
    if (error instanceof AnswerShapeError) return refusalPage(c, 422, 'One answer needs another look', error.message.replace(/^Item [^:]+: /, ''));
    if (error instanceof AttemptConflictError) return refusalPage(c, 409, 'This attempt was already used', error.message);
    if (error instanceof SubmissionRefusedError) return refusalPage(c, 403, 'This assignment does not take answers now', error.message, { href: '/', label: 'Go to the home page' });
    if (error instanceof StorageUnavailableError) {
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      return refusalPage(c, 503, 'We could not save your answers just now', 'Crosscheck could not store them. Wait a few seconds and submit again.');
    }
    throw error;
  }
}
