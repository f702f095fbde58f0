// Editorial control over generated quizzes: an editor may drop an item, rewrite its stem, or
// replace a wrong option with another of the same kind taken from the text (never the key, whose
// case alone may be fixed: the answer and its evidence stay the generator's). Files live at content/quizzes/<quiz-id>.yaml:
//   drop: [tf-1mvyhfdev9f]
//   stems:
//     mc-1zej3tkz4zu: Who has long urged other countries to fight terrorism together with Russia?
//   options:
//     mc-bxdgcu53aj:
//       Afghanistan: Iraq        # wrong option -> its replacement, found in the document's text
// Items are named by their stable id (see `npm run quiz:lint -- --items`). An id, or an option,
// the quiz does not have is an error, so a stale override fails the build instead of silently
// doing nothing. The build lints the result again and checks it for cross-item give-aways.
import * as v from 'valibot';
import { ITEM_ID } from '../ids.ts';
import type { Item, Quiz, SourceText } from './schema.ts';

const ItemIdSchema = v.pipe(v.string(), v.regex(ITEM_ID, 'an item id looks like "mc-1zej3tkz4zu"'));

const QuizOverridesSchema = v.strictObject({
  /** Item ids to leave out of the quiz. */
  drop: v.optional(v.array(ItemIdSchema), []),
  /** Item id -> replacement stem (a cloze stem must keep its "_____" gap). */
  stems: v.optional(v.record(ItemIdSchema, v.pipe(v.string(), v.trim(), v.minLength(1, 'a stem cannot be empty'))), {}),
  /** Item id -> { wrong option as the quiz shows it: its replacement from the document's text }. */
  options: v.optional(
    v.record(
      ItemIdSchema,
      v.pipe(
        // A YAML list would pass as a record keyed "0", "1"…: refuse it first.
        v.custom<Record<string, unknown>>((swaps) => typeof swaps === 'object' && swaps !== null && !Array.isArray(swaps), 'give each item a map of "wrong option": "replacement"'),
        v.record(v.pipe(v.string(), v.minLength(1)), v.pipe(v.string(), v.trim(), v.minLength(1, 'a replacement option cannot be empty'))),
      ),
    ),
    {},
  ),
});
export type QuizOverrides = v.InferOutput<typeof QuizOverridesSchema>;

export class OverrideError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OverrideError';
  }
}

/** Validates a parsed override file (YAML or JSON); `where` names the file in messages. */
export function parseOverrides(data: unknown, where = 'overrides'): QuizOverrides {
  const result = v.safeParse(QuizOverridesSchema, data ?? {});
  if (!result.success) {
    const detail = result.issues.map((i) => `${v.getDotPath(i) ?? '(top level)'}: ${i.message}`).join('; ');
    throw new OverrideError(`${where}: invalid override file: ${detail}. Expected { drop: [itemId], stems: { itemId: "new stem" }, options: { itemId: { "wrong option": "replacement" } } }.`);
  }
  return result.output;
}

/** Text compared as words: lower case, no accents, possessives or punctuation, padded with spaces. */
function asWords(text: string): string {
  const plain = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['’]s\b/g, '');
  return ` ${plain.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** The coarse form of an option: a figure, a name (capitalised) or a phrase; a replacement keeps it. */
function form(option: string): string {
  const bare = option.replace(/^the\s+/i, '');
  const words = bare.split(/\s+/);
  // A statement of three words or more, mostly lower case, is a phrase even when it opens with a name.
  if (words.length >= 3 && words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 >= words.length) return 'a phrase';
  if (/\d/.test(bare)) return 'a date or figure';
  return /^\p{Lu}/u.test(bare) ? 'a name' : 'a phrase';
}

/** Why `replacement` cannot stand in for the option `wrong` of the item, or null when it can. */
function replacementProblem(item: { options: readonly string[]; key: number }, wrong: string, replacement: string, text: string): string | null {
  const at = item.options.indexOf(wrong);
  if (at < 0) return `has no option "${wrong}" (its options: ${item.options.map((o) => `"${o}"`).join(', ')}); the generated item changed, update or remove the override`;
  // The key keeps its words: an editor may only fix its case or punctuation ("american" -> "American").
  if (at === item.key) return asWords(replacement) === asWords(wrong) ? null : `has "${wrong}" as its key; an override replaces wrong options only (or fixes the key's case)`;
  if (asWords(replacement) === asWords(item.options[item.key] as string)) return `would get its key "${replacement}" as a wrong option`;
  if (item.options.some((o, i) => i !== at && asWords(o) === asWords(replacement))) return `already has the option "${replacement}"`;
  if (!text.includes(asWords(replacement))) return `cannot take "${replacement}": it is not in the document's text (wrong options come from the text)`;
  if (form(replacement) !== form(wrong)) return `cannot take "${replacement}", ${form(replacement)}, in place of "${wrong}", ${form(wrong)}`;
  return null;
}

/** The item with its wrong options replaced; throws OverrideError on a stale or invalid replacement. */
function replaceOptions(item: Item, replacements: Record<string, string>, text: string, where: string): Item {
  if (item.type !== 'multiple-choice' && item.type !== 'cloze' && item.type !== 'who-said-it') {
    throw new OverrideError(`${where}: item ${item.id} is a ${item.type} item; only the options of multiple-choice, cloze and who-said-it items can be replaced.`);
  }
  let edited = item;
  for (const [wrong, replacement] of Object.entries(replacements)) {
    const problem = replacementProblem(edited, wrong, replacement, text);
    if (problem) throw new OverrideError(`${where}: item ${item.id} ${problem}.`);
    edited = { ...edited, options: edited.options.map((o) => (o === wrong ? replacement : o)) };
  }
  return edited;
}

/**
 * Returns a new quiz with the overrides applied; `source` is the document the quiz was generated
 * from (replacement options must come from it). Throws OverrideError on a stale or contradictory entry.
 */
export function applyOverrides(quiz: Quiz, overrides: QuizOverrides, source: SourceText, where = `overrides for ${quiz.id}`): Quiz {
  const ids = new Set(quiz.items.map((i) => i.id));
  const drop = new Set(overrides.drop);
  const stems = new Map(Object.entries(overrides.stems));
  const replaced = new Map(Object.entries(overrides.options));
  const unknown = [...new Set([...drop, ...stems.keys(), ...replaced.keys()])].filter((id) => !ids.has(id));
  if (unknown.length) {
    throw new OverrideError(
      `${where}: no item with id ${unknown.map((u) => `"${u}"`).join(', ')} in quiz "${quiz.id}" (its items: ${[...ids].join(', ')}). ` +
        'The generated items changed; update or remove the override.',
    );
  }
  const both = [...drop].filter((id) => stems.has(id) || replaced.has(id));
  if (both.length) throw new OverrideError(`${where}: item ${both.join(', ')} is both dropped and edited.`);
  const text = asWords([source.title, ...source.paragraphs].join(' '));
  const items = quiz.items
    .filter((i) => !drop.has(i.id))
    .map((i) => {
      const edited = stems.has(i.id) ? { ...i, stem: stems.get(i.id) as string } : i;
      const swaps = replaced.get(i.id);
      return swaps ? replaceOptions(edited, swaps, text, where) : edited;
    });
  if (!items.length) throw new OverrideError(`${where}: the overrides drop every item of quiz "${quiz.id}".`);
  return { ...quiz, items };
}
