// Submitting an attempt: grade on the server, store once, and answer a repeated submission
// (same attempt id) with the stored result instead of writing again.
import { submissionRefusal, type Refusal } from '../classroom/policy.ts';
import { gradeAttempt, type Answer } from '../../core/quiz/grade.ts';
import type { Quiz } from '../../core/quiz/schema.ts';
import { recordNameAttempt, type Assignment } from '../storage/assignments.ts';
import { readAttempt, writeAttempt, type AttemptRecord } from '../storage/attempts.ts';
import { OPEN_SCOPE } from '../storage/keys.ts';

export interface Submission {
  attemptId: string;
  displayName: string | null;
  answers: Record<string, Answer>;
  startedAt: number | null;
}

/** The assignment a submission is for, and whether its one attempt is already used (see oneAttemptUsed). */
export interface AssignmentContext {
  assignment: Assignment;
  attemptUsed: boolean;
}

export interface SubmitOutcome {
  record: AttemptRecord;
  /** True when this attempt id was already stored: nothing new was written. */
  replayed: boolean;
}

/** The attempt id is already used by an attempt at another quiz. */
export class AttemptConflictError extends Error {
  constructor() {
    super('This attempt id belongs to another quiz. Start a new attempt.');
    this.name = 'AttemptConflictError';
  }
}

/** The assignment does not take this submission (closed, past due, attempt used). */
export class SubmissionRefusedError extends Error {
  readonly refusal: Refusal;
  constructor(refusal: Refusal) {
    super(refusal.message);
    this.name = 'SubmissionRefusedError';
    this.refusal = refusal;
  }
}

export async function submitAttempt(
  kv: KVNamespace,
  quiz: Quiz,
  submission: Submission,
  context: AssignmentContext | null = null,
  now = Date.now(),
): Promise<SubmitOutcome> {
  const scope = context?.assignment.id ?? OPEN_SCOPE;
  const existing = await readAttempt(kv, scope, submission.attemptId);
  if (existing) {
    if (existing.quizId !== quiz.id) throw new AttemptConflictError();
    // A retry after a failed claim write completes it (the put is idempotent).
    await claimNameIfOneAttempt(kv, context, existing);
    return { record: existing, replayed: true };
  }

  const refusal = context && submissionRefusal(context.assignment, now, context.attemptUsed);
  if (refusal) throw new SubmissionRefusedError(refusal);

  // Throws AnswerShapeError before anything is written.
  const graded = gradeAttempt(quiz, submission.answers);
  const record: AttemptRecord = {
    v: 1,
    attemptId: submission.attemptId,
    quizId: quiz.id,
    scope,
    displayName: submission.displayName,
    results: graded.results,
    score: graded.score,
    maxScore: graded.maxScore,
    // A clock skewed into the future must not produce a negative time taken.
    startedAt: submission.startedAt === null ? null : Math.min(submission.startedAt, now),
    submittedAt: now,
  };
  await writeAttempt(kv, record);
  await claimNameIfOneAttempt(kv, context, record);
  return { record, replayed: false };
}

async function claimNameIfOneAttempt(kv: KVNamespace, context: AssignmentContext | null, record: AttemptRecord) {
  if (context?.assignment.attemptsAllowed === 'one' && record.displayName !== null) {
    await recordNameAttempt(kv, context.assignment.id, record.displayName, record.attemptId);
  }
}
