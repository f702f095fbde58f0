// Cross-item give-aways: one item of a quiz must not answer another. A reader who sees
// "…reported on January 31, 2017" in one stem need not know the date another item asks for.
// One rule serves the generator's selection (candidates) and the build's check of the final
// quiz (items, after editors' overrides), so both agree on what a give-away is.
import type { Evidence, ItemType } from '../quiz/schema.ts';
import { contentWords, normalize, overlap } from './words.ts';

/** What the rule reads of an item or a candidate (a candidate's key is 0: its options[0]). */
export interface AskedItem {
  type: ItemType;
  stem: string;
  options: readonly string[];
  key: number | readonly number[];
  evidence: readonly Evidence[];
}

/** One item answered by another: `cue` is the text of the answer that `by` states, in its stem or (a timeline) an event. */
export interface Giveaway {
  item: string;
  by: string;
  cue: string;
  /**
   * `key`: the item shows `by`'s key among its wrong options (statement answers only: see wrongOptionIsKey).
   * `shared`: both items show the same statement as a wrong option (see sharedWrongOption).
   */
  where: 'stem' | 'option' | 'key' | 'shared';
}

/** Words too common in names to identify one ("United States" is not given away by "United Nations"). */
const GENERIC = new Set('states nations united kingdom republic forces department ministry party council group company union news times national international world british american'.split(' '));

/** What an item asks for, as text: the key of a choice item, the tested facts (evidence spans) of true/false and timeline items. */
function answers(item: AskedItem): string[] {
  if (item.type === 'true-false' || item.type === 'timeline') return item.evidence.map((e) => e.sentence.slice(e.span[0], e.span[1]));
  if (item.type === 'matching' || Array.isArray(item.key)) return [];
  const key = item.options[item.key as number];
  return key === undefined ? [] : [key];
}

/** A name: a few words, each capitalised or a name particle ("Bashar al-Assad", "Jabhat Fateh al-Sham"), not a clause. */
function isName(answer: string): boolean {
  const words = answer.replace(/^the\s+/i, '').split(/\s+/);
  return words.length <= 4 && words.every((w) => /^(?:\p{Lu}|(?:al|el|bin|ibn|de|van|von)[-\s])/u.test(w));
}

/** The answer, and a name's distinctive words (a surname alone, even of three letters, gives a person away), normalised without a leading "the". */
function cues(answer: string): string[] {
  const words = isName(answer) ? answer.split(/\s+/).filter((w) => /^\p{Lu}[\p{L}'’-]{2,}$/u.test(w) && !GENERIC.has(w.toLowerCase())) : [];
  return [answer, ...(words.length > 1 ? words : [])].map((a) => normalize(a).replace(/^the /, '')).filter((a) => a.length > 0);
}

/** The first cue that `text` states as whole words, or null. */
function stated(text: string, list: readonly string[]): string | null {
  const padded = ` ${normalize(text)} `;
  return list.find((c) => padded.includes(` ${c} `)) ?? null;
}

/**
 * What an item tells a reader as true before they answer another: its stem (a false true/false
 * statement included: it points at the fact), and a timeline's events, which all happened. A
 * choice item's options do not: only one is right, and the reader is not told which.
 */
function shownTexts(item: AskedItem): { text: string; where: Giveaway['where'] }[] {
  const events = item.type === 'timeline' ? item.options : [];
  return [{ text: item.stem, where: 'stem' as const }, ...events.map((text) => ({ text, where: 'option' as const }))];
}

/**
 * A statement or description as an answer ("because the roof leaked", "the price of steel"), not a
 * name, date or figure: such an answer fits one question only, so a reader who has matched it to
 * one item strikes it from every other item's options. A name or a date may answer several.
 */
function isStatementAnswer(answer: string): boolean {
  return !isName(answer) && !/\d/.test(answer) && answer.split(/\s+/).length >= 3;
}

/** The wrong options of a choice item (a true/false, timeline or matching item has none that could be another key). */
function wrongOptions(item: AskedItem): string[] {
  if (item.type === 'true-false' || item.type === 'timeline' || item.type === 'matching' || Array.isArray(item.key)) return [];
  return item.options.filter((_, i) => i !== item.key);
}

/** Is one of `asked`'s wrong options `other`'s key (a statement answer)? Then `other` strikes it out for the reader. */
function wrongOptionIsKey(asked: AskedItem, other: AskedItem): string | null {
  const theirs = other.type === 'true-false' || other.type === 'timeline' ? [] : answers(other).filter(isStatementAnswer).map((a) => normalize(a).replace(/^the /, ''));
  if (!theirs.length) return null;
  return wrongOptions(asked).map((o) => normalize(o).replace(/^the /, '')).find((o) => theirs.includes(o)) ?? null;
}

/**
 * A statement both items offer as a wrong option. A reason or description fits one question at
 * most, so one that recurs across a quiz's items is plainly nobody's answer: the reader strikes it
 * and the key stands out as the option not seen before. A name or a date may recur fairly.
 */
function sharedWrongOption(asked: AskedItem, other: AskedItem): string | null {
  const mine = wrongOptions(asked).filter(isStatementAnswer).map((o) => normalize(o).replace(/^the /, ''));
  if (!mine.length) return null;
  const theirs = new Set(wrongOptions(other).filter(isStatementAnswer).map((o) => normalize(o).replace(/^the /, '')));
  return mine.find((o) => theirs.has(o)) ?? null;
}

/**
 * Does `other` give `asked` away? It states what `asked` asks for (in its stem, or a timeline's
 * events), its key is one of `asked`'s wrong options (a reader who answered `other` strikes
 * that option out), or both offer the same statement as a wrong option. Returns the cue and where, or null.
 */
export function givenAwayBy(asked: AskedItem, other: AskedItem): Omit<Giveaway, 'item' | 'by'> | null {
  const mine = answers(asked).flatMap(cues);
  for (const { text, where } of mine.length ? shownTexts(other) : []) {
    const cue = stated(text, mine);
    if (cue) return { cue, where };
  }
  const key = wrongOptionIsKey(asked, other);
  if (key) return { cue: key, where: 'key' };
  const shared = sharedWrongOption(asked, other);
  return shared ? { cue: shared, where: 'shared' } : null;
}

/** Does the quiz title state what the item asks for (a true/false statement may repeat the title's words)? */
export function givenAwayByTitle(asked: AskedItem, title: string): boolean {
  return asked.type !== 'true-false' && title.length > 0 && stated(title, answers(asked).flatMap(cues)) !== null;
}

/** A give-away in plain words, for build and lint messages: "item A is answered by item B, whose stem states …". */
export function describeGiveaway(g: Giveaway): string {
  if (g.where === 'shared') return `items ${g.by} and ${g.item} both show "${g.cue}" as a wrong option (a statement that recurs as a wrong answer is plainly nobody's answer)`;
  if (g.where === 'key') return `item ${g.item} shows item ${g.by}'s key "${g.cue}" as a wrong option (a reader who answered ${g.by} strikes it out)`;
  return `item ${g.item} is answered by item ${g.by}, whose ${g.where} states "${g.cue}"`;
}

/** Every pair of items of one quiz where one answers the other, in quiz order (a shared wrong option once per pair). */
export function findGiveaways(items: readonly (AskedItem & { id: string })[]): Giveaway[] {
  const found: Giveaway[] = [];
  for (const [i, asked] of items.entries()) {
    for (const [j, other] of items.entries()) {
      if (other === asked) continue;
      const hit = givenAwayBy(asked, other);
      if (hit?.where === 'shared' && j > i) continue;
      if (hit) found.push({ item: asked.id, by: other.id, ...hit });
    }
  }
  return found;
}

/** One fact an item asks: its answer and the sentence that proves it. */
export interface AskedFact {
  answer: string;
  sentence: string;
}

/** The facts an item asks: a choice item's key, each tested span of a true/false or timeline item (a timeline asks one per event). */
export function askedFacts(item: AskedItem): AskedFact[] {
  if (item.type === 'true-false' || item.type === 'timeline') return item.evidence.map((e) => ({ answer: e.sentence.slice(e.span[0], e.span[1]), sentence: e.sentence }));
  const [answer] = answers(item);
  const sentence = item.evidence[0]?.sentence;
  return answer !== undefined && sentence !== undefined ? [{ answer, sentence }] : [];
}

/** Evidence sentences that share this share of content words (besides the answer's) tell the same fact. */
const SAME_SENTENCE = 0.5;

/** Are two facts (of different quizzes) the same? The same answer, proven by sentences that say mostly the same thing around it. */
export function sameFact(a: AskedFact, b: AskedFact): boolean {
  const answer = normalize(a.answer).replace(/^the /, '');
  if (!answer || answer !== normalize(b.answer).replace(/^the /, '')) return false;
  // The answer's own words would make any two sentences that hold it look alike.
  const answerWords = new Set(contentWords(a.answer));
  const words = (f: AskedFact): string[] => contentWords(f.sentence).filter((w) => !answerWords.has(w));
  const wa = words(a);
  const wb = words(b);
  return Math.max(overlap(wa, wb), overlap(wb, wa)) >= SAME_SENTENCE;
}
