// Quantities with a unit ("three miles", "45-minute", "1,200 fighters", "1.16 million barrels",
// "£1,400", "$2.5bn", "76%"): the checkable numbers in news prose. A figure is read whole, with
// its currency, scale word and percent sign, so that a gap and its wrong options keep the unit
// and the scale as written ("$2.5bn" / "$5.0bn", never "2,500,000,000"). Bare numbers, ordinals,
// "one" and "the two leaders" are not facts to test.

export interface NumberMention {
  start: number;
  end: number;
  /** The figure as written, currency, scale and percent included ("$2.5bn"): the gap in a cloze, the swap in a true/false. */
  text: string;
  /** What it means, in base units (2.5e9 for "$2.5bn", 76 for "76%"). */
  value: number;
  form: 'digits' | 'words';
  /** The noun it counts, singular ("mile"); "percent" for percentages; the currency sign for sums of money ("$"). */
  unit: string;
  /** What the written digits are multiplied by: 1e6 for "1.16 million" and "£600m", 1 without a scale word. */
  factor: number;
  /** Written before the digits ("$", "US$", "£ "). */
  prefix: string;
  /** Written after the digits: the scale and percent as they stand (" million", "bn", "%", " per cent"). */
  suffix: string;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, bn: 1e9, tn: 1e12 };

const NUMBER_RE = new RegExp(
  // currency, then the number in digits or words
  `(?<![\\w$£€.,-])(US\\$\\s?|[$£€]\\s?)?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${NUMBER_WORDS.slice(2).join('|')}|${Object.keys(TENS).join('|')})` +
    // a scale word ("1.16 million") or a scale letter joined to it ("$2.5bn", "£600m", "1.5m")
    `(\\s(?:million|billion|trillion|thousand|hundred)\\b|(?:bn|tn|m|k)\\b)?` +
    // a percent sign or word, then the counted noun
    `(%|\\s(?:percent|per\\scent)\\b)?(?:[-\\s]([a-z]{3,}))?`,
  'gi',
);
// Words that follow a number without being a counted unit.
const NOT_UNITS = new Set(
  ('of and or to in on at the a an for from by with as than that which who is are was were has have had be been will would ' +
    'more less times years year old other such percent').split(' '),
);
// "the two leaders", "both three": a determiner before the number makes it a reference, not a fact.
const DETERMINER_BEFORE = /\b(?:the|these|those|both|its|their|his|her|our|all|every|each|first|last|top|another)\s+$/i;

const ANY_NUMBER = new RegExp(`\\d|\\b(?:${NUMBER_WORDS.slice(2).join('|')}|${Object.keys(TENS).join('|')})\\b`, 'i');

function wordValue(word: string): number {
  const lower = word.toLowerCase();
  const small = NUMBER_WORDS.indexOf(lower);
  return small >= 0 ? small : (TENS[lower] ?? 0);
}

/** The value of the digits or number word of a figure, before any scale ("1,400" -> 1400, "three" -> 3). */
function mantissaOf(written: string): number {
  return /^[a-z]/i.test(written) ? wordValue(written) : Number(written.replace(/,/g, ''));
}

export function findNumbers(text: string, exclude: readonly (readonly [number, number])[] = []): NumberMention[] {
  const out: NumberMention[] = [];
  if (!ANY_NUMBER.test(text)) return out;
  // Matches come in text order, so one pass over the excluded ranges (sorted by start) serves them all.
  const skip = [...exclude].sort((a, b) => a[0] - b[0]);
  let next = 0;
  for (const m of text.matchAll(NUMBER_RE)) {
    const prefix = m[1] ?? '';
    const digits = m[2] as string;
    const scaleWritten = m[3] ?? '';
    const percentWritten = m[4] ?? '';
    const start = m.index;
    const end = start + prefix.length + digits.length + scaleWritten.length + percentWritten.length;
    while (next < skip.length && (skip[next] as readonly [number, number])[1] <= start) next++;
    let overlaps = false;
    for (let k = next; k < skip.length && (skip[k] as readonly [number, number])[0] < end && !overlaps; k++) overlaps = (skip[k] as readonly [number, number])[1] > start;
    if (overlaps) continue;
    if (DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    const isWords = /^[a-z]/i.test(digits);
    const scale = scaleWritten.trim().toLowerCase();
    // "100m" and "5,000m" in sport are metres, "8k" a run: a joined m or k is a scale only with money or decimals ("£600m", "1.5m").
    if ((scale === 'm' || scale === 'k') && (isWords || (!prefix && !digits.includes('.')))) continue;
    if (isWords && prefix) continue;
    let unit = (m[5] ?? '').toLowerCase();
    if (percentWritten) unit = 'percent';
    else if (prefix) unit = prefix.trim();
    else if (!unit || NOT_UNITS.has(unit)) continue;
    if (/^\d{4}$/.test(digits) && !prefix && !scale && !percentWritten) continue; // years belong to dates
    const factor = SCALES[scale] ?? 1;
    const value = mantissaOf(digits) * factor;
    if (!(value > 1)) continue;
    out.push({ start, end, text: text.slice(start, end), value, form: isWords ? 'words' : 'digits', unit: unit.replace(/s$/, ''), factor, prefix, suffix: scaleWritten + percentWritten });
  }
  return out;
}

/** Rounds away floating-point noise from a scaled value (2.5 * 1e9). */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/** "1234567.5" -> "1,234,567.5". By hand: the first toLocaleString call in an isolate loads ICU data (~20 ms). */
function groupThousands(fixed: string): string {
  const [whole = '', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** `value` written the way `like` is written: same form, currency, scale word, decimals and percent sign. */
export function formatNumber(value: number, like: NumberMention): string {
  const mantissa = clean(value / like.factor);
  const digitsWritten = like.text.slice(like.prefix.length, like.text.length - like.suffix.length);
  let written: string | undefined;
  if (like.form === 'words') {
    const word = NUMBER_WORDS[mantissa] ?? Object.entries(TENS).find(([, v]) => v === mantissa)?.[0];
    if (word) written = /^[A-Z]/.test(digitsWritten) ? word[0]!.toUpperCase() + word.slice(1) : word;
  }
  if (written === undefined) {
    const decimals = digitsWritten.includes('.') ? (digitsWritten.split('.')[1] ?? '').length : 0;
    const fixed = mantissa.toFixed(decimals);
    const grouped = digitsWritten.includes(',') || mantissa >= 10000 || (mantissa >= 1000 && !!(like.prefix || like.suffix));
    written = grouped ? groupThousands(fixed) : fixed;
  }
  return `${like.prefix}${written}${like.suffix}`;
}

// Relative offsets for made-up figures: near the key, above and below, and uneven, so that no two
// of them form a series with the key (halves and doubles, or key ± x, give the key away).
const OFFSETS = [0.09, -0.12, 0.21, -0.27, 0.33, -0.38];

/**
 * Wrong values near the true one (in base units), in the same form, scale and precision as the key
 * (same decimals; whole numbers to the key's significant digits, at least two), nearest first.
 * Percentages stay within 0–100; small whole numbers move by one or two.
 */
export function nearbyNumbers(n: NumberMention): number[] {
  const v = clean(n.value / n.factor);
  const digitsWritten = n.text.slice(n.prefix.length, n.text.length - n.suffix.length);
  if (n.form === 'words') {
    const pool = [v - 1, v + 1, v + 2, v * 2, v + 5, 20, 30, 50].filter((x) => x >= 2 && x !== v);
    const named = pool.filter((x) => NUMBER_WORDS[x] !== undefined || Object.values(TENS).includes(x));
    return [...new Set(named)].map((x) => clean(x * n.factor));
  }
  const decimal = digitsWritten.includes('.');
  const decimals = decimal ? (digitsWritten.split('.')[1] ?? '').length : 0;
  const significant = Math.max(2, digitsWritten.replace(/[,.]/g, '').replace(/0+$/, '').length);
  const wholeDigits = Math.round(v).toString().length;
  const round = (x: number): number => {
    if (decimal) return Math.round(x * 10 ** decimals) / 10 ** decimals;
    const step = 10 ** Math.max(0, wholeDigits - significant);
    return Math.round(x / step) * step;
  };
  // Offsets of a few percent vanish in rounding for small counts: they move by one or two instead.
  const small = !decimal && v < 20 ? [v + 1, v - 1, v + 2, v + 3] : [];
  const candidates = [...OFFSETS.map((f) => round(v * (1 + f))), ...small];
  const out: number[] = [];
  // Rounding can still even things out (207,100 and 167,200 both round 20,000 away from 190,000): skip those.
  const series = (a: number, b: number): boolean => Math.abs(a + b - 2 * v) < 1e-9 * v || Math.abs(a * b - v * v) < 1e-9 * v * v;
  for (const x of candidates) {
    if (x === v || x <= (decimal ? 0 : 1) || (n.unit === 'percent' && x > 100) || out.includes(x)) continue;
    if (x === 2 * v || 2 * x === v || out.some((o) => series(o, x))) continue;
    out.push(x);
  }
  return out.map((x) => clean(x * n.factor));
}
