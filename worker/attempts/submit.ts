// Submitting an attempt, the one use case behind both the JSON API and the plain form: find what
// it is for, check the assignment still takes it, grade on the server, store once, and answer a
// repeated submission (same attempt id) with the stored result instead of writing again.
// Failures are returned as tagged values; only a KV outage is thrown (StorageUnavailableError).
import type { Assignment } from '../../core/classroom/assignment.ts';
import { AnswerShapeError, gradeAttempt, type Answer } from '../../core/quiz/grade.ts';
import type { Quiz } from '../../core/quiz/schema.ts';
import { claimOneAttempt, oneAttemptUsed } from '../classroom/attempt-limit.ts';
import { submissionRefusal, type Refusal } from '../classroom/policy.ts';
import { findLaunchQuiz, findQuiz } from '../quiz/catalog.ts';
import { readAssignment } from '../storage/assignments.ts';
import { readAttempt, writeAttempt, type AttemptRecord } from '../storage/attempts.ts';
import { OPEN_SCOPE } from '../storage/keys.ts';

/** What an attempt is for: a quiz, and the class assignment when it is a class's. */
export interface SubmitTarget {
  quiz: Quiz;
  assignment: Assignment | null;
}

/** One submission as the routes parsed it. */
export interface Submission {
  attemptId: string;
  displayName: string | null;
  /** The answers by item id, or how to read them once the quiz is known (the plain form). */
  answers: Record<string, Answer> | ((quiz: Quiz) => Record<string, Answer>);
  startedAt: number | null;
  /** The attempt id this device remembers submitting to the assignment (its cookie), unchecked. */
  deviceAttemptId: string | null;
}

/** Why a submission was not taken; `code` is also the API's error code. */
export type SubmitFailure =
  | { code: 'quiz_not_found' | 'assignment_not_found' | 'name_required' | 'attempt_conflict' }
  | { code: 'invalid_answer'; itemId: string; message: string }
  | Refusal;

/** The stored attempt (`replayed` when this attempt id was already stored), or why not. */
export type SubmitResult = { ok: true; record: AttemptRecord; replayed: boolean } | { ok: false; failure: SubmitFailure };

/**
 * The target named by an API body. Outside a class only the open launch quizzes take attempts;
 * in a class the quiz must be the assignment's (both read at once).
 */
export async function findSubmitTarget(kv: KVNamespace, quizId: string, assignmentId: string | null): Promise<SubmitTarget | SubmitFailure> {
  if (assignmentId === null) {
    const quiz = findLaunchQuiz(quizId);
    return quiz ? { quiz, assignment: null } : { code: 'quiz_not_found' };
  }
  const [assignment, quiz] = await Promise.all([readAssignment(kv, assignmentId), findQuiz(kv, quizId)]);
  return assignment && quiz && assignment.quizId === quiz.id ? { quiz, assignment } : { code: 'assignment_not_found' };
}

const fail = (failure: SubmitFailure): SubmitResult => ({ ok: false, failure });

/** Grades and stores one submission (idempotent by attempt id). */
export async function submitAttempt(kv: KVNamespace, { quiz, assignment }: SubmitTarget, submission: Submission, now = Date.now()): Promise<SubmitResult> {
  const { attemptId, displayName } = submission;
  if (assignment && displayName === null) return fail({ code: 'name_required' });
  const scope = assignment?.id ?? OPEN_SCOPE;
  const [existing, attemptUsed] = await Promise.all([
    readAttempt(kv, scope, attemptId),
    assignment ? oneAttemptUsed(kv, assignment, { deviceAttemptId: submission.deviceAttemptId, displayName }) : false,
  ]);
  if (existing) {
    if (existing.quizId !== quiz.id) return fail({ code: 'attempt_conflict' });
    // A retry after a failed claim write completes it (the put is idempotent).
    if (assignment) await claimOneAttempt(kv, assignment, existing.displayName, existing.attemptId);
    return { ok: true, record: existing, replayed: true };
  }

  const refusal = assignment && submissionRefusal(assignment, now, attemptUsed);
  if (refusal) return fail(refusal);

  let graded;
  try {
    const answers = typeof submission.answers === 'function' ? submission.answers(quiz) : submission.answers;
    graded = gradeAttempt(quiz, answers);
  } catch (error) {
    // The message speaks to the student; the item is named by id beside it.
    if (error instanceof AnswerShapeError) return fail({ code: 'invalid_answer', itemId: error.itemId, message: error.message.replace(/^Item [^:]+: /, '') });
    throw error;
  }
  const record: AttemptRecord = {
    v: 1,
    attemptId,
    quizId: quiz.id,
    scope,
    displayName,
    results: graded.results,
    score: graded.score,
    maxScore: graded.maxScore,
    // A clock skewed into the future must not produce a negative time taken.
    startedAt: submission.startedAt === null ? null : Math.min(submission.startedAt, now),
    submittedAt: now,
  };
  await writeAttempt(kv, record);
  if (assignment) await claimOneAttempt(kv, assignment, displayName, attemptId);
  return { ok: true, record, replayed: false };
}
