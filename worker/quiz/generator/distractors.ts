// Wrong options: same kind as the key (people with people, countries with countries, dates
// of the same precision), the article's own first, then the lexicon's. Never an alias, a
// substring or a near-copy of the key, never on the key's side (Moscow for Russia), never
// something the article also says of the distractor, and close to the key in length.
import type { Analysis, Sentence } from './analysis.ts';
import { formatDate, nearbyDates, sameDate, type DateMention, type DateValue } from './dates.ts';
import type { Entity, Mention } from './entities.ts';
import { LEXICON } from './lexicon.ts';
import { formatNumber, nearbyNumbers, type NumberMention } from './numbers.ts';
import type { Random } from './random.ts';
import { containsPhrase, contentWords, normalize, overlap } from './words.ts';

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
export type NameForm = 'full' | 'short';

export function nameOf(e: Entity | LexLike, form: NameForm): string | null {
  if (form === 'full') return e.name;
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
  }));
}
let LEX_CACHE: LexLike[] | null = null;

export function tooSimilar(a: string, b: string): boolean {
  const na = normalize(a);
  const nb = normalize(b);
  if (!na || !nb || na === nb) return true;
  if (` ${na} `.includes(` ${nb} `) || ` ${nb} `.includes(` ${na} `)) return true;
  const ta = new Set(na.split(' '));
  const tb = new Set(nb.split(' '));
  let shared = 0;
  for (const t of ta) if (tb.has(t) && t.length > 2) shared++;
  if (shared / Math.min(ta.size, tb.size) >= 0.5 && Math.min(ta.size, tb.size) > 1) return true;
  return editDistance(na, nb) <= Math.max(1, Math.floor(Math.min(na.length, nb.length) / 5));
}

function editDistance(a: string, b: string): number {
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

/** Does the article say the claim of this entity too? (Shares most of the claim's content words in a sentence naming it.) */
function alsoTrue(ctx: DistractorContext, e: Entity): boolean {
  if (ctx.claim.length < 2) return false;
  for (const m of e.mentions) {
    if (m.sentence === ctx.evidence.index) return true;
    const s = ctx.analysis.sentences[m.sentence] as Sentence;
    if (overlap(contentWords(s.text), ctx.claim) >= 0.4) return true;
  }
  return false;
}

export interface EntityOption {
  text: string;
  entity?: Entity;
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
    accept?: (c: { side: string; nation?: string }) => boolean;
    /** Only the article's own entities (true/false swaps: the reader must be able to tell them apart). */
    articleOnly?: boolean;
    /** People acting for a state the stem names ("Russia's efforts") are too likely to be right as well. */
    avoidStemNations?: boolean;
    /** Every option written like the key: with "the" or without (a gap mid-phrase cannot take both). */
    sameArticle?: boolean;
  },
): EntityOption[] {
  const out: EntityOption[] = [];
  const stemNations = opts.avoidStemNations ? sidesNamedIn(ctx.stem) : new Set<string>();
  const mentionedHere = new Set(ctx.evidence.mentions.map((m: Mention) => m.entity.side));
  const usable = (c: LexLike, isArticle: boolean): string | null => {
    if (c.id === key.id || c.kind !== key.kind) return null;
    // One side's ministries are distinct actors (the Pentagon vs the Obama administration); its places are not.
    if (c.side === key.side && !(key.kind === 'org' && key.sub === 'gov')) return null;
    if (key.kind !== 'person' && distractorClass(c.sub) !== distractorClass(key.sub)) return null;
    if (mentionedHere.has(c.side)) return null;
    if (opts.exclude?.some((x) => x.id === c.id)) return null;
    if (opts.accept && !opts.accept(c)) return null;
    if (opts.avoidStemNations && c.nation && stemNations.has(c.nation)) return null;
    if (opts.sameArticle && c.the !== key.the) return null;
    if (opts.plural !== undefined && c.plural !== opts.plural) return null;
    const base = nameOf(c, opts.form);
    if (!base) return null;
    const text = opts.withThe && c.the ? `the ${base}` : base;
    if ([...c.aliases].some((a) => containsPhrase(ctx.stem, a)) || demonymsOf(c.id).some((d) => containsPhrase(ctx.stem, d))) return null;
    if (overlap(contentWords(ctx.stem), contentWords(text)) > 0) return null;
    if (tooSimilar(text, keyText) || out.some((o) => tooSimilar(o.text, text))) return null;
    if (!lengthOk(keyText, text)) return null;
    if (isArticle && alsoTrue(ctx, c as unknown as Entity)) return null;
    return text;
  };
  // The article's own entities first, most mentioned outside captions first, then nearest in length.
  const inText = (e: Entity): number => e.mentions.filter((m) => !(ctx.analysis.sentences[m.sentence] as Sentence).caption).length;
  const fromArticle = ctx.analysis.entities
    .filter((e) => e.kind === key.kind && inText(e) > 0)
    .map((e) => ({ e, rank: -inText(e) * 2 + Math.abs(e.name.length - key.name.length) / 6 }))
    .sort((a, b) => a.rank - b.rank);
  // One distractor at least as long as the key (give or take), so the key is never the lone long option.
  const keyLength = visibleLength(keyText);
  const similar = fromArticle.find(({ e }) => {
    const n = nameOf(e as unknown as LexLike, opts.form);
    return n !== null && visibleLength(n) >= keyLength * 0.8 && usable(e as unknown as LexLike, true) !== null;
  });
  if (similar) out.push({ text: usable(similar.e as unknown as LexLike, true) as string, entity: similar.e });
  for (const { e } of fromArticle) {
    if (out.length >= opts.count) break;
    const text = usable(e as unknown as LexLike, true);
    if (text) out.push({ text, entity: e });
  }
  if (out.length < opts.count && !opts.articleOnly) {
    LEX_CACHE ??= lexicalFallback();
    const inArticle = new Set(ctx.analysis.entities.map((e) => e.id));
    for (const c of ctx.random.shuffle(LEX_CACHE)) {
      if (out.length >= opts.count) break;
      if (inArticle.has(c.id)) continue;
      const text = usable(c, false);
      if (text) out.push({ text });
    }
  }
  return out;
}

/** Dates of the same precision: the article's other dates first, then nearby ones. */
export function dateDistractors(key: DateMention, ctx: DistractorContext, count: number): string[] {
  const taken: DateValue[] = [key.value, ...ctx.evidence.dates.map((d) => d.value)];
  const out: string[] = [];
  const consider = (v: DateValue): void => {
    if (out.length >= count || v.gran !== key.value.gran || taken.some((t) => sameDate(t, v))) return;
    if (v.y !== undefined && (v.y < 1900 || v.y > 2100)) return;
    const text = formatDate(v, key.abbreviated);
    if (overlap(contentWords(ctx.stem), contentWords(text)) > 0) return;
    taken.push(v);
    out.push(text);
  };
  for (const s of ctx.analysis.sentences) for (const d of s.dates) if (!s.caption) consider(d.value);
  for (const v of nearbyDates(key.value)) consider(v);
  return out;
}

/** Other values of the same unit, written the same way (words stay words). */
export function numberDistractors(key: NumberMention, ctx: DistractorContext, count: number): string[] {
  const out: string[] = [];
  const taken = new Set([key.value, ...ctx.evidence.numbers.map((n) => n.value)]);
  for (const v of nearbyNumbers(key)) {
    if (out.length >= count) break;
    if (taken.has(v)) continue;
    taken.add(v);
    out.push(formatNumber(v, key));
  }
  return out;
}

/** "Syrian" for Syria: a demonym in the stem points at (or away from) an option just like the name. */
export function demonymsOf(id: string): string[] {
  return LEXICON.find((l) => l.id === id)?.demonyms ?? [];
}

/** Governments and international bodies are all "institutions" to a reader. */
function distractorClass(sub: string): string {
  return sub === 'gov' || sub === 'intl' ? 'institution' : sub;
}

/** The states a text names, by name or demonym ("Russia's", "Syrian", "Washington"). */
export function sidesNamedIn(text: string): Set<string> {
  const out = new Set<string>();
  const words = new Set(normalize(text).split(' '));
  for (const l of LEXICON) {
    if (l.kind !== 'place' || out.has(l.side)) continue;
    // Cheap first-word test before the phrase test.
    const names = [...l.names, ...l.demonyms];
    if (names.some((n) => words.has(normalize(n).split(' ')[0] as string) && containsPhrase(text, n))) out.add(l.side);
  }
  return out;
}

/** Demonyms of a whole side: "Russian" gives away Moscow and the Kremlin as much as Russia. */
export function sideDemonyms(side: string): string[] {
  return LEXICON.filter((l) => l.side === side).flatMap((l) => l.demonyms);
}
