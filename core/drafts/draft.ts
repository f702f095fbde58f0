// A quiz draft: what a teacher reviews and edits between picking a quiz (or pasting an article)
// and creating the class. Stored by worker/storage/drafts.ts for a week after its last change;
// its id in the URL is all that opens it. Every question inside is valid (every save is checked by
// core/drafts/edit.ts before it is written), so creating a class from it checks only that it has one.
import * as v from 'valibot';
import { DRAFT_ID, ITEM_ID } from '../ids.ts';
import { ItemSchema, QuizSchema } from '../quiz/schema.ts';

const ItemIdList = v.array(v.pipe(v.string(), v.regex(ITEM_ID)));

/** The assignment settings as the teacher typed them on /teach, to fill the draft's create form. */
const DraftSettingsSchema = v.object({
  title: v.string(),
  /** The datetime-local value as typed ('' for none). */
  due: v.string(),
  /** Minutes behind UTC (Date#getTimezoneOffset), null when the browser did not say. */
  tzOffset: v.nullable(v.number()),
  attempts: v.picklist(['one', 'unlimited']),
  reveal: v.picklist(['after-submit', 'after-close']),
});
export type DraftSettings = v.InferOutput<typeof DraftSettingsSchema>;

/** A draft as stored: its source text, its quiz as edited so far, and the settings typed on /teach. */
export const DraftSchema = v.object({
  v: v.literal(1),
  id: v.pipe(v.string(), v.regex(DRAFT_ID)),
  /** Epoch ms after which the draft is gone, whatever KV's own expiry has done yet. */
  expiresAt: v.number(),
  /** The text the evidence quotes (paragraph N is paragraphs[N - 1]): shown beside items, and regenerated from. */
  source: v.object({ title: v.string(), paragraphs: v.array(v.string()) }),
  /** The quiz as edited: it may have no questions yet (a paste the generator found none in), and is published only with one. */
  quiz: v.object({ ...QuizSchema.entries, items: v.array(ItemSchema) }),
  /** Generated items the teacher changed: a regeneration keeps them. */
  edited: ItemIdList,
  /** Generated items the teacher dropped: a regeneration does not bring them back. */
  dropped: ItemIdList,
  settings: DraftSettingsSchema,
});
/** A quiz draft as stored. */
export type Draft = v.InferOutput<typeof DraftSchema>;
