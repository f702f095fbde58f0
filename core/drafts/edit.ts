// The rules of editing a draft, pure so the Worker decides and the tests can read them. A save
// is the whole list of questions the teacher keeps, in their order, each with its stem (and, for
// a one-answer question, its options and key). What a save may not do is refused whole, with
// one sentence saying which question and why: a question not in the draft, an empty stem or
// option, no key or one outside the options, two equal options, a true/false question whose
// options are not True and False, a gap question without its one gap. What the linter merely
// dislikes (the key no longer in the evidence, an option much longer than the rest…) is saved
// and reported as a warning. An edit never touches an item's evidence.
import * as v from 'valibot';
import { lintItem, type LintReason } from '../generator/index.ts';
import { ITEM_ID } from '../ids.ts';
import { CLOZE_GAP, ItemSchema, type Item, type Quiz, type SourceText } from '../quiz/schema.ts';
import type { Draft } from './draft.ts';

/** Most questions a draft may hold (the answer schema's limit is 60). */
const MAX_DRAFT_ITEMS = 40;
const MAX_STEM = 500;
const MAX_OPTION = 200;

/** Control and invisible format characters become spaces; runs of spaces one. */
const cleanText = (text: string) => text.replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim();
const EditText = (max: number) => v.pipe(v.string(), v.maxLength(max * 4), v.transform(cleanText), v.maxLength(max, `is longer than ${max} characters`));

/** One kept question in a save: which one, and its text as edited. */
const ItemEditSchema = v.object({
  id: v.pipe(v.string(), v.regex(ITEM_ID, 'is not a question id')),
  stem: EditText(MAX_STEM),
  /** The options' texts, for a one-answer question (true/false: always True, False). */
  options: v.optional(v.pipe(v.array(EditText(MAX_OPTION)), v.maxLength(8))),
  /** The right option's index; null when none is marked. */
  key: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)))),
});
/** One kept question in a save, its texts cleaned. */
export type ItemEdit = v.InferOutput<typeof ItemEditSchema>;

/** A save: the questions kept, in order. */
export const DraftSaveSchema = v.object({ items: v.pipe(v.array(ItemEditSchema), v.maxLength(MAX_DRAFT_ITEMS)) });

/** A question of the teacher's own, as typed. */
export interface TeacherItemInput {
  type: 'multiple-choice' | 'true-false';
  stem: string;
  /** Multiple choice: the option fields as typed (blank ones are left out). True/false: ignored. */
  options: string[];
  /** The right option's field (blanks counted), or (true/false) 0 for True, 1 for False; null when none. */
  key: number | null;
  /** Optional: the paragraph (1-based) and a sentence of it that proves the answer; both empty for none. */
  evidence: { paragraph: number | null; sentence: string };
}

/** A change allowed (its result), or refused (why, in the teacher's words). */
export type EditResult<T> = { ok: true; value: T } | { ok: false; problem: string };
const refuse = (problem: string): { ok: false; problem: string } => ({ ok: false, problem });

/** Refused outright: the item is broken, not merely weak. Everything else the linter says is a warning. */
const HARD: ReadonlySet<LintReason> = new Set(['schema-invalid', 'duplicate-options', 'invalid-key', 'true-false-options', 'cloze-gap']);

const isChoice = (item: Item): item is Extract<Item, { key: number }> => typeof item.key === 'number';

/** Why the item at `position` (1-based) may not be saved, or null. */
function hardProblem(item: Item, position: number): string | null {
  const label = `Question ${position}`;
  if (!item.stem) return `${label} has no text.`;
  const blank = item.options.findIndex((option) => !option);
  if (blank >= 0) return `${label}: option ${blank + 1} is empty.`;
  const parsed = v.safeParse(ItemSchema, item);
  if (!parsed.success) return `${label} could not be read: ${parsed.issues[0]?.message ?? 'its shape is wrong'}.`;
  const issues = lintItem(item).filter((issue) => HARD.has(issue.code));
  const codes = new Set(issues.map((issue) => issue.code));
  if (codes.has('invalid-key')) return `${label}: the right answer must be one of its options.`;
  if (codes.has('true-false-options')) return `${label}: a true/false question’s options are True and False.`;
  if (codes.has('duplicate-options')) return `${label}: two options are the same (${issues.find((issue) => issue.code === 'duplicate-options')?.message}).`;
  if (codes.has('cloze-gap')) return `${label}: a fill-in-the-gap question needs exactly one gap, written ${CLOZE_GAP}.`;
  return null;
}

/** Applies one question's edit; a refusal names the question by its position. */
function editItem(item: Item, edit: ItemEdit, position: number): EditResult<Item> {
  if (!isChoice(item)) return { ok: true, value: { ...item, stem: edit.stem } };
  if (edit.key === null || edit.key === undefined) return refuse(`Question ${position} has no right answer marked.`);
  const options = edit.options ?? item.options;
  if (options.length !== item.options.length) return refuse(`Question ${position}: options can be reworded, not added or removed (it has ${item.options.length}).`);
  return { ok: true, value: { ...item, stem: edit.stem, options, key: edit.key } };
}

/** The refusal for a question id the draft does not hold. */
export const unknownItemProblem = (id: string) => `There is no question “${id}” in this draft (was it dropped in another tab?). Reload the page.`;

const sameItem = (a: Item, b: Item) => a.stem === b.stem && JSON.stringify(a.options) === JSON.stringify(b.options) && JSON.stringify(a.key) === JSON.stringify(b.key);

/** The draft after a save, or why the save is refused (nothing of it is kept then). */
export function applySave(draft: Draft, edits: ItemEdit[]): EditResult<Draft> {
  if (!edits.length) return refuse('A quiz needs at least one question: keep one.');
  const current = new Map(draft.quiz.items.map((item) => [item.id, item]));
  const seen = new Set<string>();
  const items: Item[] = [];
  const edited = new Set(draft.edited);
  for (const [index, edit] of edits.entries()) {
    const item = current.get(edit.id);
    if (!item) return refuse(unknownItemProblem(edit.id));
    if (seen.has(edit.id)) return refuse(`Question “${edit.id}” is listed twice.`);
    seen.add(edit.id);
    const next = editItem(item, edit, index + 1);
    if (!next.ok) return next;
    const problem = hardProblem(next.value, index + 1);
    if (problem) return refuse(problem);
    if (!sameItem(item, next.value) && item.author !== 'teacher') edited.add(item.id);
    items.push(next.value);
  }
  const dropped = draft.quiz.items.filter((item) => !seen.has(item.id) && item.author !== 'teacher').map((item) => item.id);
  return {
    ok: true,
    value: { ...draft, quiz: { ...draft.quiz, items }, edited: [...edited].filter((id) => seen.has(id)), dropped: [...new Set([...draft.dropped, ...dropped])] },
  };
}

/** The span of `answer` in `sentence` (case aside), or the whole sentence. */
function answerSpan(sentence: string, answer: string | undefined): [number, number] {
  const at = answer ? sentence.toLowerCase().indexOf(answer.toLowerCase()) : -1;
  return at >= 0 && answer ? [at, at + answer.length] : [0, sentence.length];
}

/** Adds a question the teacher wrote (marked as theirs) at the end of the draft, or says why not. */
export function addTeacherItem(draft: Draft, input: TeacherItemInput, id: string): EditResult<Draft> {
  const position = draft.quiz.items.length + 1;
  if (position > MAX_DRAFT_ITEMS) return refuse(`A draft holds ${MAX_DRAFT_ITEMS} questions at most: drop one first.`);
  const stem = cleanText(input.stem);
  const typed = input.options.map(cleanText);
  if (stem.length > MAX_STEM) return refuse(`Your question is longer than ${MAX_STEM} characters.`);
  if (typed.some((option) => option.length > MAX_OPTION)) return refuse(`An option is longer than ${MAX_OPTION} characters.`);
  const options = input.type === 'true-false' ? ['True', 'False'] : typed.filter(Boolean);
  if (input.type === 'multiple-choice' && options.length < 2) return refuse('Your question needs at least two options.');
  // A multiple-choice key names a typed field; blank fields before it do not count.
  const key = input.type === 'true-false' || input.key === null ? input.key : typed[input.key] ? typed.slice(0, input.key).filter(Boolean).length : null;
  if (key === null || key >= options.length) return refuse('Mark which option is the right answer to your question.');
  const evidence = teacherEvidence(draft, input.evidence, input.type === 'multiple-choice' ? options[key] : undefined);
  if (!evidence.ok) return evidence;
  const item: Item = { id, type: input.type, stem, options, key, evidence: evidence.value, explanation: 'Your teacher wrote this question.', difficulty: 0.5, author: 'teacher' };
  const problem = hardProblem(item, position);
  if (problem) return refuse(problem.replace(`Question ${position}`, 'Your question'));
  return { ok: true, value: { ...draft, quiz: { ...draft.quiz, items: [...draft.quiz.items, item] } } };
}

/** The evidence a teacher gave their question: none, or a sentence found in the paragraph they named. */
function teacherEvidence(draft: Draft, given: TeacherItemInput['evidence'], answer: string | undefined): EditResult<Item['evidence']> {
  const sentence = cleanText(given.sentence);
  if (given.paragraph === null && !sentence) return { ok: true, value: [] };
  if (given.paragraph === null || !sentence) return refuse('For evidence, give both the paragraph number and its sentence, or leave both empty.');
  const paragraph = draft.source.paragraphs[given.paragraph - 1];
  if (paragraph === undefined) return refuse(`The text has no paragraph ${given.paragraph} (it has ${draft.source.paragraphs.length}).`);
  if (!paragraph.includes(sentence)) return refuse(`Paragraph ${given.paragraph} does not contain that sentence: copy it exactly, or leave the evidence empty.`);
  return { ok: true, value: [{ paragraph: given.paragraph, sentence, span: answerSpan(sentence, answer) }] };
}

/**
 * The draft with a fresh generation in place of the questions the teacher left alone: edited
 * questions and their own stay first, in their order; the fresh ones follow, without any the
 * teacher dropped or already has, up to `maxItems` in all.
 */
export function mergeRegenerated(draft: Draft, fresh: Quiz, maxItems: number): Draft {
  const edited = new Set(draft.edited);
  const kept = draft.quiz.items.filter((item) => item.author === 'teacher' || edited.has(item.id));
  const skip = new Set([...kept.map((item) => item.id), ...draft.dropped]);
  const added = fresh.items.filter((item) => !skip.has(item.id)).slice(0, Math.max(0, maxItems - kept.length));
  return { ...draft, quiz: { ...draft.quiz, seed: fresh.seed, items: [...kept, ...added] } };
}

/** The linter's words, as a teacher reads them. */
const WARNINGS: Partial<Record<LintReason, string>> = {
  'key-not-in-evidence': 'The right answer is no longer what the evidence sentence says.',
  'option-length-mismatch': 'One option is much longer or shorter than the rest.',
  'key-uniquely-longest': 'The right answer is the longest option, which gives it away.',
  'stem-contains-answer': 'The question gives away its answer.',
  'near-duplicate-options': 'Two options are nearly the same.',
  'negative-stem': 'The question is phrased negatively (“not”, “except”), which students often misread.',
  'absolute-word': 'An absolute word (always, never, only…) gives the answer away.',
  'option-shares-stem-words': 'An option repeats a word of the question, a clue to the answer.',
  'distractor-in-evidence': 'A wrong option is named in the evidence sentence, so it may be right too.',
  'mixed-option-kinds': 'The options are not of one kind (names mixed with dates or numbers).',
  'too-few-options': 'Fewer than three options make guessing easy.',
  'ungrammatical': 'The question does not read as a finished sentence (a capital at the start, end punctuation).',
  'all-none-of-the-above': '“All/none of the above” tests test-taking, not the text.',
  'article-agreement': '“a”/“an” before the gap does not fit every option.',
  'option-not-from-source': 'An option is not named in the text.',
};

/** What the linter would change about an item, in plain words; never a reason to refuse it. */
export function itemWarnings(item: Item, source: SourceText): string[] {
  const own = item.author === 'teacher';
  const issues = lintItem(item, { source }).filter((issue) => !HARD.has(issue.code) && !(own && (issue.code === 'option-not-from-source' || (issue.code === 'key-not-in-evidence' && !item.evidence.length))));
  return [...new Set(issues.map((issue) => WARNINGS[issue.code] ?? issue.message))];
}
