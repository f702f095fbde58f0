// Absolute dates only, in American and British order ("September 2015", "January 28",
// "June 23, 2016", "23 June 2016", "3rd March", "2014"); relative ones ("Monday", "last
// Tuesday", "last week", "in July") carry no checkable fact and are ignored.

type DateGranularity = 'ymd' | 'ym' | 'y' | 'md';

export interface DateValue {
  gran: DateGranularity;
  y?: number;
  m?: number;
  d?: number;
}

export interface DateMention {
  start: number;
  end: number;
  text: string;
  value: DateValue;
  /** Month written abbreviated ("Sept."), kept for formatting distractors alike. */
  abbreviated: boolean;
  /** Day before month, British style ("3 March 2005"). */
  dayFirst: boolean;
  /** Day written as an ordinal ("3rd March", "March 3rd"). */
  ordinal: boolean;
}

/** How a date is written, so that wrong options look like the key. */
type DateStyle = Pick<DateMention, 'abbreviated' | 'dayFirst' | 'ordinal'>;

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_ABBR: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const ABBR_OUT = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
export const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

const MONTH = `(${MONTHS.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\w)';
const YEAR = '((?:1[89]|20)\\d\\d)';
const DATE_RE = new RegExp(
  [
    `${MONTH}\\s${DAY},?\\s${YEAR}(?!\\d|,\\d)`, // September 13, 2016
    `${DAY}\\s${MONTH},?\\s${YEAR}(?!\\d|,\\d)`, // 13 September 2016
    `${MONTH}\\s${YEAR}(?!\\d|,\\d)`, // September 2015
    `${MONTH}\\s${DAY}(?!\\s?,?\\s?\\d)`, // January 28, March 3rd
    `${DAY}\\s${MONTH}(?!,?\\s?\\d)`, // 28 January, 3rd March
    `(?<![\\d,.$£€-])${YEAR}(?!\\d|,\\d|s\\b|\\s*(?:%|percent|people|troops|km|miles))`, // 2014
  ].join('|'),
  'g',
);

function monthNumber(word: string): number {
  const full = MONTHS.indexOf(word);
  if (full >= 0) return full + 1;
  return MONTH_ABBR[word.replace('.', '').toLowerCase()] ?? 0;
}

export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  if (!/\d/.test(text)) return out; // every absolute date has a digit
  for (const m of text.matchAll(DATE_RE)) {
    const g = m.slice(1);
    let value: DateValue;
    let monthWord = '';
    if (g[0]) value = { gran: 'ymd', m: monthNumber((monthWord = g[0])), d: Number(g[1]), y: Number(g[2]) };
    else if (g[3]) value = { gran: 'ymd', d: Number(g[3]), m: monthNumber((monthWord = g[4] as string)), y: Number(g[5]) };
    else if (g[6]) value = { gran: 'ym', m: monthNumber((monthWord = g[6])), y: Number(g[7]) };
    else if (g[8]) value = { gran: 'md', m: monthNumber((monthWord = g[8])), d: Number(g[9]) };
    else if (g[10]) value = { gran: 'md', d: Number(g[10]), m: monthNumber((monthWord = g[11] as string)) };
    else value = { gran: 'y', y: Number(g[12]) };
    // "May" is also a verb: only accept it as a month when a number follows.
    if (value.d !== undefined && (value.d < 1 || value.d > 31)) continue;
    const dayFirst = !!(g[3] || g[10]);
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value, abbreviated: monthWord.endsWith('.'), dayFirst, ordinal: value.d !== undefined && /\d(?:st|nd|rd|th)\b/.test(m[0]) });
  }
  return out;
}

/** Sortable number for ordering events; day-month dates have no year and never reach a timeline. */
export function dateOrdinal(v: DateValue): number {
  return (v.y ?? 0) * 10000 + (v.m ?? 0) * 100 + (v.d ?? 0);
}

export function sameDate(a: DateValue, b: DateValue): boolean {
  return a.gran === b.gran && a.y === b.y && a.m === b.m && a.d === b.d;
}

function ordinalDay(d: number): string {
  const tens = d % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][d % 10] ?? 'th');
  return `${d}${suffix}`;
}

/**
 * Writes `v` in a date's style: "March 3, 2005" by default, "3 March 2005" day first, "3rd March"
 * with an ordinal day. (A boolean `style` means "abbreviated month", American order.)
 */
export function formatDate(v: DateValue, style: DateStyle | boolean = false): string {
  const { abbreviated, dayFirst, ordinal } = typeof style === 'boolean' ? { abbreviated: style, dayFirst: false, ordinal: false } : style;
  const month = v.m ? (abbreviated ? ABBR_OUT[v.m - 1] : MONTHS[v.m - 1]) : '';
  const day = v.d === undefined ? '' : ordinal ? ordinalDay(v.d) : String(v.d);
  switch (v.gran) {
    case 'ymd':
      return dayFirst ? `${day} ${month} ${v.y}` : `${month} ${day}, ${v.y}`;
    case 'ym':
      return `${month} ${v.y}`;
    case 'md':
      return dayFirst ? `${day} ${month}` : `${month} ${day}`;
    default:
      return String(v.y);
  }
}

/** Plausible wrong dates of the same granularity, nearest first (the article's own dates are tried before these). */
export function nearbyDates(v: DateValue): DateValue[] {
  const out: DateValue[] = [];
  const y = v.y ?? 2000;
  const m = v.m ?? 1;
  const d = v.d ?? 1;
  const shiftMonth = (k: number): number => ((((m - 1 + k) % 12) + 12) % 12) + 1;
  switch (v.gran) {
    case 'y':
      for (const k of [-1, 1, -2, 2, -3, 3]) out.push({ gran: 'y', y: y + k });
      break;
    case 'ym':
      for (const k of [-1, 1, -2]) out.push({ gran: 'ym', y: y + k, m });
      for (const k of [-3, 3, 6]) out.push({ gran: 'ym', y, m: shiftMonth(k) });
      break;
    case 'md':
    case 'ymd': {
      const days = [d + 3, d - 4, d + 9, d - 11, d + 15].map((x) => ((((x - 1) % 28) + 28) % 28) + 1);
      for (const day of days) out.push({ ...v, d: day });
      if (v.gran === 'ymd') out.push({ ...v, y: y - 1 }, { ...v, y: y + 1 });
      for (const k of [-2, 2]) out.push({ ...v, m: shiftMonth(k) });
      break;
    }
  }
  return out;
}
