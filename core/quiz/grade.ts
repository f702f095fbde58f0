// Grading: pure, server-side. The page never sees a key before the answer is in.
// No schema library here: the quiz island imports AnswerShapeError, and every byte is paid on a phone.
import type { Item, Quiz } from './schema.ts';

/** A choice item's answer is the chosen option index; timeline and matching answers are index lists. */
export type Answer = number | number[];

export interface ItemResult {
  itemId: string;
  answer: Answer | null;
  /** 0..1: partial credit for timeline (pairs in the right order) and matching (pairs right). */
  score: number;
  correct: boolean;
}

export interface GradedAttempt {
  results: ItemResult[];
  /** Sum of item scores, rounded to two decimals. */
  score: number;
  maxScore: number;
}

/** Why an answer cannot be graded against an item (a client bug or tampering): a 4xx, never a 0. */
export class AnswerShapeError extends Error {
  readonly itemId: string;
  constructor(itemId: string, message: string) {
    super(`Item ${itemId}: ${message}`);
    this.name = 'AnswerShapeError';
    this.itemId = itemId;
  }
}

function isPermutation(list: number[], size: number): boolean {
  return list.length === size && new Set(list).size === size && list.every((i) => i < size);
}

/** Checks that `answer` has the shape `item` needs; throws AnswerShapeError otherwise. */
function checkAnswerShape(item: Item, answer: Answer): void {
  switch (item.type) {
    case 'timeline':
      if (!Array.isArray(answer) || !isPermutation(answer, item.options.length)) {
        throw new AnswerShapeError(item.id, `expected an ordering of all ${item.options.length} events`);
      }
      return;
    case 'matching':
      if (!Array.isArray(answer) || answer.length !== item.prompts.length || answer.some((i) => i >= item.options.length)) {
        throw new AnswerShapeError(item.id, `expected one option (0-${item.options.length - 1}) for each of ${item.prompts.length} prompts`);
      }
      return;
    default:
      if (typeof answer !== 'number' || answer >= item.options.length) {
        throw new AnswerShapeError(item.id, `expected one option index from 0 to ${item.options.length - 1}`);
      }
  }
}

/** Share of event pairs placed in the right relative order (1 = fully right). */
function orderingScore(answer: number[], key: number[]): number {
  const position = new Map(answer.map((option, index) => [option, index]));
  let right = 0;
  let pairs = 0;
  for (let i = 0; i < key.length; i++) {
    for (let j = i + 1; j < key.length; j++) {
      pairs++;
      if (position.get(key[i]!)! < position.get(key[j]!)!) right++;
    }
  }
  return pairs ? right / pairs : 0;
}

export function gradeItem(item: Item, answer: Answer | null): ItemResult {
  if (answer === null) return { itemId: item.id, answer, score: 0, correct: false };
  checkAnswerShape(item, answer);
  let score: number;
  switch (item.type) {
    case 'timeline':
      score = orderingScore(answer as number[], item.key);
      break;
    case 'matching':
      score = (answer as number[]).filter((option, prompt) => option === item.key[prompt]).length / item.key.length;
      break;
    default:
      score = answer === item.key ? 1 : 0;
  }
  return { itemId: item.id, answer, score: Math.round(score * 100) / 100, correct: score === 1 };
}

/**
 * Grades a whole attempt. Unanswered items score 0; answers to items the quiz does not have
 * are refused (AnswerShapeError), so a stale or forged client cannot write a confusing record.
 */
export function gradeAttempt(quiz: Quiz, answers: Record<string, Answer>): GradedAttempt {
  const known = new Set(quiz.items.map((item) => item.id));
  const unknown = Object.keys(answers).find((id) => !known.has(id));
  if (unknown) throw new AnswerShapeError(unknown, 'this quiz has no such item');
  const results = quiz.items.map((item) => gradeItem(item, answers[item.id] ?? null));
  const score = Math.round(results.reduce((sum, r) => sum + r.score, 0) * 100) / 100;
  return { results, score, maxScore: quiz.items.length };
}
