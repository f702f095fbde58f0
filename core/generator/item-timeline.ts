// Timeline ordering: only when the text has at least three distinct, absolutely dated events
// (a year at least) whose order is unambiguous. Each event is its clause with the date taken out.
import { isFree, type Sentence } from './analysis.ts';
import { isFiniteVerb, makeStatement, render, type Edit } from './clauses.ts';
import { dateOrdinal, type DateMention } from './dates.ts';
import { capitalizeFirst } from './words.ts';
import { clamp01, evidenceOf, usableSentence, type BuildContext, type Candidate } from './candidate.ts';

interface DatedEvent {
  sentence: Sentence;
  date: DateMention;
  text: string;
}

const MAX_EVENTS = 5;
const MAX_EVENT_WORDS = 18;

export function timelineCandidates({ analysis }: BuildContext): Candidate[] {
  const events: DatedEvent[] = [];
  for (const s of analysis.sentences) {
    if (!usableSentence(s)) continue;
    for (const d of s.dates) {
      if (d.value.gran === 'md' || !isFree(s, d.start, d.end)) continue;
      const text = eventText(s, d);
      // "The book was adapted into a hit film": an event must say what it is about, not point back to it.
      if (text && !s.references.some((r) => text.includes(s.text.slice(r.start, r.end)))) events.push({ sentence: s, date: d, text });
    }
  }
  // One event per date; dates compared at a common precision must still differ.
  const picked: DatedEvent[] = [];
  for (const ev of events) {
    const clash = picked.some((p) => ambiguousOrder(p.date, ev.date) || p.text === ev.text || p.sentence === ev.sentence);
    if (!clash) picked.push(ev);
    if (picked.length === MAX_EVENTS) break;
  }
  if (picked.length < 3) return [];
  const chronological = picked.slice().sort((a, b) => dateOrdinal(a.date.value) - dateOrdinal(b.date.value));
  const options = picked.map((p) => p.text);
  const key = chronological.map((c) => picked.indexOf(c));
  return [
    {
      type: 'timeline',
      stem: 'Put these events in the order they happened, earliest first.',
      options,
      key,
      evidence: picked.map((p) => evidenceOf(p.sentence, p.date.start, p.date.end)),
      explanation: `The article dates them ${chronological.map((c) => `${c.date.text} (paragraph ${c.sentence.paragraph})`).join(', ')}.`,
      difficulty: clamp01(0.45 + picked.length * 0.07),
      score: 0.85,
      sentences: picked.map((p) => p.sentence.index),
      // What came first, across paragraphs.
      understanding: true,
    },
  ];
}

function ambiguousOrder(a: DateMention, b: DateMention): boolean {
  if (a.value.y !== b.value.y) return false;
  // Same year: comparable only when both give the month (and differ), or both the day.
  if (a.value.gran === 'y' || b.value.gran === 'y') return true;
  if (a.value.m !== b.value.m) return false;
  return a.value.gran !== 'ymd' || b.value.gran !== 'ymd' || a.value.d === b.value.d;
}

const CLAUSE_BREAK = /,\s|;\s|:\s|\s[-–—]\s|—/;
// After a break, a participle or a conjunction opens a clause of its own (an apposition, ", Runaway Zero-Eight", does not).
const SIDE_CLAUSE = /(?:,\s|;\s|\s[-–—]\s|—)\s*(?:\w+ing|and|but|or|while|whereas)\b[^,;]*$/i;
const INNER_CLAUSE = /\b(?:since|when|after|before|until|while|because|which|who|that|where|if|once|as)\b/i;
const PREPOSITIONS = /\b(?:of|for|on|in|at|from|with|by|to|into|over|under|between|among)\b/gi;
/** Prepositions the words before a trailing date may hold ("emigrated to Canada in 1947": one). */
const MAX_PREPOSITIONS_BEFORE_DATE = 2;
const SUBORDINATORS = /^(?:as|which|who|whom|that|when|where|while|because|since|although|though|if|after|before|until|unless|whereas)\b/i;
const RELATIVE_TIME = /\b(?:later|earlier|ago|previous|previously|next|following|meantime|meanwhile|same day|that (?:day|month|year)|then|afterwards)\b/i;

/** The date must date the main clause: not "…, as Putin had proposed in September 2015, …" or "which … created in 2014". */
function inMainClause(s: Sentence, d: DateMention): boolean {
  const text = s.text.slice(0, d.start) + 'DATE' + s.text.slice(d.end);
  const at = d.start;
  const before = text.slice(0, at);
  const segStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'), before.lastIndexOf('('));
  const segment = text.slice(segStart + 1, at).trim();
  return !SUBORDINATORS.test(segment);
}

/** The sentence (or its date-bearing noun phrase) with the date removed, or null if it does not read as an event. */
function eventText(s: Sentence, d: DateMention): string | null {
  if (!inMainClause(s, d)) return null;
  const before = s.text.slice(0, d.start);
  const after = s.text.slice(d.end);
  // "In September 2015, X did Y." / "X did Y in 2014." / "back in September 2016".
  const prep = /(?:,\s*)?\b(?:back\s+)?(?:in|on|since|during|by|until)\s+(?:early\s+|late\s+|mid-)?$/i.exec(before);
  if (prep) {
    // A leading relative phrase ("Two days later, on January 30, …") goes too: it would give the order away.
    const lead = /^(?:(?:However|Indeed|Then|But),?\s+)?(?:(?:[\p{L}\d-]+\s+){0,3}(?:later|earlier|after|before|ago),?\s*)?$/iu.exec(before.slice(0, prep.index));
    const atStart = prep.index === 0 || lead !== null;
    const end = atStart ? d.end + (/^,\s*/.exec(after)?.[0].length ?? 0) : d.end;
    const edit: Edit = { start: atStart ? 0 : prep.index, end, text: '' };
    // "… on pubs in Guildford and Woolwich in 1974": a date after a chain of phrases may date the last noun, not the verb.
    // A trailing date dates the event only from its main clause, not from a clause of its own: "X has gone
    // quicker, setting the record in 1995" and "… since its first version was released in 2004" do not.
    const head = before.slice(0, prep.index);
    if (!atStart && ((head.match(PREPOSITIONS) ?? []).length > MAX_PREPOSITIONS_BEFORE_DATE || SIDE_CLAUSE.test(head) || INNER_CLAUSE.test(head))) return null;
    // The event ends at the first clause break after its date: what follows ("…, and in June 1991 it …", "…, an
    // "instant decision" she said") is cut from it anyway, and must not sink it.
    const from = Math.max(d.end, edit.end);
    const rest = CLAUSE_BREAK.exec(s.text.slice(from));
    const cut: Edit[] = rest ? [{ start: from + rest.index, end: s.text.length, text: '.' }] : [];
    // An event may be short ("Hailey emigrated to Canada"): it is shown among others, not read alone; a long
    // sentence is cut to its first clause below, so only that clause must be short.
    const st = makeStatement(s, edit.end, edit.end, { truncate: true, maxWords: 40, minWords: 3, remove: [edit, ...cut] });
    if (!st) return null;
    // One event: the clause up to the next comma.
    // "…, just after Trump became president": a time clause relates the event to another one; cut it.
    const text = (render(st, []).replace(/[.!?]$/, '').split(/,\s/)[0] as string).split(/\s+(?:just\s+|shortly\s+|soon\s+|long\s+)?(?:after|before)\s/)[0] as string;
    return acceptable(capitalizeFirst(text), true);
  }
  // "Vladimir Putin's September 2015 offer to form an alliance …": the named owner's dated act.
  const poss = /((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+)$/u.exec(before);
  const np = /^\s+([a-z][a-z-]+(?:\s+(?:to|of|for|on|against|with)\s+[^,.;:—]+?)?)(?=[,.;:—]|\s+(?:that|which|who|where|when|but|and|is|was|were|are|has|had|have|shows|says|said|would|will)\b|$)/u.exec(after);
  if (np && poss) return acceptable(`${(poss[1] as string).trim()} ${(np[1] as string).trim()}`, false);
  return null;
}

function acceptable(text: string, needsVerb: boolean): string | null {
  const words = text.split(/\s+/);
  if (words.length < 3 || words.length > MAX_EVENT_WORDS) return null;
  if (/\b(?:1[89]|20)\d\d\b/.test(text) || RELATIVE_TIME.test(text)) return null; // another date or a relative time gives the order away
  const quoted = text.match(/["“][^"“”]*["”]/g) ?? [];
  if (quoted.some((q) => q.split(/\s+/).length > 4) || (text.match(/["“”]/g) ?? []).length !== quoted.length * 2) return null;
  // An event happens: a state ("the mood … is very different") is not one.
  if (/\b(?:is|are)\b/.test(text)) return null;
  if (needsVerb && !words.some((w) => isFiniteVerb(w.replace(/[^a-z]/gi, '')))) return null;
  return text;
}
