// One pass over the source: paragraphs -> sentences -> tokens, entities, dates, numbers,
// quotations. Every item builder reads this structure; nothing re-parses the text.
import type { SourceText } from '../quiz/schema.ts';
import { findDates, type DateMention } from './dates.ts';
import { detectEntities, type Entity, type Mention } from './entities.ts';
import { findNumbers, type NumberMention } from './numbers.ts';
import { findQuotes, lastNamedPerson, type Quote } from './quotes.ts';
import { fieldOf, findReferences, genderOf, openingOrganisation, type Reference } from './references.ts';
import { rankSalience } from './salience.ts';
import { splitSentences } from './sentences.ts';
import { tokenize, type Token } from './words.ts';

export type Range = readonly [number, number];

export interface Sentence {
  /** Position among all sentences of the source. */
  index: number;
  /** 1-based paragraph number. */
  paragraph: number;
  /** Offset inside the paragraph. */
  start: number;
  text: string;
  tokens: Token[];
  /** A photo caption or credit: readable evidence, but never the basis of an item. */
  caption: boolean;
  /** A full sentence of prose (not a heading, byline or metadata line). */
  prose: boolean;
  /** Items may be built on it (a very long text contributes an evenly spread sample of sentences). */
  sampled: boolean;
  mentions: Mention[];
  dates: DateMention[];
  numbers: NumberMention[];
  /** Character ranges inside quotation marks / parentheses or brackets. */
  quoted: Range[];
  parens: Range[];
  /** An opening "He"/"She" safely read as the one person named just before: statements name them instead. */
  referent?: { start: number; end: number; name: string };
  /** Rank among the article's prose sentences by how central a point it makes (1 the lead's main point, 0 a detail). */
  salience: number;
  /** "the company", "the Bishop": definite references to something named elsewhere, resolved when the article allows. */
  references: Reference[];
}

export interface Analysis {
  source: SourceText;
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
  /** Quotations found but dropped because the speaker was unclear or not a person. */
  droppedQuotes: number;
}

const MAX_ITEM_SENTENCES = 240;

const CAPTION_RE = /Getty Images|\/AFP\b|\bAFP\/|Reuters\/|\bAP Photo\b|\((?:left|right|center|centre|pictured)\)|^Photo:|^Photograph:|^Image:|\(Photo:|Credit:/;

export function analyze(source: SourceText): Analysis {
  const sentences: Sentence[] = [];
  source.paragraphs.forEach((paragraph, p) => {
    const caption = CAPTION_RE.test(paragraph);
    for (const span of splitSentences(paragraph)) {
      const text = span.text;
      const dates = findDates(text);
      sentences.push({
        index: sentences.length,
        paragraph: p + 1,
        start: span.start,
        text,
        tokens: tokenize(text),
        caption,
        prose: /[.!?…]["'”’)\]]*$/.test(text) && /\p{Ll}/u.test(text) && text.split(/\s+/).length >= 5,
        sampled: true,
        mentions: [],
        dates,
        numbers: findNumbers(text, dates.map((d) => [d.start, d.end] as const)),
        quoted: [],
        parens: bracketRanges(text),
        salience: 0,
        references: [],
      });
    }
  });
  // A quiz needs a few dozen good sentences; a 20,000-word paste offers a thousand. Items are
  // built from an even spread of them so that the work stays bounded (entities use all of them).
  const prose = sentences.filter((s) => s.prose && !s.caption);
  if (prose.length > MAX_ITEM_SENTENCES) {
    const step = prose.length / MAX_ITEM_SENTENCES;
    const keep = new Set<Sentence>();
    for (let i = 0; i < MAX_ITEM_SENTENCES; i++) keep.add(prose[Math.floor(i * step)] as Sentence);
    for (const s of prose) s.sampled = keep.has(s);
  }
  const entities = detectEntities(sentences);
  for (const e of entities) for (const m of e.mentions) sentences[m.sentence]?.mentions.push(m);
  for (const s of sentences) s.mentions.sort((a, b) => a.start - b.start);
  const { quotes, dropped } = findQuotes(source, sentences, entities);
  const people = entities.filter((e) => e.kind === 'person').sort((a, b) => b.mentions.length - a.mentions.length);
  const mainPerson = people[0] && people[0].mentions.length >= 2 && people[0].mentions.length > (people[1]?.mentions.length ?? 0) ? people[0] : undefined;
  for (const e of people) {
    const gender = genderOf(e, sentences);
    const field = fieldOf(e);
    if (gender) e.gender = gender;
    if (field) e.field = field;
  }
  for (const s of sentences) resolveOpeningPronoun(s, sentences, mainPerson);
  rankSalience(sentences, source.title);
  for (const s of sentences) s.references = findReferences(s, sentences, entities, source.title);
  // "It said …" after a sentence opening with the company (or with "The firm", resolved above).
  for (const s of sentences) {
    const it = s.referent ? null : openingOrganisation(s, sentences);
    if (it) s.referent = it;
  }
  return { source, sentences, entities, quotes, droppedQuotes: dropped };
}

// "However, she …": the pronoun after any discourse opener, as the sentence's subject.
const OPENING_PRONOUN = /^(?:(?:However|But|And|Yet|Still|Then|Now|Later|Meanwhile|Instead),?\s+)?(He|She|His|Her)\s+(?=[a-z])/;

/** "She was born in London in 1910." after a sentence naming only Alicia Markova: the referent is her. */
function resolveOpeningPronoun(s: Sentence, sentences: Sentence[], mainPerson: Entity | undefined): void {
  const m = OPENING_PRONOUN.exec(s.text);
  if (!m || s.quoted.some(([a]) => a < m[0].length)) return;
  const pronoun = m[1] as string;
  const female = pronoun === 'She' || pronoun === 'Her';
  const found = lastNamedPerson(s, sentences, female ? 'she' : 'he');
  // Only from an earlier sentence, and only the person the article is about (named most, and more than
  // once): "He conducted …" after "… Massenet's opera" is still about the conductor the article follows.
  // Or the one person the sentence before opens with ("Mr Oaten said … He added").
  if (!found || found.at.sentence === s.index) return;
  if (found.speaker.gender && found.speaker.gender !== (female ? 'f' : 'm')) return;
  if (found.speaker !== mainPerson && !(found.at.sentence === s.index - 1 && opensWith(sentences[found.at.sentence] as Sentence, found.at.start))) return;
  const start = m[0].length - pronoun.length - (m[0].length - m[0].trimEnd().length);
  // "His latest film …" reads "Ang Lee's latest film …".
  s.referent = { start, end: start + pronoun.length, name: /^(?:His|Her)$/.test(pronoun) ? `${found.speaker.name}'s` : found.speaker.name };
}

/** Does the sentence open with the name at `start` (after "Mr", "Dr" or a discourse word at most)? */
function opensWith(s: Sentence, start: number): boolean {
  return /^(?:(?:However|But|And|Meanwhile|Now|Mr|Mrs|Ms|Miss|Dr|Sir|Prof),?\s+)?$/.test(s.text.slice(0, start));
}

function bracketRanges(text: string): Range[] {
  const out: Range[] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') stack.push(i);
    else if ((ch === ')' || ch === ']') && stack.length) {
      const open = stack.pop() as number;
      if (!stack.length) out.push([open, i + 1]);
    }
  }
  return out;
}

function inRanges(ranges: readonly Range[], start: number, end: number): boolean {
  return ranges.some(([a, b]) => start < b && end > a);
}

/** Mentions and values usable as an answer: not in a compound, a quotation or a parenthesis. */
export function isFree(s: Sentence, start: number, end: number): boolean {
  return !inRanges(s.quoted, start, end) && !inRanges(s.parens, start, end);
}
