// The attempt in progress, kept on the device as it is answered: a reload resumes it and a
// failed submit stays here until it goes through.
import type { Answer } from '../../worker/quiz/grade.ts';
import type { ItemFeedback } from '../../worker/quiz/feedback.ts';

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

const storageKey = (quizId: string, scope: string) => `crosscheck:attempt:${scope}:${quizId}`;

export function loadAttempt(quizId: string, scope: string): StoredAttempt | null {
  try {
    const raw = localStorage.getItem(storageKey(quizId, scope));
    return raw ? (JSON.parse(raw) as StoredAttempt) : null;
  } catch {
    return null; // storage disabled or corrupt: start afresh
  }
}

export function saveAttempt(quizId: string, scope: string, attempt: StoredAttempt): boolean {
  try {
    localStorage.setItem(storageKey(quizId, scope), JSON.stringify(attempt));
    return true;
  } catch {
    return false;
  }
}

export function clearAttempt(quizId: string, scope: string): void {
  try {
    localStorage.removeItem(storageKey(quizId, scope));
  } catch {
    // nothing to clear
  }
}

