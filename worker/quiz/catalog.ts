// Finds quizzes. Launch quizzes ship in the Worker bundle and are open to anyone; stored quizzes
// (a teacher's pasted article, or the snapshot an assignment takes of a launch quiz) live in KV
// and are taken only through their assignment.
import { articlesBySlug, launchQuizzesById, site, topicsBySlug } from '../content/site.ts';
import { readStoredQuiz } from '../storage/quizzes.ts';
import { articleParagraphs, topicParagraphs } from '../../core/content/launch-source.ts';
import type { Assignment } from '../../core/classroom/assignment.ts';
import { regradeOf, withCorrectedStems } from '../../core/gradebook/regrade.ts';
import type { Quiz, SourceText } from '../../core/quiz/schema.ts';

/** An open launch quiz by id, or null. */
export const findLaunchQuiz = (quizId: string): Quiz | null => launchQuizzesById.get(quizId) ?? null;

/** Any quiz, launch or stored: for assignments and result pages. */
export async function findQuiz(kv: KVNamespace, quizId: string): Promise<Quiz | null> {
  return findLaunchQuiz(quizId) ?? (await readStoredQuiz(kv, quizId));
}

/** A class's quiz as its students now read it (the teacher's corrected stems in place), or null. */
export async function classQuiz(kv: KVNamespace, assignment: Assignment): Promise<Quiz | null> {
  const quiz = await findQuiz(kv, assignment.quizId);
  return quiz && withCorrectedStems(quiz, regradeOf(assignment));
}

/** The open launch quiz made from the same page as `quiz` (a class snapshot's original), if any. */
export function launchQuizFromSameSource(quiz: Quiz): Quiz | null {
  const { kind, slug } = quiz.source;
  return kind === 'paste' ? null : findLaunchQuiz(`${kind}-${slug}`);
}

/** The text a launch quiz was generated from (its evidence quotes it), or null for any other quiz. */
export function launchQuizSource(quiz: Quiz): SourceText | null {
  const slug = quiz.source.slug ?? '';
  if (quiz.source.kind === 'article') {
    const article = articlesBySlug.get(slug);
    return article ? { title: article.title, paragraphs: articleParagraphs(article) } : null;
  }
  const topic = quiz.source.kind === 'topic' ? topicsBySlug.get(slug) : undefined;
  return topic ? { title: topic.title, paragraphs: topicParagraphs(topic) } : null;
}

/** The launch quizzes a teacher can assign, grouped as the home page groups them. */
export function launchQuizChoices() {
  return [
    ...site.topics.map((topic) => ({ id: topic.quizId, label: topic.title, group: 'Explainers' })),
    ...site.articles.map((article) => ({ id: article.quizId, label: article.title, group: 'Articles' })),
  ];
}
