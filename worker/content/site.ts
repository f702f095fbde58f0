// The launch content, validated and compiled by `npm run build` and bundled into the Worker.
import data from '../../.build/site.json';

import type { Quiz } from '../../core/quiz/schema.ts';
import type { Article, Topic } from '../../core/content/schema.ts';

export interface SiteData {
  articles: Article[];
  topics: Topic[];
  quizzes: Quiz[];
  /** Content-hashed asset URLs from the build. */
  assets: { css: string; hydrate: string };
}

export const site: SiteData = data;

const bySlug = <T extends { slug: string }>(list: T[]) => new Map(list.map((entry) => [entry.slug, entry]));
export const articlesBySlug = bySlug(site.articles);
export const topicsBySlug = bySlug(site.topics);
export const launchQuizzesById = new Map(site.quizzes.map((quiz) => [quiz.id, quiz]));
