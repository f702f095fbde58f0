// Quantities with a unit ("three miles", "45-minute", "1,200 fighters"): the checkable numbers
// in news prose. Bare numbers, ordinals, "one" and "the two leaders" are not facts to test.

export interface NumberMention {
  start: number;
  end: number;
  /** The number as written (the gap in a cloze, the swap in a true/false). */
  text: string;
  value: number;
  form: 'digits' | 'words';
  /** The noun it counts, singular-insensitive ("mile"). */
  unit: string;
}

export const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const NUMBER_RE = new RegExp(
  `(?<![\\w$£€.,-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${NUMBER_WORDS.slice(2).join('|')}|${Object.keys(TENS).join('|')})` +
    `(?:\\s(million|billion|thousand|hundred))?(?:[-\\s](percent|%|[a-z]{3,}))?`,
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

export function findNumbers(text: string, exclude: readonly (readonly [number, number])[] = []): NumberMention[] {
  const out: NumberMention[] = [];
  if (!ANY_NUMBER.test(text)) return out;
  for (const m of text.matchAll(NUMBER_RE)) {
    const raw = m[1] as string;
    const start = m.index;
    const numEnd = start + raw.length;
    if (exclude.some(([a, b]) => start < b && numEnd > a)) continue;
    if (DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    const scale = m[2]?.toLowerCase();
    let unit = (m[3] ?? '').toLowerCase();
    if (unit === '%') unit = 'percent';
    if (!unit || (NOT_UNITS.has(unit) && unit !== 'percent')) continue;
    if (/^\d{4}$/.test(raw) && !scale) continue; // years belong to dates
    const isWords = /^[a-z]/i.test(raw);
    let value = isWords ? (NUMBER_WORDS.indexOf(raw.toLowerCase()) >= 0 ? NUMBER_WORDS.indexOf(raw.toLowerCase()) : (TENS[raw.toLowerCase()] ?? 0)) : Number(raw.replace(/,/g, ''));
    if (scale) value *= { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 }[scale] ?? 1;
    if (!(value > 1)) continue;
    out.push({ start, end: numEnd, text: raw, value, form: isWords ? 'words' : 'digits', unit: unit.replace(/s$/, '') });
  }
  return out;
}

export function formatNumber(value: number, like: NumberMention): string {
  if (like.form === 'words') {
    const word = NUMBER_WORDS[value] ?? Object.entries(TENS).find(([, v]) => v === value)?.[0];
    if (word) return /^[A-Z]/.test(like.text) ? word[0]!.toUpperCase() + word.slice(1) : word;
  }
  const decimals = like.text.includes('.') ? (like.text.split('.')[1] ?? '').length : 0;
  const fixed = value.toFixed(decimals);
  return like.text.includes(',') || value >= 10000 ? Number(fixed).toLocaleString('en-US', { minimumFractionDigits: decimals }) : fixed;
}

/** Wrong values near the true one, in the same form (words stay words), nearest first. */
export function nearbyNumbers(n: NumberMention): number[] {
  const v = n.value;
  if (n.form === 'words') {
    const pool = [v - 1, v + 1, v + 2, v * 2, v + 5, 20, 30, 50].filter((x) => x >= 2 && x !== v);
    return pool.filter((x) => NUMBER_WORDS[x] !== undefined || Object.values(TENS).includes(x));
  }
  const digitsScale = n.text.replace(/[,.]/g, '').length;
  const round = (x: number): number => {
    if (n.text.includes('.')) return Math.round(x * 10) / 10;
    const step = Math.max(1, 10 ** Math.max(0, digitsScale - 2));
    return Math.max(1, Math.round(x / step) * step);
  };
  const out: number[] = [];
  for (const f of [2, 0.5, 1.5, 3, 0.75, 4]) {
    const x = round(v * f);
    if (x !== v && x > 1 && !out.includes(x)) out.push(x);
  }
  return out;
}
