// The quiz as a plain form post (JavaScript off): field names as QuestionFields renders them.
import { AnswerShapeError, type Answer } from '../quiz/grade.ts';
import type { Quiz } from '../quiz/schema.ts';

type FormBody = Record<string, unknown>;

function index(form: FormBody, name: string): number | null {
  const raw = form[name];
  if (typeof raw !== 'string' || !/^-?\d{1,2}$/.test(raw)) return null;
  const value = Number(raw);
  return value >= 0 ? value : null;
}

/** Reads each item's answer; an item left blank is unanswered, a half-filled one is refused. */
export function answersFromForm(quiz: Quiz, form: FormBody): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const item of quiz.items) {
    if (item.type === 'timeline' || item.type === 'matching') {
      const rows = item.type === 'timeline' ? item.options.length : item.prompts.length;
      const picks = Array.from({ length: rows }, (_, row) => index(form, `${item.id}.${row}`));
      if (picks.every((pick) => pick === null)) continue;
      if (picks.some((pick) => pick === null)) {
        throw new AnswerShapeError(item.id, `“${item.stem}” is only partly answered: choose for every row, or leave it all blank.`);
      }
      if (item.type === 'matching') {
        answers[item.id] = picks as number[];
        continue;
      }
      // Positions per event -> events in order.
      const order = Array.from({ length: rows }, (_, position) => picks.indexOf(position));
      if (order.some((event) => event < 0)) throw new AnswerShapeError(item.id, `“${item.stem}”: give each event a different position.`);
      answers[item.id] = order;
    } else {
      const pick = index(form, item.id);
      if (pick !== null) answers[item.id] = pick;
    }
  }
  return answers;
}
