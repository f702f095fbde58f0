// The attempt in progress, kept on the device as it is answered: a reload resumes it and a
// failed submit stays here until it goes through.
import type { Answer } from '../../core/quiz/grade.ts';
import type { ItemFeedback } from '../../core/quiz/feedback.ts';

export interface StoredAttempt {
  attemptId: string;
  startedAt: number;
  answers: Record<string, Answer>;
  feedback: Record<string, ItemFeedback>;
  index: number;
  displayName: string;
  /** Set when a submit failed: retried on reconnect and on the next visit. */
  pending: boolean;
}

/** Where an attempt is kept: per quiz and class, and per student name when the class fixed one (shared devices). */
export interface AttemptSlot {
  quizId: string;
  scope: string;
  displayName?: string | undefined;
}

const storageKey = ({ quizId, scope, displayName }: AttemptSlot) =>
  `crosscheck:attempt:${scope}:${quizId}${displayName === undefined ? '' : `:${encodeURIComponent(displayName)}`}`;

export function loadAttempt(slot: AttemptSlot): StoredAttempt | null {
  try {
    const raw = localStorage.getItem(storageKey(slot));
    return raw ? (JSON.parse(raw) as StoredAttempt) : null;
  } catch {
    return null; // storage disabled or corrupt: start afresh
  }
}

export function saveAttempt(slot: AttemptSlot, attempt: StoredAttempt): boolean {
  try {
    localStorage.setItem(storageKey(slot), JSON.stringify(attempt));
    return true;
  } catch {
    return false;
  }
}

export function clearAttempt(slot: AttemptSlot): void {
  try {
    localStorage.removeItem(storageKey(slot));
  } catch {
    // nothing to clear
  }
}

