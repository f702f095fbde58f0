// Creating an assignment in one step: its quiz (a snapshot of a launch quiz, or one generated
// from the teacher's pasted article), a class code, and the dashboard secret (returned once,
// stored hashed). Written in an order that never leaves a class code pointing at nothing.
import { generateQuiz, parsePastedText } from '../../core/generator/index.ts';
import type { Assignment } from '../../core/classroom/assignment.ts';
import { newAssignmentId, newPasteQuizId } from '../../core/ids.ts';
import type { Quiz } from '../../core/quiz/schema.ts';
import { linkClassCode, writeAssignment } from '../storage/assignments.ts';
import { writeStoredQuiz } from '../storage/quizzes.ts';
import { freeClassCode } from './class-codes.ts';
import { newSecret, sha256Hex } from './secrets.ts';

/** What the teacher chose on /teach. */
export interface AssignmentRequest {
  title: string;
  dueAt: number | null;
  attemptsAllowed: Assignment['attemptsAllowed'];
  reveal: Assignment['reveal'];
  /** The teacher's UTC offset (minutes, as Date#getTimezoneOffset), null when unknown: how their times are shown until a viewer's clock localises them. */
  tzOffset: number | null;
}

/** A quiz generated at request time from a pasted article; throws GenerationError for unusable text. */
export function quizFromPaste(pasted: string): Quiz {
  const text = parsePastedText(pasted);
  return generateQuiz(text, { id: newPasteQuizId(), source: { kind: 'paste', title: text.title } });
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
