// Quotations and their speakers, from the usual news patterns:
//   "…," X said / "…," said X / X said (that) "…" / X told Y, "…" / X …: "…" / according to X, "…"
// A pronoun speaker is resolved to the previous quotation's speaker when nobody else was named
// in between; a role ("the Russian foreign minister") to the one person holding it. Anything
// else (no attribution, several people, a document or an unnamed official) is dropped.
import type { SourceText } from '../quiz/schema.ts';
import type { Analysis, Range, Sentence } from './analysis.ts';
import type { Entity, Mention } from './entities.ts';
import { DEMONYMS, ROLE_NOUNS } from './lexicon.ts';
import { normalize } from './words.ts';

export interface Quote {
  /** The part of the quotation inside the attribution sentence. */
  text: string;
  sentence: number;
  /** Span of `text` in the sentence. */
  start: number;
  end: number;
  speaker: Entity;
  /** Where the sentence names the speaker (a name, a pronoun or a role). */
  speakerSpan: Range;
  /** When the sentence only says "he" or "the foreign minister": where the name itself is. */
  antecedent?: { sentence: number; start: number; end: number };
  /** Starts mid-sentence ("be nice if we…"): shown with a leading ellipsis. */
  fragment: boolean;
  /** Goes on from the speaker's quotation in the sentence before, with no attribution of its own. */
  continues?: true;
}

const VERBS =
  'said|says|say|told|tells|added|adds|stated|states|stressed|stresses|noted|notes|wrote|writes|argued|argues|explained|insisted|warned|warns|claimed|claims|declared|declares|asked|asks|replied|recalled|remarked|continued|emphasized|emphasised|announced|tweeted|acknowledged|admitted|conceded|suggested';
const VERB_RE = new RegExp(`\\b(?:${VERBS})\\b`, 'g');
const PRONOUN = /^(?:he|she|He|She)$/;
// A reporting verb's own complement before the quotation ("of the hostility …:", "about the day he was sacked:").
const RECOUNTED = /\b(?:of|about|how)\s[^"“”]*:\s*$/;

interface RawQuote {
  /** Paragraph offsets of the inner text. */
  start: number;
  end: number;
  closed: boolean;
}

export function findQuotes(source: SourceText, sentences: Sentence[], entities: Entity[]): { quotes: Quote[]; dropped: number } {
  const quotes: Quote[] = [];
  let dropped = 0;
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of sentences) {
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push(s);
    byParagraph.set(s.paragraph, list);
  }
  const roleIndex = buildRoleIndex(entities);
  source.paragraphs.forEach((paragraph, p) => {
    const sents = byParagraph.get(p + 1) ?? [];
    const raws = scanQuoteMarks(paragraph);
    for (const q of [...raws.double, ...raws.single]) markQuoted(sents, q);
    for (const q of raws.double) {
      const result = attribute(q, paragraph, sents, sentences, quotes, roleIndex);
      if (result === 'skip') continue;
      if (result) quotes.push(result);
      else dropped++;
    }
  });
  return { quotes, dropped };
}

/** Pairs curly and straight double quotes; single quotes count only as scare quotes (masked, never attributed). */
function scanQuoteMarks(text: string): { double: RawQuote[]; single: RawQuote[] } {
  const double: RawQuote[] = [];
  const single: RawQuote[] = [];
  let open = -1;
  let straightOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' && open < 0 && straightOpen < 0) open = i + 1;
    else if (ch === '”' && open >= 0) {
      double.push({ start: open, end: i, closed: true });
      open = -1;
    } else if (ch === '"' && open < 0) {
      if (straightOpen < 0) straightOpen = i + 1;
      else {
        double.push({ start: straightOpen, end: i, closed: true });
        straightOpen = -1;
      }
    } else if ((ch === '‘' || (ch === "'" && /[\s(\[—–-]|^$/.test(text[i - 1] ?? ''))) && open < 0 && straightOpen < 0) {
      const close = findSingleClose(text, i + 1);
      if (close > 0) {
        single.push({ start: i + 1, end: close, closed: true });
        i = close;
      }
    }
  }
  // News style: a quotation running on into the next paragraph has no closing mark here.
  if (open >= 0) double.push({ start: open, end: text.length, closed: false });
  if (straightOpen >= 0) double.push({ start: straightOpen, end: text.length, closed: false });
  return { double, single };
}

function findSingleClose(text: string, from: number): number {
  for (let j = from; j < Math.min(text.length, from + 200); j++) {
    const ch = text[j];
    if ((ch === '’' || ch === "'") && !/\p{L}/u.test(text[j + 1] ?? '')) return j;
  }
  return -1;
}

function markQuoted(sents: Sentence[], q: RawQuote): void {
  for (const s of sents) {
    const a = Math.max(q.start, s.start) - s.start;
    const b = Math.min(q.end, s.start + s.text.length) - s.start;
    if (a < b) s.quoted.push([a, b]);
  }
}

function sentenceAt(sents: Sentence[], offset: number): Sentence | undefined {
  return sents.find((s) => offset >= s.start && offset < s.start + s.text.length + 1);
}

type RoleIndex = Map<string, { entity: Entity; sentence: number; start: number; end: number } | null>;

// "russian" -> "russia": a role written with a demonym or a possessive matches either way.
const DEMONYM_TO_STATE = new Map([...DEMONYMS].map(([d, e]) => [normalize(d), normalize(e.names[0] as string)]));

function roleKey(text: string): string {
  return normalize(text.replace(/^(?:the|a|an)\s+/i, ''))
    .split(' ')
    .map((w) => DEMONYM_TO_STATE.get(w) ?? w)
    .join(' ');
}

function buildRoleIndex(entities: Entity[]): RoleIndex {
  const index: RoleIndex = new Map();
  for (const e of entities) {
    for (const r of e.roles) {
      const key = roleKey(r.text);
      const prev = index.get(key);
      if (prev === undefined) index.set(key, { entity: e, sentence: r.sentence, start: r.start, end: r.end });
      else if (prev && prev.entity !== e) index.set(key, null); // two holders: ambiguous
    }
  }
  return index;
}

function attribute(
  q: RawQuote,
  paragraph: string,
  sents: Sentence[],
  all: Sentence[],
  earlier: Quote[],
  roles: RoleIndex,
): Quote | null | 'skip' {
  const inner = paragraph.slice(q.start, q.end).trim();
  const words = inner.split(/\s+/).length;
  const first = sentenceAt(sents, q.start);
  const last = sentenceAt(sents, Math.max(q.start, q.end - 1));
  if (!first || !last) return 'skip';
  // Short quoted phrases are usually scare quotes or titles, not speech: not counted as dropped.
  const isSpeech = words >= 4;
  // 1. Attribution after the closing mark, in the same sentence.
  if (q.closed) {
    const afterStart = q.end + 1 - last.start;
    const after = last.text.slice(afterStart);
    const m = /^\s*[,;]?\s*(?:\([^)]*\)\s*)?([^.;:!?"“”]{0,80}?)\b(said|says|told|added|adds|stated|stressed|noted|wrote|argued|explained|insisted|warned|claimed|declared|asked|replied|recalled|continued|emphasized|announced|tweeted)\b(?:\s+((?:[a-z-]+\s+){0,4}\p{Lu}[^,.;:]{1,60}))?/u.exec(after);
    if (m && (m[1] ?? '').split(/\s+/).filter(Boolean).length <= 10) {
      const npText = (m[1] ?? '').trim();
      const npStart = afterStart + (m.index ?? 0) + m[0].indexOf(m[1] ?? '') + ((m[1] ?? '').length - (m[1] ?? '').trimStart().length);
      const np = npText ? { start: npStart, end: npStart + npText.length } : null;
      // `"…," said Lavrov`: the name follows the verb.
      const post = !npText && m[3] ? { start: afterStart + (m.index ?? 0) + m[0].lastIndexOf(m[3]), end: afterStart + (m.index ?? 0) + m[0].lastIndexOf(m[3]) + m[3].trimEnd().length } : null;
      const target = np ?? post;
      if (!target) return isSpeech ? null : 'skip';
      const part = Math.max(q.start, last.start) - last.start;
      return finish(last, part, q.end - last.start, target, all, earlier, roles, isSpeech);
    }
  }
  // 2. Attribution before the opening mark, in the sentence where the quotation starts.
  const openAt = q.start - 1 - first.start;
  const before = first.text.slice(0, openAt);
  const partEnd = Math.min(q.end, first.start + first.text.length) - first.start;
  const acc = /\b[Aa]ccording to ([^,]{2,80}),/.exec(before);
  if (acc) {
    const start = (acc.index ?? 0) + acc[0].indexOf(acc[1] as string);
    return finish(first, q.start - first.start, partEnd, { start, end: start + (acc[1] as string).length }, all, earlier, roles, isSpeech);
  }
  let lastVerb: RegExpExecArray | null = null;
  for (const v of before.matchAll(VERB_RE)) lastVerb = v as RegExpExecArray;
  // "told researchers of the hostility she met: 'Well, you've only succeeded because you're a woman'": a quotation
  // after what the speaker recounts may be words said to them, not theirs.
  if (lastVerb && RECOUNTED.test(before.slice(lastVerb.index + lastVerb[0].length))) return isSpeech ? null : 'skip';
  if (lastVerb) {
    // The subject: the words right before the verb, back to a clause boundary, skipping an adverb.
    // An appositive between the name and the verb: "Dana Whitfield, a spokesperson for Central Command, told …".
    const head = before.slice(0, lastVerb.index).replace(/,\s*(?:a|an|the|one of|who|whose)\s[^,;:]{2,100},\s*$/, ' ');
    const clause = /(?:^|[,;:—–(]\s*|\bthat\s+|\band\s+|\bbut\s+)([^,;:—–()]*)$/.exec(head);
    let np = clause ? (clause[1] as string) : head;
    np = np.replace(/\s+(?:simply|also|later|then|again|once|recently|previously|even|had|has|have|was|is|would|will)\s*$/g, '');
    const start = head.length - (clause ? (clause[1] as string).length : head.length);
    const trimmed = np.trim();
    if (!trimmed) {
      // "Liam Fox, Tory co-chairman, said: …", "The shadow minister, Ann Lee, said: …": the one person named before the verb, set off by commas.
      const named = appositiveSpeaker(first, lastVerb.index);
      return named ? finish(first, q.start - first.start, partEnd, named, all, earlier, roles, isSpeech) : isSpeech ? null : 'skip';
    }
    const realStart = start + (np.length - np.trimStart().length);
    return finish(first, q.start - first.start, partEnd, { start: realStart, end: realStart + trimmed.length }, all, earlier, roles, isSpeech);
  }
  // `X was even more enthusiastic …: "…"`: the sentence's subject, when it is a single person.
  if (/:\s*$/.test(before)) {
    const subject = first.mentions.find((mm) => mm.start < openAt);
    if (subject && subject.entity.kind === 'person' && /^(?:[\p{Lu}][\p{L}.’'-]*\s+){0,5}$/u.test(first.text.slice(0, subject.start))) {
      const others = first.mentions.filter((mm) => mm.start < openAt && mm.entity.kind === 'person' && mm.entity !== subject.entity);
      if (!others.length) return finish(first, q.start - first.start, partEnd, { start: subject.start, end: subject.end }, all, earlier, roles, isSpeech);
    }
  }
  if (isSpeech && q.closed && openAt === 0) {
    const continued = continuation(first, last, q.end - last.start, partEnd, all, earlier);
    if (continued) return continued;
  }
  return isSpeech ? null : 'skip';
}

/**
 * News style: a quotation that opens a sentence right after someone's attributed words, with no
 * attribution of its own, goes on in the same voice ("…," Mr Hale said. "We will appeal.").
 * Only when the sentence before names no other person outside quotation marks and asks nothing
 * (after "she asked him", the reply is his), and nothing follows the closing mark.
 */
const LEANS_BACK = /^(?:That|This|These|Those|Such|It|Its|They|Their|He|His|She|Her|Him|Them|So|And|But|Or|Yet|Also|As a (?:result|consequence)|Then)\b/;

function continuation(first: Sentence, last: Sentence, closeAt: number, partEnd: number, all: Sentence[], earlier: Quote[]): Quote | null {
  const before = all[first.index - 1];
  if (!before || before.paragraph < first.paragraph - 1 || ASKS.test(before.text)) return null;
  if (!/^[”"]?[.!?…]?$/.test(last.text.slice(closeAt).trim())) return null;
  const prev = earlier[earlier.length - 1];
  const voice = prev && prev.sentence === before.index ? { speaker: prev.speaker, at: prev.antecedent ?? { sentence: prev.sentence, start: prev.speakerSpan[0], end: prev.speakerSpan[1] } } : reporter(before);
  if (!voice) return null;
  const outside = (s: Sentence, m: Mention): boolean => !s.quoted.some(([a, b]) => m.start >= a && m.end <= b);
  if (before.mentions.some((m) => mayBePerson(m.entity) && m.entity !== voice.speaker && outside(before, m))) return null;
  if (first.mentions.some((m) => outside(first, m))) return null;
  const raw = first.text.slice(1, partEnd);
  const text = raw.trim().replace(/[,;:]$/, '');
  const start = 1 + (raw.length - raw.trimStart().length);
  // "That means …", "Such activities …": words that lean on the sentence before do not stand as a quotation of their own.
  if (!/^\p{Lu}/u.test(text) || LEANS_BACK.test(text)) return null;
  return { text, sentence: first.index, start, end: start + text.length, fragment: false, speaker: voice.speaker, speakerSpan: [start, start + text.length], antecedent: voice.at, continues: true };
}

// "Hazel Gilbert, 23, …": two or three capitalised words the entity reader did not place may well be a person.
const PERSON_LIKE = /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** A person, or a name that may be one: another voice that makes "he said" or a quotation's speaker unclear. */
function mayBePerson(e: Entity): boolean {
  return e.kind === 'person' || (e.kind === 'other' && PERSON_LIKE.test(e.name));
}

// After "she asked them" the reply may be theirs (a person told something is named, and so ruled out, below).
const ASKS = /\b(?:asked|asks)\b/;
// "Jacques Barrot, vice president of the Commission, said that …": one person, then (after an aside) a reporting verb.
const REPORTED_BY = new RegExp(`^(?:,[^,;:"“”]{2,100},)?\\s+(?:has\\s+|had\\s+)?(?:${VERBS})\\b`);

/** The one person a sentence reports the words of ("X said that …"), named outside quotation marks. */
function reporter(s: Sentence): { speaker: Entity; at: { sentence: number; start: number; end: number } } | null {
  const people = s.mentions.filter((m) => mayBePerson(m.entity) && !s.quoted.some(([a, b]) => m.start >= a && m.end <= b));
  const m = people[0];
  if (!m || m.entity.kind !== 'person' || people.some((x) => x.entity !== m.entity) || m.possessive || !REPORTED_BY.test(s.text.slice(m.end))) return null;
  return { speaker: m.entity, at: { sentence: s.index, start: m.start, end: m.end } };
}

// Words of a person's double post ("chairman and chief executive"): "and" there joins posts, not speakers.
const POST_WORDS = new Set(['and', 'the', 'of', 'vice', 'deputy', 'managing', 'non-executive', 'general', 'joint', 'co-founder']);

/** "chairman and chief executive ": every word before the name a post, so "and" joins two posts of one person. */
function twoPosts(head: string): boolean {
  const words = head.trim().split(/\s+/);
  return words.length >= 3 && words.every((w) => POST_WORDS.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase()));
}

// Between the name and its verb: nothing but a comma, or one aside with no verb of its own (", Tory co-chairman,").
const APPOSITIVE_GAP = /^,\s*(?:[^,;:"“”()]{2,100},\s*)?$/;

/** The one person the sentence names (outside quotation marks) before `verbAt`, with only an aside between name and verb. */
function appositiveSpeaker(s: Sentence, verbAt: number): { start: number; end: number } | null {
  const people = s.mentions.filter((m) => m.end <= verbAt && m.entity.kind === 'person' && !s.quoted.some(([a, b]) => m.start >= a && m.end <= b));
  const m = people[people.length - 1];
  if (!m || people.some((x) => x.entity !== m.entity) || m.possessive) return null;
  const gap = s.text.slice(m.end, verbAt);
  if (!APPOSITIVE_GAP.test(gap) || gap.split(/\s+/).some((w) => /^(?:who|which|whose|that|and|but|said|says|is|was|has|had|have)$/.test(w))) return null;
  return { start: m.start, end: m.end };
}

// "said Ann Lee at Harbour Bank", "Ann Lee of the Rail Users' Group": where the speaker works, after the name.
const AFFILIATION = /^(?:at|of|from|with)\s+(?:the\s+)?\p{Lu}[^"“”]{1,60}$/u;
// "a spokesman for Tony Blair", "a friend of the singer Ann Lee": the speaker is the one named by the noun, not the name.
// ("Spokeswoman for women Sandra Gidley" is her title: only "a", "an", "one" or "another" opens such a noun.)
const SPEAKS_FOR = /\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+){1,2}(?:for|of|to)\s+(?:the\s+)?(?:[a-z-]+\s+)?$/;

function finish(
  s: Sentence,
  qStart: number,
  qEnd: number,
  np: { start: number; end: number },
  all: Sentence[],
  earlier: Quote[],
  roles: RoleIndex,
  isSpeech: boolean,
): Quote | null | 'skip' {
  let text = s.text.slice(qStart, qEnd).trim();
  const lead = s.text.slice(qStart, qEnd).length - s.text.slice(qStart, qEnd).trimStart().length;
  const start = qStart + lead;
  text = text.replace(/[,;:]$/, '');
  const npText = s.text.slice(np.start, np.end);
  const base = { text, sentence: s.index, start, end: start + text.length, fragment: /^[\p{Ll}…]|^\.\.\./u.test(text) };
  // The speaker heads the noun phrase: "Russian Foreign Minister Sergei Lavrov", "Lavrov (left)".
  // A possessive ("Trump's spokesman") or a second name ("Putin and Trump") makes it unclear.
  const persons = s.mentions.filter((m) => m.start >= np.start && m.end <= np.end && m.entity.kind === 'person');
  if (persons.length) {
    const m = persons[persons.length - 1] as Mention;
    const tail = s.text.slice(m.end, np.end).trim();
    const others = persons.filter((x) => x.entity !== m.entity && !x.possessive);
    const head = s.text.slice(np.start, m.start);
    if (m.possessive || others.length || (tail && !/^\([^)]*\)$/.test(tail) && !AFFILIATION.test(tail)) || (/\b(?:and|or|with)\s/.test(head) && !twoPosts(head)) || SPEAKS_FOR.test(head)) return isSpeech ? null : 'skip';
    return { ...base, speaker: m.entity, speakerSpan: [m.start, m.end] };
  }
  if (PRONOUN.test(npText.trim())) {
    const resolved = resolvePronoun(s, all, earlier, npText.trim());
    if (!resolved) return isSpeech ? null : 'skip';
    return { ...base, speaker: resolved.speaker, speakerSpan: [np.start, np.end], antecedent: resolved.at };
  }
  const role = roles.get(roleKey(npText));
  if (role && role.sentence !== s.index) {
    return { ...base, speaker: role.entity, speakerSpan: [np.start, np.end], antecedent: nameNearRole(all, role) };
  }
  return isSpeech ? null : 'skip';
}

/** Where the role's holder is named: the name next to the role in its sentence. */
function nameNearRole(all: Sentence[], role: { entity: Entity; sentence: number; start: number; end: number }): { sentence: number; start: number; end: number } {
  const s = all[role.sentence] as Sentence;
  const m = s.mentions.find((x) => x.entity === role.entity);
  return m ? { sentence: s.index, start: m.start, end: m.end } : { sentence: s.index, start: role.start, end: role.end };
}

/**
 * "he added": the previous quotation's speaker, if no other person was named since (outside quotes);
 * else the one person named (outside quotes) in this sentence or the two before it, when only one is.
 */
function resolvePronoun(s: Sentence, all: Sentence[], earlier: Quote[], pronoun: string): { speaker: Entity; at: { sentence: number; start: number; end: number } } | null {
  const prev = earlier[earlier.length - 1];
  if (!prev || s.index - prev.sentence > 3) return lastNamedPerson(s, all, pronoun);
  for (let k = prev.sentence; k <= s.index; k++) {
    const sent = all[k] as Sentence;
    if (k > prev.sentence && bringsInUnnamedPerson(sent)) return null;
    for (const m of sent.mentions) {
      if (!mayBePerson(m.entity) || m.entity === prev.speaker) continue;
      if (k === prev.sentence && m.start < prev.speakerSpan[0]) continue;
      if (!sent.quoted.some(([a, b]) => m.start >= a && m.end <= b)) return null;
    }
  }
  const at = prev.antecedent ?? { sentence: prev.sentence, start: prev.speakerSpan[0], end: prev.speakerSpan[1] };
  return { speaker: prev.speaker, at };
}

/** The only person named outside quotations in the window (this sentence before the pronoun and the two before it), with no honorific of the other sex. */
export function lastNamedPerson(s: Sentence, all: Sentence[], pronoun: string): { speaker: Entity; at: { sentence: number; start: number; end: number } } | null {
  let found: { speaker: Entity; at: { sentence: number; start: number; end: number } } | null = null;
  for (let k = s.index; k >= Math.max(0, s.index - 2); k--) {
    const sent = all[k] as Sentence;
    if (sent.paragraph < s.paragraph - 1) break;
    // Nearer than any name: "a spokesman for the club told …. He said …" may be the spokesman.
    if (!found && bringsInUnnamedPerson(sent)) return null;
    for (const m of sent.mentions) {
      if (m.entity.kind !== 'person' || sent.quoted.some(([a, b]) => m.start >= a && m.end <= b)) continue;
      if (found && found.speaker !== m.entity) return null; // two people: unclear
      found ??= { speaker: m.entity, at: { sentence: k, start: m.start, end: m.end } };
    }
  }
  if (!found) return null;
  // "Mr" with "she", "Mrs"/"Ms" with "he": not the speaker.
  const titles = found.speaker.mentions.map((m) => (all[m.sentence] as Sentence).text.slice(Math.max(0, m.start - 5), m.start));
  const male = titles.some((t) => /\bMr\.?\s+$/.test(t));
  const female = titles.some((t) => /\b(?:Mrs|Ms|Miss)\.?\s+$/.test(t));
  if ((/^she$/i.test(pronoun) && male) || (/^he$/i.test(pronoun) && female)) return null;
  return found;
}

// Verbs of speech and stance: someone the article has say, claim or warn something holds a view in it.
const SPEECH_VERBS =
  'said|says|told|tells|added|adds|claimed|claims|argued|argues|warned|warns|insisted|insists|stated|explained|believes|believed|thinks|denied|denies|admitted|urged|urges|called|described|suggested|suggests|predicted|accused|criticised|criticized|praised|welcomed|dismissed|rejected|agreed|maintained|stressed|announced|confirmed|revealed|wrote|writes|blamed|defended|replied|responded|commented|noted|conceded|vowed|promised|hopes|fears|feared|expects|expected|questioned|attacked|condemned|written|demanded|demands|pledged|proposed|backed|supported|opposed|indicated|hinted|acknowledged|branded|declared|reiterated|estimated|forecast|accepted|recalled|recalls|complained|protested|appealed|spoke|speaking|talked|testified';
// "X said", "X, the NUJ official, said", "X has claimed", "X and Y have suggested", "X, who called …".
const SPEAKS_AFTER = new RegExp(`^(?:\\s*,[^,;"“”]{1,80},)?(?:\\s+and\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3})?\\s*,?\\s*(?:who\\s+)?(?:has\\s+|had\\s+|have\\s+|also\\s+|later\\s+|then\\s+|once\\s+){0,2}(?:${SPEECH_VERBS})\\b`, 'u');
// "said AK chief X", "according to Ms X", "echoed by Iris director Sir X": a verb, then at most a few title words.
const SPEAKS_BEFORE = /\b(?:said|says|added|adds|wrote|according to|echoed by)\s+((?:[\p{L}'’.-]+\s+){0,4})$/u;
const NOT_A_TITLE = /\b(?:that|the|a|an|to|of|in|on|with|and|by|for|his|her|their|its|he|she|it|they|this|these|as)\s/i;
// "Steve Brown, who wrote the award-winning musical": writing a work is authorship, not a statement ("wrote in the Times that …" is one).
const AUTHORED = /^(?:\s*,[^,;"“”]{1,80},)?\s*,?\s*(?:who\s+)?(?:has\s+|had\s+|have\s+|also\s+){0,2}(?:wrote|writes|written)\s+(?:the|a|an|his|her|their|its|several|many|two|three|\d)\b/i;
// "a spokesman for the club told reporters …": an unnamed person a later "he said" may stand for, as likely as any name before.
const UNNAMED_PERSON =
  /\b(?:a|an|one)\s+(?:[\p{L}-]+\s+){0,2}?(?:spokesman|spokeswoman|spokesperson|official|source|representative|insider|aide|witness|friend|relative|neighbour|neighbor|resident|employee|worker|fan|member|man|woman|doctor|lawyer|teacher|officer|executive|analyst)\b/iu;

/** Does the sentence bring in an unnamed person outside its quotations (and name nobody: "Jo Bell, a spokeswoman, said" names her)? */
function bringsInUnnamedPerson(s: Sentence): boolean {
  if (s.mentions.some((m) => m.entity.kind === 'person' && !s.quoted.some(([a, b]) => m.start >= a && m.end <= b))) return false;
  let text = s.text;
  for (const [a, b] of s.quoted) text = text.slice(0, a) + ' '.repeat(b - a) + text.slice(b);
  return UNNAMED_PERSON.test(text);
}

const VOICES = new WeakMap<Analysis, Set<Entity>>();

/**
 * People the article presents as speaking or holding a view: every quotation's speaker, and anyone it
 * has say, claim, warn or deny something. Only they are wrong options for who said or claimed a thing.
 */
export function voicesOf(analysis: Analysis): Set<Entity> {
  let voices = VOICES.get(analysis);
  if (voices) return voices;
  voices = new Set(analysis.quotes.map((q) => q.speaker));
  for (const s of analysis.sentences) {
    for (const m of s.mentions) {
      if (m.entity.kind !== 'person' || voices.has(m.entity) || s.quoted.some(([a, b]) => m.start >= a && m.end <= b)) continue;
      const before = SPEAKS_BEFORE.exec(s.text.slice(Math.max(0, m.start - 80), m.start));
      const after = s.text.slice(m.end, m.end + 120);
      if ((SPEAKS_AFTER.test(after) && !AUTHORED.test(after)) || (before && !NOT_A_TITLE.test(before[1] as string))) voices.add(m.entity);
    }
  }
  VOICES.set(analysis, voices);
  return voices;
}
