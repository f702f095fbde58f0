// Teacher-made quizzes (generated from a pasted article) live in KV; launch quizzes ship in the bundle.
import * as v from 'valibot';
import { QuizSchema, type Quiz } from '../../core/quiz/schema.ts';
import { kvCall, parseStored } from './errors.ts';
import { keys } from './keys.ts';

/** A teacher's stored quiz, or null; an unreadable one is a storage fault. */
export async function readStoredQuiz(kv: KVNamespace, quizId: string): Promise<Quiz | null> {
  const stored = await kvCall(() => kv.get(keys.quiz(quizId), 'json'));
  if (stored === null) return null;
  return parseStored(QuizSchema, stored, `quiz ${quizId}`);
}

export async function writeStoredQuiz(kv: KVNamespace, quiz: Quiz): Promise<void> {
  const value = JSON.stringify(v.parse(QuizSchema, quiz));
  await kvCall(() => kv.put(keys.quiz(quiz.id), value));
}
