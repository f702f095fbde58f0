// Cloze: one name, date or number of a sentence becomes the gap; the options are of the
// same kind (and, for names, written the same way: surname with surnames, "the" kept).
import { isFree, type Sentence } from './analysis.ts';
import { isFiniteVerb, makeStatement, render } from './clauses.ts';
import { findDates, dateOrdinal } from './dates.ts';
import { enoughPeers, dateDistractors, entityDistractors, hasNumberPeer, sideDemonyms, numberDistractors, type DistractorContext } from './distractors.ts';
import type { Mention } from './entities.ts';
import { DEMONYMS, LEXICON_BY_FIRST_WORD, ROLE_NOUNS, TITLE_WORDS } from './lexicon.ts';
import { containsPhrase, contentWords, normalize, STOPWORDS } from './words.ts';
import { boundedFigure, clamp01, tiedFigures, evidenceOf, negatedSentence, partOfTimeOrName, salienceBonus, says, statementSentence, type BuildContext, type Candidate } from './candidate.ts';
import { leansOnEarlier, withoutAlso, withReferents } from './references.ts';
import { background, backgroundDate, inAside, labelYear, laterDate, laterFigure, mainFigure, placeAsModifier, yearOfTheNewsItself } from './salience.ts';
import { CLOZE_GAP } from '../quiz/schema.ts';

/** Salience rank a sentence needs before one of its words is asked: the upper half of the article. */
const MAIN_POINT = 0.5;
/** …or, for a name the article keeps returning to, above its least central sentences. */
const PASSING = 0.3;

/** "opponents of X", "backing X": who opposes or backs whom is where world knowledge makes other names right too. */
export const CONTESTED_BEFORE = /\b(?:oppos\w*|opponents? of|enem(?:y|ies) of|rivals? of|against|fight\w* against|support(?:ing)?(?: for| of)?|back(?:ing)?(?: for)?|praise for|criticism of|hostil\w+ to(?:ward)?)\s+$/i;

export function clozeCandidates({ analysis, random }: BuildContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of analysis.sentences) {
    if (!statementSentence(s) || negatedSentence(s)) continue;
    // Drafts only: the statement and the distractors are worked out if the selector picks the gap.
    // Which day a source reported something is trivia, not comprehension.
    const citation = /\b(?:cites?|cited|citing|reported|reports|source|dated|prints?|printed)\b/i.test(s.text);
    // A date or figure is asked only where it is a main point of the article, not a detail in passing.
    // …nor in a sentence of background ("previously won …", "will also take part …").
    const worthAsking = (x: { start: number; end: number }): boolean => mainFigure(s, x, MAIN_POINT) && !background(s, true);
    for (const d of s.dates) {
      // "from 2001 to _____", "between 2005 and _____": the other bound of a range frames the answer.
      if (!worthAsking(d) || s.dates.some((o) => o !== d && boundsOfRange(s, o, d))) continue;
      // The sentence's own date, not a second one ("a loss … in its year to March 2005") nor one of a background event.
      if (laterDate(s, d) || backgroundDate(s, d)) continue;
      // "the 2005 award", "lower than in 2004", "Tracey Emin in 2002": the news's own years are no fact to learn, a historic one may be.
      if (yearOfTheNewsItself(analysis, d)) continue;
      if (labelYear(s, d)) continue;
      // "pre-11 September 2001 levels": a date inside a compound cannot be a gap.
      if (!isFree(s, d.start, d.end) || citation || inDateList(s, d) || namesAnEvent(s, d) || s.text[d.start - 1] === '-') continue;
      out.push(figureGap(s, d, `date:${d.text}`, 0.7, (stem) => dateDistractors(d, { analysis, evidence: s, stem, claim: [], random }, 3), (o) => dateOrdinal(findDates(o)[0]?.value ?? { gran: 'y', y: 0 }), analysis.source.title));
    }
    for (const n of s.numbers) {
      // Figures in digits take their wrong values from the article's other figures of the kind: none, no item.
      if (!isFree(s, n.start, n.end) || countedInText(s, n) || (n.form !== 'words' && !hasNumberPeer(analysis, n))) continue;
      // "a slight drop to £170m from _____", "between 10 and _____": a figure of the same unit tied to it narrows the answer.
      if (!worthAsking(n) || s.numbers.some((o) => o !== n && o.unit === n.unit && tiedFigures(s, o, n)) || partOfTimeOrName(s.text, n)) continue;
      // The figure that makes the sentence's point, not a second one that qualifies or converts it ("to 4.464 million, or 10.8%").
      if (laterFigure(s, n, s.numbers)) continue;
      // "almost _____ months", "_____-time champion": an estimate or a word of a compound is no figure to learn.
      if (boundedFigure(s.text, n) || /^-\p{L}/u.test(s.text.slice(n.end))) continue;
      out.push(figureGap(s, n, `number:${n.text}`, 0.6, (stem) => numberDistractors(n, { analysis, evidence: s, stem, claim: [], random }, 3), numericValue, analysis.source.title));
    }
    // A sentence that only cites sources ("the article cites Vzglyad on January 29") offers trivia, not facts.
    if (/\b(?:cites?|cited|citing|prints?|printed)\b|\bsources?\b/i.test(s.text)) continue;
    for (const m of s.mentions) {
      const c = entityGap(s, m, analysis, random);
      if (c) out.push(c);
    }
  }
  return out;
}

/** A date or figure gap, drafted now and completed if the selector picks it: wrong options of its kind, sorted by value. */
function figureGap(
  s: Sentence,
  span: { start: number; end: number; text: string },
  keyId: string,
  score: number,
  distractorsFor: (stem: string) => string[],
  valueOf: (option: string) => number,
  title: string,
): Candidate {
  return draft(s, span.start, span.end, keyId, score, () => {
    const st = statementFor(s, span.start, span.end);
    if (!st) return null;
    const referred = withReferents(s, render(st, [{ start: span.start, end: span.end, text: CLOZE_GAP }]));
    const stem = referred && withoutAlso(referred);
    if (!stem || leansOnEarlier(s, stem, title)) return null;
    const distractors = distractorsFor(stem);
    if (distractors.length < 2) return null;
    return candidate(s, stem, span.text, distractors, span.start, span.end, render(st, []), keyId, score, valueOf);
  });
}

/** Are the two values the bounds of one range ("from 2001 to 2004", "between May and July", "2003-04")? */
function boundsOfRange(s: Sentence, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return /^\s*(?:to|and|until|till|-|–|—)\s*$/.test(s.text.slice(first.end, second.start)) && (/\b(?:from|between)\s+$/i.test(s.text.slice(0, first.start)) || !/\band\b/.test(s.text.slice(first.end, second.start)));
}

/** A placeholder the selector can rank (by the sentence's length); `complete` builds the item. */
function draft(s: Sentence, start: number, end: number, keyId: string, score: number, complete: () => Candidate | null): Candidate {
  const c = candidate(s, '', '', [], start, end, '', keyId, score);
  c.complete = complete;
  return c;
}

function statementFor(s: Sentence, start: number, end: number) {
  const words = s.text.split(/\s+/).length;
  return makeStatement(s, start, end, { truncate: words > 26, maxWords: 36, dropLead: words > 26, allowDeterminers: true });
}

/** A name written as a single word that is not its full form ("Lavrov", "al-Assad", "ISIS"). */
export function isShortForm(m: Mention): boolean {
  return normalize(m.text) !== normalize(m.entity.name) && !/\s/.test(m.text.trim());
}

/** "Russian Foreign Minister _____" or "_____, Russia's foreign minister,": the role next to the name would decide the answer. */
export function afterTitle(s: Sentence, m: Mention): boolean {
  return m.entity.roles.some(
    (r) => r.sentence === s.index && ((r.end <= m.start && /^\s*,?\s*$/.test(s.text.slice(r.end, m.start))) || (r.start >= m.end && /^[\s,()a-z]*$/i.test(s.text.slice(m.end, r.start)) && r.start - m.end < 20)),
  );
}

function numericValue(option: string): number {
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
  const w = words.indexOf(option.toLowerCase());
  return w >= 0 ? w : Number(option.replace(/,/g, '')) || 0;
}

function entityGap(s: Sentence, m: Mention, analysis: BuildContext['analysis'], random: BuildContext['random']): Candidate | null {
  const e = m.entity;
  if (m.joined || e.kind === 'other' || !isFree(s, m.start, m.end)) return null;
  // A main point: a name the article returns to, in a sentence that matters, not one in an aside.
  if (inAside(s, m.start, m.end) || s.salience < (e.mentions.length >= 2 ? PASSING : MAIN_POINT)) return null;
  if (placeAsModifier(s, m)) return null;
  if (e.kind === 'place' && !['country', 'capital', 'city', 'region', 'continent', 'river'].includes(e.sub)) return null;
  if (e.kind === 'org' && !e.sub) return null;
  // Wrong options come from the article (a place may take one from the general lists): too few, no item.
  if (!enoughPeers(analysis, e, e.kind === 'place' ? 1 : 2)) return null;
  // Coordinated names ("the U.S. and Russia") are both true: no single answer.
  const before = s.text.slice(0, m.theStart ?? m.start);
  const after = s.text.slice(m.end);
  if (/\b(?:and|or|nor|both|between|with)\s+$/i.test(before) || /^(?:['’]s)?\s+(?:and|or|nor)\s/.test(after)) return null;
  if (inList(s, m) || afterTitle(s, m)) return null;
  // "_____, former Labour minister and now a European Commissioner, warned …": the apposition says who it is.
  if (e.kind === 'person' && APPOSITION_ROLE.test(s.text.slice(m.end))) return null;
  // "Athletics _____ have hinted": a name inside a longer name is no answer of its own.
  const capBefore = /(\p{Lu}[\p{L}'’-]*)\.?\s+$/u.exec(before);
  // (A capitalised function word opening the sentence, "In _____", is no part of a name.)
  const opensSentence = /^\s*$|[.!?:"“]\s*$/.test(before.slice(0, capBefore?.index ?? 0));
  if (capBefore && !TITLE_WORDS.has(capBefore[1] as string) && !(opensSentence && STOPWORDS.has((capBefore[1] as string).toLowerCase()))) return null;
  // "awarded to _____'s for Arc of Justice": a possessive with no noun after it cannot take a gap.
  if (/^['’]s\s+(?:for|to|in|of|by|with|and|from|at|on)\b/.test(after)) return null;
  // "as the news agency _____ reported": which outlet carried a story is trivia.
  if (e.kind === 'org' && e.sub === 'media' && /\breport(?:ed|s|ing)?\b|\bcites?\b/i.test(s.text)) return null;
  if (e.kind === 'person') {
    // "opponents of _____", "Putin's military": world knowledge makes other leaders right as well.
    if (CONTESTED_BEFORE.test(before)) return null;
    if (m.possessive && /^['’]s?\s+(?:own\s+)?(?:military|forces|army|troops|regime|government|administration|air ?strikes|strikes|allies|fighters)\b/i.test(after)) return null;
  }
  const withThe = m.theStart !== undefined && e.the;
  const start = withThe ? (m.theStart as number) : m.start;
  const score = 0.6 + (e.kind === 'person' ? 0.05 : 0);
  return draft(s, m.start, m.end, e.id, score, () => {
    const st = statementFor(s, start, m.end);
    if (!st) return null;
    const referred = withReferents(s, render(st, [{ start, end: m.end, text: CLOZE_GAP }]));
    const stem = referred && withoutAlso(referred);
    if (!stem || leansOnEarlier(s, stem, analysis.source.title)) return null;
    // Another mention of the same entity (or its demonym) would give the answer away.
    if ([...e.aliases].some((a) => containsPhrase(stem, a)) || sideDemonyms(e.side).some((d) => containsPhrase(stem, d))) return null;
    // "The US military … oppose _____'s efforts": another name for the same state points at the answer.
    if (e.kind !== 'person' && s.mentions.some((x) => x.entity !== e && x.entity.side === e.side && containsPhrase(stem, x.text))) return null;
    if (contentWords(stem.replace(CLOZE_GAP, ' ')).length < 4) return null;
    // "… that the Republican leader colluded": a word of the person's own role elsewhere in the stem is a clue.
    if (e.kind === 'person' && roleClues(e).some((w) => containsPhrase(stem, w))) return null;
    const keyText = withThe ? `the ${m.text}` : m.text;
    const verbAfter = /^(?:['’]s)?\s+(is|are|was|were|has|have)\b/.exec(after);
    const ctx: DistractorContext = { analysis, evidence: s, stem, claim: contentWords(render(st, [{ start, end: m.end, text: '' }])), random };
    // "Sir _____": only people the article itself calls Sir (not "Sir Pamela Travers").
    const honorific = e.kind === 'person' ? /\b(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame|Dr)\.?\s+$/.exec(before)?.[1] : undefined;
    const distractors = entityDistractors(e, keyText, ctx, {
      count: 3,
      form: isShortForm(m) ? 'short' : 'full',
      withThe,
      ...(verbAfter ? { plural: e.plural } : {}),
      ...(honorific ? { accept: (c: { side: string }) => calledBy(c as Mention['entity'], honorific, analysis) } : {}),
      avoidStemNations: true,
      sameArticle: !withThe && e.kind !== 'person',
    });
    if (distractors.length < 2) return null;
    return candidate(s, stem, keyText, distractors.map((d) => d.text), m.start, m.end, render(st, []), e.id, score);
  });
}

function candidate(
  s: Sentence,
  stem: string,
  key: string,
  distractors: string[],
  start: number,
  end: number,
  statement: string,
  keyId: string,
  score: number,
  ordered?: (o: string) => number,
): Candidate {
  const words = (stem || s.text).split(/\s+/).length;
  return {
    type: 'cloze',
    stem,
    options: [key, ...distractors],
    key: 0,
    ...(ordered ? { ordered } : {}),
    evidence: [evidenceOf(s, start, end)],
    explanation: says(s.paragraph, statement),
    difficulty: clamp01(0.3 + Math.min(0.25, words / 120) + (distractors.length === 3 ? 0.05 : 0)),
    score: score - Math.max(0, words - 24) * 0.01 + salienceBonus(s),
    sentences: [s.index],
    keyId,
  };
}

/** Does the article write this person's name after the honorific ("Sir Richard Attenborough")? */
function calledBy(e: Mention['entity'], honorific: string, analysis: BuildContext['analysis']): boolean {
  return (e.mentions ?? []).some((m) => new RegExp(`\\b${honorific}\\.?\\s+$`).test((analysis.sentences[m.sentence] as Sentence).text.slice(Math.max(0, m.start - 8), m.start)));
}

const APPOSITION_ROLE = new RegExp(`^,\\s+(?:the\\s+|a\\s+|an\\s+)?[^,;:]{0,60}\\b(?:${[...ROLE_NOUNS].join('|')}|holder|winner|medallist|commissioner)s?\\b[^,;:]{0,40},`, 'i');

/** "the 11 September 2001 attacks", "the 2004 Olympics": a date that names an event is known without reading. */
export function namesAnEvent(s: Sentence, d: { start: number; end: number }): boolean {
  return /\bthe\s+$/i.test(s.text.slice(Math.max(0, d.start - 5), d.start)) && /^\s+(?:attacks?|bombings?|Olympics|Olympic Games|Games|World Cup|tsunami|war)\b/.test(s.text.slice(d.end, d.end + 20));
}

/**
 * "dominated by four companies, Bharti, Essar, Sterling and Tata": a count whose items the sentence
 * goes on to list (or to split as "one … the other") answers itself.
 */
export function countedInText(s: Sentence, n: { end: number; form: string }): boolean {
  if (n.form !== 'words') return false;
  const rest = s.text.slice(n.end).replace(/^[-\s]*[\p{L}-]+(?:\s+[\p{L}-]+)?/u, '');
  return /^\s*(?:[:,]|\s[-–—]\s)/u.test(rest) || /\bone\b[^.]*\b(?:the other|another)\b/i.test(s.text.slice(n.end));
}

/** "Iraq, Syria and Iran": a name next to another of its kind across a comma is a list item. */
export function inList(s: Sentence, m: Mention): boolean {
  // Neighbours outside brackets: "Dominic Cooper (Hamlet), Romola Garai (Calico), _____ (The Goat) or Ben Wishaw".
  const outside = s.mentions.filter((x) => x === m || !s.parens.some(([a, b]) => x.start >= a && x.end <= b));
  const i = outside.indexOf(m);
  // The nearest names of the same kind on each side (a band or a club named in a description may stand between).
  const prev = outside.slice(0, i).reverse().find((x) => x.entity.kind === m.entity.kind);
  const next = outside.slice(i + 1).find((x) => x.entity.kind === m.entity.kind);
  const sameKind = (x: Mention | undefined): boolean => !!x;
  const gap = (a: number, b: number): string => s.text.slice(a, b).replace(/\s*\([^()]*\)/g, '');
  return (sameKind(prev) && (/^,\s*(?:the\s+)?$/.test(gap((prev as Mention).end, m.theStart ?? m.start)) || describedListGap(gap((prev as Mention).end, m.theStart ?? m.start)))) ||
    (sameKind(next) && (/^,\s*(?:and\s+|or\s+)?(?:the\s+)?$|^\s+(?:and|or)\s+(?:the\s+)?$/.test(gap(m.end, (next as Mention).theStart ?? (next as Mention).start)) || describedListGap(gap(m.end, (next as Mention).theStart ?? (next as Mention).start))));
}

/** ", fashion designer " or " and former Blur guitarist ": list items each with a description (no verb, no clause). */
function describedListGap(gap: string): boolean {
  const m = /^(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)((?:[\p{L}'’.-]+\s+){1,4})$/u.exec(gap);
  if (!m) return false;
  const words = (m[1] as string).trim().split(/\s+/).filter((w) => w.toLowerCase() !== 'the');
  return words.every((w) => !STOPWORDS.has(w.toLowerCase()) && !isFiniteVerb(w));
}

/** "the years 2011, 2014 and September 2015": a date in a list has no single event to ask about. */
export function inDateList(s: Sentence, d: { start: number; end: number }): boolean {
  const adjacent = (gap: string): boolean => /^,?\s*(?:and|or)?\s*$/.test(gap);
  return s.dates.some((o) => o !== d && (o.end <= d.start ? adjacent(s.text.slice(o.end, d.start)) : o.start >= d.end && adjacent(s.text.slice(d.end, o.start))));
}

/** The distinctive words of a person's roles ("Republican", "spokesperson"), not titles or nationalities. */
function roleClues(e: Mention['entity']): string[] {
  const out: string[] = [];
  for (const r of e.roles) {
    for (const w of r.text.split(/[\s-]+/)) {
      const bare = w.replace(/['’]s$/, '').replace(/\.$/, '');
      if (bare.length < 4 || DEMONYMS.has(bare) || TITLE_WORDS.has(bare) || ROLE_NOUNS.has(bare.toLowerCase()) || STOPWORDS.has(bare.toLowerCase())) continue;
      if (LEXICON_BY_FIRST_WORD.has(bare)) continue; // a place or body in the role ("U.S.", "Central") is not about the person
      out.push(bare);
    }
  }
  return out;
}
