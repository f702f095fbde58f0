// Creating an assignment in one step: its quiz (a launch quiz, or one generated from the
// teacher's pasted article), a class code, and the dashboard secret (returned once, stored hashed).
import { generateQuiz, parsePastedText } from '../quiz/generator/index.ts';
import type { Quiz } from '../quiz/schema.ts';
import { claimClassCode, writeAssignment, type Assignment } from '../storage/assignments.ts';
import { writeStoredQuiz } from '../storage/quizzes.ts';
import { newId, newSecret, sha256Hex } from './secrets.ts';

export interface AssignmentRequest {
  title: string;
  dueAt: number | null;
  attemptsAllowed: Assignment['attemptsAllowed'];
  reveal: Assignment['reveal'];
}

/** A quiz generated at request time from a pasted article; throws GenerationError for unusable text. */
export async function createQuizFromPaste(kv: KVNamespace, pasted: string, titleOverride?: string): Promise<Quiz> {
  const text = parsePastedText(pasted);
  const title = titleOverride || text.title;
  const id = `paste-${newId(12)}`;
  const quiz = generateQuiz({ ...text, title }, { id, source: { kind: 'paste', title } });
  await writeStoredQuiz(kv, quiz);
  return quiz;
}

export async function createAssignment(kv: KVNamespace, quiz: Quiz, request: AssignmentRequest, now = Date.now()) {
  const id = newId();
  const secret = newSecret();
  const classCode = await claimClassCode(kv, id);
  const assignment: Assignment = {
    v: 1,
    id,
    quizId: quiz.id,
    title: request.title || quiz.title,
    dueAt: request.dueAt,
    attemptsAllowed: request.attemptsAllowed,
    reveal: request.reveal,
    closed: false,
    classCode,
    secretHash: await sha256Hex(secret),
    createdAt: now,
  };
  await writeAssignment(kv, assignment);
  return { assignment, secret };
}
