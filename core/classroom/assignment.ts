// A class assignment: the record a teacher creates and storage keeps (worker/storage/assignments.ts).
// A schema here, below both, because the pages show it and the classroom policy reads it.
import * as v from 'valibot';
import { RegradeSchema } from '../gradebook/regrade.ts';
import { ASSIGNMENT_ID, QUIZ_ID } from '../ids.ts';

export const AssignmentSchema = v.object({
  v: v.literal(1),
  id: v.pipe(v.string(), v.regex(ASSIGNMENT_ID)),
  quizId: v.pipe(v.string(), v.regex(QUIZ_ID)),
  title: v.string(),
  /** Epoch ms after which no submission is taken, or null. */
  dueAt: v.nullable(v.number()),
  attemptsAllowed: v.picklist(['one', 'unlimited']),
  /** When students see the right answers: on their result page at once, or once the teacher closes. */
  reveal: v.picklist(['after-submit', 'after-close']),
  closed: v.boolean(),
  classCode: v.string(),
  /** SHA-256 (hex) of the dashboard secret; the secret itself is never stored. */
  secretHash: v.string(),
  createdAt: v.number(),
  /**
   * The teacher's UTC offset when they created it, in minutes as Date#getTimezoneOffset gives it
   * (Chicago in winter: 360): the labelled fallback for times shown before the viewer's own
   * clock localises them. Null for assignments made before it was recorded.
   */
  tzOffset: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(-840), v.maxValue(840))), null),
  /** Questions dropped from grading and stems corrected after students answered (core/gradebook/regrade.ts); absent until the first. */
  regrade: v.optional(RegradeSchema),
});
/** A class assignment as stored. */
export type Assignment = v.InferOutput<typeof AssignmentSchema>;
