// What "the company", "the firm", "the Bishop" or "the category" refers to: a stem must read on
// its own, so each such reference is resolved from the article (the one company the passage or the
// article is about, the one person holding that role) or the sentence is not used for a statement.
// Also what the text shows about a person (he or she, and the field a role places them in), so
// that wrong options are people of the same kind.
import type { Sentence } from './analysis.ts';
import { DISCOURSE_OPENERS, type Entity } from './entities.ts';
import { WEEKDAYS } from './dates.ts';
import { ROLE_NOUNS } from './lexicon.ts';
import { capitalizeFirst, contentWords, normalize, STOPWORDS } from './words.ts';

/** A definite description in a sentence and the name it stands for (null: unresolved). */
export interface Reference {
  start: number;
  end: number;
  name: string | null;
}

// Nouns a news story uses for an organisation it has named before.
const COMPANY_NOUNS = 'company|firm|group|business|retailer|airline|carrier|bank|giant|maker|manufacturer|operator|broadcaster|chain|publisher|insurer|supermarket|conglomerate';
const TEAM_NOUNS = 'club|team|side';
// Nouns that point back to something no name can stand in for here.
const VAGUE_NOUNS = 'category|categories|award|prize|scheme|move|plans?|decision|ruling|case|memorandum|book|novel|film|album|song|figures?|bill|changes|proposals|measures|reforms|' +
  // …things a story names once and then calls by a common noun ("the idea", "the portrait", "the draft law").
  'idea|site|portrait|story|report|announcement|ban|sale|musical|play|draft law|people involved|handheld console|event';
const ROLE_LIST = [...ROLE_NOUNS, 'bishop', 'archbishop', 'pope', 'king', 'queen', 'prince', 'princess', 'judge', 'chancellor', 'premier', 'couple', 'pair', 'duo', 'trio']
  .filter((w) => /^[a-z-]+$/.test(w))
  .join('|');
// A person described, not named: "the 29-year-old", "the Olympic silver medallist", "the two-time world half-marathon silver medallist".
const DESCRIBED_PERSON = String.raw`\d+-year-old|(?:[\p{L}-]+\s+){0,4}(?:medallist|champion|winner|runner-up|record holder)`;
// Things counted, not named: "the two newspapers", "the three firms" (who they are is in another sentence).
const COUNTED = String.raw`(?:two|three|four|five|six)\s+[a-z]+s`;
// Places a story names once and then calls by kind, perhaps with where they are: "the London gallery", "the museum".
const INSTITUTION_NOUNS = 'gallery|museum|theatre|newspaper|paper|hospital|university|college|school|zoo|stadium|orchestra|charity';
const INSTITUTION = String.raw`(?:\p{Lu}\p{Ll}+\s+)?(?:${INSTITUTION_NOUNS})`;
// An occasion the story named before, perhaps as someone's: "the nation's commemoration", "the ceremony".
const OCCASION = String.raw`(?:(?:nation|country|city|club|party|team)['’]s\s+)?(?:commemorations?|ceremony|celebrations?|anniversary|tribute|memorial)`;
const REFERENCE = new RegExp(`\\b(?:[Tt]he|[Tt]his|[Tt]hat)\\s+(?:(${COMPANY_NOUNS})|(${TEAM_NOUNS})|(${VAGUE_NOUNS})|(${ROLE_LIST})|(${DESCRIBED_PERSON})|(${COUNTED})|(${INSTITUTION})|(${OCCASION}))\\b`, 'giu');
// "Paul Rhys was its best performer": an "its" right after a person and a copula stands for something the sentence does not name.
const PERSON_WAS_ITS = /^\s+(?:was|is|became|has been|remains)\s+(its)\b/;

/**
 * Definite references of the sentence that point outside it, with the name each stands for. A
 * reference followed by its own name ("the firm Enron", "the chancellor, Gordon Brown") or by "of"
 * ("the head of the IAAF") describes, not refers; one right after a name ("Tesco, the retailer")
 * is an apposition.
 */
export function findReferences(s: Sentence, sentences: readonly Sentence[], entities: readonly Entity[], title: string): Reference[] {
  const out: Reference[] = [];
  const titleLower = ` ${title.toLowerCase()} `;
  for (const m of s.text.matchAll(REFERENCE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (s.quoted.some(([a, b]) => start >= a && start < b)) continue;
    const after = s.text.slice(end, end + 30);
    if (/^(?:,\s*)?\s*(?:\p{Lu}|of\b|for\b|in charge\b|which\b|that\b|who\b)/u.test(after) || /^['’]s\s+\p{Lu}/u.test(after)) continue;
    if (s.mentions.some((x) => x.end <= start && /^\s*,\s*$/.test(s.text.slice(x.end, start)))) continue;
    const noun = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? '').toLowerCase();
    // "the London gallery" is the National Gallery whatever the headline says: its name reads better than its kind.
    const institution = m[7] ? institutionNamed(noun, entities) : null;
    if (institution) {
      out.push({ start, end, name: institution });
      continue;
    }
    // Words of the headline are what the quiz is titled with: "the prize" of "Levy takes Whitbread prize".
    if (new RegExp(`\\b${noun}`).test(titleLower)) continue;
    if (m[1] || m[2]) {
      const kinds = m[1] ? ['company', 'media', ''] : ['team'];
      // Named earlier in the sentence ("Tesco said the company …"): the sentence resolves it itself.
      if (s.mentions.some((x) => x.end <= start && x.entity.kind === 'org' && kinds.includes(x.entity.sub))) continue;
      out.push({ start, end, name: organisationBefore(s, sentences, entities, kinds)?.name ?? null });
    } else if (m[3]) {
      // "The changes are due …" has nothing to stand on; "said that the changes were necessary" still says who said what.
      if (/^(?:changes|proposals|measures|reforms|plans)$/.test(noun) && !/^(?:(?:However|But|And|Meanwhile|Now),?\s+)?$/.test(s.text.slice(0, start))) continue;
      out.push({ start, end, name: null });
    } else if (m[6]) {
      // "Tesco and Asda … the two firms": the sentence names what it counts, two of one kind.
      const kinds = s.mentions.filter((x) => x.end <= start).map((x) => x.entity.kind);
      if (kinds.some((k, i) => kinds.indexOf(k) !== i)) continue;
      out.push({ start, end, name: null });
    } else if (m[7] || m[8]) {
      out.push({ start, end, name: null });
    } else if (m[5]) {
      // Who "the 29-year-old" is, the stem cannot say: the sentence is left to items that need no statement of it.
      if (s.mentions.some((x) => x.entity.kind === 'person' && x.end <= start)) continue;
      out.push({ start, end, name: null });
    } else {
      if (s.mentions.some((x) => x.entity.kind === 'person' && x.end <= start && s.text.slice(x.end, start).length < 40 && /^[\s,]*$/.test(s.text.slice(x.end, start).replace(/\bthe\b/gi, '')))) continue;
      out.push({ start, end, name: roleHolder(noun, entities)?.name ?? null });
    }
  }
  for (const x of s.mentions) {
    const its = x.entity.kind === 'person' && x.start === 0 ? PERSON_WAS_ITS.exec(s.text.slice(x.end)) : null;
    if (its) out.push({ start: x.end + its[0].length - 3, end: x.end + its[0].length, name: null });
  }
  return out;
}

/** The one organisation or place whose name ends in the noun ("the National Gallery" for "the London gallery"), else null. */
function institutionNamed(description: string, entities: readonly Entity[]): string | null {
  const noun = description.split(/\s+/).pop() as string;
  const re = new RegExp(`\\b${noun}$`, 'i');
  const named = entities.filter((e) => (e.kind === 'org' || e.kind === 'place') && re.test(e.name));
  if (named.length !== 1) return null;
  const name = (named[0] as Entity).name;
  return /^The\s/.test(name) ? name : `the ${name}`;
}

/** The one organisation of these kinds named in the last few sentences, else the one the article is about. */
function organisationBefore(s: Sentence, sentences: readonly Sentence[], entities: readonly Entity[], kinds: string[]): { name: string } | null {
  const near = new Set<Entity>();
  for (let k = s.index - 1; k >= Math.max(0, s.index - 3); k--) {
    const sent = sentences[k] as Sentence;
    if (sent.paragraph < s.paragraph - 1) break;
    for (const x of sent.mentions) if (x.entity.kind === 'org' && kinds.includes(x.entity.sub)) near.add(x.entity);
  }
  if (near.size === 1) return [...near][0] as Entity;
  if (near.size > 1) return null;
  const orgs = entities.filter((e) => e.kind === 'org' && kinds.includes(e.sub)).sort((a, b) => b.mentions.length - a.mentions.length);
  const [first, second] = orgs;
  if (first && first.mentions.length >= 2 && first.mentions.length >= 2 * (second?.mentions.length ?? 0)) return first;
  return introducedAs(s, sentences);
}

// "Parmalat, the Italian food group, …", "the bakery chain Crumb & Co", "media giant TimeWarner": how news introduces a company.
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}`;
const INTRODUCED = [
  new RegExp(String.raw`(?:^|[^\p{L}])(${NAME}),\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,4}(?:${COMPANY_NOUNS})\b`, 'gu'),
  new RegExp(String.raw`\b(?:${COMPANY_NOUNS})\s+(${NAME})`, 'gu'),
];

/** The one company the article introduced before this sentence with a company noun ("Parmalat, the Italian food group"). */
function introducedAs(s: Sentence, sentences: readonly Sentence[]): { name: string } | null {
  const names = new Set<string>();
  for (const sent of sentences.slice(0, s.index)) {
    for (const name of introducedIn(sent)) names.add(name);
    // Two companies introduced: "the firm" is no longer clear.
    if (names.size > 1) return null;
  }
  return names.size === 1 ? { name: [...names][0] as string } : null;
}

// Each sentence is read for introductions once, however many references later ask (a long paste stays linear per reference).
const INTRODUCTIONS = new WeakMap<Sentence, string[]>();

function introducedIn(sent: Sentence): string[] {
  let found = INTRODUCTIONS.get(sent);
  if (found) return found;
  found = [];
  for (const re of INTRODUCED) {
    for (const m of sent.text.matchAll(re)) {
      const name = (m[1] as string).replace(/['’]s$/, '');
      // "Overall, the company …", "On Tuesday, the firm …": an opener, not a name.
      const first = name.split(/\s+/)[0] as string;
      if (STOPWORDS.has(first.toLowerCase()) || /ly$/.test(first) || DISCOURSE_OPENERS.has(first) || name.split(/\s+/).some((w) => WEEKDAYS.has(w))) continue;
      found.push(name);
    }
  }
  INTRODUCTIONS.set(sent, found);
  return found;
}

/** The one person whose roles in the article name this noun ("Bishop of Durham" for "the Bishop"). */
function roleHolder(noun: string, entities: readonly Entity[]): Entity | null {
  const re = new RegExp(`\\b${noun}\\b`, 'i');
  const holders = entities.filter((e) => e.kind === 'person' && e.roles.some((r) => re.test(r.text)));
  return holders.length === 1 ? (holders[0] as Entity) : null;
}

// "It said …", "It has agreed …": the company as the subject, not an impersonal "it" ("It is expected that …").
const OPENING_IT = /^(?:(?:However|But|Meanwhile|Now),?\s+)?(It|Its)\s+(?=(?:said|says|added|reported|posted|plans|planned|employs|expects|announced|sold|bought|owns|operates|hopes|warned|makes|made|wants|also said|has (?:said|reported|announced|agreed|cut|sold|bought|lost|posted|warned|denied)|had (?:said|reported|agreed|announced))\b|[a-z]+\s)/;

/**
 * An opening "It"/"Its" standing for the organisation the sentence before opens with ("Kestrel Foods
 * said … It added …"): the name to put in its place (with "'s" for "Its"), or null.
 */
export function openingOrganisation(s: Sentence, sentences: readonly Sentence[]): { start: number; end: number; name: string } | null {
  const m = OPENING_IT.exec(s.text);
  const prev = sentences[s.index - 1];
  if (!m || !prev || prev.paragraph < s.paragraph - 1 || s.quoted.some(([a]) => a < m[0].length)) return null;
  const pronoun = m[1] as string;
  // "Its" before a noun; "It" only before a verb it can govern (the list above).
  if (pronoun === 'It' && !/^(?:said|says|added|reported|posted|plans|planned|employs|expects|announced|sold|bought|owns|operates|hopes|warned|makes|made|wants|also said|has|had)\b/.test(s.text.slice(m[0].length))) return null;
  if (pronoun === 'It' && /^(?:has|had)\s+(?:been|to|a|an|the|no)\b/.test(s.text.slice(m[0].length))) return null;
  const orgs = new Set(prev.mentions.filter((x) => x.entity.kind === 'org').map((x) => x.entity));
  const first = prev.mentions[0];
  // The sentence before opens with the organisation's name, with "The firm" resolved to it, or with an "It" that stood for it.
  const itBefore = prev.referent && /^It$/.test(prev.text.slice(prev.referent.start, prev.referent.end)) ? prev.referent.name : undefined;
  const opener = first && first.entity.kind === 'org' && orgs.size === 1 && /^(?:The\s+)?$/.test(prev.text.slice(0, first.theStart ?? first.start)) ? first.entity.name : (prev.references.find((r) => r.start === 0 && r.name)?.name ?? itBefore);
  if (!opener || prev.mentions.some((x) => x.entity.kind === 'person')) return null;
  const start = m[0].length - pronoun.length - (m[0].length - m[0].trimEnd().length);
  return { start, end: start + pronoun.length, name: pronoun === 'Its' ? `${opener}'s` : opener };
}

/**
 * The stem with each resolved reference of its sentence replaced by its name, or null when an
 * unresolved one is left in it (the stem would not read on its own).
 */
export function withReferents(s: Sentence, stem: string): string | null {
  let out = stem;
  for (const r of s.references) {
    const surface = s.text.slice(r.start, r.end);
    const re = new RegExp(`\\b${literal(surface)}\\b`, 'i');
    if (!re.test(out)) continue;
    if (r.name === null) return null;
    // "the company said AOL's profit …": a writer says "its" for the company the sentence names, so a
    // name spelled out elsewhere in the sentence is another one, and "AOL said AOL's" would misread it.
    const bare = r.name.replace(/^the\s+|['’]s$/gi, '');
    const elsewhere = s.text.slice(0, r.start) + ' ' + s.text.slice(r.end);
    if (new RegExp(`\\b${literal(bare)}\\b`).test(elsewhere)) return null;
    out = out.replace(re, r.name);
  }
  return out;
}

/** The text as a pattern matching itself. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A definite description opening a stem or the clause it reports ("The gain in payrolls …", "said the
// largest recall …", "The 2004 winner …"), with its first words.
const OPENING_DEFINITE = /^(?:The|This|That|These|Those)\s+((?:(?:[a-z][a-z'’-]*|\d[\d,.]*),?\s+){0,3})/u;
const REPORTED_DEFINITE = /\b(?:said|says|added|announced|reported|warned|believes?)\s+(?:that\s+)?(?=(?:the|this|these|those)\s)/g;
// What needs no earlier sentence: the country's institutions and the things every news story shares.
const UNIQUE_HEADS = new Set('government economy police public opposition army military navy treasury president prime chancellor queen king pope weather world country nation internet industry market markets stock average majority number rate cost price prices total rest'.split(' '));
// "as well", ", too", "a similar …", "during the same quarter": the statement leans on another one the reader is not shown.
const ADDED_ON = /\b(?:also|as well|similar|the same (?:period|quarter|month|year|week|day|time))\b|,\s*too\b/i;
// "Wednesday's cuts", "yesterday's vote", "last week's announcement": a thing named by the day of the news,
// which a reader of the stem alone, on another day, cannot place.
const DAY_RELATIVE = new RegExp(`\\b(?:${[...WEEKDAYS].join('|')}|yesterday|today|tomorrow|(?:last|this|next) (?:week|month|night|weekend))['’]s\\s+\\p{L}`, 'iu');
// "… were also in a tough battle": an "also" that only adds to a fact before it (not "also known as").
const ALSO = /\s+also(?=\s+(?!known\b)\p{L})/u;

/**
 * The statement without an "also" that points to a fact it does not show ("GM is also recalling …"
 * reads "GM is recalling …"): the same claim, now standing on its own.
 */
export function withoutAlso(statement: string): string {
  return statement.replace(ALSO, '');
}

// "In 2003, crop production totalled …", "Sales rose 4%": a measure with no owner named and no place in the
// sentence (whose production, which country's sales) leans on the sentence that said whose.
const MEASURES = 'production|output|growth|inflation|unemployment|exports|imports|sales|profits?|revenues?|spending|investment|turnover';
// (Case matters: "German unemployment rose …" names whose; a lower-case word after an opener, "In 2003, crop production", does not.)
const BARE_MEASURE = new RegExp(
  `^(?:(?:In|By|During|Over|Last|This)\\b[^,]{0,30},\\s+(?:[a-z]+\\s+)?(?:${MEASURES})|${MEASURES.split('|').map(capitalizeFirst).join('|')})\\s+(?:rose|fell|totalled|grew|climbed|dropped|was|were|reached|increased|decreased|jumped|slipped|has|have|had)\\b`,
);

/** "… output in Norland", "Norland's exports": a place the sentence's measure belongs to (not a word of a longer name). */
function placesMeasure(s: Sentence, x: Sentence['mentions'][number]): boolean {
  return x.entity.kind === 'place' && (/\b(?:in|across|throughout)\s+(?:the\s+)?$/.test(s.text.slice(Math.max(0, x.start - 14), x.start)) || /^['’]s\b/.test(s.text.slice(x.end)));
}

/**
 * Does the stem lean on a sentence it does not show? A definite description opening it or the clause
 * it reports, after the lead ("The gain in non-farm payrolls was …", "said the largest recall …": news
 * introduces a thing with "a" and then calls it "the"), unless anchored by "of" or one of a kind
 * everyone shares ("The government"); or an "also" left in it (see withoutAlso), "as well", "a similar …";
 * a measure with no owner ("Crop production totalled …"); or a thing named by the day of the news ("excluding Wednesday's cuts").
 */
export function leansOnEarlier(s: Sentence, stem: string, title: string): boolean {
  let text = stem;
  for (const [a, b] of s.quoted) text = text.replace(s.text.slice(a, b), '');
  if (ADDED_ON.test(text) || DAY_RELATIVE.test(text)) return true;
  if (BARE_MEASURE.test(text) && !s.mentions.some((x) => placesMeasure(s, x))) return true;
  if (s.paragraph === 1) return false;
  const openings = [0, ...[...text.matchAll(REPORTED_DEFINITE)].map((m) => m.index + m[0].length)];
  const titleWords = new Set(title.toLowerCase().split(/[^\p{L}]+/u));
  return openings.some((at) => danglingDefinite(capitalizeFirst(text.slice(at)), titleWords));
}

/**
 * "The recall affects …": an opening definite description not anchored by "of", nor one of a kind
 * everyone shares, nor the thing the quiz's title names ("The bridge …" under "Council closes Mill Lane bridge").
 */
function danglingDefinite(text: string, titleWords: ReadonlySet<string>): boolean {
  const m = OPENING_DEFINITE.exec(text);
  if (!m) return false;
  const words = (m[1] as string).replace(/,/g, '').trim().split(/\s+/).filter(Boolean);
  const lead = words.findIndex((w) => STOPWORDS.has(w));
  const noun = lead < 0 ? words : words.slice(0, lead);
  if (noun.length === 0 || noun.some((w) => UNIQUE_HEADS.has(w) || titleWords.has(w))) return false;
  if (words[lead] !== 'of') return true;
  // "The breakneck pace of economic expansion has …": an "of" with only bare common nouns after it does not say whose.
  const anchor = /\bof\s+((?:[a-z][a-z-]*\s+){1,2})(?:has|have|had|is|are|was|were|will|would|could|may|might|rose|fell|grew)\b/.exec(text);
  return anchor !== null && !(anchor[1] as string).trim().split(/\s+/).some((w) => STOPWORDS.has(w) || titleWords.has(w));
}

type Gender = 'm' | 'f';

/**
 * He or she, as the text shows it: an honorific before the name (Mr, Mrs, Sir, Dame …) or the first
 * personal pronoun after a mention, in the same or the next sentence, with no other person between.
 */
export function genderOf(e: Entity, sentences: readonly Sentence[]): Gender | undefined {
  let m = 0;
  let f = 0;
  for (const x of e.mentions) {
    const s = sentences[x.sentence] as Sentence;
    const before = s.text.slice(Math.max(0, x.start - 6), x.start);
    if (/\b(?:Mr|Sir|Lord|Prince|King)\.?\s+$/.test(before)) m += 2;
    if (/\b(?:Mrs|Ms|Miss|Lady|Dame|Princess|Queen)\.?\s+$/.test(before)) f += 2;
    const next = sentences[x.sentence + 1];
    const others = (t: Sentence, from: number): number => t.mentions.find((o) => o.start >= from && o.entity !== e && o.entity.kind === 'person')?.start ?? Infinity;
    const pronoun = (t: Sentence, from: number): Gender | undefined => {
      const p = /\b(he|him|his|himself|she|her|hers|herself)\b/i.exec(t.text.slice(from));
      // (Not one inside a quotation: "I told her …" is about someone else.)
      if (!p || from + p.index > others(t, from) || t.quoted.some(([a, b]) => from + p.index >= a && from + p.index < b)) return undefined;
      return /^(?:he|him|his|himself)$/i.test(p[1] as string) ? 'm' : 'f';
    };
    // The next sentence counts only when it opens with the pronoun ("She said …"), not for a "she added" after a
    // quotation: that is the attribution being worked out, not evidence for it.
    const g = pronoun(s, x.end) ?? (next && next.paragraph <= s.paragraph + 1 && others(s, x.end) === Infinity && /^(?:He|She|His|Her)\b/.test(next.text) ? pronoun(next, 0) : undefined);
    if (g === 'm') m++;
    if (g === 'f') f++;
  }
  // A gendered role noun ("spokesman Mark Oaten", "actress Kelly Reilly").
  for (const r of e.roles) {
    if (/\b(?:spokesman|businessman|sportsman|chairman|king|prince|duke|lord|sir|father|husband|son|brother)\b/i.test(r.text)) m += 2;
    if (/\b(?:spokeswoman|businesswoman|sportswoman|chairwoman|actress|queen|princess|duchess|lady|dame|mother|wife|daughter|sister)\b/i.test(r.text)) f += 2;
  }
  if (m > f) return 'm';
  if (f > m) return 'f';
  return undefined;
}

const FIELDS: [string, RegExp][] = [
  ['politics', /\b(?:minister|secretary|mp|mep|msp|chancellor|senator|spokes\w+|leader|president|premier|councillor|governor|mayor|ambassador|diplomat|lawmaker|shadow)\b/i],
  ['sport', /\b(?:coach|manager|race director|record holder|medallist|olympian|cyclist|swimmer|golfer|jockey|striker|midfielder|defender|goalkeeper|winger|player|champion|captain|rider|driver|runner|athlete|sprinter|jumper|boxer|batsman|bowler|skipper|full-back|fly-half|prop|lock|hooker|centre)\b/i],
  ['arts', /\b(?:singer|actor|actress|author|writer|novelist|producer|presenter|designer|artist|musician|guitarist|comedian|conductor|composer|(?:film|theatre|artistic|musical) director|dancer|poet|playwright|critic|curator|broadcaster)\b/i],
  ['business', /\b(?:chief executive|executive director|founder|owner|boss|investor|trader|banker|economist|analyst|consultant)\b/i],
  ['law', /\b(?:judge|lawyer|prosecutor|attorney|barrister|solicitor)\b/i],
  ['science', /\b(?:researcher|scientist|professor|astronomer|physicist|chemist|biologist|engineer|doctor|surgeon)\b/i],
];

/** The field a person's roles in the article place them in (politics, sport, arts …), when they say one. */
export function fieldOf(e: Entity): string | undefined {
  const fields = new Set<string>();
  for (const r of e.roles) for (const [field, re] of FIELDS) if (re.test(r.text)) fields.add(field);
  return fields.size === 1 ? ([...fields][0] as string) : undefined;
}

/** Who a headline says holds its claim, and the claim's words: "Nat Insurance to rise, say Tories". */
export interface HeadlineAttribution {
  /** Normalised names (and short forms) of the article's people and organisations the headline names as the speaker. */
  speakers: ReadonlySet<string>;
  /** Content words of the claim itself ("insurance", "rise"). */
  claim: ReadonlySet<string>;
}

const SAY_VERBS = 'says?|claims?|warns?|insists?|urges?|denies|decries|attacks|rejects|backs|predicts?|fears?';
// "…, say Tories", "Ministers say …", "Campbell: E-mail row 'silly fuss'".
const SPEAKER_AFTER = new RegExp(`^(.+?),?\\s+(?:${SAY_VERBS})\\s+([^'‘’"“”]+)$`, 'i');
const SPEAKER_BEFORE = new RegExp(`^([^'‘’"“”:]+?)\\s+(?:${SAY_VERBS})\\s+(.+)$`, 'i');
const SPEAKER_COLON = /^([^:'‘’"“”]{2,40}):\s+(.*['‘’"“”].*)$/;

/**
 * The speaker a headline names (a party, a group, a role or a name) matched to the article's people
 * and organisations (by name, or by a role the article gives them: "Tory leader Michael Howard" for
 * "say Tories"), or null when the headline attributes nothing or names no one the article has.
 */
export function headlineAttribution(title: string, entities: readonly Entity[]): HeadlineAttribution | null {
  const after = SPEAKER_AFTER.exec(title);
  const m = after ?? SPEAKER_COLON.exec(title) ?? SPEAKER_BEFORE.exec(title);
  if (!m) return null;
  const [speaker, claim] = after ? [m[2] as string, m[1] as string] : [m[1] as string, m[2] as string];
  const who = new Set(contentWords(speaker));
  if (!who.size) return null;
  const names = new Set<string>();
  for (const e of entities) {
    if (e.kind !== 'person' && e.kind !== 'org') continue;
    const described = [e.name, ...e.roles.filter((r) => !r.temporal).map((r) => r.text)].some((text) => contentWords(text).some((w) => who.has(w)));
    if (!described) continue;
    for (const n of [e.name, e.short ?? '', ...e.aliases]) if (n) names.add(normalize(n));
  }
  return names.size ? { speakers: names, claim: new Set(contentWords(claim).filter((w) => !who.has(w))) } : null;
}
