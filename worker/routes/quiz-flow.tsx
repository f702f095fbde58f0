// Rendering a quiz and taking its plain-form submit (JavaScript off), shared by open quizzes
// (/quiz/:id) and class assignments (/a/:id/quiz).
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import type { Assignment } from '../../core/classroom/assignment.ts';
import { newAttemptId } from '../../core/ids.ts';
import { AttemptIdSchema, DisplayNameSchema } from '../../core/schemas.ts';
import { answersFromForm } from '../../core/quiz/form.ts';
import { toPublicQuiz } from '../../core/quiz/public.ts';
import type { Quiz } from '../../core/quiz/schema.ts';
import { QuizPage } from '../../web/pages/QuizPage.tsx';
import { resultId } from '../attempts/result-id.ts';
import { submitAttempt } from '../attempts/submit.ts';
import { deviceAttemptId, markDeviceSubmitted, ownResultPath } from '../http/device-cookie.ts';
import { refusalPage } from '../http/refusal-page.tsx';
import { renderPage } from '../http/render.tsx';
import { submitFailurePage } from '../http/submit-failures.ts';
import { validate } from '../http/validation.ts';
import { OPEN_SCOPE } from '../storage/keys.ts';

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

/** A quiz to take: open (assignment null) or a class's. */
interface QuizFlow {
  quiz: Quiz;
  assignment: Assignment | null;
  displayName?: string;
  heading?: string;
}

/** The quiz page, with a fresh attempt id. */
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

/** Takes the plain form: the submit use case, then the result page or a page that says why not. */
export async function submitQuizForm(c: Context, kv: KVNamespace, { quiz, assignment }: QuizFlow, form: QuizForm) {
  const result = await submitAttempt(
    kv,
    { quiz, assignment },
    {
      attemptId: form.attemptId,
      displayName: form.displayName || null,
      answers: (quiz) => answersFromForm(quiz, form),
      startedAt: form.startedAt ?? null,
      deviceAttemptId: assignment && deviceAttemptId(c, assignment.id),
    },
  );
  if (!result.ok) return submitFailurePage(c, result.failure, assignment && ownResultPath(c, assignment.id));
  const { record } = result;
  markDeviceSubmitted(c, record.scope, record.attemptId);
  return c.redirect(`/r/${resultId(record.scope, record.attemptId)}`, 303);
}
