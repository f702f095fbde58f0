// Creating an assignment from a reviewed draft: its quiz (a snapshot of the draft's quiz, as the
// teacher edited it), a class code, and the dashboard secret (returned once,
// stored hashed). Written in an order that never leaves a class code pointing at nothing.
import type { Assignment } from '../../core/classroom/assignment.ts';
import { newAssignmentId } from '../../core/ids.ts';
import type { Quiz } from '../../core/quiz/schema.ts';
import { linkClassCode, writeAssignment } from '../storage/assignments.ts';
import { writeStoredQuiz } from '../storage/quizzes.ts';
import { freeClassCode } from './class-codes.ts';
import { newSecret, sha256Hex } from './secrets.ts';

/** The settings the teacher chose (on /teach, then on the draft). */
export interface AssignmentRequest {
  title: string;
  dueAt: number | null;
  attemptsAllowed: Assignment['attemptsAllowed'];
  reveal: Assignment['reveal'];
  /** The teacher's UTC offset (minutes, as Date#getTimezoneOffset), null when unknown: how their times are shown until a viewer's clock localises them. */
  tzOffset: number | null;
}

/** Creates the assignment; returns it with its dashboard secret (shown once, never stored). */
export async function createAssignment(kv: KVNamespace, quiz: Quiz, request: AssignmentRequest, now = Date.now()) {
  const id = newAssignmentId();
  const secret = newSecret();
  // The class keeps its own copy: a redeploy that regenerates a launch quiz must not shift the
  // items under answers already given.
  const classQuiz = quiz.source.kind === 'paste' ? quiz : { ...quiz, id: `class-${id}` };
  await writeStoredQuiz(kv, classQuiz);
  const classCode = await freeClassCode(kv);
  const assignment: Assignment = {
    v: 1,
    id,
    quizId: classQuiz.id,
    title: request.title || quiz.title,
    dueAt: request.dueAt,
    attemptsAllowed: request.attemptsAllowed,
    reveal: request.reveal,
    closed: false,
    classCode,
    secretHash: await sha256Hex(secret),
    createdAt: now,
    tzOffset: request.tzOffset,
  };
  await writeAssignment(kv, assignment);
  await linkClassCode(kv, classCode, id);
  return { assignment, secret };
}
