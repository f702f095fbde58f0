// True/false: a stand-alone statement from one sentence, either as the article says it or
// with one same-kind swap (a person, place, organisation, number or date) that the sentence
// contradicts: the swapped slot has exactly one filler in the text (no "X and Y" lists).
import { isFree, type Analysis, type Sentence } from './analysis.ts';
import { makeStatement, render, type Statement } from './clauses.ts';
import { dateDistractors, editDistance, entityDistractors, hasNumberPeer, numberDistractors, type DistractorContext } from './distractors.ts';
import type { Mention } from './entities.ts';
import { DEMONYMS } from './lexicon.ts';
import { formatDate, nearbyDates, sameDate, type DateMention, type DateValue } from './dates.ts';
import { formatNumber, nearbyNumbers, type NumberMention } from './numbers.ts';
import { predications } from './predicates.ts';
import { containsPhrase, contentWords, normalize } from './words.ts';
import { afterTitle, CONTESTED_BEFORE, countedInText, inDateList, inList, isShortForm, namesAnEvent } from './item-cloze.ts';
import { absoluteSentence, boundedFigure, clamp01, partOfTimeOrName, tiedFigures, evidenceOf, negatedSentence, oneLine, salienceBonus, says, statementSentence, type BuildContext, type Candidate } from './candidate.ts';
import { leansOnEarlier, withoutAlso, withReferents } from './references.ts';
import { background, backgroundDate, figuresOffStory, inAside, labelYear, laterDate, laterFigure, mainFigure, MAIN_FIGURE, placeAsModifier, yearOfTheNewsItself } from './salience.ts';

/** Salience rank a sentence needs for a statement: not among the article's least central details. */
const TRUE_FALSE_MIN_SALIENCE = 0.3;

const SAYING_AFTER = /^(?:['’]s)?(?:,[^,]{1,40},)?\s+(?:\w+ly\s+|also\s+|had\s+|has\s+|at once\s+)*(?:said|says|told|tells|blamed|blames|argued|argues|claimed|claims|believed|believes|wished|wishes|warned|warns|called|calls|accused|accuses|denied|denies|insisted|suggested|recommended|advised|appeared|seemed|praised|criticized|criticised|welcomed|wanted|hoped|feared|recalled|looked back|pointed|noted|stressed|added|asked|urged)\b/;
const NEGATION = /\b(?:not|no|never|none|nobody|nothing|neither|nor|without)\b|n['’]t\b/i;

interface Slot {
  start: number;
  end: number;
  text: string;
  /** The replacement for the false version, or null when no same-kind swap is safe. */
  swap: (st: Statement, stem: string) => string | null;
  kind: string;
  /** Other ways the text writes the slot's value (a person's surname), for the headline check. */
  aliases?: readonly string[];
}

export function trueFalseCandidates({ analysis, random }: BuildContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of analysis.sentences) {
    if (!statementSentence(s) || negatedSentence(s) || absoluteSentence(s) || s.salience < TRUE_FALSE_MIN_SALIENCE) continue;
    // A statement that restates the headline is judged from the headline alone.
    if (restatesHeadline(s.text, analysis.source.title)) continue;
    // Background to the story ("previously won …") or a detail added on ("GM is also recalling …") is not asked; nor is a figure or date in it.
    const side = background(s, true);
    // A statement whose figures are all background to the story asks the background, whichever word it tests.
    if (figuresOffStory(s)) continue;
    const slots: Slot[] = [];
    const citation = /\b(?:cites?|cited|citing|reported|reports|source|dated|prints?|printed)\b/i.test(s.text);
    for (const d of s.dates) {
      // A date in passing or the baseline of a comparison ("since 1997", "compared to … in 1985") is not asked.
      if (!isFree(s, d.start, d.end) || citation || inDateList(s, d) || namesAnEvent(s, d) || !mainFigure(s, d, TRUE_FALSE_MIN_SALIENCE) || side || labelYear(s, d)) continue;
      // The sentence's own date: not a second one, not one of a background event, not the news's own year.
      if (laterDate(s, d) || backgroundDate(s, d) || yearOfTheNewsItself(analysis, d)) continue;
      // Another date of the article first; else, for a date stated exactly (not "by 2008", "since May"), a made-up one far enough away.
      const exactDate = !DATE_BOUND_BEFORE.test(s.text.slice(0, d.start));
      slots.push({ start: d.start, end: d.end, text: d.text, kind: 'date', swap: (_st, stem) => dateDistractors(d, ctxFor(s, stem), 1, true)[0] ?? (exactDate ? madeUpDate(analysis, d) : null) });
    }
    for (const n of s.numbers) {
      // A bound of a range ("a 2% to 3% rise") swapped may cross the other bound: nonsense, not false.
      // (A decimal point is no sentence end: "between 1.1 and 1.5 million".)
      const range = /\b(?:between\s+(?:[^.;]|\.(?=\d)){1,40}?\s+and|from\s+\S+\s+to)\s*$|\bbetween\s*$/i.test(s.text.slice(0, n.start)) || /^\s*(?:to|and|-|–)\s*[$£€]?\d/.test(s.text.slice(n.end)) || /\d%?\s*(?:to|-|–)\s*$/.test(s.text.slice(0, n.start));
      // A figure only as a main point of the article, never a statistic in passing or the baseline it is compared with.
      if (!isFree(s, n.start, n.end) || range || countedInText(s, n) || partOfTimeOrName(s.text, n) || !mainFigure(s, n, MAIN_FIGURE) || side) continue;
      // The figure that makes the sentence's point, not a second one that qualifies, restates or converts it.
      if (laterFigure(s, n, s.numbers)) continue;
      // "fall to 4.0% next year from 3.7%": another figure of the unit tied to this one would contradict a swap by itself.
      if (s.numbers.some((o) => o !== n && o.unit === n.unit && tiedFigures(s, o, n))) continue;
      // Another figure of the kind in the article makes the best swap; without one, a value a fifth or more
      // away, which the sentence contradicts as long as it states the figure itself, not a bound ("more than 60").
      const peer = hasNumberPeer(analysis, n);
      // A figure tied to another of its kind in the sentence ("rose 2% to $11.1bn from $10.9bn", a time beating a
      // record) would, made up, contradict the sentence itself: a give-away, not a reading question.
      const exact =
        !boundedFigure(s.text, n) && !s.numbers.some((o) => o !== n && o.unit === n.unit);
      if (!peer && !exact) continue;
      slots.push({ start: n.start, end: n.end, text: n.text, kind: 'number', swap: (_st, stem) => (peer ? (numberDistractors(n, ctxFor(s, stem), 1, true, 2)[0] ?? null) : madeUpSwap(analysis, n)) });
    }
    for (const m of s.mentions) {
      // "Lavrov's military" is nonsense rather than false: people in the possessive are not swapped.
      if (!swappable(s, m) || afterTitle(s, m) || inList(s, m) || (m.possessive && m.entity.kind === 'person') || inAside(s, m.start, m.end)) continue;
      // "the Athens Olympics", "London's Imperial College", "Europe's largest economy": where a named thing is, anyone knows.
      if (placeAsModifier(s, m)) continue;
      const e = m.entity;
      const withThe = m.theStart !== undefined && e.the;
      const start = withThe ? (m.theStart as number) : m.start;
      const keyText = s.text.slice(start, m.end);
      // "Lavrov said/blamed/wished …" with another name is not contradicted, only unreported; nor is "backing Trump".
      // (An organisation that "said" it is only unreported too: "Ciphertrust said …" for "Spamhaus said …".)
      const reported = (e.kind === 'person' || e.kind === 'org') && SAYING_AFTER.test(s.text.slice(m.end, m.end + 40));
      if (reported || CONTESTED_BEFORE.test(s.text.slice(0, start))) continue;
      // A swap contradicts the text only where the slot has one filler: the doer of an action
      // ("Turkey launched strikes") or the place it happened ("deployed a brigade to Poland").
      // No other same-kind entity in the article means no swap: the false version would never complete.
      if (!analysis.entities.some((o) => o !== e && o.kind === e.kind && o.side !== e.side && !s.mentions.some((x) => x.entity === o))) continue;
      const isSubject = predications(s).some((p) => p.subject === m);
      const isPlace = e.kind === 'place' && /\b(?:in|to|into|from|near|inside|across|at|toward|towards)\s+(?:the\s+)?(?:northern\s+|southern\s+|eastern\s+|western\s+)?$/i.test(s.text.slice(0, start));
      if (!isSubject && !isPlace) continue;
      slots.push({
        start,
        end: m.end,
        text: keyText,
        kind: e.kind,
        aliases: [...e.aliases],
        swap: (st, stem) => {
          const claim = contentWords(render(st, [{ start, end: m.end, text: '' }]));
          const shortForm = isShortForm(m);
          const sides = statementSides(st);
          // A contradiction, not a mere "not mentioned": never a colleague of the key (Putin for Lavrov),
          // never someone or something whose state the statement itself names.
          // Nor a name spelt like the key's ("Mr MacDonell" for "Mr McConnell"): that tests spelling, not reading.
          const accept = (c: { side: string; nation?: string; name: string }): boolean =>
            !sides.has(c.side) && !(c.nation && (sides.has(c.nation) || c.nation === e.nation || c.nation === e.side)) && !lookAlike(c.name, e.name);
          // "the SDF" -> "the ISIS" would be wrong: a short form keeps its own article, so it is not swapped.
          if (shortForm && withThe) return null;
          const d = entityDistractors(e, keyText, { ...ctxFor(s, stem), claim }, { count: 1, form: shortForm ? 'short' : 'full', withThe, accept, articleOnly: true, articleAsNeeded: !withThe, sameArticle: withThe });
          return d[0]?.text ?? null;
        },
      });
    }
    function ctxFor(sent: Sentence, stem: string): DistractorContext {
      return { analysis, evidence: sent, stem, claim: [], random };
    }
    const words = s.text.split(/\s+/).length;
    for (const slot of slots) {
      // A statement about a name or figure of the headline ("Blair rejects …", "up 24%") is judged from the headline alone.
      if ([slot.text, ...(slot.aliases ?? [])].some((a) => containsPhrase(analysis.source.title, a))) continue;
      const group = `tf:${s.index}:${slot.start}`;
      const base = {
        type: 'true-false' as const,
        options: ['True', 'False'],
        evidence: [evidenceOf(s, slot.start, slot.end)],
        sentences: [s.index],
        group,
        keyId: `${slot.kind}:${slot.text}`,
      };
      const valueSlot = slot.kind === 'date' || slot.kind === 'number';
      // Drafts: the statement (and the false version's swap) are made only if the selector picks them.
      const statementOf = (): { st: Statement; statement: string } | null => {
        const st = makeStatement(s, slot.start, slot.end, { truncate: true, maxWords: 30, dropLead: words > 26 });
        if (!st) return null;
        const referred = withReferents(s, render(st, []));
        const statement = referred && withoutAlso(referred);
        if (!statement || NEGATION.test(statement) || /\?$/.test(statement) || leansOnEarlier(s, statement, analysis.source.title)) return null;
        if (contentWords(render(st, [{ start: slot.start, end: slot.end, text: '' }])).length < 4) return null;
        return { st, statement };
      };
      const trueScore = 0.6 + (valueSlot ? 0.1 : 0) - lengthPenalty(s.text) + salienceBonus(s);
      const trueDraft: Candidate = { ...base, stem: '', key: 0, truth: true, explanation: '-', difficulty: 0.2, score: trueScore };
      trueDraft.complete = () => {
        const made = statementOf();
        if (!made) return null;
        const { statement } = made;
        return {
          ...base,
          stem: statement,
          key: 0,
          truth: true,
          explanation: says(s.paragraph, statement, 'True. '),
          difficulty: clamp01(0.2 + Math.min(0.2, statement.length / 800)),
          score: trueScore,
        };
      };
      out.push(trueDraft);
      const falseScore = 0.6 + (valueSlot ? 0.1 : 0) - lengthPenalty(s.text) + salienceBonus(s);
      const falseDraft: Candidate = { ...base, stem: '', key: 1, truth: false, explanation: '-', difficulty: 0.3, score: falseScore };
      falseDraft.complete = () => {
        const made = statementOf();
        if (!made) return null;
        const { st, statement } = made;
        const replacement = slot.swap(st, statement);
        if (!replacement) return null;
        let falseStem = withoutAlso(withReferents(s, render(st, [{ start: slot.start, end: slot.end, text: replacement }])) ?? '');
        if (!falseStem || containsPhrase(falseStem, slot.text)) return null; // the true value still shows elsewhere
        falseStem = falseStem.replace(/^the\s/, 'The ');
        return {
          ...base,
          stem: falseStem,
          key: 1,
          truth: false,
          explanation: oneLine(`False: paragraph ${s.paragraph} says ${slot.text.replace(/^the\s/, '')}, not ${replacement.replace(/^the\s/, '')}.`),
          difficulty: clamp01(0.3 + Math.min(0.2, falseStem.length / 800) + (valueSlot ? 0.1 : 0)),
          score: falseScore,
        };
      };
      out.push(falseDraft);
    }
  }
  return out;
}

// A date given as a bound or an approximation: another date may be just as true ("by 2008" of 2006).
const DATE_BOUND_BEFORE = /\d\s*[-–]\s*$|\b(?:by|before|until|till|since|after|from|between|within|around|about|early|late|mid|end of|start of|beginning of|as early as|as late as|no later than)\s+(?:the\s+)?(?:(?:early|late|mid|end of|start of)\s+)?$/i;

/**
 * A date not next to the key (a year two or more away, a month three or more) that the article states
 * nowhere: a date the sentence itself contradicts, and not one a reader could call "about right".
 */
function madeUpDate(analysis: Analysis, key: DateMention): string | null {
  const stated = analysis.sentences.flatMap((s) => s.dates.map((d) => d.value));
  const far = (v: DateValue): boolean => {
    if (v.gran === 'y') return Math.abs((v.y as number) - (key.value.y as number)) >= 2;
    if (v.y !== key.value.y) return v.gran !== 'md';
    if (v.m !== key.value.m) return Math.abs((v.m as number) - (key.value.m as number)) >= 2;
    return Math.abs((v.d as number) - (key.value.d as number)) >= 3;
  };
  const v = nearbyDates(key.value).find((x) => far(x) && !stated.some((o) => sameDate(o, x)) && (x.y === undefined || (x.y >= 1900 && x.y <= 2100)));
  return v ? formatDate(v, key) : null;
}

/**
 * A value at least a fifth away from the key (near values first), written like it and stated nowhere
 * in the article as a figure of the same kind: one the sentence contradicts, not one it leaves open.
 */
function madeUpSwap(analysis: Analysis, key: NumberMention): string | null {
  const stated = new Set(analysis.sentences.flatMap((s) => s.numbers.filter((n) => n.unit === key.unit).map((n) => n.value)));
  const closeness = (v: number): number => Math.abs(Math.log(v / key.value));
  const far = nearbyNumbers(key).filter((v) => v > 0 && !stated.has(v) && closeness(v) >= Math.log(1.2));
  const best = far.sort((a, b) => closeness(a) - closeness(b))[0];
  return best === undefined ? null : formatNumber(best, key);
}

/**
 * Names spelt alike ("McConnell" and "MacDonell", "Austria" and "Australia", "Iran" and "Iraq"), or
 * sharing their last word ("Tony Blair", "Cherie Blair"): a swap of one for the other is a misprint to spot.
 */
function lookAlike(a: string, b: string): boolean {
  const last = (x: string): string => normalize(x).replace(/^the /, '').split(' ').pop()?.replace(/^mac/, 'mc') ?? '';
  const [x, y] = [last(a), last(b)];
  return editDistance(x, y) <= Math.max(1, Math.floor(Math.max(x.length, y.length) / 3));
}

function swappable(s: Sentence, m: Mention): boolean {
  const e = m.entity;
  if (m.joined || e.kind === 'other' || !isFree(s, m.start, m.end)) return false;
  if (e.kind === 'place' && !['country', 'capital', 'city', 'region', 'continent', 'river'].includes(e.sub)) return false;
  if (e.kind === 'org' && !e.sub) return false;
  const before = s.text.slice(0, m.theStart ?? m.start);
  const after = s.text.slice(m.end);
  // Only a slot with one filler is contradicted by a swap: not "X and Y", "both X", "between X and Y".
  if (/\b(?:and|or|nor|both|between|with|like|including)\s+$/i.test(before) || /^(?:['’]s)?\s+(?:and|or|nor)\s/.test(after)) return false;
  if (/,\s*$/.test(before) && /^,/.test(after)) return false;
  // Another mention of the same entity in the sentence would still state the truth.
  return s.mentions.filter((x) => x.entity === e).length === 1;
}

/** The states a statement names: its entities' sides and any demonym ("Syrian authorities"). */
function statementSides(st: Statement): Set<string> {
  const s = st.sentence;
  const kept = (i: number): boolean => !st.removed.some((r) => i >= r.start && i < r.end);
  const sides = new Set<string>();
  for (const m of s.mentions) {
    if (!kept(m.start)) continue;
    sides.add(m.entity.side);
    if (m.entity.nation) sides.add(m.entity.nation);
  }
  for (const t of s.tokens) {
    const d = DEMONYMS.get(t.text);
    if (d && kept(t.start)) sides.add(d.side);
  }
  return sides;
}

/** Does the sentence carry most of the headline's content words ("Blair rejects Tory terror offer")? */
function restatesHeadline(text: string, title: string): boolean {
  const head = new Set(contentWords(title).map((w) => w.slice(0, 5)));
  if (head.size < 3) return false; // a bare name ("Lakeside marathon") states no claim
  const words = new Set(contentWords(text).map((w) => w.slice(0, 5)));
  let shared = 0;
  for (const w of head) if (words.has(w)) shared++;
  return shared / head.size >= HEADLINE_SHARE;
}
/** Share of the headline's content words a statement may repeat before the headline answers it. */
const HEADLINE_SHARE = 0.6;

/** Long or context-leaning statements ("also", "both") are harder to judge true or false fairly. */
function lengthPenalty(statement: string): number {
  const words = statement.split(/\s+/).length;
  return Math.max(0, words - 20) * 0.015 + (/\b(?:also|both|too)\b/i.test(statement) ? 0.1 : 0);
}
