// Reads content/ from disk and validates it (validate.ts), and turns it into the documents the
// quiz generator reads: plain text, paragraph N of a page being paragraphs[N - 1].
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { articleParagraphs, topicParagraphs } from '../../core/content/launch-source.ts';
import type { LaunchDocument } from '../launch-quizzes.ts';
import { validateContent, type ContentFile } from './validate.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

async function readYamlFolder(folder: string): Promise<ContentFile[]> {
  const dir = join(ROOT, 'content', folder);
  const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
  return Promise.all(names.map(async (name) => ({ path: relative(ROOT, join(dir, name)), text: await readFile(join(dir, name), 'utf8') })));
}

/** The validated content; throws ContentError naming file and line. */
export async function loadContent() {
  return validateContent(await readYamlFolder('articles'), await readYamlFolder('topics'));
}

export function launchDocuments(content: Awaited<ReturnType<typeof loadContent>>): LaunchDocument[] {
  return [
    ...content.articles.map((article) => ({
      kind: 'article' as const,
      slug: article.slug,
      title: article.title,
      hook: article.hook,
      paragraphs: articleParagraphs(article),
    })),
    ...content.topics.map((topic) => ({
      kind: 'topic' as const,
      slug: topic.slug,
      title: topic.title,
      hook: topic.hook,
      paragraphs: topicParagraphs(topic),
    })),
  ];
}
