// The one error map of submitting an attempt: each failure of the use case (attempts/submit.ts)
// with its status, and the words the JSON API and the plain-form page both use.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SubmitFailure } from '../attempts/submit.ts';
import { refusalPage } from './refusal-page.tsx';

interface FailureAnswer {
  status: ContentfulStatusCode;
  /** The page's heading. */
  heading: string;
  message: string;
  /** Trying again cannot help: the page links home instead of back to the form. */
  final?: boolean;
}

function answerFor(failure: SubmitFailure): FailureAnswer {
  switch (failure.code) {
    case 'quiz_not_found':
      return { status: 404, heading: 'There is no such quiz', message: 'There is no quiz with this id.', final: true };
    case 'assignment_not_found':
      return { status: 404, heading: 'There is no such assignment', message: 'There is no such assignment for this quiz.', final: true };
    case 'name_required':
      return { status: 400, heading: 'Your name is missing', message: 'A class assignment needs your name. Go back and start again from the class link.' };
    case 'attempt_conflict':
      return { status: 409, heading: 'This attempt was already used', message: 'This attempt id belongs to another quiz. Start a new attempt.' };
    case 'invalid_answer':
      return { status: 422, heading: 'One answer needs another look', message: failure.message };
    case 'closed':
    case 'past-due':
    case 'attempt-used':
      return { status: 403, heading: 'This assignment does not take answers now', message: failure.message, final: true };
  }
}

/**
 * The API's answer: `{ error, message }`, with `itemId` for an invalid answer and, when the one
 * attempt was used by this device, `resultUrl`: its own result. A 'closed' or 'past-due' refusal
 * says so by its code, so the quiz keeps the student's answers on the device instead of starting over.
 */
export function submitFailureJson(c: Context, failure: SubmitFailure, ownResultPath: string | null = null) {
  const { status, message } = answerFor(failure);
  return c.json(
    {
      error: failure.code,
      message,
      ...(failure.code === 'invalid_answer' && { itemId: failure.itemId }),
      ...(failure.code === 'attempt-used' && ownResultPath && { resultUrl: ownResultPath }),
    },
    status,
  );
}

/** The plain form's answer: a page that says why, and the way on (the student's own result, when refused a second attempt). */
export function submitFailurePage(c: Context, failure: SubmitFailure, ownResultPath: string | null = null) {
  const { status, heading, message, final } = answerFor(failure);
  if (failure.code === 'attempt-used' && ownResultPath) return refusalPage(c, status, heading, message, { href: ownResultPath, label: 'See your result' });
  return refusalPage(c, status, heading, message, final ? { href: '/', label: 'Go to the home page' } : undefined);
}
