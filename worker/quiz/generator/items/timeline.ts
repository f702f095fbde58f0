// Timeline ordering: only when the text has at least three distinct, absolutely dated events
// (a year at least) whose order is unambiguous. Each event is its clause with the date taken out.
import { isFree, type Sentence } from '../analysis.ts';
import { makeStatement, render, type Edit } from '../clauses.ts';
import { dateOrdinal, type DateMention } from '../dates.ts';
import { capitalizeFirst } from '../words.ts';
import { clamp01, evidenceOf, usableSentence, type BuildContext, type Candidate } from './common.ts';

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
      if (text) events.push({ sentence: s, date: d, text });
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

/** The sentence (or its date-bearing noun phrase) with the date removed, or null if it does not read as an event. */
function eventText(s: Sentence, d: DateMention): string | null {
  const before = s.text.slice(0, d.start);
  const after = s.text.slice(d.end);
  // "In September 2015, X did Y." / "X did Y in 2014." / "back in September 2016".
  const prep = /(?:,\s*)?\b(?:back\s+)?(?:in|on|since|during|by|until|from)\s+(?:early\s+|late\s+|mid-)?$/i.exec(before);
  if (prep) {
    const atStart = prep.index === 0 || /^(?:(?:However|Indeed|Then|But),?\s+)?$/i.test(before.slice(0, prep.index));
    const end = atStart ? d.end + (/^,\s*/.exec(after)?.[0].length ?? 0) : d.end;
    const edit: Edit = { start: atStart ? 0 : prep.index, end, text: atStart ? '' : '' };
    const st = makeStatement(s, edit.end, edit.end, { truncate: true, maxWords: MAX_EVENT_WORDS + 4 });
    if (!st) return null;
    const text = render(st, [edit]).replace(/[.!?]$/, '');
    return acceptable(text);
  }
  // "Vladimir Putin's September 2015 offer to form an alliance …": the noun phrase it dates.
  const poss = /(\p{Lu}[\p{L}\s.-]*?['’]s\s+)$/u.exec(before);
  const np = /^\s+([a-z][a-z-]+(?:\s+(?!that\b|which\b|who\b)[\p{L}-]+){0,12}?)(?=[,.;:—]|\s+(?:that|which|who|where|when|but|and)\b|$)/u.exec(after);
  if (np && (poss || /\bthe\s+$/i.test(before))) {
    const owner = poss ? (poss[1] as string).trim() : 'The';
    const text = `${owner} ${(np[1] as string).trim()}`;
    return acceptable(capitalizeFirst(text));
  }
  return null;
}

function acceptable(text: string): string | null {
  const words = text.split(/\s+/).length;
  if (words < 3 || words > MAX_EVENT_WORDS) return null;
  if (/\b(?:1[89]|20)\d\d\b/.test(text)) return null; // another date would give the order away
  if (/["“”]/.test(text)) return null;
  return text;
}
