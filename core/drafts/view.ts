// A draft's questions as its review page shows them: each item with its evidence paragraph, the
// linter's warnings in plain words, and whether the teacher edited or wrote it. Pure, so the
// Worker builds it for the page and the editor island receives it as props.
import type { Evidence, Item } from '../quiz/schema.ts';
import type { Draft } from './draft.ts';
import { itemWarnings } from './edit.ts';

/** One question on the review page. */
export interface DraftItemView {
  id: string;
  type: Item['type'];
  stem: string;
  options: string[];
  /** Matching only: the prompts each option is matched to. */
  prompts?: string[];
  /** The right option's index for a one-answer question; the right order or pairs otherwise. */
  key: number | number[];
  evidence: (Evidence & { paragraphText: string })[];
  warnings: string[];
  edited: boolean;
  /** Written by the teacher, not the generator. */
  own: boolean;
}

/** Every question of the draft, in order, ready to show. */
export function draftItemViews(draft: Draft): DraftItemView[] {
  const edited = new Set(draft.edited);
  return draft.quiz.items.map((item) => ({
    id: item.id,
    type: item.type,
    stem: item.stem,
    options: item.options,
    ...(item.type === 'matching' && { prompts: item.prompts }),
    key: item.key,
    evidence: item.evidence.map((evidence) => ({ ...evidence, paragraphText: draft.source.paragraphs[evidence.paragraph - 1] ?? '' })),
    warnings: itemWarnings(item, draft.source),
    edited: edited.has(item.id),
    own: item.author === 'teacher',
  }));
}

/** Did the generator find no question in the draft's text (none shown, none dropped)? Then only the teacher's own can fill it. */
export function generatorFoundNone(draft: Draft): boolean {
  return !draft.dropped.length && draft.quiz.items.every((item) => item.author === 'teacher');
}
