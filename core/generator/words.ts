// Word-level helpers shared by the pipeline and the linter: tokens with offsets,
// stopwords, and the normalisation used to compare options, stems and evidence.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Part of a hyphenated compound ("U.S.-backed", "Putin-Trump"): usable as context, never as a gap. */
  joined: boolean;
  /** Followed by a possessive ('s, ’s or a bare apostrophe after -s). */
  poss: boolean;
}

// Dotted initialisms first (U.S., U.N.), then numbers with separators, then words with
// internal hyphens/apostrophes (al-Assad, Putin's, military-to-military).
// A trailing possessive is left out of the token and recorded as a flag.
const TOKEN_RE = /(?:\p{L}\.){2,}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{N}]+(?:[-‐–][\p{L}\p{N}]+|['’](?![sS]\b)\p{L}+)*/gu;
const POSSESSIVE_AFTER = /^(?:['’][sS]\b|['’](?!\p{L}))/u;
// Arabic-name particles stay glued to the name they introduce (al-Assad, Al-Darbasiyah).
const NAME_PARTICLE = /^(?:al|Al|el|El|ad|ud|bin|ibn|Abu|Abd|ben|de)[-‐]\p{Lu}/u;
const UPPER = /^\p{Lu}/u;

function isUpperStart(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(word);
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    const nextCh = text[end];
    const prevCh = start > 0 ? text[start - 1] : '';
    const glued = nextCh === '-' || nextCh === '‐' || prevCh === '-' || prevCh === '‐' || (nextCh === '–' && /\p{L}/u.test(text[end + 1] ?? '')) || (prevCh === '–' && /\p{L}/u.test(text[start - 2] ?? ''));
    const poss = (nextCh === "'" || nextCh === '’') && POSSESSIVE_AFTER.test(text.slice(end, end + 3));
    const hyphenated = word.includes('-') || word.includes('‐') || word.includes('–');
    if (hyphenated && !NAME_PARTICLE.test(word)) {
      // Split compounds so "Putin-Trump" yields both names, but mark the parts as joined.
      let offset = 0;
      for (const part of word.split(/[-‐–]/)) {
        const last = offset + part.length === word.length;
        if (part) out.push({ text: part, start: start + offset, end: start + offset + part.length, cap: isUpperStart(part), joined: true, poss: last && poss });
        offset += part.length + 1;
      }
      continue;
    }
    out.push({ text: word, start, end, cap: isUpperStart(word) || (hyphenated && NAME_PARTICLE.test(word)), joined: glued, poss });
  }
  return out;
}

export const STOPWORDS = new Set(
  ('a about above after again against all also am an and any are as at be because been before being below between both but by can ' +
    'could did do does doing down during each even few for from further had has have having he her here hers herself him himself his ' +
    'how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own ' +
    'same she should so some such than that the their theirs them themselves then there these they this those through to too under ' +
    'until up very was we were what when where which while who whom why will with would you your yours said says told according ' +
    'like many much may might must one two three via upon yet since though although however whether within without')
    .split(' '),
);

/** A small cache: the same names and sentences are compared again and again. Bounded, so a Worker isolate never grows. */
const CACHES: { clear(): void }[] = [];

/** Empties every cache (benchmarks use it so that each run costs what a new paste costs). */
export function clearCaches(): void {
  for (const c of CACHES) c.clear();
}

export function memo<T>(fn: (s: string) => T, limit = 4000): (s: string) => T {
  let cache = new Map<string, T>();
  CACHES.push({ clear: () => (cache = new Map()) });
  return (s: string): T => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= limit) cache = new Map();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}

/** Lower-case, strip diacritics, possessives and punctuation; used for all text comparisons. */
export const normalize = memo(normalizeRaw);

function normalizeRaw(text: string): string {
  let t = text.replace(/’/g, "'").toLowerCase();
  // Diacritics only matter outside ASCII; most news text never pays for NFKD or Unicode classes.
  const ascii = !/[^\x00-\x7f]/.test(t);
  if (!ascii) t = t.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  if (t.includes('.')) t = t.replace(/(\p{L})\.(?=\p{L}\.)/gu, '$1'); // u.s. -> us.
  if (t.includes("'")) t = t.replace(/'s\b/g, '');
  return (ascii || !/[^\x00-\x7f]/.test(t) ? t.replace(/[^a-z0-9]+/g, ' ') : t.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
}

/** Crude suffix stripping, enough to match "strikes"/"strike", "offered"/"offer". */
function stemWord(word: string): string {
  if (word.length > 5 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('es')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Content words (stemmed): not stopwords, at least 3 letters — or an upper-case acronym
 * like "US"/"UN" in the original text, which normalisation would otherwise make look like "us".
 */
export const contentWords = memo(contentWordsRaw);

const ACRONYM_RE = /\b[A-Z]{2}\b|(?:[A-Z]\.){2,}/g;

function contentWordsRaw(text: string): string[] {
  const out: string[] = [];
  // Two-letter acronyms (US, UN, U.S.) would fall under the length cut below: keep them.
  for (const m of text.matchAll(ACRONYM_RE)) out.push(m[0].replace(/\./g, '').toLowerCase());
  let lower = text.toLowerCase();
  if (/[^\x00-\x7f]/.test(lower)) lower = lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  for (const w of /[^\x00-\x7f]/.test(lower) ? lower.split(/[^\p{L}\p{N}]+/u) : lower.split(/[^a-z0-9]+/)) {
    if (w.length < 3 || STOPWORDS.has(w)) continue;
    out.push(stemWord(w));
  }
  return out;
}

/** Words as a reader counts them: runs of non-space characters that contain a letter or digit. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (space) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    // Letters and digits (anything beyond ASCII punctuation counts as a letter here).
    if (!counted && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191)) {
      n++;
      counted = true;
    }
  }
  return n;
}

/** Share of b's distinct items that also occur in a. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  const setB = new Set(b);
  if (setB.size === 0) return 0;
  const setA = new Set(a);
  let n = 0;
  for (const w of setB) if (setA.has(w)) n++;
  return n / setB.size;
}

/** Whole-word containment on normalised text: does `haystack` contain `needle` as a word run? */
export function containsPhrase(haystack: string, needle: string): boolean {
  const h = ` ${normalize(haystack)} `;
  const n = normalize(needle);
  return n.length > 0 && h.includes(` ${n} `);
}

export function capitalizeFirst(text: string): string {
  return text.replace(/^(["“‘']?)(\p{Ll})/u, (_m, q: string, c: string) => q + c.toUpperCase());
}

/** Is this UTF-16 code unit one that a regular expression's `\s` matches (white space or a line break)? */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Is `text` non-empty and made only of white space and of the characters in `also`? The same
 * answer as `/^[\s…]+$/`, without a regular expression to compile on the first call.
 */
export function onlySpaces(text: string, also = ''): boolean {
  if (!text) return false;
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i)) && !also.includes(text[i] as string)) return false;
  return true;
}

/** `\w` of a regular expression without the `u` flag: an ASCII letter, digit or underscore. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** End of the run of `\w` characters (or, with `hyphen`, of `[\w-]`) that starts at `at`. */
function runEnd(text: string, at: number, hyphen: boolean): number {
  let i = at;
  while (i < text.length && (isWordCode(text.charCodeAt(i)) || (hyphen && text[i] === '-'))) i++;
  return i;
}

/**
 * Does one of `words` (single words, or two words with one space between) start at `at` or after at
 * most `skip` words (`[\w-]+` runs, each followed by white space)? What
 * `(?:[\w-]+\s+){0,skip}(?:word|two words|…)\b` matches there, read with set lookups instead of a
 * large alternation that costs milliseconds to compile.
 */
export function wordFromSetWithin(text: string, at: number, words: ReadonlySet<string>, skip: number): boolean {
  let pos = at;
  for (let k = 0; ; k++) {
    const end = runEnd(text, pos, false);
    if (end > pos) {
      const word = text.slice(pos, end);
      if (words.has(word)) return true;
      const next = runEnd(text, end + 1, false);
      if (text[end] === ' ' && next > end + 1 && words.has(`${word} ${text.slice(end + 1, next)}`)) return true;
    }
    if (k === skip) return false;
    const skipped = runEnd(text, pos, true);
    if (skipped === pos || !isSpaceCode(text.charCodeAt(skipped))) return false;
    pos = skipped;
    while (isSpaceCode(text.charCodeAt(pos))) pos++;
  }
}
