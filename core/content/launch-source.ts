// The text a launch quiz is generated from, paragraph N of its page being paragraphs[N - 1]:
// what the build feeds the generator and what a teacher's draft of a launch quiz regenerates from.
import type { Article, Topic } from './schema.ts';
import { plainText } from './terms.ts';

/** An article's paragraphs as its evidence quotes them. */
export const articleParagraphs = (article: Pick<Article, 'paragraphs'>): string[] => article.paragraphs.map((p) => p.text);

/** An explainer's paragraphs (summary, then every section's) as plain text, key-term markers reduced. */
export const topicParagraphs = (topic: Pick<Topic, 'summary' | 'sections'>): string[] => [...topic.summary, ...topic.sections.flatMap((s) => s.paragraphs)].map((p) => plainText(p.text));
