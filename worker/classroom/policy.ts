// Whether an assignment still takes a submission. Pure, so the pages and the API say the same.
import { formatDateTime } from '../../core/format.ts';
import type { Assignment } from '../../core/classroom/assignment.ts';

/** Why an assignment refuses a submission; `code` is the API's error code. */
export type Refusal = { code: 'closed' | 'past-due' | 'attempt-used'; message: string };

/** Why `assignment` takes no submission now, or null when it does. */
export function submissionRefusal(assignment: Assignment, now: number, alreadySubmitted: boolean): Refusal | null {
  if (assignment.closed) return { code: 'closed', message: 'Your teacher has closed this assignment, so it no longer takes answers.' };
  if (assignment.dueAt !== null && now > assignment.dueAt) {
    return { code: 'past-due', message: `This assignment was due ${formatDateTime(assignment.dueAt, assignment.tzOffset)} and no longer takes answers.` };
  }
  if (alreadySubmitted && assignment.attemptsAllowed === 'one') {
    return { code: 'attempt-used', message: 'This assignment allows one attempt, and one has already been submitted from this device or under this name.' };
  }
  return null;
}

/** Right answers are shown at once, or only after the teacher closes the assignment. */
export const answersVisible = (assignment: Assignment) => assignment.reveal === 'after-submit' || assignment.closed;
