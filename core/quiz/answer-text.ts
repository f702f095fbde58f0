// An answer (or a key) as a reader sees it. Pure: used by the result page, the quiz island,
// item analysis and the printable answer key.
import type { Answer } from './grade.ts';

/** What rendering needs of an item, public or full. */
export interface AnswerTarget {
  type: string;
  options: string[];
  prompts?: string[];
}

/** A readable rendering of an answer to `item` ("?" for an index the item does not have). */
export function renderAnswer(item: AnswerTarget, answer: Answer): string {
  const option = (i: number | undefined) => (i === undefined ? '?' : (item.options[i] ?? '?'));
  switch (item.type) {
    case 'timeline':
      return (Array.isArray(answer) ? answer : [answer]).map(option).join(' → ');
    case 'matching': {
      const list = Array.isArray(answer) ? answer : [answer];
      return (item.prompts ?? []).map((prompt, i) => `${prompt} → ${option(list[i])}`).join('; ');
    }
    default:
      return typeof answer === 'number' ? option(answer) : answer.map(option).join(', ');
  }
}
