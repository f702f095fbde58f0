// The quiz as a plain form post (JavaScript off): field names as QuestionFields renders them.
// Pure, so the quiz island reads the same fields when it takes over a half-filled form.
import { AnswerShapeError, type Answer } from './grade.ts';

/** What reading a form needs of an item, public or full. */
interface FormItem {
  id: string;
  type: string;
  stem: string;
  options: string[];
  prompts?: string[];
}

type FormBody = Record<string, unknown>;

function index(form: FormBody, name: string): number | null {
  const raw = form[name];
  if (typeof raw !== 'string' || !/^-?\d{1,2}$/.test(raw)) return null;
  const value = Number(raw);
  return value >= 0 ? value : null;
}

/** One item's answer, null if left blank; a half-filled timeline or matching is refused. */
export function answerFromForm(item: FormItem, form: FormBody): Answer | null {
  if (item.type !== 'timeline' && item.type !== 'matching') return index(form, item.id);
  const rows = item.type === 'timeline' ? item.options.length : (item.prompts ?? []).length;
  const picks = Array.from({ length: rows }, (_, row) => index(form, `${item.id}.${row}`));
  if (picks.every((pick) => pick === null)) return null;
  if (picks.some((pick) => pick === null)) {
    throw new AnswerShapeError(item.id, `“${item.stem}” is only partly answered: choose for every row, or leave it all blank.`);
  }
  if (item.type === 'matching') return picks as number[];
  // Positions per event -> events in order.
  const order = Array.from({ length: rows }, (_, position) => picks.indexOf(position));
  if (order.some((event) => event < 0)) throw new AnswerShapeError(item.id, `“${item.stem}”: give each event a different position.`);
  return order;
}

export function answersFromForm(quiz: { items: FormItem[] }, form: FormBody): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const item of quiz.items) {
    const answer = answerFromForm(item, form);
    if (answer !== null) answers[item.id] = answer;
  }
  return answers;
}
