// What a quiz-taker may see: items without keys, evidence or explanations until answered.
import type { Item, Quiz } from './schema.ts';

export type PublicItem =
  | { id: string; type: Exclude<Item['type'], 'matching'>; stem: string; options: string[] }
  | { id: string; type: 'matching'; stem: string; prompts: string[]; options: string[] };

export interface PublicQuiz {
  id: string;
  title: string;
  source: Quiz['source'];
  items: PublicItem[];
}

function toPublicItem(item: Item): PublicItem {
  const { id, type, stem, options } = item;
  return item.type === 'matching' ? { id, type: 'matching', stem, prompts: item.prompts, options } : ({ id, type, stem, options } as PublicItem);
}

export function toPublicQuiz(quiz: Quiz): PublicQuiz {
  return { id: quiz.id, title: quiz.title, source: quiz.source, items: quiz.items.map(toPublicItem) };
}

/** The page a quiz was made from, or null for a pasted article that has no page. */
export function sourceHref({ kind, slug }: Quiz['source']): string | null {
  if (kind === 'paste' || !slug) return null;
  return `/${kind === 'article' ? 'articles' : 'topics'}/${slug}`;
}

/** Where an item's evidence paragraph is, or null for a pasted article. */
export function evidenceHref(quiz: Pick<Quiz, 'source'>, paragraph: number): string | null {
  const page = sourceHref(quiz.source);
  return page && `${page}#p${paragraph}`;
}
