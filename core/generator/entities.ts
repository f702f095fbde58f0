// Named entities in news prose: people (with their titles split off into roles), organisations
// and places. Lexicon names are matched first; anything else capitalised is classified by
// titles, given names, head nouns ("Forces", "Ministry", "River") and context ("the town of").
// A surname alone ("Lavrov") is linked back to the full name seen elsewhere.
import { MONTHS, WEEKDAYS } from './dates.ts';
import { GIVEN_NAMES, LEXICON, LEXICON_BY_FIRST_WORD, DEMONYMS, PROPER_ADJECTIVES, ROLE_NOUNS, TITLE_WORDS, type LexEntry } from './lexicon.ts';
import { isFiniteVerb } from './clauses.ts';
import { isSpaceCode, normalize, onlySpaces, STOPWORDS, wordFromSetWithin, type Token } from './words.ts';

type Kind = 'person' | 'org' | 'place' | 'other';

export interface Role {
  /** Verbatim from the sentence, e.g. "Russian Foreign Minister", "chairman of the Joint Chiefs of Staff". */
  text: string;
  sentence: number;
  start: number;
  end: number;
  /** "former", "then-": true of the past, not a position to match against. */
  temporal: boolean;
}

export interface Entity {
  id: string;
  kind: Kind;
  /** Finer kind: distractors must share it (country with country, media with media). */
  sub: string;
  /** Display name: the fullest form seen (or the lexicon's). */
  name: string;
  /** Short form when there is one: a surname, an acronym. */
  short?: string;
  /** Normalised forms that refer to this entity. */
  aliases: Set<string>;
  the: boolean;
  plural: boolean;
  side: string;
  /** A person's state (from the lexicon or a role like "Russian Foreign Minister"). */
  nation?: string;
  lex?: LexEntry;
  mentions: Mention[];
  roles: Role[];
  /** A person's gender where the text shows it (an honorific, "he"/"she" after the name). */
  gender?: 'm' | 'f';
  /** The field a person's roles place them in (politics, sport, arts, business, law, science). */
  field?: string;
}

export interface Mention {
  entity: Entity;
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** Inside a hyphenated compound ("U.S.-backed"): never a gap or a swap. */
  joined: boolean;
  possessive: boolean;
  /** Offset of a "the" right before the name, when present. */
  theStart?: number;
}

interface SentenceTokens {
  index: number;
  text: string;
  tokens: Token[];
}

// Head nouns that classify an unknown capitalised phrase.
const ORG_HEADS: Record<string, string> = {};
for (const [sub, words] of [
  ['media', 'Times News Post Journal Monitor Gazette Herald Tribune Telegraph Guardian Daily Newspaper Radio Television TV Magazine Press Review Agency'],
  ['armed', 'Forces Army Militia Militias Brigade Brigades Front Units Guard Guards Battalion Regiment Corps Rebels Navy Marines'],
  ['gov', 'Ministry Department Command Council Administration Office Parliament Congress Senate Committee Commission Court Government Cabinet Staff Bureau Service Directorate Police'],
  ['intl', 'Organization Organisation Union Nations Alliance Coalition Federation League'],
  ['party', 'Party Movement'],
  // Facilities, companies, institutes: organisations, but no safe same-kind distractors.
  ['company', 'Group Company Corporation Inc Plc plc Ltd Airways Airlines Motors Holdings Industries Technologies Systems Entertainment Records Studios Pictures'],
  // Facilities, banks, institutes: organisations, but of mixed kinds (a reader would not weigh a bank against a university).
  ['', 'Fund Bank Institute Center Centre Observatory Foundation University Facility Watch Association Society Trust Club Authority Board College School Academy Library Museum Gallery Hospital'],
] as const)
  for (const w of words.split(' ')) ORG_HEADS[w] = sub;
const PLACE_HEADS: Record<string, string> = {
  River: 'river', Sea: 'region', Mountains: 'region', Province: 'region', Governorate: 'region', Region: 'region', Valley: 'region',
  Desert: 'region', Gulf: 'region', Lake: 'region', Island: 'region', Islands: 'region', Peninsula: 'region', City: 'city', Manor: 'site',
  Airport: 'site', Base: 'site', Square: 'site', Street: 'site', Bridge: 'site', Dam: 'site',
};
// Documents, events and programmes: capitalised, but never a person after a title ("General Assembly").
const OTHER_HEADS = new Set(
  ('Memorandum Agreement Treaty Accord Accords Initiative Program Programme Plan Doctrine Conference Summit Talks Resolution Act Declaration Convention Assembly Protocol ' +
    // Events, prizes and competitions: never people, whatever verb follows ("the Sydney Olympics showed").
    'Olympics Games Marathon Championship Championships Cup Open Awards Award Prize Prizes Festival Trophy Tour League Series Show Inquiry Report').split(' '),
);
const CONNECTORS = new Set(['of', 'the', 'for', 'de', 'del', 'den', 'der', 'van', 'von', 'bin', 'al', 'and']);
const SPEECH_AFTER = /^\s*(?:,\s*)?(?:\([^)]*\)\s*,?\s*)?(?:said|says|told|added|stated|wrote|argued|noted|explained|insisted|warned|asked|replied|claimed|stressed|declared)\b/;
/** Characters of context read on each side of a capitalised run. */
const CONTEXT_CHARS = 80;
const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sir', 'Lord', 'Lady', 'Dame']);
// "…, said Rick Egelton", "according to Ken Mayland": a name right after a speech verb is a speaker.
const SPEECH_BEFORE = /\b(?:said|says|added|according to|told by|quoted)\s+$/;
/** Discourse words that open a sentence but never a name ("Meanwhile Lib Dem leader …"). */
export const DISCOURSE_OPENERS = new Set('Meanwhile However Moreover Furthermore Nevertheless Nonetheless Instead Indeed Still Also Yet Now Then Thus Hence Elsewhere Later Earlier Overall Currently Recently Previously Finally Separately Similarly Additionally Last Next This That These Those Such'.split(' '));
const MONTH_SET = new Set(MONTHS);
const MONTH_ABBREVIATIONS = new Set('Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' '));

export function detectEntities(sentences: readonly SentenceTokens[]): Entity[] {
  const midCaps = collectMidSentenceCaps(sentences);
  const registry = new Registry();
  const raw: RawMention[] = [];
  for (const s of sentences) raw.push(...scanSentence(s, registry, midCaps));
  registry.resolve(raw, sentences);
  const found = registry.all().filter((e) => e.mentions.length > 0);
  inferPeople(found);
  const entities = found.filter((e) => e.mentions.length > 0);
  for (const e of entities) for (const m of e.mentions) if (e.kind === 'person') collectRole(e, m, sentences[m.sentence] as SentenceTokens);
  markCompounds(entities, sentences);
  for (const e of entities) inferKindFromContext(e, sentences);
  for (const e of entities) if (e.kind === 'person' && !e.nation) e.nation = nationFromRoles(e);
  return entities;
}

// What the words around a name say it is: a company ("shares in X", "X's profits", "the firm X"),
// a sports team ("X beat Y", "against X", "X manager"). Only names the text has not classified.
const COMPANY_BEFORE = /\b(?:shares in|stake in|bid for|takeover of|(?:firm|company|group|giant|maker|retailer|carrier|airline|chain|manufacturer|insurer|broadcaster|publisher|brewer|supermarket|operator|rival)s?)\s+$/i;
// After the name: "X's profits", "X's chief executive", "X shares", "X, the oil firm". The word lists are
// sets read word by word (wordFromSetWithin): as one regular expression they cost milliseconds to compile.
const COMPANY_POSSESSION = new Set([
  'chief executive',
  ...'profit profits sales shares revenue revenues boss chairman board shareholders results earnings customers stores shops unit subsidiary division assets debt debts'.split(' '),
]);
const COMPANY_NOUNS_AFTER = new Set('firm company group maker retailer giant producer operator airline carrier bank'.split(' '));
const POSSESSIVE_LEAD = /^['’]s?\s+/;
const COMPANY_VERB_AFTER = /^\s+(?:shares|reported|posted|plc|Inc)\b/;
const ARTICLE_LEAD = /^,\s+(?:the|a|an)\s+/;

function companyAfter(after: string): boolean {
  const possessive = POSSESSIVE_LEAD.exec(after);
  if (possessive) return wordFromSetWithin(after, possessive[0].length, COMPANY_POSSESSION, 2);
  if (COMPANY_VERB_AFTER.test(after)) return true;
  const article = ARTICLE_LEAD.exec(after);
  return !!article && wordFromSetWithin(after, article[0].length, COMPANY_NOUNS_AFTER, 3);
}
const TEAM_BEFORE = /\b(?:beat|against|draw with|drew with|lost to|win over|victory over|defeat to|defeat by|loss to|join|joined|joining|leave|left|signed for|move to|moved to)\s+$/i;
const TEAM_AFTER = /^(?:['’]s?\s+(?:manager|coach|boss|striker|midfielder|defender|goalkeeper|captain|side|squad|team|players?|fans)\b|\s+(?:beat|drew|lost to|won)\s)/;

// Words of events, places and titles of works, never of a person's name ("Sydney Olympic", "Millennium Dome").
const NOT_IN_NAMES = new Set('Olympic Olympics World Commonwealth National International Royal City United Millennium Dome Theatre Festival Award Awards Prize Games Grand Street Road Park Hall House Square Bridge Tower Centre Center Stadium Arena'.split(' '));

/** Entities left as they are because they read as people (see inferPeople). */
const surnameTaken = new WeakSet<Entity>();

/**
 * News names a person in full once, then by surname ("Kenenisa Bekele … Bekele"): a two- or
 * three-word name whose last word the text also uses alone is a person, and so is that surname.
 */
function inferPeople(entities: Entity[]): void {
  const alone = new Map<string, Entity>();
  // A surname is never written "the Dome": a name after "the" is a thing or a place.
  const bare = (e: Entity): boolean => e.mentions.every((m) => m.theStart === undefined);
  for (const e of entities) if (!e.lex && e.kind === 'other' && /^\p{Lu}[\p{Ll}'’-]+$/u.test(e.name) && bare(e)) alone.set(e.name, e);
  for (const e of entities) {
    if (e.lex || e.kind !== 'other') continue;
    const words = e.name.split(/\s+/);
    const last = words[words.length - 1] as string;
    const single = alone.get(last);
    if (words.length < 2 || words.length > 3 || !single || !bare(e) || !words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w))) continue;
    if (words.some((w) => NOT_IN_NAMES.has(w))) continue;
    if (words.some((w) => DEMONYMS.has(w) || MONTH_SET.has(w) || ORG_HEADS[w] !== undefined || PLACE_HEADS[w] || OTHER_HEADS.has(w) || PROPER_ADJECTIVES.has(w))) continue;
    e.kind = 'person';
    e.sub = '';
    // The surname's mentions are this person's.
    for (const m of single.mentions) e.mentions.push({ ...m, entity: e });
    e.mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
    e.aliases.add(normalize(last));
    e.short ??= last;
    single.mentions = [];
    surnameTaken.add(single);
  }
}

function inferKindFromContext(e: Entity, sentences: readonly SentenceTokens[]): void {
  // Only names the text left open: unclassified, an organisation of no known sort, or a "place" guessed from "in X".
  if (e.lex || !(e.kind === 'other' || (e.kind === 'org' && e.sub === '') || (e.kind === 'place' && e.sub === 'place'))) return;
  if (!/^\p{Lu}/u.test(e.name) || e.name.split(/\s+/).length > 4 || surnameTaken.has(e)) return;
  let company = 0;
  let team = 0;
  for (const m of e.mentions) {
    const text = (sentences[m.sentence] as SentenceTokens).text;
    const before = text.slice(Math.max(0, (m.theStart ?? m.start) - 40), m.theStart ?? m.start);
    const after = text.slice(m.end, m.end + 40);
    if (COMPANY_BEFORE.test(before) || companyAfter(after)) company++;
    if (TEAM_BEFORE.test(before) || TEAM_AFTER.test(after)) team++;
  }
  // The stronger reading wins ("a tax claim against Yukos" is one weak hint of a team against "oil giant Yukos").
  if (company > team) {
    e.kind = 'org';
    e.sub = 'company';
  } else if (team > company) {
    e.kind = 'org';
    e.sub = 'team';
  }
}

const PREPOSITIONS = new Set(
  'near across along despite toward towards amid via among around beyond inside outside including per unlike versus against over under behind within without upon onto into through throughout during since until till after before as than like'.split(' '),
);

/**
 * Names used as modifiers are not answers: "U.S. Marine Corps" (part of a longer name),
 * "the US military", "ISIS positions", "Kremlin readout" (a name before a common noun).
 */
function markCompounds(entities: Entity[], sentences: readonly SentenceTokens[]): void {
  const starts = new Map<number, Set<number>>();
  for (const e of entities) for (const m of e.mentions) (starts.get(m.sentence) ?? starts.set(m.sentence, new Set()).get(m.sentence))?.add(m.start);
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.joined || m.possessive) continue;
      const s = sentences[m.sentence] as SentenceTokens;
      const next = s.tokens[firstTokenFrom(s.tokens, m.end)];
      if (!next || !onlySpaces(s.text.slice(m.end, next.start))) continue;
      const w = next.text;
      if (next.cap) {
        if (!starts.get(m.sentence)?.has(next.start) && !isDateWord(w) && w !== 'I') m.joined = true;
      } else if (/^\p{Ll}/u.test(w) && !STOPWORDS.has(w) && !PREPOSITIONS.has(w) && !w.endsWith('ly') && !isFiniteVerb(w)) {
        m.joined = true;
      }
    }
  }
}

/** Index of the first token starting at or after `offset` (binary search: a long sentence has many mentions). */
function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Countries' names, normalised once when the module loads rather than on every paste: a role is
// matched against all of them ("Kenyan Foreign Minister", "Ireland's coach").
const COUNTRY_NAMES = LEXICON.filter((l) => l.sub === 'country').map((l) => ({ side: l.side, names: l.names.map(normalize).filter((n) => n !== '') }));

function nationFromRoles(e: Entity): string | undefined {
  for (const r of e.roles) {
    for (const w of r.text.split(/\s+/)) {
      const d = DEMONYMS.get(w.replace(/['’]s$/, ''));
      if (d) return d.side;
    }
    const text = ` ${normalize(r.text)} `;
    const country = COUNTRY_NAMES.find((c) => c.names.some((n) => text.includes(` ${n} `)));
    if (country) return country.side;
  }
  return undefined;
}

interface RawMention {
  sentence: number;
  from: number;
  to: number; // token indices [from, to)
  kind: Kind;
  sub: string;
  lex?: LexEntry;
  /** For runs that started with a title: the person's name begins here. */
  personGuess: boolean;
}

function isInitialLike(s: SentenceTokens, i: number): boolean {
  if (i === 0) return true;
  // The last non-space character before the token: a quote, bracket, colon or dash opens a new "sentence".
  let j = (s.tokens[i] as Token).start - 1;
  while (j >= 0 && isSpaceCode(s.text.charCodeAt(j))) j--;
  return j < 0 || '"“‘([:—–'.includes(s.text[j] as string);
}

function collectMidSentenceCaps(sentences: readonly SentenceTokens[]): Set<string> {
  const set = new Set<string>();
  for (const s of sentences) s.tokens.forEach((t, i) => t.cap && !isInitialLike(s, i) && set.add(t.text));
  return set;
}

// Abbreviated titles keep their full stop inside a name: "Navy Capt. Dana Whitfield", "Gen. Joseph Dunford".
const TITLE_ABBREVIATIONS = new Set(['Gen', 'Capt', 'Lt', 'Col', 'Sgt', 'Maj', 'Adm', 'Cmdr', 'Gov', 'Sen', 'Rep', 'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'St', 'Brig', 'Cpl', 'Pvt']);

/** "Gen. Dunford": a full stop, then white space. */
function dotThenSpace(gap: string): boolean {
  return gap[0] === '.' && onlySpaces(gap.slice(1));
}

function gapOk(text: string, a: Token, b: Token, allowHyphen: boolean): boolean {
  const gap = text.slice(a.end, b.start);
  if (a.poss) return false; // "Putin's September" ends the name
  if (allowHyphen) return onlySpaces(gap, '-‐');
  return onlySpaces(gap) || (dotThenSpace(gap) && (/^\p{Lu}$/u.test(a.text) || TITLE_ABBREVIATIONS.has(a.text)));
}

function scanSentence(s: SentenceTokens, registry: Registry, midCaps: Set<string>): RawMention[] {
  const out: RawMention[] = [];
  const toks = s.tokens;
  const covered = new Array<boolean>(toks.length).fill(false);
  // 1. Lexicon, longest match first.
  for (let i = 0; i < toks.length; i++) {
    const cands = LEXICON_BY_FIRST_WORD.get((toks[i] as Token).text);
    if (!cands) continue;
    for (const c of cands) {
      const n = c.words.length;
      if (i + n > toks.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        ok = (toks[i + k] as Token).text === c.words[k] && (k === 0 || gapOk(s.text, toks[i + k - 1] as Token, toks[i + k] as Token, true));
      }
      if (!ok) continue;
      out.push({ sentence: s.index, from: i, to: i + n, kind: c.entry.kind, sub: c.entry.sub, lex: c.entry, personGuess: false });
      for (let k = i; k < i + n; k++) covered[k] = true;
      i += n - 1;
      break;
    }
  }
  // 2. Capitalised runs among the rest.
  let i = 0;
  while (i < toks.length) {
    const t = toks[i] as Token;
    if (covered[i] || !t.cap || isDateWord(t.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length && !covered[j]) {
      const prev = toks[j - 1] as Token;
      const cur = toks[j] as Token;
      if (cur.cap && !isDateWord(cur.text) && gapOk(s.text, prev, cur, false) && !prev.joined && !cur.joined) {
        j++;
        continue;
      }
      // A connector inside a name ("Joint Chiefs of Staff", "Secretary of the State").
      if (CONNECTORS.has(cur.text) && cur.text !== 'and' && gapOk(s.text, prev, cur, false)) {
        let k = j;
        while (k < toks.length && CONNECTORS.has((toks[k] as Token).text)) k++;
        const after = toks[k];
        if (after && after.cap && !covered[k] && !isDateWord(after.text) && gapOk(s.text, toks[k - 1] as Token, after, false)) {
          j = k;
          continue;
        }
      }
      break;
    }
    const run = classifyRun(s, i, j, midCaps);
    if (run) out.push(run);
    i = j;
  }
  // Acronym in parentheses right after a name: "North Atlantic Treaty Organization (NATO)".
  for (const m of out) {
    const last = toks[m.to - 1] as Token;
    const acr = /^\s*\((\p{Lu}{2,6})\)/u.exec(s.text.slice(last.end));
    if (acr) registry.pendingAcronyms.push({ sentence: s.index, from: m.from, to: m.to, acronym: acr[1] as string });
  }
  return out;
}

function isDateWord(w: string): boolean {
  return MONTH_SET.has(w) || WEEKDAYS.has(w) || MONTH_ABBREVIATIONS.has(w);
}

function classifyRun(s: SentenceTokens, from: number, to: number, midCaps: Set<string>): RawMention | null {
  const toks = s.tokens;
  const words = (): string[] => toks.slice(from, to).map((t) => t.text);
  // Drop a capitalised sentence opener ("The", "Though", "Citing") unless it is known as a name elsewhere.
  while (from < to && isInitialLike(s, from)) {
    const w = (toks[from] as Token).text;
    if (STOPWORDS.has(w.toLowerCase()) || DISCOURSE_OPENERS.has(w) || (!midCaps.has(w) && !GIVEN_NAMES.has(w) && !TITLE_WORDS.has(w) && !DEMONYMS.has(w) && to - from === 1)) from++;
    else if (!midCaps.has(w) && !GIVEN_NAMES.has(w) && !TITLE_WORDS.has(w) && !DEMONYMS.has(w) && /^\p{Lu}\p{Ll}+$/u.test(w) && /^\p{Ll}/u.test(toks[from + 1]?.text ?? 'x'))
      from++;
    else break;
  }
  // A capitalised role noun opening the sentence ("Striker Dan Holloway", "Analyst Tomas Reyes") is a role, not part of the name.
  let roleOpener = false;
  while (from < to - 1 && isInitialLike(s, from) && ROLE_NOUNS.has((toks[from] as Token).text.toLowerCase())) {
    from++;
    roleOpener = true;
  }
  // Leading/trailing connectors never start or end a name.
  while (from < to && CONNECTORS.has((toks[from] as Token).text)) from++;
  while (to > from && CONNECTORS.has((toks[to - 1] as Token).text)) to--;
  if (from >= to) return null;
  const ws = words();
  // Split a title off the front: the person's name follows the last title word.
  let lastTitle = -1;
  ws.forEach((w, k) => {
    if (TITLE_WORDS.has(w.replace(/\.$/, '')) || DEMONYMS.has(w) || PROPER_ADJECTIVES.has(w)) lastTitle = k;
  });
  if (lastTitle >= 0 && lastTitle < ws.length - 1) {
    const name = ws.slice(lastTitle + 1);
    // A title, or an affiliation before a full name ("Liberal Democrat Sarah Teather", "Kenyan Paul Tergat").
    const hadTitle = ws.slice(0, lastTitle + 1).some((w) => TITLE_WORDS.has(w.replace(/\.$/, ''))) || (name.length >= 2 && GIVEN_NAMES.has(name[0] as string));
    if (hadTitle && name.length <= 4 && !name.some((w) => ORG_HEADS[w] !== undefined || PLACE_HEADS[w] || OTHER_HEADS.has(w) || w === 'of')) {
      return { sentence: s.index, from: from + lastTitle + 1, to, kind: 'person', sub: '', personGuess: true };
    }
  }
  if (ws.length === 1 && ws[0] === 'I') return null;
  // A title with no name after it ("Marine Corps General" before a lexicon name) is part of a role, not an entity.
  if (TITLE_WORDS.has((ws[ws.length - 1] as string).replace(/\.$/, ''))) return null;
  // A run of only titles/adjectives ("Russian Foreign Minister", "Kurdish") is not an entity.
  if (ws.every((w) => TITLE_WORDS.has(w.replace(/\.$/, '')) || DEMONYMS.has(w) || PROPER_ADJECTIVES.has(w) || CONNECTORS.has(w))) return null;
  const lastWord = ws[ws.length - 1] as string;
  // Context is read near the name only: every test below looks at a few words, and a window keeps a run-on paste linear.
  const runStart = (toks[from] as Token).start;
  const runEnd = (toks[to - 1] as Token).end;
  const before = s.text.slice(Math.max(0, runStart - CONTEXT_CHARS), runStart);
  const after = s.text.slice(runEnd, runEnd + CONTEXT_CHARS * 2);
  if (OTHER_HEADS.has(lastWord)) return { sentence: s.index, from, to, kind: 'other', sub: '', personGuess: false };
  if (ORG_HEADS[lastWord] !== undefined) return { sentence: s.index, from, to, kind: 'org', sub: ORG_HEADS[lastWord] as string, personGuess: false };
  if (/^\p{Lu}{2,6}$/u.test(lastWord) && ws.length === 1) return { sentence: s.index, from, to, kind: 'org', sub: '', personGuess: false };
  if (PLACE_HEADS[lastWord]) return { sentence: s.index, from, to, kind: 'place', sub: PLACE_HEADS[lastWord] as string, personGuess: false };
  if (/\b(?:town|city|village)\s+of\s+$/i.test(before) || /^,\s+an?\s+(?:town|city|village)\b/.test(after))
    return { sentence: s.index, from, to, kind: 'place', sub: 'city', personGuess: false };
  if (/\b(?:province|region|governorate)\s+of\s+$/i.test(before)) return { sentence: s.index, from, to, kind: 'place', sub: 'region', personGuess: false };
  const honorific = /\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Lord|Lady|Dame)\.?\s+$/.test(before);
  const looksLikeName = ws.length >= 2 && ws.length <= 4 && ws.every((w) => /^(?:\p{Lu}[\p{Ll}'’]+|\p{Lu}\.?|(?:al|el|Al|El|bin|ibn)-\p{Lu}\p{Ll}+)$/u.test(w)) && !ws.some((w) => NOT_IN_NAMES.has(w));
  // A name in a person's slot: after a speech verb or a role noun ("striker Wayne Rooney"), or before a role ("X, deputy chief economist at Y").
  const roleBefore = roleOpener || ROLE_NOUNS.has((/([a-z][a-z-]*)\s+$/i.exec(before)?.[1] ?? '').toLowerCase());
  const roleAfter = /^,\s+(?:the\s+|a\s+|an\s+|\p{Lu}[\p{L}.]*['’]s\s+)?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u.exec(after);
  const roleAppositive = !!roleAfter && (roleAfter[1] as string).split(/\s+/).some((w) => ROLE_NOUNS.has(w.toLowerCase()));
  if (honorific || (looksLikeName && (GIVEN_NAMES.has(ws[0] as string) || SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before) || roleBefore || roleAppositive)))
    return { sentence: s.index, from, to, kind: 'person', sub: '', personGuess: true };
  if (ws.length <= 3 && /\b(?:in|near|across|outside|inside|into|from|to)\s+(?:the\s+)?$/.test(before) && !SPEECH_AFTER.test(after))
    return { sentence: s.index, from, to, kind: 'place', sub: 'place', personGuess: false };
  return { sentence: s.index, from, to, kind: 'other', sub: '', personGuess: false };
}

// "Forces", "Rebels" are plural; "Times", "United Nations", "United States", "Foreign Affairs" are not.
const SINGULAR_ENDINGS = ['s', 'New', 'Nation', 'State', 'Affair', 'Time'];

function pluralName(name: string): boolean {
  if (!name.endsWith('s')) return false;
  const stem = name.slice(0, -1);
  return !SINGULAR_ENDINGS.some((e) => stem.endsWith(e));
}

class Registry {
  private byKey = new Map<string, Entity>();
  private list: Entity[] = [];
  pendingAcronyms: { sentence: number; from: number; to: number; acronym: string }[] = [];

  all(): Entity[] {
    return this.list;
  }

  private create(kind: Kind, sub: string, name: string, lex?: LexEntry): Entity {
    const e: Entity = {
      id: lex ? lex.id : `${kind}:${normalize(name)}`,
      kind,
      sub,
      name: lex ? (lex.names[0] as string) : name,
      aliases: new Set((lex ? lex.names : [name]).map(normalize)),
      the: lex?.the ?? false,
      plural: lex?.plural ?? (kind === 'org' && pluralName(name)),
      side: lex?.side ?? `${kind}:${normalize(name)}`,
      mentions: [],
      roles: [],
    };
    if (lex) {
      e.lex = lex;
      if (lex.nation) e.nation = lex.nation;
      if (kind === 'person') e.short = lex.names[1];
      else {
        const acronym = lex.names.find((n) => /^(?:\p{Lu}\.?){2,6}$/u.test(n));
        if (acronym) e.short = acronym;
      }
    }
    this.list.push(e);
    for (const a of e.aliases) if (!this.byKey.has(a)) this.byKey.set(a, e);
    return e;
  }

  resolve(raw: RawMention[], sentences: readonly SentenceTokens[]): void {
    const text = (m: RawMention): string => {
      const s = sentences[m.sentence] as SentenceTokens;
      return s.text.slice((s.tokens[m.from] as Token).start, (s.tokens[m.to - 1] as Token).end);
    };
    // Full names first, so that a later (or earlier) surname can be linked to them.
    const surnames = new Map<string, Entity | null>();
    const registerSurname = (e: Entity, name: string): void => {
      const parts = name.split(/\s+/);
      if (parts.length < 2) return;
      const last = parts[parts.length - 1] as string;
      for (const key of [normalize(last), normalize(last.replace(/^(?:al|Al|el|El)[-‐]/, ''))]) {
        const prev = surnames.get(key);
        surnames.set(key, prev === undefined || prev === e ? e : null); // two people, one surname: ambiguous
      }
    };
    // "Tony Blair" with no known given name is a person once "Mr Blair" or "Blair said" makes Blair one.
    const personWords = new Set(raw.filter((m) => m.kind === 'person' && m.to - m.from === 1).map(text));
    for (const m of raw) {
      if (m.kind !== 'other' || m.lex || m.to - m.from < 2 || m.to - m.from > 3) continue;
      const words = text(m).split(/\s+/);
      if (personWords.has(words[words.length - 1] as string) && words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w))) {
        m.kind = 'person';
        m.sub = '';
      }
    }
    const entityFor = new Map<RawMention, Entity>();
    for (const m of raw) {
      const name = text(m);
      if (m.lex) {
        const e = this.byKey.get(normalize(m.lex.names[0] as string)) ?? this.create(m.kind, m.sub, name, m.lex);
        entityFor.set(m, e);
        if (e.kind === 'person') for (const n of m.lex.names) registerSurname(e, n);
      } else if (m.kind === 'person' && m.to - m.from >= 2) {
        const key = normalize(name);
        const e = this.byKey.get(key) ?? this.create('person', '', name);
        entityFor.set(m, e);
        registerSurname(e, name);
      }
    }
    for (const m of raw) {
      if (entityFor.has(m)) continue;
      const name = text(m);
      const key = normalize(name);
      const known = this.byKey.get(key);
      const bySurname = m.to - m.from === 1 ? surnames.get(key) : undefined;
      if (bySurname) {
        entityFor.set(m, bySurname);
        bySurname.aliases.add(key);
        bySurname.short ??= name;
      } else if (known) entityFor.set(m, known);
      else if (bySurname === null) continue; // ambiguous surname: leave it out rather than guess
      else entityFor.set(m, this.create(m.kind, m.sub, name));
    }
    for (const p of this.pendingAcronyms) {
      const m = raw.find((r) => r.sentence === p.sentence && r.from === p.from && r.to === p.to);
      const e = m && entityFor.get(m);
      if (!e) continue;
      e.aliases.add(normalize(p.acronym));
      e.short ??= p.acronym;
      this.byKey.set(normalize(p.acronym), e);
    }
    // Mentions of an acronym seen before its definition, now resolvable.
    for (const [m, e] of entityFor) {
      const s = sentences[m.sentence] as SentenceTokens;
      const first = s.tokens[m.from] as Token;
      const last = s.tokens[m.to - 1] as Token;
      const canon = this.byKey.get(normalize(text(m)));
      const target = canon && canon !== e && e.mentions.length === 0 && !e.lex ? canon : e;
      // "the " right before the name (four characters, as the regex /\b[Tt]he\s+$/ read them).
      const lead = s.text.slice(Math.max(0, first.start - 4), first.start);
      const afterThe = lead.length === 4 && (lead.startsWith('the') || lead.startsWith('The')) && isSpaceCode(lead.charCodeAt(3));
      target.mentions.push({
        entity: target,
        sentence: m.sentence,
        start: first.start,
        end: last.end,
        text: s.text.slice(first.start, last.end),
        joined: first.joined || last.joined,
        possessive: last.poss,
        ...(afterThe ? { theStart: first.start - 4 } : {}),
      });
    }
    for (const e of this.list) {
      e.mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
      if (!e.lex) {
        // Display the fullest form seen; learn "the" from how the article writes it.
        for (const m of e.mentions) if (m.text.length > e.name.length && normalize(m.text) !== '') e.name = m.text;
        const withThe = e.mentions.filter((m) => m.theStart !== undefined).length;
        e.the = e.kind !== 'person' && withThe * 2 > e.mentions.length;
      }
    }
  }
}

/** Words dropped from the front of a role ("of the", "newly"). */
const ROLE_LEAD_WORDS = new Set(['of', 'the', 'The', 'newly']);

/** A person's role: the title words before the name, or an appositive after it ("X, chairman of Y,"). */
function collectRole(e: Entity, m: Mention, s: SentenceTokens): void {
  const toks = s.tokens;
  const idx = firstTokenFrom(toks, m.start);
  if (toks[idx]?.start !== m.start) return;
  // Walk back over title words, demonyms, capitalised modifiers, role nouns and "of the".
  let k = idx - 1;
  let sawTitle = false;
  let firstKept = idx;
  while (k >= 0) {
    const t = toks[k] as Token;
    const next = toks[k + 1] as Token;
    const gap = s.text.slice(t.end, next.start);
    if (!(onlySpaces(gap, '-‐–') || (dotThenSpace(gap) && TITLE_ABBREVIATIONS.has(t.text))) || t.poss) break;
    const bare = t.text.replace(/\.$/, '');
    const isTitle = TITLE_WORDS.has(bare) || ROLE_NOUNS.has(t.text);
    if (isTitle) sawTitle = true;
    const inName = (t.text === 'the' && toks[k - 1]?.text === 'of') || (t.text === 'of' && !!toks[k - 1]?.cap);
    const lower = t.text.toLowerCase();
    const functionWord = (STOPWORDS.has(lower) && lower !== 'then' && lower !== 'former') || DISCOURSE_OPENERS.has(t.text);
    if (isTitle || inName || (t.cap && !functionWord) || lower === 'then' || lower === 'former' || lower === 'newly') {
      firstKept = k;
      k--;
      continue;
    }
    break;
  }
  if (sawTitle && firstKept < idx) {
    let startTok = firstKept;
    while (startTok < idx && ROLE_LEAD_WORDS.has((toks[startTok] as Token).text)) startTok++;
    let temporal = false;
    while (startTok < idx && ((toks[startTok] as Token).text === 'then' || (toks[startTok] as Token).text === 'Then')) {
      startTok++;
      temporal = true;
    }
    // Office before rank ("Central Command spokesperson Navy Captain"): keep the first chunk.
    let endTok = idx - 1;
    for (let q = startTok; q < idx - 1; q++) {
      const cur = toks[q] as Token;
      const nxt = toks[q + 1] as Token;
      if (ROLE_NOUNS.has(cur.text) && nxt.cap) {
        endTok = q;
        break;
      }
    }
    const words = toks.slice(startTok, endTok + 1).map((t) => t.text.replace(/\.$/, ''));
    const meaningful = words.some((w) => (TITLE_WORDS.has(w) || ROLE_NOUNS.has(w)) && !HONORIFICS.has(w));
    if (meaningful && startTok <= endTok) {
      const start = (toks[startTok] as Token).start;
      const lastTok = toks[endTok] as Token;
      // "Gen." keeps its full stop.
      const end = lastTok.end + (TITLE_ABBREVIATIONS.has(lastTok.text) && s.text[lastTok.end] === '.' ? 1 : 0);
      const text = s.text.slice(start, end);
      if (/^former\b/i.test(text)) temporal = true;
      addRole(e, { text, sentence: s.index, start, end, temporal });
    }
  }
  // Appositive: "Joseph Dunford (left), chairman of the Joint Chiefs of Staff," / "Sergei Lavrov, Russia's foreign minister,".
  const after = s.text.slice(m.end, m.end + CONTEXT_CHARS * 2);
  const ap = /^(?:\s*\([^)]{1,20}\))?,\s+((?:the\s+|a\s+|an\s+|\p{Lu}[\p{L}.]*['’]s\s+)?([^,;:—–()"“”]{3,80}?))(?=\s*(?:,|;|\.|—|–|\)|\s+who\b|\s+which\b|$))/u.exec(after);
  if (ap && m.end > 0) {
    const phrase = ap[1] as string;
    const head = (ap[2] as string).split(/\s+/).slice(0, 4);
    const hasRoleNoun = head.some((w) => ROLE_NOUNS.has(w.toLowerCase()));
    const wordsCount = phrase.split(/\s+/).length;
    if (hasRoleNoun && wordsCount <= 9 && !/\b(?:said|says|told|and)\b/.test(phrase)) {
      const text = phrase.replace(/^(?:the|a|an)\s+/, '');
      const start = m.end + after.indexOf(phrase) + (phrase.length - text.length);
      addRole(e, { text, sentence: s.index, start, end: start + text.length, temporal: /^(?:former|then)\b/i.test(text) });
    }
  }
}

function addRole(e: Entity, r: Role): void {
  if (!e.roles.some((x) => x.sentence === r.sentence && x.start === r.start)) e.roles.push(r);
}

// A publication's writers and a body's own documents: "the Monitor's author argues …", "the council's report
// says …" are sources of views as much as a person is.
const WRITER_AFTER = /^(?:['’]s)?\s+(author|authors|reporter|reporters|correspondent|columnist|editors|editorial board)\b/;
const DOCUMENT_AFTER = /^(?:['’]s)?\s+(report|statement|review|study|survey)\b/;
const writers = new WeakMap<Entity, Map<string, Entity>>();

/**
 * The writer or document a possessive mention names ("the Eurasia Daily Monitor's author", "the
 * Council's report"), with where that name ends in the sentence; null when the mention is no body or
 * nothing of the kind follows it. One entity per body and noun, so that every sentence naming that
 * writer names the same speaker.
 */
export function writerAt(m: Mention, text: string): { entity: Entity; end: number } | null {
  if (!m.possessive || m.entity.kind !== 'org') return null;
  const w = (m.entity.sub === 'media' ? WRITER_AFTER : DOCUMENT_AFTER).exec(text.slice(m.end));
  if (!w) return null;
  const noun = w[1] as string;
  const pub = m.entity;
  const known = writers.get(pub) ?? new Map<string, Entity>();
  writers.set(pub, known);
  let e = known.get(noun);
  if (!e) {
    const name = `${pub.name}'s ${noun}`;
    // The publication's own names count as the writer's: a view naming the Monitor does not go to its author.
    e = { id: `writer:${pub.id}:${noun}`, kind: 'org', sub: 'writer', name, aliases: new Set([normalize(name), ...pub.aliases]), the: pub.the, plural: /s$/.test(noun), side: pub.side, mentions: [], roles: [] };
    known.set(noun, e);
  }
  return { entity: e, end: m.end + w[0].length };
}
