// Submitting an attempt, the one use case behind both the JSON API and the plain form: find what
// it is for, check the assignment still takes it, grade on the server, store once, and answer a
// repeated submission (same attempt id) with the stored result instead of writing again.
// Failures are returned as tagged values; only a KV outage is thrown (StorageUnavailableError).
// The attempt is stored under a hash of its attempt id (result-id.ts), so the share link never
// carries the key that replays it.
import type { Assignment } from '../../core/classroom/assignment.ts';
import { AnswerShapeError, gradeAttempt, type Answer } from '../../core/quiz/grade.ts';
import type { Quiz } from '../../core/quiz/schema.ts';
import { claimOneAttempt, oneAttemptUsed } from '../classroom/attempt-limit.ts';
import { submissionRefusal, type Refusal } from '../classroom/policy.ts';
import { findLaunchQuiz, findQuiz } from '../quiz/catalog.ts';
import { storedAttemptId } from './result-id.ts';
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

/** An open quiz's attempt taking longer than this has no meaningful "time taken". */
const MAX_OPEN_ATTEMPT_MS = 24 * 60 * 60 * 1000;

/**
 * The start time as the client sent it, bounded: not before the assignment existed (a day before
 * the submit, for an open quiz), else unknown; not after the submit (a clock skewed into the
 * future must not make a negative time taken).
 */
function plausibleStart(startedAt: number | null, assignment: Assignment | null, now: number): number | null {
  const earliest = assignment ? assignment.createdAt : now - MAX_OPEN_ATTEMPT_MS;
  return startedAt === null || startedAt < earliest ? null : Math.min(startedAt, now);
}

const fail = (failure: SubmitFailure): SubmitResult => ({ ok: false, failure });

/** Grades and stores one submission (idempotent by attempt id). */
export async function submitAttempt(kv: KVNamespace, { quiz, assignment }: SubmitTarget, submission: Submission, now = Date.now()): Promise<SubmitResult> {
  const { displayName } = submission;
  if (assignment && displayName === null) return fail({ code: 'name_required' });
  const scope = assignment?.id ?? OPEN_SCOPE;
  const attemptId = await storedAttemptId(submission.attemptId);
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
    startedAt: plausibleStart(submission.startedAt, assignment, now),
    submittedAt: now,
  };
  await writeAttempt(kv, record);
  if (assignment) await claimOneAttempt(kv, assignment, displayName, attemptId);
  return { ok: true, record, replayed: false };
}
