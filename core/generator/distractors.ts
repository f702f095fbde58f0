// Wrong options: same kind as the key (people with people, countries with countries, dates
// of the same precision), the article's own first, then general lists (countries, capitals,
// continents); launch-domain names only for a text on the launch topic. Never an alias, a
// substring or a near-copy of the key, never on the key's side (Moscow for Russia), never
// something the article also says of the distractor, and close to the key in length.
import type { Analysis, Sentence } from './analysis.ts';
import { dateOrdinal, formatDate, nearbyDates, sameDate, type DateMention, type DateValue } from './dates.ts';
import type { Entity, Mention } from './entities.ts';
import { REGION_OF_SIDE } from './general-places.ts';
import { DEMONYMS, LEXICON, PROPER_ADJECTIVES } from './lexicon.ts';
import { formatNumber, nearbyNumbers, type NumberMention } from './numbers.ts';
import { voicesOf } from './quotes.ts';
import type { Random } from './random.ts';
import { castAlike, eventPeer, knownPeer, voiceAlike, type Voice } from './roles.ts';
import { containsPhrase, contentWords, memo, normalize, overlap, STOPWORDS } from './words.ts';

export interface DistractorContext {
  analysis: Analysis;
  /** The evidence sentence: nothing it mentions may be a distractor (it may be true as well). */
  evidence: Sentence;
  /** The stem as shown: no distractor may share a content word with it. */
  stem: string;
  /** Content words of what the item claims about the key, for the "also true" check. */
  claim: string[];
  random: Random;
}

/** How the key is written, so that distractors are written alike. */
type NameForm = 'full' | 'short';

function nameOf(e: Entity | LexLike, form: NameForm): string | null {
  if (form === 'full') return e.name;
  // The short form the article itself uses ("ISIS", "Lavrov"), before the lexicon's.
  const mentions = (e as Entity).mentions;
  if (mentions?.length) {
    const used = mentions.map((m) => m.text).filter((t) => !/\s/.test(t) && t !== e.name);
    if (used.length) return used.sort((a, b) => a.length - b.length)[0] as string;
  }
  if (e.short) return e.short;
  return e.kind === 'person' ? null : e.name;
}

interface LexLike {
  id: string;
  kind: string;
  sub: string;
  name: string;
  short?: string;
  side: string;
  nation?: string;
  the: boolean;
  plural: boolean;
  aliases: Set<string>;
  general?: boolean;
  gender?: string;
  field?: string;
}

/** How far back a person of unknown gender ranks behind those the text shows to be the key's: always behind them. */
const UNKNOWN_GENDER_RANK = 1000;

/** Names of people that are the tail of another person's longer name ("Marie Leroi" of "Armand Marie Leroi"). */
function nameFragments(analysis: Analysis): Set<string> {
  const people = analysis.entities.filter((e) => e.kind === 'person').map((e) => normalize(e.name));
  return new Set(people.filter((p) => p.includes(' ') && people.some((q) => q !== p && q.endsWith(` ${p}`))));
}

/** Both known and not the same. */
function differs(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b;
}

/**
 * Wrong options from outside the article (general lists, nearby values, the launch lexicon): at
 * most this many per item, and only beside at least one of the article's own. A reader weighs the
 * article's own names and figures against each other; made-up values only round the set out.
 */
const MAX_OUTSIDE_OPTIONS = 1;

/** Wrong options for who said something that are people cast like the speaker but not heard in the article. */
const MAX_SILENT_PEERS = 1;

/** Made-up dates and figures fill a set of wrong options only up to this many (the article's own may make more). */
const MADE_UP_FILL = 2;

/** A text names at least this many launch-domain entries before their names may be its wrong options. */
const LAUNCH_TOPIC_MIN_NAMES = 4;
const ON_LAUNCH_TOPIC = new WeakMap<Analysis, boolean>();

/**
 * Is the text on the launch topic? Decided by the text alone: how many distinct launch-domain
 * names (not general places) it mentions. Only then may other launch-domain names be wrong options.
 */
export function onLaunchTopic(analysis: Analysis): boolean {
  let on = ON_LAUNCH_TOPIC.get(analysis);
  if (on === undefined) {
    on = analysis.entities.filter((e) => e.lex && !e.lex.general).length >= LAUNCH_TOPIC_MIN_NAMES;
    ON_LAUNCH_TOPIC.set(analysis, on);
  }
  return on;
}

function lexicalFallback(): LexLike[] {
  return LEXICON.map((l) => ({
    id: l.id,
    kind: l.kind,
    sub: l.sub,
    name: l.names[0] as string,
    ...(l.kind === 'person' ? { short: l.names[1] } : l.names.find((n) => /^(?:\p{Lu}\.?){2,6}$/u.test(n)) ? { short: l.names.find((n) => /^(?:\p{Lu}\.?){2,6}$/u.test(n)) as string } : {}),
    side: l.side,
    ...(l.nation ? { nation: l.nation } : {}),
    the: l.the,
    plural: l.plural,
    aliases: new Set(l.names.map(normalize)),
    general: l.general,
  }));
}
let LEX_CACHE: LexLike[] | null = null;

export function tooSimilar(a: string, b: string): boolean {
  return similarPair(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
}

const similarPair = memo((pair: string): boolean => {
  const [a, b] = pair.split('\u0000') as [string, string];
  return tooSimilarRaw(a, b);
});

function tooSimilarRaw(a: string, b: string): boolean {
  const na = normalize(a).replace(/^the /, '');
  const nb = normalize(b).replace(/^the /, '');
  if (!na || !nb || na === nb) return true;
  if (` ${na} `.includes(` ${nb} `) || ` ${nb} `.includes(` ${na} `)) return true;
  const ta = new Set(na.split(' '));
  const tb = new Set(nb.split(' '));
  let shared = 0;
  for (const t of ta) if (tb.has(t) && t.length > 2 && !STOPWORDS.has(t)) shared++;
  if (shared / Math.min(ta.size, tb.size) >= 0.5 && Math.min(ta.size, tb.size) > 1) return true;
  return editDistance(na, nb) <= Math.max(1, Math.floor(Math.min(na.length, nb.length) / 5));
}

/** Levenshtein distance between two short strings (99 when their lengths differ by more than 3). */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length] as number;
}

/** Length without a leading article: "the United States" reads as long as "United States". */
export function visibleLength(text: string): number {
  return text.replace(/^the\s+/i, '').length;
}

function lengthOk(key: string, option: string): boolean {
  const r = visibleLength(option) / Math.max(1, visibleLength(key));
  return r >= 0.4 && r <= 2.2 && Math.abs(visibleLength(option) - visibleLength(key)) <= 16;
}

// Content words of each sentence, as a set (the "also true" test runs for every candidate).
const sentenceWords = memo((text: string) => new Set(contentWords(text)));

/** Does the article say the claim of this entity too? (Shares most of the claim's content words in a sentence naming it.) */
function alsoTrue(ctx: DistractorContext, e: Entity): boolean {
  const claim = new Set(ctx.claim);
  if (claim.size < 2) return false;
  for (const m of e.mentions) {
    if (m.sentence === ctx.evidence.index) return true;
    const words = sentenceWords((ctx.analysis.sentences[m.sentence] as Sentence).text);
    let shared = 0;
    for (const w of claim) if (words.has(w)) shared++;
    if (shared / claim.size >= 0.4) return true;
  }
  return false;
}

interface EntityOption {
  text: string;
  entity?: Entity;
}

// Per analysis: each kind's entities with how often the text (not a caption) names them.
const POOLS = new WeakMap<Analysis, Map<string, { e: Entity; inText: number }[]>>();

function poolOf(analysis: Analysis, kind: string): { e: Entity; inText: number }[] {
  let pools = POOLS.get(analysis);
  if (!pools) {
    pools = new Map();
    for (const e of analysis.entities) {
      const inText = e.mentions.filter((m) => !(analysis.sentences[m.sentence] as Sentence).caption).length;
      if (!inText) continue;
      const list = pools.get(e.kind) ?? [];
      list.push({ e, inText });
      pools.set(e.kind, list);
    }
    POOLS.set(analysis, pools);
  }
  return pools.get(kind) ?? [];
}

/**
 * Could `needed` wrong options stand beside `key`: that many of the article's own entities of the same
 * kind and class on another side (or the launch lexicon, for a text on the launch topic)? A cheap test
 * before an item is drafted, so hopeless drafts cost nothing.
 */
export function enoughPeers(analysis: Analysis, key: Entity, needed: number): boolean {
  if (onLaunchTopic(analysis)) return true;
  const keyClass = distractorClass(key.sub);
  let n = 0;
  for (const p of poolOf(analysis, key.kind)) if (p.e !== key && p.e.side !== key.side && (key.kind === 'person' || distractorClass(p.e.sub) === keyClass) && ++n >= needed) return true;
  return false;
}

/** Does the article give another figure written like this one (same unit, sign and scale)? */
export function hasNumberPeer(analysis: Analysis, key: NumberMention): boolean {
  return analysis.sentences.some((s) => !s.caption && s.numbers.some((n) => n.value !== key.value && n.unit === key.unit && n.form === key.form && n.factor === key.factor && n.prefix === key.prefix && n.suffix === key.suffix));
}

/**
 * Up to `count` same-kind entity distractors for `key`, written in `form`.
 * `withThe`: the gap absorbed "the", so each option carries its own article.
 */
export function entityDistractors(
  key: Entity,
  keyText: string,
  ctx: DistractorContext,
  opts: {
    count: number;
    form: NameForm;
    withThe: boolean;
    plural?: boolean;
    exclude?: readonly Entity[];
    accept?: (c: { side: string; nation?: string; name: string }) => boolean;
    /** Only the article's own entities (true/false swaps: the reader must be able to tell them apart). */
    articleOnly?: boolean;
    /** People acting for a state the stem names ("Russia's efforts") are too likely to be right as well. */
    avoidStemNations?: boolean;
    /** Every option written like the key: with "the" or without (a gap mid-phrase cannot take both). */
    sameArticle?: boolean;
    /** Put "the" before names that take it (a swap into running text: "briefed the United Nations"). */
    articleAsNeeded?: boolean;
    /**
     * Who said or claimed something: people from any field the article has speak or hold a view, and at
     * most one it casts in the speaker's own part (a player in an imagined scene, a former owner named in
     * passing are neither).
     */
    anyField?: boolean;
    /** The quotation speaks as one of a body or of one from outside: wrong options of the speaker's own part only. */
    voice?: Voice;
  },
): EntityOption[] {
  const out: EntityOption[] = [];
  const stemNations = opts.avoidStemNations || key.kind !== 'person' ? sidesNamedIn(ctx.stem) : new Set<string>();
  const mentionedHere = new Set(ctx.evidence.mentions.map((m: Mention) => m.entity.side));
  const stemWords = new Set(contentWords(ctx.stem));
  const stemPadded = ` ${normalize(ctx.stem)} `;
  const keyClass = distractorClass(key.sub);
  const keyLength = visibleLength(keyText);
  const stemGender = key.kind === 'person' && key.gender && new RegExp(key.gender === 'm' ? '\\b(?:he|his|him)\\b' : '\\b(?:she|her)\\b', 'i').test(ctx.stem) ? key.gender : undefined;
  const fragments = key.kind === 'person' ? nameFragments(ctx.analysis) : new Set<string>();
  const voices = opts.anyField && key.kind === 'person' ? voicesOf(ctx.analysis) : new Set<Entity>();
  // Who said it: one wrong option at most may be someone who does not speak, cast in the speaker's own part.
  let silentPeers = 0;
  // Cheapest tests first: most candidates fail on kind, side or length.
  const text = (c: LexLike): string | null => {
    if (c.id === key.id || c.kind !== key.kind) return null;
    // One side's ministries are distinct actors (the Pentagon vs the Obama administration); its places are not.
    if (c.side === key.side && !(key.kind === 'org' && key.sub === 'gov')) return null;
    if (key.kind !== 'person' && distractorClass(c.sub) !== keyClass) return null;
    if (mentionedHere.has(c.side)) return null;
    if (opts.exclude?.some((x) => x.id === c.id)) return null;
    // The article's own people: voices for who said it, otherwise people it casts in the key's part.
    if (key.kind === 'person' && 'mentions' in c) {
      const e = c as unknown as Entity;
      if (opts.anyField ? !voices.has(e) && !knownPeer(key, e, ctx.analysis) : !castAlike(key, e, ctx.analysis)) return null;
    }
    if (key.kind === 'person') {
      const e = 'mentions' in c ? (c as unknown as Entity) : null;
      if (!eventPeer(key, e, ctx.analysis) || (opts.voice && !voiceAlike(key, e, ctx.analysis, opts.voice))) return null;
    }
    if (opts.accept && !opts.accept(c)) return null;
    if (opts.avoidStemNations && c.nation && stemNations.has(c.nation)) return null;
    // "advised _____ to cooperate with the Syrian authorities": not Damascus.
    if (key.kind !== 'person' && stemNations.has(c.side)) return null;
    if (opts.sameArticle && c.the !== key.the) return null;
    if (opts.plural !== undefined && c.plural !== opts.plural) return null;
    // People of the same kind as far as the text shows it: he with he, she with she, a minister with politicians.
    if (key.kind === 'person' && (differs(key.gender, c.gender) || (!opts.anyField && differs(key.field, c.field)))) return null;
    // "… when he miscounted his laps": a stem that says he or she takes only people the text shows to be so.
    if (key.kind === 'person' && stemGender && c.gender !== stemGender) return null;
    // "Marie Leroi" beside "Armand Marie Leroi": a fragment of another person's name is no person.
    if (key.kind === 'person' && fragments.has(normalize(c.name))) return null;
    // "Briton Hayley Yelling": a name read with the word before it is not written like a name.
    if (key.kind === 'person' && (DEMONYMS.has(c.name.split(' ')[0] as string) || PROPER_ADJECTIVES.has(c.name.split(' ')[0] as string))) return null;
    const base = nameOf(c, opts.form);
    if (!base) return null;
    // A person's name in the key's form: a full name with full names, a surname with surnames.
    if (key.kind === 'person' && !personFormMatches(keyText, base)) return null;
    const t = (opts.withThe || opts.articleAsNeeded) && c.the ? `the ${base}` : base;
    if (!lengthOk(keyText, t)) return null;
    if (tooSimilar(t, keyText)) return null;
    for (const w of contentWords(t)) if (stemWords.has(w)) return null;
    for (const a of c.aliases) if (stemPadded.includes(` ${normalize(a)} `)) return null;
    for (const d of demonymsOf(c.id)) if (stemPadded.includes(` ${normalize(d)} `)) return null;
    return t;
  };
  // Distractors of one side are near-duplicates to a reader (the UN and the UN Security Council).
  const sides = new Set<string>();
  const take = (t: string | null, c?: { side: string }, e?: Entity): void => {
    if (!t || out.length >= opts.count || out.some((o) => tooSimilar(o.text, t))) return;
    if (voices.size && e && !voices.has(e) && silentPeers++ >= MAX_SILENT_PEERS) return;
    if (c && key.kind !== 'person' && sides.has(c.side)) return;
    if (c) sides.add(c.side);
    out.push(e ? { text: t, entity: e } : { text: t });
  };
  // The article's own entities first, most named outside captions first, then nearest in length.
  const ranked = poolOf(ctx.analysis, key.kind)
    // A person whose gender the text does not show comes after those it shows to be the key's.
    .map((p) => ({ e: p.e, rank: -p.inText * 2 + Math.abs(p.e.name.length - key.name.length) / 6 + (key.gender && !p.e.gender ? UNKNOWN_GENDER_RANK : 0) }))
    .sort((a, b) => a.rank - b.rank);
  // Usable article entities, worked out lazily (most calls need only the first few).
  const usable: { e: Entity; t: string }[] = [];
  let scanned = 0;
  const usableAt = (i: number): { e: Entity; t: string } | undefined => {
    while (usable.length <= i && scanned < ranked.length) {
      const { e } = ranked[scanned++] as { e: Entity };
      const t = text(e as unknown as LexLike);
      if (t && !alsoTrue(ctx, e)) usable.push({ e, t });
    }
    return usable[i];
  };
  // One distractor at least about as long as the key, so the key is never the lone long option:
  // the article's own if it has one, else the lexicon's.
  const longEnough = (t: string): boolean => visibleLength(t) >= keyLength * 0.8;
  let similar: { e: Entity; t: string } | undefined;
  for (let i = 0; !similar && usableAt(i); i++) if (longEnough((usableAt(i) as { t: string }).t)) similar = usableAt(i);
  if (similar) take(similar.t, similar.e, similar.e);
  const inArticle = new Set(ctx.analysis.entities.map((e) => e.id));
  let fallbackList: LexLike[] | null = null;
  const launchTopic = onLaunchTopic(ctx.analysis);
  // General places only from the key's own region (a place of unknown region takes none).
  const region = REGION_OF_SIDE[key.side];
  const fallback = (): LexLike[] =>
    (fallbackList ??= opts.articleOnly
      ? []
      : ctx.random.shuffle((LEX_CACHE ??= lexicalFallback()).filter((c) => !inArticle.has(c.id) && (c.general ? !!region && REGION_OF_SIDE[c.side] === region : launchTopic))));
  let outside = 0;
  if (!similar && usable.length) {
    for (const c of fallback()) {
      const t = text(c);
      if (t && longEnough(t)) {
        take(t, c);
        outside = out.length;
        break;
      }
    }
  }
  for (let i = 0; out.length < opts.count && usableAt(i); i++) take((usableAt(i) as { t: string }).t, (usableAt(i) as { e: Entity }).e, (usableAt(i) as { e: Entity }).e);
  if (out.length - outside < 1) return [];
  for (const c of fallback()) {
    if (out.length >= opts.count || outside >= MAX_OUTSIDE_OPTIONS) break;
    const before = out.length;
    take(text(c), c);
    outside += out.length - before;
  }
  // A compatriot of the key among the options when the article names one: the only Russian among four
  // names, for a Russian's words, answers the question by itself.
  if (key.kind === 'person' && key.nation && out.length && !out.some((o) => o.entity?.nation === key.nation)) {
    for (let i = 0; usableAt(i); i++) {
      const u = usableAt(i) as { e: Entity; t: string };
      if (u.e.nation !== key.nation || out.some((o) => o.text === u.t)) continue;
      out[out.length - 1] = { text: u.t, entity: u.e };
      break;
    }
  }
  return out;
}

const FULL_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:al|el|bin|de|van|von|da|di|le|la)\s+)?\p{Lu}[\p{L}'’.-]*){1,3}$/u;
const SURNAME = /^\p{Lu}[\p{L}'’-]+$/u;

/** Same written form for people: both full names ("Liam Fox", "Tony Blair") or both single surnames. */
export function personFormMatches(key: string, option: string): boolean {
  if (/^the\s/i.test(option)) return false;
  if (FULL_NAME.test(key)) return FULL_NAME.test(option);
  if (SURNAME.test(key)) return SURNAME.test(option);
  return true;
}

/** Dates of the same precision: the article's other dates first, then nearby ones (unless `articleOnly`). */
export function dateDistractors(key: DateMention, ctx: DistractorContext, count: number, articleOnly = false): string[] {
  const taken: DateValue[] = [key.value, ...ctx.evidence.dates.map((d) => d.value)];
  const out: string[] = [];
  const consider = (v: DateValue): void => {
    if (out.length >= count || v.gran !== key.value.gran || taken.some((t) => sameDate(t, v))) return;
    if (v.y !== undefined && (v.y < 1900 || v.y > 2100)) return;
    const text = formatDate(v, key);
    if (overlap(contentWords(ctx.stem), contentWords(text)) > 0) return;
    taken.push(v);
    out.push(text);
  };
  for (const s of ctx.analysis.sentences) for (const d of s.dates) if (!s.caption) consider(d.value);
  if (articleOnly) return out;
  // Made-up dates only round the set out to two wrong options (three options in all): the article's own come first.
  const limit = Math.max(out.length, Math.min(count, MADE_UP_FILL));
  // Made-up dates on a side of the key chosen by the seed: a year before and a year after would put the key in the middle every time.
  const nearby = nearbyDates(key.value);
  const at = dateOrdinal(key.value);
  const below = nearby.filter((v) => dateOrdinal(v) < at);
  const above = nearby.filter((v) => dateOrdinal(v) > at);
  const fromBelow = Math.floor(ctx.random.next() * (limit - out.length + 1));
  for (const v of [...below.slice(0, fromBelow), ...above, ...below.slice(fromBelow)]) if (out.length < limit) consider(v);
  return out;
}

/**
 * Other values of the same unit and scale, written the same way (words stay words): the
 * article's own first (its other counts of jobs, its other percentages), then nearby values
 * unless `articleOnly` (a true/false swap must be one the text itself contradicts); article values at most
 * `maxRatio` times larger or smaller than the key.
 */
export function numberDistractors(key: NumberMention, ctx: DistractorContext, count: number, articleOnly = false, maxRatio = 10): string[] {
  const out: string[] = [];
  const taken = new Set([key.value, ...ctx.evidence.numbers.map((n) => n.value)]);
  const scale = (v: number): number => Math.floor(Math.log10(Math.max(1, v)));
  for (const s of ctx.analysis.sentences) {
    if (s.caption) continue;
    for (const n of s.numbers) {
      // Written alike: same unit, currency sign and scale word ("$1.13bn" with "$639m" would not do).
      if (out.length >= count || taken.has(n.value) || n.unit !== key.unit || n.form !== key.form || n.factor !== key.factor || n.prefix !== key.prefix || n.suffix !== key.suffix) continue;
      // Same scale: 146,000 jobs with 190,000 jobs, not with 2 jobs ("dominates with a share of 5%" is no fair swap for 90%).
      if (Math.abs(scale(n.value) - scale(key.value)) > 1 || Math.max(n.value, key.value) / Math.min(n.value, key.value) > maxRatio) continue;
      taken.add(n.value);
      // As the article writes it (its own digits, before the same scale word as the key's).
      out.push(n.form === 'words' ? formatNumber(n.value, key) : n.text);
    }
  }
  // A figure in digits the article sets beside no other of its kind has no fair wrong values: made-up
  // ones alone are guesswork about scale. A small count in words ("three sequels") has its neighbours.
  if (articleOnly || (!out.length && key.form !== 'words')) return out;
  const limit = Math.max(out.length, Math.min(count, MADE_UP_FILL));
  // Values close to the key first: a half and a double around it make a series whose base is the key.
  const closeness = (v: number): number => Math.abs(Math.log(v / key.value));
  for (const v of nearbyNumbers(key).sort((a, b) => closeness(a) - closeness(b))) {
    if (out.length >= limit) break;
    if (taken.has(v)) continue;
    taken.add(v);
    out.push(formatNumber(v, key));
  }
  return out;
}

/** "Syrian" for Syria: a demonym in the stem points at (or away from) an option just like the name. */
function demonymsOf(id: string): string[] {
  return DEMONYMS_BY_ID.get(id) ?? [];
}
const DEMONYMS_BY_ID = new Map(LEXICON.filter((l) => l.demonyms.length).map((l) => [l.id, l.demonyms]));

/** Governments and international bodies are all "institutions" to a reader. */
function distractorClass(sub: string): string {
  return sub === 'gov' || sub === 'intl' ? 'institution' : sub;
}

/** The states a text names, by name, demonym, capital or institution ("Russia's", "Syrian", "Washington", "the Kremlin"). */
function sidesNamedIn(text: string): Set<string> {
  const out = new Set<string>();
  PLACE_WORDS ??= placeWordIndex();
  for (const w of new Set(normalize(text).split(' '))) {
    for (const p of PLACE_WORDS.get(w) ?? []) if (!out.has(p.side) && containsPhrase(text, p.name)) out.add(p.side);
  }
  return out;
}

// Place names and demonyms by their first normalised word, for sidesNamedIn.
let PLACE_WORDS: Map<string, { side: string; name: string }[]> | null = null;
function placeWordIndex(): Map<string, { side: string; name: string }[]> {
  const map = new Map<string, { side: string; name: string }[]>();
  // States, their capitals and their institutions (the Kremlin speaks for Russia).
  const states = new Set(LEXICON.filter((l) => l.sub === 'country').map((l) => l.side));
  for (const l of LEXICON) {
    if (l.kind === 'person' || !states.has(l.side)) continue;
    for (const name of [...l.names, ...l.demonyms]) {
      const first = normalize(name).split(' ')[0] as string;
      map.set(first, [...(map.get(first) ?? []), { side: l.side, name }]);
    }
  }
  return map;
}

/** Demonyms of a whole side: "Russian" gives away Moscow and the Kremlin as much as Russia. */
export function sideDemonyms(side: string): string[] {
  return DEMONYMS_BY_SIDE.get(side) ?? [];
}
const DEMONYMS_BY_SIDE = (() => {
  const map = new Map<string, string[]>();
  for (const l of LEXICON) if (l.demonyms.length) map.set(l.side, [...(map.get(l.side) ?? []), ...l.demonyms]);
  return map;
})();
