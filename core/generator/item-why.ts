// Cause and effect: "According to the article, what explains why <effect>?" from a relation the
// text states plainly ("because", "due to", "as a result of", "following", "after", "in
// response to"). The key is the stated cause; the wrong options are the article's other stated
// causes of the same form (a noun phrase with noun phrases, a clause with clauses), then, for a
// clause, other statements of the article from elsewhere (true, but not the reason given here).
import type { Sentence } from './analysis.ts';
import { isFiniteVerb, makeStatement, render } from './clauses.ts';
import { tooSimilar, visibleLength } from './distractors.ts';
import { DEMONYMS, PROPER_ADJECTIVES, TITLE_WORDS } from './lexicon.ts';
import { capitalizeFirst, containsPhrase, contentWords, STOPWORDS } from './words.ts';
import { clamp01, evidenceOf, negatedSentence, oneLine, statementSentence, usableSentence, type BuildContext, type Candidate } from './candidate.ts';

/** A stated reason: the words after the marker, up to the end of its clause. */
interface Cause {
  sentence: Sentence;
  /** The cause phrase as written (evidence span). */
  start: number;
  end: number;
  text: string;
  /** A clause ("the dollar fell") or a noun phrase ("the low value of the dollar"). */
  form: 'clause' | 'phrase';
  /** The effect, rewritten to stand alone without the cause ("job creation became a key issue"). */
  effect: string;
  /** Whose reason it is, when the sentence reports someone's words ("Mr Blair said … because …"). */
  according?: string;
  /** The sentence that states the effect, when it is not the cause's own ("Sales fell. This was because …"). */
  effectSentence?: Sentence;
}

// Markers followed by a noun phrase, and by a clause. "after"/"following" only as cause when the
// effect is a change (checked below), since they also merely order events.
const PHRASE_MARKERS = /\b(?:because of|due to|owing to|thanks to|as a result of|in response to|following|after)\s+/g;
// "partly because": the adverb belongs to the marker, not to the effect ("… came under strain partly").
const CLAUSE_MARKERS = /\b(?:(?:partly|mainly|largely|chiefly|in part|only|simply)\s+)?because\s+(?!of\b)/g;
// A sentence that gives the reason for the one before: "This was because …", "According to the coach, that is partly because …",
// "The reason is that …". Group 1: whose reason it is, when the sentence opens with it.
const CROSS_MARKER = /^(?:According to ((?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+),\s+)?(?:(?:this|that|it)\s+(?:is|was)\s+(?:partly\s+|mainly\s+|largely\s+|chiefly\s+|in part\s+)?because|the\s+(?:main\s+)?reason\s+(?:for\s+this\s+)?(?:is|was)\s+that)\s+(?!of\b)/iu;
const CHANGE = /\b(?:rose|fell|dropped|climbed|jumped|slumped|surged|grew|increased|decreased|declined|cut|raised|lowered|lost|gained|resigned|quit|closed|collapsed|recovered|rallied|slipped|soared|plunged|was (?:sacked|forced|banned|fined|suspended|cleared|dropped|criticised)|were (?:sacked|forced|banned|fined|suspended|cleared|dropped)|has been|have been|had been|withdrew|pulled out|cancelled|delayed|postponed|abandoned|halted|announced|apologised|warned|reported|gathered pace|sacked|dropped|resigned|stepped down|launched|suspended|banned|fined)\b/i;
const NEGATION = /\b(?:not|no|never|none|nor|neither|nobody|nothing)\b|n['’]t\b/i;
const PRONOUN_START = /^(?:it|they|them|this|these|those|he|she|him|her|his|its|their|that|which|who|we|i|you)\b/i;
const MIN_WORDS = 3;
const SUBORDINATE = /^(?:when|what|where|who|whom|why|how|if|although|though|while|because|as|since|whether|unless|until|once)\b/i;
// "All were arrested": a quantifier standing for people named elsewhere.
const QUANTIFIER_SUBJECT = /^(?:all|some|many|most|both|each|several|others|none|few|one)\s+(?:of\s+them\s+)?(?:were|was|are|is|have|had|has|will|would|could)\b/i;
// After a comma in a reason: the rest of a list ("…, cancellations or flight delays"), an attribution (", the survey found."), or a new clause.
const LIST_TAIL = /^(?:,\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})*,?\s+(?:and|or)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}(?=\s*[,.;]|\s*$)/;
const ATTRIBUTION_TAIL = /^,\s+((?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:said|says|found|finds|believes|argued|claimed|added|reported)\.$/u;
// ", according to the survey's author." ends the sentence the same way.
const ACCORDING_TAIL = /^,\s+according to\s+((?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\.$/u;
const NEW_CLAUSE = /^,\s+(?:but|which|who|while|although|though|whereas|and|as|so|with|according|said|says|added|including|despite)\b/;
const MAX_WORDS = 18;
// "On January 28, 2017, …", "in mid-January 2017, …": a statement that opens with its date.
const DATE_OPENING = /^(?:in|on|by|since|until|from|during|at)\s+(?:(?:early|mid|late)[-\s]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d)/i;
// "On the same day, …", "Two days later, …": a time told by another sentence, which the option would leave dangling.
const RELATIVE_TIME_OPENING = /^(?:(?:on|by|in)\s+the\s+(?:same|next|following|previous)\s+(?:day|week|month|year)|(?:\w+\s+)?(?:days?|weeks?|months?|years?)\s+(?:later|earlier|before|after))\b/i;
// A statement about what a source says or argues, rather than about events.
const REPORTED = /^according to\b|\b(?:says?|said|argues?|argued|claims?|claimed|reports?|reported|presents?|presented|prints?|printed|names?|writes?|wrote|tells?|told)\b|\b(?:article|report|author|explainer|analysis)\b/i;

/**
 * Every plainly stated cause–effect relation of a sentence whose effect can stand alone. `lower`: words
 * the article capitalises mid-sentence, so that "Problems are …" becomes "problems are …" but "Tory leader …" stays.
 */
export function causesIn(s: Sentence, lower: ReadonlySet<string> = new Set(), previous?: Sentence): Cause[] {
  const out: Cause[] = [];
  // "Ticket sales fell. This was because …": the cause opens its own sentence, the effect is the one before.
  const across = previous ? CROSS_MARKER.exec(s.text) : null;
  if (across ? !usableSentence(s) || !statementSentence(previous as Sentence) || (previous as Sentence).paragraph !== s.paragraph : !statementSentence(s)) return out;
  const effectAt = across ? (previous as Sentence) : s;
  const lowerFirst = (text: string, at: Sentence = s): string => sentenceCase(text, at, lower);
  const consider = (markerStart: number, causeAt: number, asWritten: Cause['form'], marker: string): void => {
    let form = asWritten;
    let causeStart = causeAt;
    const rest = s.text.slice(causeStart);
    const clauseEnd = /[,;:—–()"“”]|\.\s*$|\s(?:but|which|who|while|when|where|after|before|because)\s/.exec(rest);
    let end = clauseEnd ? clauseEnd.index : rest.length;
    // "the survey found": whose reason it is, when the attribution ends the sentence.
    let reportedBy: string | undefined;
    if (rest[end] === ',') {
      // "because of overbooking, cancellations or flight delays": a list is one reason.
      const list = LIST_TAIL.exec(rest.slice(end));
      const tail = ATTRIBUTION_TAIL.exec(rest.slice(end)) ?? ACCORDING_TAIL.exec(rest.slice(end));
      if (list) end += list[0].length;
      else if (tail) reportedBy = tail[1] as string;
      // "a stable, low-inflation economy": a comma inside the reason leaves it cut in two.
      else if (!NEW_CLAUSE.test(rest.slice(end))) return;
    }
    // A reason cut at a quotation mark ("one of the first \"lightweight\" …") is cut mid-phrase.
    if (/["“”]/.test(rest[end] ?? '')) return;
    let raw = rest.slice(0, end).replace(/[.!?]+$/, '').trim();
    // "because they were operating illegally": the pronoun is the effect's subject, named below.
    const leadPronoun = /^(it|they|he|she)\s+/i.exec(raw);
    if (leadPronoun) {
      raw = raw.slice(leadPronoun[0].length);
      causeStart += leadPronoun[0].length;
    }
    const words = raw.split(/\s+/);
    if (words.length < MIN_WORDS || words.length > MAX_WORDS || PRONOUN_START.test(raw) || /\b(?:it|they|them|this|these|he|she|him)\b/i.test(raw)) return;
    // "after sales fell" is a clause whatever the marker; "flood damage found during …" a phrase (its verb comes late).
    // "because of", "due to" take a noun phrase; "after"/"following" may take a clause ("after sales fell").
    const clause = form === 'clause' || ((marker === 'after' || marker === 'following') && words.slice(0, 3).some((w) => isFiniteVerb(w)));
    // A clause has a verb: a past or auxiliary anywhere, or a present tense right after its subject pronoun ("it handles").
    if (clause && !words.some((w) => isFiniteVerb(w)) && !(leadPronoun && /^[a-z]+s$/.test(words[0] as string))) return;
    form = clause ? 'clause' : 'phrase';
    // The effect: the main clause before the marker, which must end right at it (or, across, the whole sentence before).
    if (!across && !/[\p{L}\d%'’)]\s*,?\s*$/u.test(s.text.slice(0, markerStart))) return;
    // "are due to be put in place": a schedule, not a reason.
    if (marker === 'due to' && /\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|also\s+|still\s+|now\s+)?$/i.test(s.text.slice(0, markerStart))) return;
    const st = across
      ? makeStatement(effectAt, 0, 0, { truncate: false, maxWords: 26, minWords: 3, dropLead: true })
      : makeStatement(s, 0, 0, { truncate: false, maxWords: 26, minWords: 3, dropLead: true, remove: [{ start: markerStart, end: s.text.length, text: '.' }] });
    if (!st) return;
    let effect = render(st, []).replace(/[.!?]$/, '');
    // "Mr Blair said the powers were …, because …": the reason is the speaker's; the stem says so.
    // "According to the survey, this was because …": the opening names whose reason it is.
    const opener = across?.[1];
    let according = opener && !PRONOUN_START.test(opener) ? lowerFirst(opener) : reportedBy && !PRONOUN_START.test(reportedBy) ? lowerFirst(reportedBy) : undefined;
    const frame = /^((?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+)\s+(?:said|says|claimed|claims|argued|argues|insisted|insists|believes|thinks|added)\s+(?:that\s+)?(.+)$/u.exec(effect);
    // Across two sentences the frame goes even when the reason's sentence names whose it is ("Lavrov argued that …
    // According to Lavrov, this is because …"): the effect is the framed clause either way.
    if (frame && !PRONOUN_START.test(frame[1] as string) && (!according || across)) {
      according ??= lowerFirst(frame[1] as string);
      effect = capitalizeFirst(frame[2] as string);
    }
    if (NEGATION.test(effect) || QUANTIFIER_SUBJECT.test(effect)) return;
    const effectWords = effect.split(/\s+/);
    // One plain main clause: no inner comma (an aside or a second clause would not read as a question).
    if (effectWords.length < 3 || effectWords.length > 18 || effect.includes(',') || !effectWords.some((w) => isFiniteVerb(w) || /^[a-z]+s$/.test(w))) return;
    if ((marker === 'after' || marker === 'following') && !CHANGE.test(effect)) return;
    // "grew after the autumn of 2016": a time orders events, it is no reason.
    if (s.dates.some((d) => d.start >= causeStart && d.start < causeStart + raw.length) || /\b(?:spring|summer|autumn|fall|winter|weeks?|months?|years?|days?|decades?|hours?|minutes?|season|elections?|war)\b/i.test(raw.split(/\s+/).slice(0, 4).join(' '))) return;
    // "the author adds that …": the effect is someone's report, not an event.
    if (/^(?:the\s+)?(?:author|article|report|writer|newspaper)\b/i.test(effect) || /\b(?:adds?|added|says|said|writes|wrote|argues|argued|notes|noted)\s+that\b/.test(effect)) return;
    let text = raw;
    if (leadPronoun) {
      // The effect's subject (its words before the first verb) stands in for the pronoun, if number agrees.
      // Only after "to be" with no relative clause ("net cafes were closed down because they …"): there the
      // subject is the one thing described; after "released a tool which …" the pronoun may be the tool.
      if (/\b(?:which|that|who|whom)\b/i.test(effect)) return;
      const verbAt = effectWords.findIndex((w) => isFiniteVerb(w) || /^(?:is|are|was|were|has|have)$/.test(w));
      if (!/^(?:is|are|was|were)$/.test(effectWords[verbAt] ?? '')) return;
      const subject = verbAt > 0 && verbAt <= 6 ? effectWords.slice(0, verbAt).join(' ') : '';
      const plural = /s$/.test(subject) && !/ss$/.test(subject);
      const pronoun = (leadPronoun[1] as string).toLowerCase();
      const agrees = pronoun === 'they' ? plural : pronoun === 'it' ? !plural : s.mentions.some((m) => m.entity.kind === 'person' && containsPhrase(subject, m.text));
      if (!subject || PRONOUN_START.test(subject) || !agrees) return;
      text = `${lowerFirst(subject)} ${raw}`;
    }
    out.push({ sentence: s, start: causeStart, end: causeStart + raw.length, text, form, effect: lowerFirst(effect, effectAt), ...(according ? { according } : {}), ...(across ? { effectSentence: effectAt } : {}) });
  };
  if (across) {
    consider(0, across[0].length, 'clause', 'because');
    return out;
  }
  PHRASE_MARKERS.lastIndex = 0;
  for (const m of s.text.matchAll(PHRASE_MARKERS)) consider(m.index, m.index + m[0].length, 'phrase', m[0].trim().toLowerCase());
  for (const m of s.text.matchAll(CLAUSE_MARKERS)) consider(m.index, m.index + m[0].length, 'clause', 'because');
  return out;
}

/** Options of one item about as long as each other, as the linter wants (the longest at most 2.5 times the shortest). */
function lengthsFit(options: readonly string[]): boolean {
  const lengths = options.map((o) => o.replace(/^the\s+/i, '').length);
  const max = Math.max(...lengths);
  const min = Math.min(...lengths);
  return max <= min * 2.5 || max - min <= 10;
}

/** Lower-case the first letter unless it starts a name ("the dollar", "problems", but "BMW", "Tory leader Michael Howard"). */
function sentenceCase(text: string, s: Sentence, capitalised: ReadonlySet<string>): string {
  const first = text.split(/\s+/)[0] ?? '';
  const second = text.split(/\s+/)[1] ?? '';
  // A leading article or quantifier is lower case before a name too ("why the Pentagon rejected …").
  if (/^(?:The|A|An|Some|Many|Most|Several)$/.test(first)) return text.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  // "Lavrov's advice", "American commanders": a name's possessive, a nationality or proper adjective keeps its capital.
  const bare = first.replace(/['’]s$/, '');
  if (bare !== first && s.mentions.some((m) => m.text.startsWith(bare))) return text;
  if (DEMONYMS.has(first) || PROPER_ADJECTIVES.has(first)) return text;
  // A name, an acronym, or a title before a name ("Mr Holloway", "Chief executive Laura Pennington").
  const named = s.mentions.some((m) => m.text.startsWith(first)) || /^\p{Lu}{2,}|^\p{Lu}\./u.test(first) || first === 'I' || /^\p{Lu}/u.test(second) || TITLE_WORDS.has(first);
  // Otherwise a word the article capitalises mid-sentence keeps its capital ("Tory", "Labour").
  return named || capitalised.has(first) ? text : text.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
}

/** Words the article capitalises inside a sentence (names, parties, proper adjectives). */
function capitalisedWords(sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const m of s.text.matchAll(/(?<=[\p{L},;]\s)\p{Lu}[\p{L}'’-]*/gu)) out.add(m[0]);
  return out;
}

/**
 * "What explains why …?" items. The wrong options are the article's other stated reasons of the same
 * form (a clause with clauses, a noun phrase with noun phrases): each is a reason for something, so
 * it is a plausible answer, and wrong for this effect. An article that states too few gets no item
 * (any other statement of it, "the club has 40 members", is no plausible reason). Every one is recall:
 * a "because" inside one sentence is a phrase of that sentence, and a reason given in the very next
 * sentence ("Sales fell. This was because …") is read off the line after the effect, so a strict
 * reader counts it as recall too. Understanding needs statements further apart, or the positions of
 * different sources on one question (item-views.ts, item-stance.ts).
 */
export function whyCandidates({ analysis, random, sourceNoun }: BuildContext): Candidate[] {
  const lower = capitalisedWords(analysis.sentences);
  const lowerFirst = (text: string, s: Sentence): string => sentenceCase(text, s, lower);
  const causes = analysis.sentences.flatMap((s, i) => causesIn(s, lower, i > 0 ? analysis.sentences[i - 1] : undefined));
  const out: Candidate[] = [];
  for (const c of causes) {
    const stem = `According to ${c.according ?? `the ${sourceNoun}`}, what explains why ${c.effect}?`;
    const keyText = lowerFirst(c.text, c.sentence);
    const across = c.effectSentence;
    const draft: Candidate = {
      type: 'multiple-choice',
      stem,
      options: [keyText],
      key: 0,
      // The reason's sentence first (it holds the key); then, for a reason given apart, the effect's.
      evidence: [evidenceOf(c.sentence, c.start, c.end), ...(across ? [evidenceOf(across, 0, across.text.length)] : [])],
      explanation: oneLine(`Paragraph ${c.sentence.paragraph} gives the reason: ${across ? `${across.text} ` : ''}${c.sentence.text}`),
      difficulty: across ? 0.6 : 0.55,
      score: across ? 0.9 : 0.86,
      sentences: across ? [across.index, c.sentence.index] : [c.sentence.index],
      keyId: `why:${c.sentence.index}:${c.start}`,
    };
    draft.complete = () => {
      const stemWords = new Set(contentWords(stem));
      const fits = (t: string): boolean => {
        const r = visibleLength(t) / Math.max(1, visibleLength(keyText));
        // No word of the stem (as the linter reads it): a shared word points to the option that belongs.
        return r >= 0.5 && r <= 1.8 && !tooSimilar(t, keyText) && !contentWords(t).some((w) => stemWords.has(w));
      };
      const picked: string[] = [];
      const take = (t: string, upTo = 3): void => {
        if (picked.length < upTo && fits(t) && !picked.some((p) => tooSimilar(p, t)) && lengthsFit([keyText, ...picked, t])) picked.push(t);
      };
      // Other stated reasons of the same form (not from this sentence: they may be reasons too). Reasons given
      // inside a sentence first, and one given apart only when those are too few: a reason given apart is the
      // better item's key, and a wrong option that another item of the quiz has as its key is a give-away.
      const others = causes.filter((o) => o.sentence !== c.sentence && o.effectSentence !== c.sentence && o.sentence !== c.effectSentence && o.form === c.form);
      // A wrong reason is more plausible when it explains something about the same people, places or things
      // ("why did the club cut prices?" with the reason the rival club cut its own): related reasons first, and
      // an unrelated one only to make up the two an item needs.
      const asked = new Set(contentWords(`${c.effect} ${keyText}`));
      const related = (o: Cause): number => contentWords(`${o.effect} ${o.text}`).filter((w) => asked.has(w)).length;
      const ranked = (list: Cause[]): Cause[] => random.shuffle(list).map((o) => ({ o, r: related(o) })).sort((a, b) => b.r - a.r).map((x) => x.o);
      for (const o of ranked(others.filter((o) => !o.effectSentence))) take(lowerFirst(o.text, o.sentence), related(o) > 0 ? 3 : 2);
      for (const o of ranked(others.filter((o) => o.effectSentence))) take(lowerFirst(o.text, o.sentence), 2);
      if (picked.length < 2) return null;
      // The key must not be the one long option: at least one wrong reason about as long.
      if (!picked.some((p) => visibleLength(p) >= visibleLength(keyText) * 0.8)) return null;
      return { ...draft, options: [keyText, ...picked], difficulty: clamp01(draft.difficulty + picked.length * 0.02) };
    };
    out.push(draft);
  }
  return out;
}
