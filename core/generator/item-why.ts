// Cause and effect: "According to the article, what explains why <effect>?" from a relation the
// text states plainly ("because", "due to", "as a result of", "following", "after", "in
// response to"). The key is the stated cause; the wrong options are the article's other stated
// causes of the same form (a noun phrase with noun phrases, a clause with clauses), then, for a
// clause, other statements of the article from elsewhere (true, but not the reason given here).
import type { Sentence } from './analysis.ts';
import { isFiniteVerb, makeStatement, render } from './clauses.ts';
import { tooSimilar, visibleLength } from './distractors.ts';
import { TITLE_WORDS } from './lexicon.ts';
import { capitalizeFirst, containsPhrase, contentWords, overlap } from './words.ts';
import { clamp01, evidenceOf, negatedSentence, oneLine, statementSentence, type BuildContext, type Candidate } from './candidate.ts';

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
}

// Markers followed by a noun phrase, and by a clause. "after"/"following" only as cause when the
// effect is a change (checked below), since they also merely order events.
const PHRASE_MARKERS = /\b(?:because of|due to|owing to|thanks to|as a result of|in response to|following|after)\s+/g;
const CLAUSE_MARKERS = /\bbecause\s+(?!of\b)/g;
const CHANGE = /\b(?:rose|fell|dropped|climbed|jumped|slumped|surged|grew|increased|decreased|declined|cut|raised|lowered|lost|gained|resigned|quit|closed|collapsed|recovered|rallied|slipped|soared|plunged|was (?:sacked|forced|banned|fined|suspended|cleared|dropped|criticised)|were (?:sacked|forced|banned|fined|suspended|cleared|dropped)|has been|have been|had been|withdrew|pulled out|cancelled|delayed|postponed|abandoned|halted|announced|apologised|warned|reported)\b/i;
const NEGATION = /\b(?:not|no|never|none|nor|neither|nobody|nothing)\b|n['’]t\b/i;
const PRONOUN_START = /^(?:it|they|them|this|these|those|he|she|him|her|his|its|their|that|which|who|we|i|you)\b/i;
const MIN_WORDS = 3;
const MAX_WORDS = 18;

/** Every plainly stated cause–effect relation of a sentence whose effect can stand alone. */
export function causesIn(s: Sentence): Cause[] {
  const out: Cause[] = [];
  if (!statementSentence(s)) return out;
  const consider = (markerStart: number, causeAt: number, asWritten: Cause['form'], marker: string): void => {
    let form = asWritten;
    let causeStart = causeAt;
    const rest = s.text.slice(causeStart);
    const clauseEnd = /[,;:—–()"“”]|\.\s*$|\s(?:but|which|who|while|when|where|after|before|because)\s/.exec(rest);
    let raw = rest.slice(0, clauseEnd ? clauseEnd.index : rest.length).replace(/[.!?]+$/, '').trim();
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
    // The effect: the main clause before the marker, which must end right at it.
    if (!/[\p{L}\d%'’)]\s*,?\s*$/u.test(s.text.slice(0, markerStart))) return;
    const st = makeStatement(s, 0, 0, { truncate: false, maxWords: 26, dropLead: true, remove: [{ start: markerStart, end: s.text.length, text: '.' }] });
    if (!st) return;
    let effect = render(st, []).replace(/[.!?]$/, '');
    // "Mr Blair said the powers were …, because …": the reason is the speaker's; the stem says so.
    let according: string | undefined;
    const frame = /^((?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+)\s+(?:said|says|claimed|claims|argued|argues|insisted|insists|believes|thinks|added)\s+(?:that\s+)?(.+)$/u.exec(effect);
    if (frame && !PRONOUN_START.test(frame[1] as string)) {
      according = lowerFirst(frame[1] as string, s);
      effect = capitalizeFirst(frame[2] as string);
    }
    if (NEGATION.test(effect)) return;
    const effectWords = effect.split(/\s+/);
    // One plain main clause: no inner comma (an aside or a second clause would not read as a question).
    if (effectWords.length < 4 || effectWords.length > 18 || effect.includes(',') || !effectWords.some((w) => isFiniteVerb(w) || /^[a-z]+s$/.test(w))) return;
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
      text = `${lowerFirst(subject, s)} ${raw}`;
    }
    out.push({ sentence: s, start: causeStart, end: causeStart + raw.length, text, form, effect, ...(according ? { according } : {}) });
  };
  PHRASE_MARKERS.lastIndex = 0;
  for (const m of s.text.matchAll(PHRASE_MARKERS)) consider(m.index, m.index + m[0].length, 'phrase', m[0].trim().toLowerCase());
  for (const m of s.text.matchAll(CLAUSE_MARKERS)) consider(m.index, m.index + m[0].length, 'clause', 'because');
  return out;
}

/** Other statements of the article, as clauses, for wrong reasons when few causes are stated. */
function statementClauses(sentences: readonly Sentence[], not: Sentence): { text: string; sentence: Sentence }[] {
  const out: { text: string; sentence: Sentence }[] = [];
  for (const s of sentences) {
    if (s === not || s.paragraph === not.paragraph || !statementSentence(s) || negatedSentence(s)) continue;
    const st = makeStatement(s, 0, 0, { truncate: true, maxWords: MAX_WORDS, dropLead: true });
    if (!st) continue;
    const text = lowerFirst(render(st, []).replace(/[.!?]$/, ''), s);
    if (/["“”]/.test(text) || text.split(/\s+/).length < 5) continue;
    out.push({ text, sentence: s });
  }
  return out;
}

// "a hamstring injury", "the low value of the dollar": a determiner and two to five lower-case words.
const NOUN_PHRASE = /\b(?:a|an|the)\s+(?:[a-z][a-z-]*\s+){1,3}(?:of\s+(?:the\s+)?[a-z][a-z-]*\s+)?[a-z][a-z-]*(?=[,.;:]|\s+(?:in|on|at|for|to|and|was|were|is|are|has|had|have|will|would|could|after|before|from|with|by)\b)/g;

// "the second half", "the first time": times and places in a sequence are no reasons.
const TIME_WORDS = /\b(?:time|times|half|season|year|years|week|weeks|day|days|month|months|round|period|end|start|beginning)\b/;

/** Noun phrases of the article outside this paragraph, for wrong reasons given as noun phrases. */
function nounPhrases(sentences: readonly Sentence[], not: Sentence): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    if (s.paragraph === not.paragraph || !s.prose || s.caption) continue;
    for (const m of s.text.matchAll(NOUN_PHRASE)) {
      const t = m[0];
      if (!/["“”]/.test(t) && contentWords(t).length >= 2 && !t.split(/\s+/).some((w) => isFiniteVerb(w)) && !TIME_WORDS.test(t) && !/\b(?:it|they|this|these|its|their|his|her)\b/.test(t)) out.push(t);
    }
  }
  return out;
}

/** Lower-case the first letter unless it starts a name ("the dollar", but "BMW"). */
function lowerFirst(text: string, s: Sentence): string {
  const first = text.split(/\s+/)[0] ?? '';
  const second = text.split(/\s+/)[1] ?? '';
  // A name, an acronym, or a title before a name ("Mr Holloway", "Chief executive Laura Pennington").
  const named = s.mentions.some((m) => m.text.startsWith(first)) || /^\p{Lu}{2,}|^\p{Lu}\./u.test(first) || first === 'I' || /^\p{Lu}/u.test(second) || TITLE_WORDS.has(first);
  return named ? text : text.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
}

export function whyCandidates({ analysis, random, sourceNoun }: BuildContext): Candidate[] {
  const causes = analysis.sentences.flatMap(causesIn);
  const out: Candidate[] = [];
  for (const c of causes) {
    const stem = `According to ${c.according ?? `the ${sourceNoun}`}, what explains why ${lowerFirst(c.effect, c.sentence)}?`;
    const keyText = lowerFirst(c.text, c.sentence);
    const draft: Candidate = {
      type: 'multiple-choice',
      stem,
      options: [keyText],
      key: 0,
      evidence: [evidenceOf(c.sentence, c.start, c.end)],
      explanation: oneLine(`Paragraph ${c.sentence.paragraph} gives the reason: ${c.sentence.text}`),
      difficulty: 0.55,
      score: 0.86,
      sentences: [c.sentence.index],
      keyId: `why:${c.sentence.index}:${c.start}`,
      understanding: true,
    };
    draft.complete = () => {
      const stemWords = contentWords(stem);
      const fits = (t: string): boolean => {
        const r = visibleLength(t) / Math.max(1, visibleLength(keyText));
        return r >= 0.5 && r <= 1.8 && !tooSimilar(t, keyText) && overlap(stemWords, contentWords(t)) < 0.3;
      };
      const picked: string[] = [];
      const take = (t: string): void => {
        if (picked.length < 3 && fits(t) && !picked.some((p) => tooSimilar(p, t))) picked.push(t);
      };
      // Other stated causes of the same form first (not from this sentence: they may be reasons too).
      for (const o of random.shuffle(causes.filter((o) => o.sentence !== c.sentence && o.form === c.form))) take(lowerFirst(o.text, o.sentence));
      if (c.form === 'clause') for (const o of random.shuffle(statementClauses(analysis.sentences, c.sentence))) take(o.text);
      // A noun-phrase reason takes other noun phrases of the article (a gerund reason has no such twins).
      else if (/^(?:a|an|the)\s/i.test(keyText)) for (const o of random.shuffle(nounPhrases(analysis.sentences, c.sentence))) take(o);
      if (picked.length < 2) return null;
      // The key must not be the one long option: at least one wrong reason about as long.
      if (!picked.some((p) => visibleLength(p) >= visibleLength(keyText) * 0.8)) return null;
      return { ...draft, options: [keyText, ...picked], difficulty: clamp01(0.5 + picked.length * 0.03) };
    };
    out.push(draft);
  }
  return out;
}
