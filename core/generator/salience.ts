// Which sentences carry an article's main points: news prose puts them in the headline and the
// opening paragraphs, and a main point is one the rest of the article keeps coming back to
// (its content words recur in other sentences). Items are asked about these first; a detail in
// passing (an aside between commas or dashes, a sentence nothing else returns to) is not asked.
import type { Analysis, Sentence } from './analysis.ts';
import type { DateMention } from './dates.ts';
import type { Mention } from './entities.ts';
import { contentWords, STOPWORDS } from './words.ts';

/** Weights of the three signals; each is scaled to 0..1 before they are mixed. */
const WEIGHT = { position: 0.35, headline: 0.35, centrality: 0.3 };

/** How much a sentence's place in the article says: the lead carries the story, later paragraphs detail it. */
function positionWeight(paragraph: number): number {
  return [1, 0.75, 0.6, 0.5, 0.4, 0.4][paragraph - 1] ?? 0.3;
}

/** A crude shared stem, so "profits" meets "profit" and "sale" meets "sales". */
function stemOf(word: string): string {
  return word.slice(0, 6);
}

/**
 * Sets `salience` on every sentence: its rank among the article's prose sentences (1 the most
 * salient, 0 the least; captions and non-prose lines 0), mixing position, words shared with the
 * headline, and centrality (content words the other sentences share).
 */
export function rankSalience(sentences: Sentence[], title: string): void {
  const prose = sentences.filter((s) => s.prose && !s.caption);
  const words = new Map<Sentence, Set<string>>(prose.map((s) => [s, new Set(contentWords(s.text).map(stemOf))]));
  const headline = new Set(contentWords(title).map(stemOf));
  const seenIn = new Map<string, number>();
  for (const set of words.values()) for (const w of set) seenIn.set(w, (seenIn.get(w) ?? 0) + 1);
  const centrality = new Map<Sentence, number>();
  for (const [s, set] of words) {
    let shared = 0;
    for (const w of set) shared += Math.min(4, (seenIn.get(w) ?? 1) - 1);
    centrality.set(s, shared / (set.size + 4));
  }
  const top = Math.max(1e-9, ...centrality.values());
  const raw = prose.map((s) => {
    const set = words.get(s) as Set<string>;
    let inHeadline = 0;
    for (const w of headline) if (set.has(w)) inHeadline++;
    const head = headline.size ? Math.min(1, inHeadline / Math.min(3, headline.size)) : 0;
    return { s, v: WEIGHT.position * positionWeight(s.paragraph) + WEIGHT.headline * head + WEIGHT.centrality * ((centrality.get(s) as number) / top) };
  });
  for (const s of sentences) s.salience = 0;
  const story = storyWords(title, sentences);
  for (const s of sentences) STORY.set(s, story);
  const ranked = raw.sort((a, b) => a.v - b.v || b.s.index - a.s.index);
  ranked.forEach((r, i) => (r.s.salience = ranked.length > 1 ? i / (ranked.length - 1) : 1));
}

// Asides: a relative or appositive clause between commas (", who went into publishing after studying
// teaching,", ", a lecturer at London's Imperial College,") and a pair of spaced dashes.
const ASIDES = [/,\s+(?:who|whom|whose|which|where|when)\b[^,;:]*(?:,|$)/g, /,\s+(?:a|an|one of|now|then|formerly|the former)\s[^,;:]{2,80},/g, /\s[-–—]\s[^-–—]{3,120}\s[-–—]\s/g];

/** Is [start, end) of the sentence inside an aside (or brackets): a word in passing, not a main point? */
export function inAside(s: Sentence, start: number, end: number): boolean {
  if (s.parens.some(([a, b]) => start < b && end > a)) return true;
  for (const re of ASIDES) for (const m of s.text.matchAll(re)) if (start >= m.index && end <= m.index + m[0].length) return true;
  return false;
}

// Words that mark a sentence as background to the story rather than its news ("previously won …"),
// and, where a gap would test a figure in it, as a detail added on ("will also take part …").
// (A sentence whose subject is "Previous initiatives", or one opening "Last year", tells what came before the news too.)
const BACKGROUND = /\b(?:previously|formerly|earlier in (?:his|her|their|its) career)\b|^(?:(?:Previous|Past|Earlier)\s+[a-z]+s\b|Last year\b)/i;
const ADDED_DETAIL = /\b(?:also|once)\b/i;

/** A sentence of background (or, with `detail`, one adding a detail): its figures and dates are not main points. */
export function background(s: Sentence, detail = false): boolean {
  return BACKGROUND.test(s.text) || (detail && ADDED_DETAIL.test(s.text));
}

/** "the 2004 winner", "a 2003 bond deal": a year that only labels a thing is no event to date. */
export function labelYear(s: Sentence, d: { start: number; end: number; value: { gran: string } }): boolean {
  if (d.value.gran !== 'y') return false;
  const next = /^\s+([a-z]+)/.exec(s.text.slice(d.end))?.[1];
  // …or one that closes a name: "the Guardian First Book Award 2004", "Expo 2005".
  const before = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(s.text.slice(0, d.start))?.[1];
  // …or one that opens a name after a determiner: "the 2005 Norwich Union Grand Prix", "this year's 2004 Booker Prize".
  const opensName = /(?:^|\s)(?:the|a|an|this|next|last|its|their|his|her)\s+$/i.test(s.text.slice(0, d.start)) && /^\s+\p{Lu}\p{Ll}/u.test(s.text.slice(d.end));
  return opensName || (next !== undefined && !STOPWORDS.has(next)) || (before !== undefined && !STOPWORDS.has(before.toLowerCase()) && !MONTH_NAMES.has(before));
}
const MONTH_NAMES = new Set('January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' '));

// After a place: a name or a superlative it only locates ("Athens Olympics", "Britain's biggest bank").
const PLACE_AS_MODIFIER = /^(?:['’]s?\s+(?:\p{Lu}|\w+est\b|biggest\b|largest\b|leading\b|top\b|first\b|main\b)|\s+\p{Lu}\p{Ll})/u;

/** "the Athens Olympics", "Ethiopia's Tirunesh Dibaba": a place that only locates a name is known without reading. */
export function placeAsModifier(s: Sentence, m: Mention): boolean {
  return m.entity.kind === 'place' && PLACE_AS_MODIFIER.test(s.text.slice(m.end));
}

/**
 * Salience rank a sentence needs before a figure in it is asked true or false: the upper half of the
 * article's sentences (headline, lead, the sentences the rest returns to), not a statistic in passing.
 */
export const MAIN_FIGURE = 0.45;

// The baseline a figure or date is compared against: "compared to 16 of the 21 principals in 1985",
// "since 1997", "up from £194m", "last year's 965,000 tonnes", "lower than in 2003".
const BASELINE_BEFORE = /(?:\b(?:compared (?:with|to)|as against|versus|vs\.?)\b[^.;:!?]{0,60}|\b(?:since|than(?: in)?|from|last year['’]s|a year earlier['’]s|the previous year['’]s)\s+(?:the\s+|a\s+|an\s+)?[$£€]?)$/i;
// …or one followed by its time of comparison: "£3.1bn a year earlier", "12% in the same period".
const BASELINE_AFTER = /^[^.;,]{0,30}?\b(?:a year (?:earlier|ago|before)|the (?:previous|prior) year|the year before|in the same (?:period|quarter|month))\b/i;

/** The comparison baseline of its sentence: what the news is measured against, not the news. */
export function comparisonBaseline(s: Sentence, span: { start: number; end: number }): boolean {
  return BASELINE_BEFORE.test(s.text.slice(0, span.start)) || BASELINE_AFTER.test(s.text.slice(span.end));
}

/**
 * A figure or date worth asking: in a sentence ranked `minSalience` or above, not in an aside, not a
 * comparison baseline, and about what the story is about (see tiedToStory).
 */
export function mainFigure(s: Sentence, span: { start: number; end: number }, minSalience: number): boolean {
  return s.salience >= minSalience && !inAside(s, span.start, span.end) && !comparisonBaseline(s, span) && tiedToStory(s, span);
}

// The article's story in words: what the headline and the lead (first paragraph) say, set for each sentence by rankSalience.
const STORY = new WeakMap<Sentence, Story>();
interface Story {
  words: ReadonlySet<string>;
  text: string;
  /** Spans of years the headline names ("2014–2018" as [2014, 2018], "2004" as [2004, 2004]). */
  years: [number, number][];
  /** The headline announces a chronicle ("Timeline: …", "A year in …"): its dates are the story. */
  chronicle: boolean;
  /** Sentences before this index open the article: the story is still being told there. */
  opening: number;
}
/** Share of an article's sentences that opens it; past it, a figure must tie to the story to be asked. */
const OPENING_SHARE = 0.5;
/** The fewest sentences read as the lead. */
const LEAD_SENTENCES = 2;

/** The headline's and the lead's content words, names left out (a name recurs everywhere; what is said of it does not). */
function storyWords(title: string, sentences: readonly Sentence[]): Story {
  // The lead: the first paragraph, and at least the first two sentences (news often opens with a one-sentence paragraph).
  const text = [title, ...sentences.filter((s) => s.paragraph === 1 || s.index < LEAD_SENTENCES).map((s) => s.text)].join(' ');
  const years = [...title.matchAll(/\b((?:1[89]|20)\d\d)(?:\s*[-–—]\s*((?:1[89]|20)\d\d))?\b/g)].map((m): [number, number] => [Number(m[1]), Number(m[2] ?? m[1])]);
  const chronicle = /\b(?:timeline|chronology|year in|review of the year)\b/i.test(title);
  return { words: new Set(commonWords(text)), text: text.toLowerCase(), years, chronicle, opening: Math.ceil(sentences.length * OPENING_SHARE) };
}

/** Content words of the text that are not names (not capitalised), nor verbs and time words any sentence may share. */
function commonWords(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((w) => /^[("'‘“]?\p{Ll}/u.test(w))
    .flatMap((w) => contentWords(w))
    .filter((w) => !LIGHT_WORDS.has(w));
}
const LIGHT_WORDS = new Set(contentWords('set make made take took get got put give gave come came went year month week day time'));

// Where the phrase a figure sits in ends: punctuation, brackets, a new clause or a phrase of place or
// time ("10 world records | in the pole vault"); "of" stays inside it ("45% of gross domestic product").
const PHRASE_END = /[,;:.!?(—–]|\s-\s|\b(?:and|but|while|whereas|when|which|who|after|before|because|since|as|in|on|at|for|from|with|to|into|over|during)\b/;
const PHRASE_BREAKS = new RegExp(PHRASE_END.source, 'g');

/**
 * The words of a figure's own phrase (the few before it back to a clause break, the few after it to
 * the next one): what the figure measures ("operations in 14 countries", "45% of gross domestic product").
 */
function measuredWords(s: Sentence, span: { start: number; end: number }): string[] {
  const before = s.text.slice(0, span.start);
  let cut = -1;
  for (const m of before.matchAll(PHRASE_BREAKS)) cut = m.index + m[0].length - 1;
  const after = s.text.slice(span.end).replace(/^\s*\([^)]*\)/, '');
  const end = PHRASE_END.exec(after)?.index ?? after.length;
  return [...commonWords(before.slice(cut + 1)).slice(-MEASURE_WORDS), ...commonWords(after.slice(0, end)).slice(0, MEASURE_WORDS)];
}
/** Content words read on each side of a figure for what it measures. */
const MEASURE_WORDS = 3;

/**
 * Does the figure or date carry the story? It is in the opening of the article (the lead and the
 * sentences that tell the story first), or the headline or lead states the same value, or what it
 * measures is what the headline or lead speaks of ("the trade gap narrowed by 4.9%" under "US trade
 * gap hits record"). A figure of the closing background ("operations in 14 countries" under "Steel
 * firm to cut 45,000 jobs", "set 10 world records" under "Vaulter heads for Birmingham") is not.
 */
export function tiedToStory(s: Sentence, span: { start: number; end: number }): boolean {
  const story = STORY.get(s);
  if (!story || s.paragraph === 1 || s.index < story.opening) return true;
  const value = s.text.slice(span.start, span.end).toLowerCase();
  if (story.text.includes(value)) return true;
  // "Timeline: …", "2004: a year in athletics": a chronicle's dates are its story, and so is every date in the headline's years.
  const date = s.dates.find((d) => d.start === span.start);
  if (date && story.chronicle) return true;
  const year = date?.value.y;
  if (year !== undefined && story.years.some(([a, b]) => year >= a && year <= b)) return true;
  return measuredWords(s, span).some((w) => story.words.has(w));
}

/**
 * A statement whose figures are all background (a personal best and the year it was set, in the last
 * paragraph of a story about a comeback): whichever of its words a true/false item tests, it asks the background.
 */
export function figuresOffStory(s: Sentence): boolean {
  const spans = [...s.numbers, ...s.dates].filter((x) => !s.parens.some(([a, b]) => x.start >= a && x.end <= b));
  return spans.length > 0 && !spans.some((x) => tiedToStory(s, x));
}

type Span = { start: number; end: number };

/**
 * "fell 7,000 to 4.464 million, or 10.8%", "a loss of 472bn yen in its year to March 2005": a clause
 * makes its point with its first figure; the ones after it qualify, restate or convert it. `values` are
 * the figures that count before the span (for a date: dates and numbers); those in brackets or quotations do not.
 */
export function laterFigure(s: Sentence, span: Span, values: readonly Span[]): boolean {
  const aside = (o: Span): boolean => [...s.parens, ...s.quoted].some(([a, b]) => o.start >= a && o.end <= b);
  // "built in 1894 and last repaired in 1978": a figure of a clause of its own is that clause's point.
  const coordinated = (o: Span): boolean => /\s(?:and|but|while|whereas)\s+\p{Ll}/u.test(s.text.slice(o.end, span.start));
  return values.some((o) => o.start < span.start && !aside(o) && !coordinated(o));
}

/**
 * The same for a date, after any figure or date before it: "a loss of 472bn yen in its year to March 2005".
 * A span of time before it ("Two days later, on 30 January", "over six nights in March 2019") frames
 * the event instead, and does not count.
 */
export function laterDate(s: Sentence, d: Span & Pick<DateMention, 'value'>): boolean {
  const lapse = (o: Span): boolean => TIME_SPAN.test(s.text.slice(o.end, o.end + 24));
  return laterFigure(s, d, [...s.dates, ...s.numbers.filter((n) => !lapse(n))]);
}
const TIME_SPAN = /^[\s-]*(?:days?|nights?|weeks?|months?|years?|hours?|minutes?|decades?)\b/i;

// Words that open a clause (or phrase) subordinate to the sentence's news: what it dates is background.
const SUBORDINATOR = /\b(?:since|after|before|when|until|till|following|once|while|whereas|although|because)\b/i;

// "preparing for the London marathon on 17 April": the date of an event the sentence names by a noun, not of its news.
const DATED_NOUN = /\b(?:race|marathon|match|game|final|election|vote|poll|ceremony|meeting|summit|concert|festival|hearing|trial|referendum|tournament|championships?|launch|visit|deadline)\s+(?:on|in)\s+$/i;
// "laws coming into force on 1 January", "the talks, scheduled for May": a participle dating the noun before it.
const DATED_BY_PARTICIPLE = /\b(?:coming into (?:force|effect)|taking effect|starting|beginning|ending|held|scheduled|due)\s+(?:on|in|from|at|for)\s+$/i;
// "The law is coming into force on …", "will be held on …": the same words as the sentence's own verb.
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being|will|it['’]s)\s+$/i;
// "its sales forecasts for the year to March 2005": a financial year's label, not a date of the news.
const FISCAL_LABEL = /\b(?:year|months|quarter|half|period)\s+(?:to|ending|ended)\s+$/i;

/**
 * "since its first version was released in November 2004", "Soon after Diaghilev's death in 1929, she …":
 * a date inside a clause or phrase subordinate to the sentence's news dates an event in the background; so
 * does one dating a noun ("the London marathon on 17 April", "laws coming into force on 1 January") and a
 * financial year's label ("the year to March 2005").
 */
export function backgroundDate(s: Sentence, d: Span): boolean {
  const before = s.text.slice(0, d.start);
  if (DATED_NOUN.test(before) || FISCAL_LABEL.test(before)) return true;
  const participle = DATED_BY_PARTICIPLE.exec(before);
  if (participle && !BE_BEFORE.test(before.slice(0, participle.index))) return true;
  // The stretch of the date's own clause: back to the last comma, semicolon, colon, bracket or dash.
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('('), before.lastIndexOf('—'), before.lastIndexOf(' – '));
  return SUBORDINATOR.test(before.slice(cut + 1));
}

/** A year is asked only this many years or more before the news's own year (the news's own years are no fact to learn). */
const HISTORIC_YEARS = 3;

const NEWS_YEAR = new WeakMap<Analysis, { year: number | undefined }>();

/**
 * The news's own year: the latest year the article names more than once or the latest of several
 * years (one lone year may be the historic date of a local story).
 */
function yearOfTheNews(analysis: Analysis): number | undefined {
  let hit = NEWS_YEAR.get(analysis);
  if (!hit) {
    const counts = new Map<number, number>();
    for (const s of analysis.sentences) for (const d of s.dates) if (d.value.y !== undefined) counts.set(d.value.y, (counts.get(d.value.y) ?? 0) + 1);
    const repeated = [...counts].filter(([, n]) => n >= 2).map(([y]) => y);
    const latest = Math.max(...counts.keys());
    hit = { year: repeated.length ? Math.max(...repeated) : counts.size >= 3 ? latest : undefined };
    NEWS_YEAR.set(analysis, hit);
  }
  return hit.year;
}

/** "the 2005 award", "lower than in 2004", "collections throughout 2004": a bare year of the news's own time, not a date to learn. */
export function yearOfTheNewsItself(analysis: Analysis, d: Pick<DateMention, 'value'>): boolean {
  const year = yearOfTheNews(analysis);
  return d.value.gran === 'y' && year !== undefined && year - (d.value.y as number) < HISTORIC_YEARS;
}
