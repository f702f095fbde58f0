// What a quiz-taker sees once an item is answered: right or wrong, the key, and the proof.
import { gradeItem, type Answer } from './grade.ts';
import { evidenceHref } from './public.ts';
import type { Item, Quiz } from './schema.ts';

export interface ItemFeedback {
  itemId: string;
  correct: boolean;
  score: number;
  key: number | number[];
  explanation: string;
  evidence: { paragraph: number; sentence: string; href: string | null }[];
}

export function feedbackFor(quiz: Quiz, item: Item, answer: Answer | null): ItemFeedback {
  const result = gradeItem(item, answer);
  return {
    itemId: item.id,
    correct: result.correct,
    score: result.score,
    key: item.key,
    explanation: item.explanation,
    evidence: item.evidence.map(({ paragraph, sentence }) => ({ paragraph, sentence, href: evidenceHref(quiz, paragraph) })),
  };
}
