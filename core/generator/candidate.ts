// What every item builder produces: a candidate item plus what the selector needs to
// choose a balanced, varied quiz (score, sentences used, key identity, alternatives group).
import type { Evidence, ItemType } from '../quiz/schema.ts';
import type { Analysis, Sentence } from './analysis.ts';
import { opensDangling } from './clauses.ts';
import type { NumberMention } from './numbers.ts';
import type { Random } from './random.ts';
import { STOPWORDS } from './words.ts';

export interface Candidate {
  type: ItemType;
  stem: string;
  /** Choice items: the key first, then distractors (the selector places the key). */
  options: string[];
  /** Choice: 0. Timeline: option indices oldest first. Matching: option index per prompt. */
  key: number | number[];
  prompts?: string[];
  /** Options with a natural order (dates, numbers): shown sorted, not shuffled. */
  ordered?: (option: string) => number;
  evidence: Evidence[];
  explanation: string;
  difficulty: number;
  /** 0..1: how good the generator believes the item is. */
  score: number;
  /** Sentence indices the item is built on (one item per sentence, except matching/timeline). */
  sentences: number[];
  /** What the key is (an entity id, a date), to avoid the same answer again and again. */
  keyId?: string;
  /** Alternatives of which at most one is chosen (true and false versions of one statement). */
  group?: string;
  /** True/false: the truth of the statement. */
  truth?: boolean;
  /** Set on items that need the reader to connect stated facts (why, who holds which position, what a figure measures). */
  understanding?: boolean;
  /** Facts tested (e.g. "role:<person>"): two items never test the same fact. */
  facts?: string[];
  /**
   * Deferred work (choosing distractors) done only if the selector picks this candidate:
   * returns the finished candidate, or null when it cannot be completed.
   */
  complete?: () => Candidate | null;
}

export interface BuildContext {
  analysis: Analysis;
  random: Random;
  /** What stems call the text: "article", or "explainer" for our topic pages. */
  sourceNoun: string;
}

export function evidenceOf(s: Sentence, start: number, end: number): Evidence {
  return { paragraph: s.paragraph, sentence: s.text, span: [start, end] };
}

/** Longer "sentences" are run-ons or lists no good item comes from; building statements from them costs per word and mention. */
const MAX_SENTENCE_TOKENS = 80;

export function usableSentence(s: Sentence): boolean {
  // A "sentence" opening in lower case is a fragment split off its subject ("finished third in 7.27 seconds").
  return s.prose && !s.caption && s.sampled && s.tokens.length <= MAX_SENTENCE_TOKENS && /^[\p{Lu}\p{N}"“‘'(]/u.test(s.text);
}

/** A sentence a statement (cloze, true/false, question) can be made from: usable, and not opening with "This"/"They". */
export function statementSentence(s: Sentence): boolean {
  return usableSentence(s) && !opensDangling(s) && !hasLongQuote(s) && !SERVICE_INFO.test(s.text);
}

// A telephone number or a web address: service information for readers, not a point of the story.
const SERVICE_INFO = /\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\bwww\.|https?:\/\//i;

// What the linter would refuse in any statement made from the sentence: checked once, up front.
const NEGATION = /\b(?:not|except|never|none|neither|nor|no)\b|n['’]t\b/i;
const ABSOLUTE = /\b(?:always|never|all|none|only|every|everyone|everything|entirely|completely|totally|absolutely|invariably|nobody|nothing)\b/i;

/** The sentence outside quotations, up to its first clause break (what follows is usually cut from a statement). */
function outsideQuotes(s: Sentence): string {
  let text = s.text;
  for (const [a, b] of s.quoted) text = text.slice(0, a) + ' '.repeat(b - a) + text.slice(b);
  return text.split(/,\s+(?:but|which|while|although|though|whereas|where)\b|;\s|\s+but\s+|:\s|—/)[0] as string;
}

function hasLongQuote(s: Sentence): boolean {
  return s.quoted.some(([a, b]) => s.text.slice(a, b).split(/\s+/).length > 4);
}

export function negatedSentence(s: Sentence): boolean {
  return NEGATION.test(outsideQuotes(s));
}

export function absoluteSentence(s: Sentence): boolean {
  return ABSOLUTE.test(outsideQuotes(s));
}

// A figure given as a bound or an estimate: a nearby value may be just as true ("more than 60" of 70).
const BOUND_BEFORE = /\b(?:more than|over|above|at least|up to|under|below|less than|fewer than|almost|nearly|about|around|some|roughly|approximately|close to|as (?:many|much|few|little) as|in excess of|estimated|an estimated|top|tops|topped|exceeded|exceeding|beyond|within)\s*$/i;
// …and a fraction ("two thirds") is no figure of its own.
const BOUND_AFTER = /^\s*(?:or (?:more|so|less|fewer|over|under)|plus\b|\+|-plus\b|odd\b|or above|or below|(?:thirds?|quarters?|halves|fifths?|tenths?)\b)/i;
/** "more than 60", "almost three", "two thirds": a bound, an estimate or a fraction, not a figure stated exactly. */
export function boundedFigure(text: string, n: NumberMention): boolean {
  return BOUND_BEFORE.test(text.slice(0, n.start)) || BOUND_AFTER.test(text.slice(n.end));
}

// One part of a compound measure: "2 hours 24 minutes", "14 minutes 32.93 seconds", "6 feet 2 inches".
const COMPOUND_UNIT = '(?:hours?|hrs?|minutes?|mins?|h|feet|ft|foot|metres?|m|pounds?|lbs?|stone|st)';
const COMPOUND_BEFORE = new RegExp(`(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\\s*${COMPOUND_UNIT}\\s+$`, 'i');
const COMPOUND_AFTER = new RegExp(`^\\s*${COMPOUND_UNIT}\\s+(?:\\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b)`, 'i');

/** "14:39.29", "3-1", "9/11", "2 hours 24 minutes", or a count a name repeats ("the G7 meeting of seven nations"): no value to make up. */
export function partOfTimeOrName(text: string, n: NumberMention): boolean {
  const before = text.slice(0, n.start);
  const after = text.slice(n.end);
  if (/\d[:.\/\-–]$/.test(before) || /^[:.\/\-–]\d/.test(after) || COMPOUND_BEFORE.test(before) || COMPOUND_AFTER.test(after)) return true;
  // "Channel 4", "Radio 5 Live", "Formula 1": a number that is part of a name.
  const named = /(?:^|[^.!?:"“]\s)(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(before);
  if (named && named.index > 0 && !STOPWORDS.has((named[1] as string).toLowerCase())) return true;
  return new RegExp(`\\p{L}${n.value}\\b|\\b${n.value}\\p{L}`, 'u').test(text);
}

/** Are two figures of one unit set against each other ("to £170m from £194m", "10 to 12", "more than the 3% of")? */
export function tiedFigures(s: Sentence, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const between = s.text.slice(first.end, second.start);
  // …or compared across a longer stretch ("revenues - £160m - will still be way short of … an extra £250m").
  if (between.length <= 160 && /\b(?:short of|more than|less than|higher|lower|above|below|exceed\w*|beyond|compared)\b/i.test(between)) return true;
  return between.length <= 60 && /\b(?:to|from|and|or|than|versus|vs|compared|against|up|down|before|after)\b|[-–—/]/i.test(between);
}

/** "Paragraph 13 says: …" — the statement the answer rests on, as one line. */
export function says(paragraph: number, statement: string, prefix = ''): string {
  return oneLine(`${prefix}Paragraph ${paragraph} says: ${statement}`);
}

/** Trim a one-line explanation to a readable length at a word boundary. */
export function oneLine(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1).replace(/\s+\S*$/, '');
  return `${cut.replace(/[,;:]$/, '')}…`;
}

/** How much a sentence's salience rank lifts or lowers the items built on it: main points first. */
const SALIENCE_WEIGHT = 0.3;

/** Score bonus for an item built on this sentence: positive for the article's main points, negative for details. */
export function salienceBonus(s: Sentence): number {
  return SALIENCE_WEIGHT * (s.salience - 0.5);
}

export function clamp01(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}

/** Wh-word for asking about an entity of this kind, or null when there is no natural one. */
export function whWord(kind: string, sub: string): string | null {
  if (kind === 'person') return 'Who';
  if (kind === 'place') return ({ country: 'Which country', capital: 'Which capital', city: 'Which town', region: 'Which region', river: 'Which river' } as Record<string, string>)[sub] ?? null;
  if (kind === 'org') return ({ armed: 'Which group', gov: 'Which institution', intl: 'Which institution', media: 'Which news outlet', company: 'Which company', team: 'Which team' } as Record<string, string>)[sub] ?? null;
  return null;
}
