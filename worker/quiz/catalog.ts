// Finds a quiz by id: the launch quizzes bundled with the Worker first, then teacher-made ones in KV.
import { launchQuizzesById, site } from '../content/site.ts';
import type { Env } from '../env.ts';
import { readStoredQuiz } from '../storage/quizzes.ts';
import type { Quiz } from './schema.ts';

export async function findQuiz(env: Env, quizId: string): Promise<Quiz | null> {
  return launchQuizzesById.get(quizId) ?? (await readStoredQuiz(env.KV, quizId));
}

/** The launch quizzes a teacher can assign, grouped as the home page groups them. */
export function launchQuizChoices() {
  return [
    ...site.topics.map((topic) => ({ id: topic.quizId, label: topic.title, group: 'Explainers' })),
    ...site.articles.map((article) => ({ id: article.quizId, label: article.title, group: 'Articles' })),
  ];
}
