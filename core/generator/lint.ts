// The quality gate: every generated item is checked against PRODUCT.md's acceptability rules
// and the usual item-writing rules; an item with any issue is not emitted. Pure (valibot and
// string checks only) so it runs in the Worker, the build and the tests alike.
import * as v from 'valibot';
import { LEXICON } from './lexicon.ts';
import { contentWords, memo, normalize } from './words.ts';
import { CLOZE_GAP, gapsIn, ItemSchema, type ChoiceItem, type Item, type MatchingItem, type Quiz, type SourceText, type TimelineItem } from '../quiz/schema.ts';

const LINT_REASONS = [
  /** Fails the Quiz JSON schema. */
  'schema-invalid',
  /** "All of the above" / "None of the above" as an option. */
  'all-none-of-the-above',
  /** A negative stem ("not", "except", "never"), outside quoted words. */
  'negative-stem',
  /** An absolute word (always, never, all, none, only, every…) in an option or a true/false statement. */
  'absolute-word',
  /** The key is the uniquely longest option, by a visible margin. */
  'key-uniquely-longest',
  /** An option repeats a content word of the stem (a clang cue). */
  'option-shares-stem-words',
  /** The key cannot be found at its evidence span. */
  'key-not-in-evidence',
  /** An evidence span lies outside its sentence or is empty. */
  'evidence-span-invalid',
  /** An evidence sentence is not in the cited paragraph of the source. */
  'evidence-not-in-source',
  /** Two options are the same. */
  'duplicate-options',
  /** Two options are near-copies (one contains the other, or they differ by a letter or two). */
  'near-duplicate-options',
  /** The stem contains the answer (or its distinctive word). */
  'stem-contains-answer',
  /** A distractor is named in the evidence sentence, so it may be true as well. */
  'distractor-in-evidence',
  /** Options are not of one kind (dates mixed with names, numbers with words…). */
  'mixed-option-kinds',
  /** Options differ too much in length. */
  'option-length-mismatch',
  /** Too few options (or too few events/pairs) to make a fair item. */
  'too-few-options',
  /** The key does not fit the options (out of range, not a permutation). */
  'invalid-key',
  /** A true/false item whose options are not exactly True, False. */
  'true-false-options',
  /** A cloze stem without exactly one gap, or a gap in another item type. */
  'cloze-gap',
  /** "a"/"an" before a gap that does not agree with every option. */
  'article-agreement',
  /** A stem that does not read as a sentence: case, end punctuation, doubled words, unbalanced quotes or brackets. */
  'ungrammatical',
  /** The explanation is not a single short line. */
  'explanation-not-one-line',
  /** Timeline options that show their dates (the order is given away). */
  'timeline-dates-shown',
  /** A name or phrase option found neither in the article nor in the general lists (nor, for a text on the launch topic, the launch lexicon). */
  'option-not-from-source',
] as const;
export type LintReason = (typeof LINT_REASONS)[number];

interface LintIssue {
  code: LintReason;
  message: string;
}

interface LintContext {
  /** When given, evidence sentences are checked against the cited paragraphs. */
  source?: SourceText;
  /** Skip the schema check (the generator's own candidates are built to the schema; final items are always checked). */
  trustedShape?: boolean;
}

const GENERIC_HEADS = new Set('states nations forces river army department ministry union party council command front times news staff group organization republic kingdom'.split(' '));
const NEGATIVE = /\b(?:not|except|never|none|neither|nor|least|no)\b|n['’]t\b/i;
const ABSOLUTE = /\b(?:always|never|all|none|only|every|everyone|everything|entirely|completely|totally|absolutely|invariably|nobody|nothing)\b/i;
const ALL_NONE = /\b(?:all|none|both|neither)\s+of\s+the\s+(?:above|options|answers)\b/i;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
// American ("March 7") and British ("7 March") day-and-month forms, and years.
const DATE_LIKE = new RegExp(`\\b(?:1[89]|20)\\d\\d\\b|\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH}\\b`);
// A figure as news prose writes it: digits or a number word, with a currency and a unit or scale
// ("76%", "£1.8m", "$110bn", "seven million", "1.16 million", "25 per cent").
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a hundred|hundreds|thousands';
const NUMBER_LIKE = new RegExp(`^(?:[£$€¥]\\s?)?(?:\\d[\\d,.]*|${NUMBER_WORDS})(?:\\s?(?:%|m|bn|k|million|billion|trillion|per cent|percent))?$`, 'i');
/** A figure's value, digits or words: taken out, what is left is its unit and scale. */
const NUMBER_VALUE = new RegExp(`\\d[\\d,.]*|\\b(?:${NUMBER_WORDS})\\b`, 'g');

// Text comparison as the generator does it (same normalisation, stemming and stopwords), so the
// linter and the generator agree on what "the same words" means.
/** Normalised text without a leading "the" ("the Pentagon" and "Pentagon" name one thing). */
const norm = memo((text: string) => normalize(text).replace(/^the /, ''));
const contentWordSet = memo((text: string) => new Set(contentWords(text)));

function withoutQuotes(s: string): string {
  return s.replace(/“[^”]*”|"[^"]*"/g, ' ');
}

/** Does the span text name the same thing as the key? Equal, or one's words contain the other's (a surname, "the"). */
export function answerMatches(spanText: string, key: string): boolean {
  const a = norm(spanText);
  const b = norm(key);
  if (!a || !b) return false;
  if (a === b) return true;
  return ` ${b} `.includes(` ${a} `) || ` ${a} `.includes(` ${b} `);
}

function nearDuplicate(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (x === y) return false; // exact duplicates are reported separately
  if (` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `)) return true;
  if (Math.abs(x.length - y.length) > 2 || x.length < 4) return false;
  let diff = 0;
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) diff++;
  return diff <= 1;
}

function optionKind(o: string): string {
  const t = o.replace(/^the\s+/i, '');
  if (DATE_LIKE.test(t) && /^(?:\p{L}+\s+)?\d/u.test(t)) return 'date';
  if (NUMBER_LIKE.test(t)) return 'number';
  if (/^(?:True|False)$/.test(t)) return 'truth';
  // A descriptive phrase that happens to open with a name ("AOL's underlying profit") is still a phrase.
  const words = t.split(/\s+/);
  if (words.length >= 3 && words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 >= words.length) return 'phrase';
  return /^(?:[\p{Lu}\p{N}]|(?:al|el|bin|ibn|de|van|von)[-\s]\p{Lu})/u.test(t) ? 'name' : 'phrase';
}

/** A figure with its value taken out ("£#m", "# per cent"): options must share it, one unit and one scale. */
function numberForm(o: string): string {
  return o.toLowerCase().replace(NUMBER_VALUE, '#').replace(/\s+/g, '');
}

function balanced(s: string): boolean {
  const count = (re: RegExp): number => (s.match(re) ?? []).length;
  return (
    count(/\(/g) === count(/\)/g) &&
    count(/\[/g) === count(/\]/g) &&
    count(/“/g) === count(/”/g) &&
    count(/"/g) % 2 === 0
  );
}

function hasDoubledWord(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    if (w === words[i - 1] && /^\p{L}+$/u.test(w) && w !== 'that' && w !== 'had') return true;
  }
  return false;
}

function grammarIssues(stem: string, type: Item['type']): string | null {
  if (/\s{2,}/.test(stem)) return 'double space';
  if (/\s[,.;:?!]/.test(stem)) return 'space before punctuation';
  if (hasDoubledWord(stem)) return 'doubled word';
  if (!balanced(stem)) return 'unbalanced quotes or brackets';
  if (!/^(?:[\p{Lu}\p{N}“"‘'…]|_____)/u.test(stem)) return 'does not start with a capital';
  if (type === 'true-false' && !/[.!]["”’]?$/.test(stem)) return 'statement does not end with a full stop';
  if (type !== 'true-false' && !/[.?!]["”’]?$|[.?!]$|["”]\?$/.test(stem)) return 'no end punctuation';
  return null;
}

/** All issues of one item (empty when it may ship). */
export function lintItem(item: Item, ctx: LintContext = {}): LintIssue[] {
  const issues: LintIssue[] = [];
  const add = (code: LintReason, message: string): void => {
    if (!issues.some((i) => i.code === code)) issues.push({ code, message });
  };
  const parsed = ctx.trustedShape ? { success: true as const, issues: [] } : v.safeParse(ItemSchema, item);
  if (!parsed.success) {
    add('schema-invalid', parsed.issues.map((i) => i.message).join('; '));
    return issues;
  }
  const { options, stem } = item;
  const stemOutside = withoutQuotes(stem);

  // Evidence spans and sources.
  for (const ev of item.evidence) {
    const [a, b] = ev.span;
    if (!(a < b && b <= ev.sentence.length)) add('evidence-span-invalid', `span [${a}, ${b}) outside a ${ev.sentence.length}-character sentence`);
    if (ctx.source) {
      const para = ctx.source.paragraphs[ev.paragraph - 1];
      if (para === undefined || !para.includes(ev.sentence)) add('evidence-not-in-source', `paragraph ${ev.paragraph} does not contain the evidence sentence`);
    }
  }
  if (item.explanation.includes('\n') || item.explanation.length > 220) add('explanation-not-one-line', 'explanation must be one line of at most 220 characters');
  const grammar = grammarIssues(stem, item.type);
  if (grammar) add('ungrammatical', grammar);
  const gaps = gapsIn(stem);
  if (item.type === 'cloze' ? gaps !== 1 : gaps !== 0) add('cloze-gap', `${gaps} gaps in a ${item.type} stem`);

  // Options, common to every type.
  const seen = new Set<string>();
  for (const o of options) {
    const n = norm(o) || o;
    if (seen.has(n)) add('duplicate-options', `"${o}" appears twice`);
    seen.add(n);
    if (ALL_NONE.test(o)) add('all-none-of-the-above', `option "${o}"`);
    if (item.type !== 'timeline' && item.type !== 'matching' && ABSOLUTE.test(o)) add('absolute-word', `option "${o}"`);
  }
  // Dates and numbers may differ by one digit and still be distinct answers.
  const valueOptions = options.every((o) => ['date', 'number'].includes(optionKind(o)));
  for (let i = 0; i < options.length && !valueOptions; i++)
    for (let j = i + 1; j < options.length; j++)
      if (nearDuplicate(options[i] as string, options[j] as string)) add('near-duplicate-options', `"${options[i]}" / "${options[j]}"`);

  switch (item.type) {
    case 'true-false':
      lintTrueFalse(item, add);
      break;
    case 'timeline':
      lintTimeline(item, add);
      break;
    case 'matching':
      lintMatching(item, add);
      break;
    default:
      lintChoice(item, stemOutside, add);
      if (ctx.source) lintOptionOrigins(item, ctx.source, add);
  }
  if (item.type !== 'true-false' && NEGATIVE.test(stemOutside.replace(/_____/g, ''))) add('negative-stem', 'the stem is phrased negatively');
  return issues;
}

type Add = (code: LintReason, message: string) => void;

function lintChoice(item: ChoiceItem, stemOutside: string, add: Add): void {
  const { options, key, stem } = item;
  if (options.length < 3) add('too-few-options', `${options.length} options`);
  if (key >= options.length) {
    add('invalid-key', `key ${key} of ${options.length} options`);
    return;
  }
  const keyText = options[key] as string;
  if (!item.evidence.some((ev) => answerMatches(ev.sentence.slice(ev.span[0], ev.span[1]), keyText)))
    add('key-not-in-evidence', `"${keyText}" is not at the evidence span`);
  const others = options.filter((_, i) => i !== key);
  const len = (o: string): number => o.replace(/^the\s+/i, '').length;
  const longestOther = Math.max(...others.map(len));
  if (len(keyText) > longestOther * 1.25 && len(keyText) - longestOther >= 4) add('key-uniquely-longest', `key is ${len(keyText)} characters, the next ${longestOther}`);
  const lengths = options.map(len);
  const min = Math.min(...lengths);
  const max = Math.max(...lengths);
  if (max > min * 2.5 && max - min > 10) add('option-length-mismatch', `options range from ${min} to ${max} characters`);
  const kinds = new Set(options.map(optionKind));
  if (kinds.size > 1) add('mixed-option-kinds', `options mix ${[...kinds].join(' and ')}`);
  else if (kinds.has('number') && new Set(options.map(numberForm)).size > 1) add('mixed-option-kinds', `numbers in different units or scales: ${options.join(' / ')}`);
  const stemWords = contentWordSet(item.type === 'who-said-it' ? stem : stemOutside.replace(CLOZE_GAP, ' '));
  for (const o of options) {
    const shared = [...contentWordSet(o)].filter((w) => stemWords.has(w));
    if (shared.length) add('option-shares-stem-words', `"${o}" repeats "${shared.join(', ')}" from the stem`);
  }
  const keyNorm = norm(keyText);
  // A name's distinctive last word (a surname) gives it away too; generic heads ("States", "Forces") do not.
  const lastWord = norm((keyText.split(/\s+/).pop() ?? '').split(/[-‐]/).pop() ?? '');
  const distinctive = /^\p{Lu}/u.test(keyText) && keyText.includes(' ') && lastWord.length >= 4 && !GENERIC_HEADS.has(lastWord) ? [lastWord] : [];
  if (` ${norm(stem)} `.includes(` ${keyNorm} `) || distinctive.some((w) => w && ` ${norm(stem)} `.includes(` ${w} `)))
    add('stem-contains-answer', `the stem contains "${keyText}"`);
  for (const ev of item.evidence.slice(0, 1)) {
    for (const o of others) if (` ${norm(ev.sentence)} `.includes(` ${norm(o)} `)) add('distractor-in-evidence', `"${o}" is named in the evidence sentence`);
  }
  const article = /\b(a|an)\s+_____/i.exec(stem);
  if (article) {
    const wantsAn = article[1]?.toLowerCase() === 'an';
    if (options.some((o) => /^[aeiou]/i.test(o) !== wantsAn)) add('article-agreement', `"${article[1]} ${CLOZE_GAP}" does not fit every option`);
  }
}

function lintTrueFalse(item: ChoiceItem, add: Add): void {
  if (item.options.length !== 2 || item.options[0] !== 'True' || item.options[1] !== 'False') add('true-false-options', 'options must be exactly ["True", "False"]');
  if (item.key > 1) add('invalid-key', `key ${item.key}`);
  const statement = withoutQuotes(item.stem);
  if (NEGATIVE.test(statement) || /\bwithout\b/i.test(statement)) add('negative-stem', 'a negative statement');
  if (ABSOLUTE.test(statement)) add('absolute-word', 'an absolute word in the statement');
  // The evidence span holds the tested fact: shown in a true statement, replaced in a false one.
  const ev = item.evidence[0];
  if (ev) {
    const fact = ev.sentence.slice(ev.span[0], ev.span[1]);
    const shown = ` ${norm(item.stem)} `.includes(` ${norm(fact)} `);
    if (item.key === 0 && !shown) add('key-not-in-evidence', `a true statement without the evidence's "${fact}"`);
    if (item.key === 1 && shown) add('key-not-in-evidence', `a false statement that still says "${fact}"`);
  }
}

function lintTimeline(item: TimelineItem, add: Add): void {
  const n = item.options.length;
  if (n < 3) add('too-few-options', `${n} events`);
  const sorted = item.key.slice().sort((a, b) => a - b);
  if (item.key.length !== n || sorted.some((k, i) => k !== i)) add('invalid-key', 'key is not an ordering of every event');
  if (item.evidence.length < n) add('key-not-in-evidence', 'each event needs its dated sentence');
  if (item.options.some((o) => DATE_LIKE.test(o))) add('timeline-dates-shown', 'an event shows its date');
  if (item.key.every((k, i) => k === i)) add('invalid-key', 'events are shown already in order');
}

function lintMatching(item: MatchingItem, add: Add): void {
  const { prompts, options, key } = item;
  if (prompts.length < 3) add('too-few-options', `${prompts.length} pairs`);
  if (key.length !== prompts.length || key.some((k) => k >= options.length) || new Set(key).size !== key.length) add('invalid-key', 'key must give each prompt a different option');
  const seen = new Set<string>();
  for (const p of prompts) {
    if (seen.has(norm(p))) add('duplicate-options', `prompt "${p}" appears twice`);
    seen.add(norm(p));
  }
  // Each pair is proven: its option's text at an evidence span.
  for (const k of key) {
    const o = options[k];
    if (o !== undefined && !item.evidence.some((ev) => answerMatches(ev.sentence.slice(ev.span[0], ev.span[1]), o) || (norm(ev.sentence).includes(norm(o)) && ev.sentence.length > 0)))
      add('key-not-in-evidence', `"${o}" is not in any evidence sentence`);
  }
  for (const o of options) for (const p of prompts) if (norm(p).split(' ').some((w) => w.length >= 4 && ` ${norm(o)} `.includes(` ${w} `))) add('stem-contains-answer', `option "${o}" names "${p}"`);
}

// Every name the general lists offer, and the launch lexicon's, normalised.
const GENERAL_NAMES = new Set(LEXICON.filter((l) => l.general).flatMap((l) => l.names.map((n) => norm(n))));
const LAUNCH_NAMES = LEXICON.filter((l) => !l.general).map((l) => l.names.map((n) => norm(n)));
/** As distractors.ts decides it: a text naming this many launch-domain entries is on the launch topic. */
const LAUNCH_TOPIC_MIN_NAMES = 4;
interface SourceIndex {
  padded: string;
  /** Options already looked up (the same wrong options come back item after item). */
  found: Map<string, boolean>;
  launch?: Set<string> | null;
}
const sourceText = new WeakMap<SourceText, SourceIndex>();

function sourceIndex(source: SourceText): SourceIndex {
  let index = sourceText.get(source);
  if (!index) {
    index = { padded: ` ${normalize([source.title, ...source.paragraphs].join(' '))} `, found: new Map() };
    sourceText.set(source, index);
  }
  return index;
}

function inSource(index: SourceIndex, n: string): boolean {
  let found = index.found.get(n);
  if (found === undefined) index.found.set(n, (found = index.padded.includes(` ${n} `)));
  return found;
}

/** The launch lexicon's names, when the text is on the launch topic (worked out only when an option needs it). */
function launchNames(index: SourceIndex): Set<string> | null {
  if (index.launch === undefined) {
    // A name is looked for only if the text has its first word (one set lookup instead of a scan of the text).
    const words = new Set(index.padded.split(' '));
    const named = LAUNCH_NAMES.filter((names) => names.some((n) => n && words.has(n.split(' ')[0] as string) && index.padded.includes(` ${n} `)));
    index.launch = named.length >= LAUNCH_TOPIC_MIN_NAMES ? new Set(LAUNCH_NAMES.flat()) : null;
  }
  return index.launch;
}

/** Names and phrases come from the article or from neutral general lists; dates and numbers may be made up nearby. */
function lintOptionOrigins(item: ChoiceItem, source: SourceText, add: Add): void {
  const index = sourceIndex(source);
  for (const o of item.options) {
    const kind = optionKind(o);
    if (kind === 'date' || kind === 'number' || kind === 'truth') continue;
    const n = norm(o);
    if (!n || GENERAL_NAMES.has(n) || inSource(index, n) || launchNames(index)?.has(n)) continue;
    add('option-not-from-source', `"${o}" is neither in the article nor in a general list`);
  }
}

/** Issues per item id, plus quiz-level ones (duplicate ids). */
export function lintQuiz(quiz: Quiz, ctx: LintContext = {}): Map<string, LintIssue[]> {
  const out = new Map<string, LintIssue[]>();
  const ids = new Set<string>();
  for (const item of quiz.items) {
    const issues = lintItem(item, ctx);
    if (ids.has(item.id)) issues.push({ code: 'duplicate-options', message: `item id ${item.id} is used twice` });
    ids.add(item.id);
    if (issues.length) out.set(item.id, issues);
  }
  return out;
}
