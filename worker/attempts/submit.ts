// Submitting an attempt: grade on the server, store once, and answer a repeated submission
// (same attempt id) with the stored result instead of writing again.
import { gradeAttempt, type Answer } from '../quiz/grade.ts';
import type { Quiz } from '../quiz/schema.ts';
import { readAttempt, writeAttempt, type AttemptRecord } from '../storage/attempts.ts';

export interface Submission {
  attemptId: string;
  scope: string;
  displayName: string | null;
  answers: Record<string, Answer>;
  startedAt: number | null;
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

export async function submitAttempt(kv: KVNamespace, quiz: Quiz, submission: Submission, now = Date.now()): Promise<SubmitOutcome> {
  const existing = await readAttempt(kv, submission.scope, submission.attemptId);
  if (existing) {
    if (existing.quizId !== quiz.id) throw new AttemptConflictError();
    return { record: existing, replayed: true };
  }

  // Throws AnswerShapeError before anything is written.
  const graded = gradeAttempt(quiz, submission.answers);
  const record: AttemptRecord = {
    v: 1,
    attemptId: submission.attemptId,
    quizId: quiz.id,
    scope: submission.scope,
    displayName: submission.displayName,
    results: graded.results,
    score: graded.score,
    maxScore: graded.maxScore,
    // A clock skewed into the future must not produce a negative time taken.
    startedAt: submission.startedAt === null ? null : Math.min(submission.startedAt, now),
    submittedAt: now,
  };
  await writeAttempt(kv, record);
  return { record, replayed: false };
}
