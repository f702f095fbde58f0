// Editorial control over generated quizzes: an editor may drop an item or rewrite its stem.
// Override files live at content/quizzes/<quiz-id>.yaml, e.g.
//   drop: [tf-1mvyhfdev9f]
//   stems:
//     mc-1zej3tkz4zu: Who has long urged other countries to fight terrorism together with Russia?
// Items are named by their stable id (see `npm run quiz:report` or the build's report). An id
// the quiz does not have is an error, so a stale override fails the build instead of silently
// doing nothing. The build lints the result again.
import * as v from 'valibot';
import { ITEM_ID } from '../ids.ts';
import type { Quiz } from './schema.ts';

const ItemIdSchema = v.pipe(v.string(), v.regex(ITEM_ID, 'an item id looks like "mc-1zej3tkz4zu"'));

const QuizOverridesSchema = v.strictObject({
  /** Item ids to leave out of the quiz. */
  drop: v.optional(v.array(ItemIdSchema), []),
  /** Item id -> replacement stem (a cloze stem must keep its "_____" gap). */
  stems: v.optional(v.record(ItemIdSchema, v.pipe(v.string(), v.trim(), v.minLength(1, 'a stem cannot be empty'))), {}),
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
    throw new OverrideError(`${where}: invalid override file: ${detail}. Expected { drop: [itemId], stems: { itemId: "new stem" } }.`);
  }
  return result.output;
}

/** Returns a new quiz with the overrides applied; throws OverrideError on an unknown or contradictory id. */
export function applyOverrides(quiz: Quiz, overrides: QuizOverrides, where = `overrides for ${quiz.id}`): Quiz {
  const ids = new Set(quiz.items.map((i) => i.id));
  const drop = new Set(overrides.drop);
  const stems = new Map(Object.entries(overrides.stems));
  const unknown = [...drop, ...stems.keys()].filter((id) => !ids.has(id));
  if (unknown.length) {
    throw new OverrideError(
      `${where}: no item with id ${unknown.map((u) => `"${u}"`).join(', ')} in quiz "${quiz.id}" (its items: ${[...ids].join(', ')}). ` +
        'The generated items changed; update or remove the override.',
    );
  }
  const both = [...drop].filter((id) => stems.has(id));
  if (both.length) throw new OverrideError(`${where}: item ${both.join(', ')} is both dropped and given a new stem.`);
  const items = quiz.items.filter((i) => !drop.has(i.id)).map((i) => (stems.has(i.id) ? { ...i, stem: stems.get(i.id) as string } : i));
  if (!items.length) throw new OverrideError(`${where}: the overrides drop every item of quiz "${quiz.id}".`);
  return { ...quiz, items };
}
