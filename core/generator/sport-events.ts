// Which event of a sport the article ties to each person ("ran the third fastest indoor 400m", "Olympic
// 10,000m champion X", "X, the Olympic heptathlon champion", "won the women's 800m"), and for whom (men or
// women), so that a meeting report never offers a heptathlete as a runner-up in a men's 3,000m or a 400m
// sprinter for a mile record. Only what the sentence itself ties to a name counts: an event named in another
// sentence, inside a quotation or as a split within a race ("through 1200m", "the final 400m") does not.
import type { Analysis, Sentence } from './analysis.ts';
import type { Entity, Mention } from './entities.ts';

/** An event and, where the text says it, whose (men's or women's). */
interface TiedEvent {
  event: string;
  sex?: 'm' | 'f';
}

// Distances raced as events (metres), and road distances (kilometres); any other figure is a split or a measure.
const TRACK = new Set([50, 60, 100, 110, 200, 300, 400, 500, 600, 800, 1000, 1500, 1600, 2000, 3000, 5000, 10000]);
const ROAD = new Set([5, 10, 15, 20, 21, 42, 50]);
const STROKE = '(?:\\s+(?:hurdles|steeplechase|freestyle|backstroke|breaststroke|butterfly|individual medley|medley|relay|walk))?';
const NAMED =
  'mile|half-marathon|half marathon|marathon|long jump|high jump|triple jump|pole vault|shot put|discus|javelin|hammer throw|heptathlon|decathlon|pentathlon|triathlon|steeplechase|slalom|downhill|super-g|cross-country|singles|doubles';
// "pole vaulter Zoe Brown": the athlete's noun names the event.
const ATHLETES: Record<string, string> = {
  'pole vaulter': 'pole vault', heptathlete: 'heptathlon', decathlete: 'decathlon', pentathlete: 'pentathlon', triathlete: 'triathlon',
  hurdler: 'hurdles', steeplechaser: 'steeplechase', marathoner: 'marathon', 'marathon runner': 'marathon', miler: 'mile',
  'long jumper': 'long jump', 'high jumper': 'high jump', 'triple jumper': 'triple jump', 'shot putter': 'shot put',
  'discus thrower': 'discus', 'javelin thrower': 'javelin', 'hammer thrower': 'hammer throw', walker: 'walk', 'race walker': 'walk',
};
const ATHLETE_NOUNS = Object.keys(ATHLETES).sort((a, b) => b.length - a.length).join('|');
// "£300m", "6.63m", "1,200m": a sign before or a decimal makes it money or a measure.
const EVENT = new RegExp(
  `\\b(${ATHLETE_NOUNS})s?\\b|(?<![£$€¥\\d.,])\\b(?:(\\d{1,2},\\d{3}|\\d{2,5})\\s?(?:m|metres|meters)|(\\d{1,2})\\s?(?:km|k))\\b(?![.,]\\d)${STROKE}|\\b(?:${NAMED})\\b`,
  'gi',
);
// A split within a race, not the race: "through 1200m", "over the final 400m", "with 500m to go".
const SPLIT_BEFORE = /\b(?:final|last|first|opening|closing|through|after|remaining|every|each)\s+$/i;
const SPLIT_AFTER = /^\s+(?:to go|left|point|split|splits|stage)\b/i;
// After a distance, only words that go with a race: "400m title", "3,000m in 7:40", not "300m people".
const RACE_WORDS_AFTER =
  /^(?:\s*$|\s*[,.;:)!?—–-]|\s+(?:in|at|on|of|and|or|with|for|from|this|last|since|title|titles|race|races|final|finals|heats?|record|records|champions?|championships?|crown|gold|silver|bronze|medal|medallist|runners?|winners?|world|indoors?|outdoors?|events?|time|best|mark|qualifying|hopes?|hopeful|specialist|star)\b)/i;
const SEX_BEFORE = /\b(women|men|ladies|girls|boys)['’]s?\s+(?:[a-z-]+\s+){0,2}$/i;
// "10,000m champion X", "400m runners X and Y": the event modifies the person's part, right before the name.
const PART_BEFORE_NAME = /^\s+(?:[\p{L}-]+\s+){0,3}$/u;
const PART_WORD = /\b(?:champion|runner|runners|hope|hopeful|medallist|winner|holder|specialist|star|sprinter|hurdler|jumper|thrower|swimmer|skier|finalist|king|queen|great|rival)\s+$/i;
// Between a name and an event of another clause: "…, while Ceplak won the women's 800m".
const CLAUSE_BREAK = /;|—|–|,\s*(?:while|whereas|but|and|as)\s|\b(?:while|whereas)\b/;

const EVENTS = new WeakMap<Analysis, Map<Entity, TiedEvent[]>>();
const SEVERAL = new WeakMap<Analysis, boolean>();

/** "10,000 metres" and "10,000m", "10k" and "10km", "half marathon" and "half-marathon" are one event. */
function normalEvent(text: string): string {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  if (!/^\d/.test(t)) return t.replace('half marathon', 'half-marathon');
  return t.replace(/,/g, '').replace(/^(\d+)\s?(?:metres|meters|m)\b/, '$1m').replace(/^(\d+)\s?km?\b/, '$1km');
}

/** The event terms of a sentence outside quotation marks, with the men's or women's before them. */
function eventTerms(s: Sentence): { start: number; end: number; tied: TiedEvent; athlete: boolean }[] {
  const out: { start: number; end: number; tied: TiedEvent; athlete: boolean }[] = [];
  for (const m of s.text.matchAll(EVENT)) {
    const start = m.index;
    const end = start + m[0].length;
    if (s.quoted.some(([a, b]) => start >= a && start < b)) continue;
    const before = s.text.slice(Math.max(0, start - 30), start);
    const after = s.text.slice(end, end + 20);
    if (SPLIT_BEFORE.test(before) || SPLIT_AFTER.test(after)) continue;
    if (m[2] && (!TRACK.has(Number(m[2].replace(',', ''))) || !RACE_WORDS_AFTER.test(after))) continue;
    if (m[3] && (!ROAD.has(Number(m[3])) || !RACE_WORDS_AFTER.test(after))) continue;
    const sex = SEX_BEFORE.exec(before)?.[1]?.toLowerCase();
    const athlete = m[1]?.toLowerCase();
    const tied: TiedEvent = { event: athlete ? (ATHLETES[athlete] as string) : normalEvent(m[0]) };
    if (sex) tied.sex = /^(?:women|ladies|girls)$/.test(sex) ? 'f' : 'm';
    out.push({ start, end, tied, athlete: !!athlete });
  }
  return out;
}

/** Who each event term of the sentence belongs to: the person it names the part of, else the subject of its clause. */
function tieSentence(s: Sentence, into: Map<Entity, TiedEvent[]>): void {
  const people = s.mentions.filter((m) => m.entity.kind === 'person' && !s.quoted.some(([a, b]) => m.start >= a && m.start < b));
  if (!people.length) return;
  const add = (m: Mention, t: TiedEvent): void => {
    const list = into.get(m.entity) ?? [];
    list.push(t);
    into.set(m.entity, list);
  };
  for (const term of eventTerms(s)) {
    const next = people.find((m) => m.start >= term.end);
    const between = next ? s.text.slice(term.end, next.start) : '';
    if (next && PART_BEFORE_NAME.test(between) && (PART_WORD.test(between) || (term.athlete && !between.trim()))) {
      add(next, term.tied);
      // "400m runners X and Y": both.
      const after = people[people.indexOf(next) + 1];
      if (after && /^\s+and\s+$/.test(s.text.slice(next.end, after.start))) add(after, term.tied);
      continue;
    }
    const subject = people.filter((m) => m.end <= term.start).pop();
    if (subject && !CLAUSE_BREAK.test(s.text.slice(subject.end, term.start))) add(subject, term.tied);
  }
}

function eventsByPerson(analysis: Analysis): Map<Entity, TiedEvent[]> {
  let map = EVENTS.get(analysis);
  if (!map) {
    map = new Map();
    for (const s of analysis.sentences) if (!s.caption) tieSentence(s, map);
    EVENTS.set(analysis, map);
  }
  return map;
}

/** Does the article tie any event to this person? */
export function hasEvent(e: Entity, analysis: Analysis): boolean {
  return !!eventsByPerson(analysis).get(e)?.length;
}

/** Does the article tie events to two people or more, and two different events (a meeting report, a games round-up)? */
export function eventsTied(analysis: Analysis): boolean {
  let several = SEVERAL.get(analysis);
  if (several === undefined) {
    const kinds = new Set<string>();
    const byPerson = eventsByPerson(analysis);
    for (const list of byPerson.values()) for (const t of list) kinds.add(`${t.sex ?? ''}:${t.event}`);
    several = byPerson.size >= 2 && kinds.size >= 2;
    SEVERAL.set(analysis, several);
  }
  return several;
}

/** Do two people share an event the article ties to each, in the same men's or women's field (as far as the text shows)? */
export function shareEvent(a: Entity, b: Entity, analysis: Analysis): boolean {
  const map = eventsByPerson(analysis);
  const sexOf = (e: Entity, t: TiedEvent): 'm' | 'f' | undefined => t.sex ?? e.gender;
  for (const x of map.get(a) ?? []) {
    for (const y of map.get(b) ?? []) {
      const sa = sexOf(a, x);
      const sb = sexOf(b, y);
      if (x.event === y.event && !(sa && sb && sa !== sb)) return true;
    }
  }
  return false;
}
