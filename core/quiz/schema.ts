// The Quiz JSON format: the one contract between the generator, the build, storage,
// grading and the pages. Pure (valibot only) so it runs in workerd, Node and the browser.
import * as v from 'valibot';
import { ITEM_ID, QUIZ_ID } from '../ids.ts';

/** Bump when the shape changes; stored quizzes carry the version they were made with. */
export const QUIZ_SCHEMA_VERSION = 1;

const ITEM_TYPES = [
  'multiple-choice',
  'cloze',
  'true-false',
  'who-said-it',
  'timeline',
  'matching',
] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

/** Where an item's answer is proven: a sentence of one paragraph (1-based), and the answer's span in it. */
const EvidenceSchema = v.object({
  paragraph: v.pipe(v.number(), v.integer(), v.minValue(1)),
  sentence: v.pipe(v.string(), v.minLength(1)),
  /** [start, end) character offsets of the answer inside `sentence`. */
  span: v.tuple([v.pipe(v.number(), v.integer(), v.minValue(0)), v.pipe(v.number(), v.integer(), v.minValue(0))]),
});
export type Evidence = v.InferOutput<typeof EvidenceSchema>;

const common = {
  /** Stable: a hash of the item's content, so editors' overrides and stored answers keep pointing at it. */
  id: v.pipe(v.string(), v.regex(ITEM_ID)),
  stem: v.pipe(v.string(), v.minLength(1)),
  /** At least one sentence for a generated item (ItemSchema checks it); a teacher's own question may have none. */
  evidence: v.array(EvidenceSchema),
  explanation: v.pipe(v.string(), v.minLength(1)),
  /** 0 (easy) .. 1 (hard): the generator's estimate. */
  difficulty: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  /**
   * What the item asks of a reader: "recall" (one word or phrase of one sentence) or
   * "understanding" (connecting what the text states: why, who holds which position, what a
   * figure measures, what came first). Optional: quizzes stored before it was added lack it.
   */
  focus: v.optional(v.picklist(['recall', 'understanding'])),
  /** "teacher" for a question a teacher wrote into their draft; absent for the generator's. */
  author: v.optional(v.literal('teacher')),
};
/** How a cloze stem writes its one gap. */
export const CLOZE_GAP = '_____';

/** How many gaps a stem holds (a cloze stem has exactly one, any other stem none). */
export const gapsIn = (stem: string): number => stem.split(CLOZE_GAP).length - 1;

const optionList = v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(2), v.maxLength(8));
const index = v.pipe(v.number(), v.integer(), v.minValue(0));

/** One right option among `options`; the answer is the chosen index. Cloze stems hold the gap as "_____". */
const ChoiceItemSchema = v.object({
  ...common,
  type: v.picklist(['multiple-choice', 'cloze', 'true-false', 'who-said-it']),
  options: optionList,
  key: index,
});

/** `options` are events in display order; `key` lists option indices oldest first. The answer is such a list. */
const TimelineItemSchema = v.object({
  ...common,
  type: v.literal('timeline'),
  options: optionList,
  key: v.array(index),
});

/** Each of `prompts` (actors) matches one of `options` (positions); key[i] is the option for prompts[i]. */
const MatchingItemSchema = v.object({
  ...common,
  type: v.literal('matching'),
  prompts: optionList,
  options: optionList,
  key: v.array(index),
});

export const ItemSchema = v.pipe(
  v.variant('type', [ChoiceItemSchema, TimelineItemSchema, MatchingItemSchema]),
  v.check((item) => item.evidence.length > 0 || item.author === 'teacher', 'a generated item needs its evidence sentence'),
);
export type ChoiceItem = v.InferOutput<typeof ChoiceItemSchema>;
export type TimelineItem = v.InferOutput<typeof TimelineItemSchema>;
export type MatchingItem = v.InferOutput<typeof MatchingItemSchema>;
export type Item = v.InferOutput<typeof ItemSchema>;

export const QuizSchema = v.object({
  schema: v.literal(QUIZ_SCHEMA_VERSION),
  id: v.pipe(v.string(), v.regex(QUIZ_ID)),
  title: v.pipe(v.string(), v.minLength(1)),
  /** What the quiz was generated from; `slug` names the article or topic page the evidence links to. */
  source: v.object({
    kind: v.picklist(['article', 'topic', 'paste']),
    slug: v.optional(v.string()),
    title: v.string(),
  }),
  /** Generator name and version, e.g. "crosscheck-gen/1.0.0". */
  generator: v.string(),
  seed: v.pipe(v.number(), v.integer()),
  items: v.pipe(v.array(ItemSchema), v.minLength(1)),
});
export type Quiz = v.InferOutput<typeof QuizSchema>;

/** The generator's input: a title and paragraphs of plain English prose (paragraph numbers are 1-based). */
export interface SourceText {
  title: string;
  paragraphs: string[];
}
