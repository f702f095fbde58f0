// Mechanical measures of generated quizzes over a folder of articles: yield, item types, where
// the wrong options come from, true/false balance, give-aways and malformed options. Shared by
// `npm run quiz:corpus` (scripts/quiz-corpus.ts) and the corpus gates (test/corpus/).
// It uses the generator's public entry only, so it measures what a paste gets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearGeneratorCaches, GenerationError, generateQuizWithReport, parsePastedText } from '../../core/generator/index.ts';
import type { Item, Quiz, SourceText } from '../../core/quiz/schema.ts';

export const OPTION_KINDS = ['person', 'organisation', 'place', 'number', 'date', 'other'] as const;
type OptionKind = (typeof OPTION_KINDS)[number];

interface CorpusArticle {
  file: string;
  source: SourceText;
}

interface SuspiciousOption {
  itemId: string;
  option: string;
  reason: 'lone initial' | 'trailing "the U"' | 'malformed number' | 'unscaled number' | 'unbalanced quote or bracket';
}

interface OptionTally {
  total: number;
  absent: number;
}

/** Per-item facts the generator may publish in its report (`itemInfo`): the answer's kind. */
interface ItemInfo {
  id: string;
  answerKind?: string;
}

export interface ArticleMetrics {
  file: string;
  title: string;
  /** The article as parsed. */
  source: SourceText;
  words: number;
  /** Generation error code when no quiz came out. */
  error?: string;
  quiz?: Quiz;
  items: number;
  itemsPerThousandWords: number;
  types: Record<string, number>;
  /** Wrong options of one-answer items (multiple choice, cloze, who-said-it) by kind, and how many the article never contains. */
  wrongOptions: Record<OptionKind, OptionTally>;
  /** Wrong options as written, with their kind and whether the article contains them. */
  wrongOptionList: { itemId: string; option: string; kind: OptionKind; inArticle: boolean }[];
  trueFalse: { items: number; trueKeys: number };
  keyInTitle: string[];
  keyInOtherStem: string[];
  suspicious: SuspiciousOption[];
  /** Items marked `focus: 'understanding'` (null: no item of the quiz carries a focus marker). */
  understanding: number | null;
  ms: number;
  /** True when kinds came from the generator's own marking rather than this file's heuristic. */
  kindsFromGenerator: boolean;
}

/** Reads every .txt article in `dir` (first line the headline, then blank-line-separated paragraphs), sorted by name. */
export function readCorpus(dir: string): CorpusArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, source: parsePastedText(readFileSync(join(dir, file), 'utf8')) }));
}

/** Whitespace-separated tokens holding a letter or digit: the reader's notion of a word. */
function wordCount(source: SourceText): number {
  let n = 0;
  for (const p of source.paragraphs) for (const w of p.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}

/** Lower case, straight quotes, single spaces: how options are looked up in the text. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
}

/** True when `needle` stands in `haystack` as whole words (both normalised). */
export function containsWords(haystack: string, needle: string): boolean {
  if (!needle) return false;
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    const before = haystack.charAt(at - 1);
    const after = haystack.charAt(at + needle.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = at + 1;
  }
}

const MONTH_RE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\b/;
const NUMBER_RE = /^(?:[£$€]\s?)?\d|^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?)\b/i;
const PERSON_TITLE_RE = /^(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame|Gen|Prof|President|Prime Minister|Chancellor|Judge|Coach)\.?\s/;
const ORG_WORD_RE =
  /\b(?:Inc|Ltd|plc|Corp|Co|Group|Company|Bank|Party|Council|Commission|Committee|Ministry|Department|Office|Agency|Authority|Association|Federation|Union|League|Club|FC|United|Board|Court|Parliament|Government|Institute|University|College|School|Society|Trust|Fund|Foundation|Network|Records|Studios|Airlines|Motors|Securities|Exchange|Service|Services|Organisation|Organization|Assembly|Senate|Congress|Police|Army|Navy)\b/;
// A compact list for the fallback heuristic only: common countries, continents and large cities.
const PLACES = new Set(
  ('africa asia europe america australia antarctica britain england scotland wales ireland france germany italy spain portugal ' +
    'netherlands belgium sweden norway denmark finland poland russia ukraine turkey greece china japan india pakistan iran iraq ' +
    'syria israel egypt nigeria kenya brazil argentina mexico canada chile peru colombia korea vietnam indonesia ' +
    'london paris berlin rome madrid moscow beijing tokyo washington new york chicago boston sydney dublin edinburgh glasgow ' +
    'manchester liverpool birmingham leeds cardiff belfast brussels geneva zurich amsterdam vienna delhi mumbai shanghai hong kong ' +
    'oslo ankara copenhagen warsaw damascus seoul ottawa helsinki cairo lisbon kyiv singapore stockholm athens prague budapest ' +
    'the uk the us the usa the united states the united kingdom the eu')
    .split(' '),
);

/**
 * The kind of an option, by a simple heuristic on its text (the generator's own classification is
 * internal): dates by month names and years, numbers by digits or number words, people by titles and
 * two- or three-word capitalised names, organisations by acronyms and words like "Bank" or "Party",
 * places by a short list of countries and cities.
 */
export function guessKind(option: string, itemType: string): OptionKind {
  const text = option.trim();
  if (MONTH_RE.test(text) || /^(?:in\s)?(?:1[89]|20)\d\d$/.test(text) || /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(text)) return 'date';
  if (NUMBER_RE.test(text) || /%$/.test(text)) return 'number';
  if (itemType === 'who-said-it' || PERSON_TITLE_RE.test(text)) return 'person';
  if (/^[A-Z]{2,6}s?$/.test(text) || ORG_WORD_RE.test(text)) return 'organisation';
  if (PLACES.has(text.toLowerCase()) || PLACES.has(text.toLowerCase().replace(/^the\s/, ''))) return 'place';
  if (/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}\.?)?(?:\s(?:de|van|von|al-|bin)?\s?\p{Lu}[\p{L}'’-]+){1,2}$/u.test(text)) return 'person';
  return 'other';
}

/** The kind most of an item's options are guessed to be (an option alone can be ambiguous: "Brown", "Jordan"). */
function itemKind(options: readonly string[], itemType: string): OptionKind {
  const votes = new Map<OptionKind, number>();
  for (const o of options) {
    const k = guessKind(o, itemType);
    if (k !== 'other') votes.set(k, (votes.get(k) ?? 0) + 1);
  }
  let best: OptionKind = 'other';
  for (const [k, n] of votes) if (n > (votes.get(best) ?? 0)) best = k;
  return best;
}

/** True when the text writes `option` ("Plan B") other than as the start of a name with an initial ("John F. Kennedy"). */
function initialStandsAlone(option: string, body: string): boolean {
  for (let at = body.indexOf(option); at >= 0; at = body.indexOf(option, at + 1)) {
    if (body.charAt(at + option.length) !== '.' || !/^\.\s+\p{Lu}/u.test(body.slice(at + option.length, at + option.length + 4))) return true;
  }
  return false;
}

const SCALE_AFTER_GAP_RE = /_{3,}\s+(?:million|billion|thousand|bn|m)\b/i;

/** The reasons an option looks broken by the text handling, or none. */
export function suspiciousReasons(option: string, stem: string, body: string): SuspiciousOption['reason'][] {
  const reasons: SuspiciousOption['reason'][] = [];
  const text = option.trim();
  if (/\b(?:the|of)\s+\p{Lu}\.?$/u.test(text)) reasons.push('trailing "the U"');
  else if (/\s\p{Lu}$/u.test(text) && !initialStandsAlone(text, body)) reasons.push('lone initial');
  // "60,000,000 million": a number already written out in full, then a scale word.
  if (/\d{1,3}(?:,\d{3})+\s*(?:million|billion|bn|m)\b/i.test(text) || /\d{4,}\s*(?:million|billion|bn)\b/i.test(text)) reasons.push('malformed number');
  // "1,000,000" for a gap followed by "million", or whole millions written out where the article writes "1 million".
  else if (/^\D?\d{1,3}(?:,\d{3}){2,}\b/.test(text) && (SCALE_AFTER_GAP_RE.test(stem) || (/^\D?\d{1,3}(?:,000){2,}$/.test(text) && /\d\s?(?:million|billion|bn|m)\b/i.test(body))))
    reasons.push('unscaled number');
  const count = (re: RegExp): number => (text.match(re) ?? []).length;
  if (count(/\(/g) !== count(/\)/g) || count(/“/g) !== count(/”/g) || count(/"/g) % 2 === 1) reasons.push('unbalanced quote or bracket');
  return reasons;
}

function keyText(item: Item): string | null {
  if (item.type === 'multiple-choice' || item.type === 'cloze' || item.type === 'who-said-it') return item.options[item.key] ?? null;
  return null;
}

function allOptions(item: Item): string[] {
  if (item.type === 'true-false') return [];
  return item.type === 'matching' ? [...item.prompts, ...item.options] : item.options;
}

function emptyTallies(): Record<OptionKind, OptionTally> {
  return Object.fromEntries(OPTION_KINDS.map((k) => [k, { total: 0, absent: 0 }])) as Record<OptionKind, OptionTally>;
}

function normaliseKind(kind: string | undefined): OptionKind | null {
  if (!kind) return null;
  if (kind === 'org') return 'organisation';
  return (OPTION_KINDS as readonly string[]).includes(kind) ? (kind as OptionKind) : 'other';
}

/** Generates the quiz for one article (with the generator's caches cleared, as for a new paste) and measures it. */
export function measureArticle(article: CorpusArticle, seed = 1): ArticleMetrics {
  const { file, source } = article;
  const words = wordCount(source);
  const base: ArticleMetrics = {
    file,
    title: source.title,
    source,
    words,
    items: 0,
    itemsPerThousandWords: 0,
    types: {},
    wrongOptions: emptyTallies(),
    wrongOptionList: [],
    trueFalse: { items: 0, trueKeys: 0 },
    keyInTitle: [],
    keyInOtherStem: [],
    suspicious: [],
    understanding: null,
    ms: 0,
    kindsFromGenerator: false,
  };
  clearGeneratorCaches();
  const t0 = performance.now();
  let report: ReturnType<typeof generateQuizWithReport>;
  try {
    report = generateQuizWithReport(source, { id: 'corpus-article', source: { kind: 'paste', title: source.title }, seed });
  } catch (err) {
    if (err instanceof GenerationError) return { ...base, ms: performance.now() - t0, error: err.code };
    throw err;
  }
  const ms = performance.now() - t0;
  const quiz = report.quiz;
  const info = (report as { itemInfo?: ItemInfo[] }).itemInfo;
  const infoById = new Map((info ?? []).map((i) => [i.id, i]));
  const body = normalise([source.title, ...source.paragraphs].join('\n'));
  const rawBody = source.paragraphs.join('\n');
  const title = normalise(source.title);
  const m: ArticleMetrics = { ...base, quiz, ms, items: quiz.items.length, itemsPerThousandWords: words ? (quiz.items.length * 1000) / words : 0, kindsFromGenerator: !!info };
  // Items say whether they ask for recall or understanding (`focus`); a quiz without the marker counts as unmarked.
  if (quiz.items.some((i) => i.focus)) m.understanding = quiz.items.filter((i) => i.focus === 'understanding').length;
  for (const item of quiz.items) {
    m.types[item.type] = (m.types[item.type] ?? 0) + 1;
    if (item.type === 'true-false') {
      m.trueFalse.items++;
      if (item.key === 0) m.trueFalse.trueKeys++;
    }
    const key = keyText(item);
    if (key !== null) {
      const kind = normaliseKind(infoById.get(item.id)?.answerKind) ?? itemKind(item.options, item.type);
      item.options.forEach((option, i) => {
        if (i === item.key) return;
        const inArticle = containsWords(body, normalise(option));
        m.wrongOptions[kind].total++;
        if (!inArticle) m.wrongOptions[kind].absent++;
        m.wrongOptionList.push({ itemId: item.id, option, kind, inArticle });
      });
      const k = normalise(key);
      if (containsWords(title, k)) m.keyInTitle.push(item.id);
      if (quiz.items.some((other) => other !== item && containsWords(normalise(other.stem), k))) m.keyInOtherStem.push(item.id);
    }
    for (const option of allOptions(item)) for (const reason of suspiciousReasons(option, item.stem, rawBody)) m.suspicious.push({ itemId: item.id, option, reason });
  }
  return m;
}

/** The middle value (mean of the two middle values for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export interface CorpusTotals {
  articles: number;
  quizzes: number;
  errors: Record<string, number>;
  words: number;
  items: number;
  itemsPerThousandWords: number;
  types: Record<string, number>;
  wrongOptions: Record<OptionKind, OptionTally>;
  trueFalse: { items: number; trueKeys: number; quizzesWithTwoOrMore: number; quizzesOutsideBalance: number };
  keyInTitle: number;
  keyInOtherStem: number;
  suspicious: Record<string, number>;
  understanding: number | null;
  /** Items, and understanding items among them, on articles of UNDERSTANDING_ARTICLE_WORDS+ words (the 30% target). */
  understandingOnLonger: { items: number; understanding: number };
  ms: { total: number; median: number; max: number; maxFile: string };
  long: { articles: number; medianItemsPerThousandWords: number; medianTypes: number };
  kindsFromGenerator: boolean;
}

/** True/false balance gate of issue 9: 35–65% of a quiz's true/false keys are True. */
export function trueShareInBand(trueKeys: number, items: number): boolean {
  const share = trueKeys / items;
  return share >= 0.35 && share <= 0.65;
}

/** Articles of this many words or more count for the yield medians. */
export const LONG_ARTICLE_WORDS = 500;
/** Articles of this many words or more count for the understanding share. */
export const UNDERSTANDING_ARTICLE_WORDS = 400;

/** Adds up per-article measures into corpus totals. */
export function corpusTotals(list: readonly ArticleMetrics[]): CorpusTotals {
  const t: CorpusTotals = {
    articles: list.length,
    quizzes: 0,
    errors: {},
    words: 0,
    items: 0,
    itemsPerThousandWords: 0,
    types: {},
    wrongOptions: emptyTallies(),
    trueFalse: { items: 0, trueKeys: 0, quizzesWithTwoOrMore: 0, quizzesOutsideBalance: 0 },
    keyInTitle: 0,
    keyInOtherStem: 0,
    suspicious: {},
    understanding: null,
    understandingOnLonger: { items: 0, understanding: 0 },
    ms: { total: 0, median: median(list.map((a) => a.ms)), max: 0, maxFile: '' },
    long: { articles: 0, medianItemsPerThousandWords: NaN, medianTypes: NaN },
    kindsFromGenerator: list.some((a) => a.kindsFromGenerator),
  };
  for (const a of list) {
    t.words += a.words;
    t.items += a.items;
    if (a.error) t.errors[a.error] = (t.errors[a.error] ?? 0) + 1;
    else t.quizzes++;
    for (const [type, n] of Object.entries(a.types)) t.types[type] = (t.types[type] ?? 0) + n;
    for (const k of OPTION_KINDS) {
      t.wrongOptions[k].total += a.wrongOptions[k].total;
      t.wrongOptions[k].absent += a.wrongOptions[k].absent;
    }
    t.trueFalse.items += a.trueFalse.items;
    t.trueFalse.trueKeys += a.trueFalse.trueKeys;
    if (a.trueFalse.items >= 2) {
      t.trueFalse.quizzesWithTwoOrMore++;
      if (!trueShareInBand(a.trueFalse.trueKeys, a.trueFalse.items)) t.trueFalse.quizzesOutsideBalance++;
    }
    t.keyInTitle += a.keyInTitle.length;
    t.keyInOtherStem += a.keyInOtherStem.length;
    for (const s of a.suspicious) t.suspicious[s.reason] = (t.suspicious[s.reason] ?? 0) + 1;
    if (a.understanding !== null) t.understanding = (t.understanding ?? 0) + a.understanding;
    if (a.words >= UNDERSTANDING_ARTICLE_WORDS) {
      t.understandingOnLonger.items += a.items;
      t.understandingOnLonger.understanding += a.understanding ?? 0;
    }
    t.ms.total += a.ms;
    if (a.ms > t.ms.max) t.ms = { ...t.ms, max: a.ms, maxFile: a.file };
  }
  t.itemsPerThousandWords = t.words ? (t.items * 1000) / t.words : 0;
  const long = list.filter((a) => a.words >= LONG_ARTICLE_WORDS);
  t.long = {
    articles: long.length,
    medianItemsPerThousandWords: median(long.map((a) => a.itemsPerThousandWords)),
    medianTypes: median(long.map((a) => Object.keys(a.types).length)),
  };
  return t;
}

/** Sums the wrong-option tallies over every kind. */
export function allWrongOptions(tallies: Record<OptionKind, OptionTally>): OptionTally {
  let total = 0;
  let absent = 0;
  for (const k of OPTION_KINDS) {
    total += tallies[k].total;
    absent += tallies[k].absent;
  }
  return { total, absent };
}
