// What a figure in the article refers to: "The Tories have promised £4bn in tax cuts" becomes
// "What does the article's figure of £4bn refer to?" with the tax cuts as the key and the things
// the article's other sums of money refer to ("the loan", "the efficiency savings") as wrong
// options; counts likewise, against what the article's other counts count ("13,000 rural
// inhabitants" against "students", "screens"). Only figures of the story, not of an aside or the
// closing background. Each option is a figure's head noun phrase, so options are alike in kind and
// length, and the reader must tie each figure to what it counts, across the article.
import { isFree, type Sentence } from './analysis.ts';
import { isFiniteVerb } from './clauses.ts';
import { visibleLength } from './distractors.ts';
import type { NumberMention } from './numbers.ts';
import { MAIN_FIGURE, mainFigure } from './salience.ts';
import { normalize, STOPWORDS } from './words.ts';
import { clamp01, evidenceOf, oneLine, statementSentence, type BuildContext, type Candidate } from './candidate.ts';

interface Referent {
  sentence: Sentence;
  number: NumberMention;
  kind: 'money' | 'count';
  /** The head noun phrase as the article writes it ("tax cuts"), and where it stands. */
  phrase: string;
  start: number;
  end: number;
  /** Its head noun, singular: two figures with one head ("the loan", "the loan") cannot be told apart. */
  head: string;
}

// Units that measure (time, distance, size, score) rather than count things the reader can tell apart.
const MEASURE_NOUNS =
  /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|miles?|kilometres?|kilometers?|km|metres?|meters?|feet|foot|inches|yards?|tonnes?|tons?|kg|kilos?|kilograms?|grams?|litres?|liters?|gallons?|barrels?|per|percent|cent|degrees?|gigabytes?|megabytes?|mph|acres?|hectares?|times|points?|goals?|runs?|wickets?|laps?|rounds?|sets?|games?|matches?|places?|spots?|quarters|thirds|halves|fifths|tenths)$/i;
// Nouns too vague to say what a figure is ("£6m of it", "300 others", "50 people").
const VAGUE_NOUNS = /^(?:people|others?|ones?|things?|items?|units?|figures?|numbers?|amounts?|sums?|total|times|cases?|parts?|pieces?|lots?|kinds?|sorts?|types?|ways?|more|less)$/i;
const MODIFIER = /\b(?:required|planning|including|excluding|such as)\b/i;
const MEASURE_HEADS = /^(?:high|low|record|total|rise|fall|increase|decrease|drop|gain|loss|peak|level|figure|sum|amount|average|maximum|minimum|estimate|forecast|value|rate|change|jump|slump|growth|decline|surplus|deficit|gap|shortfall)$/;
const IRREGULAR_PLURALS = /^(?:people|children|men|women|staff|police|personnel|sheep|fish|cattle|data)$/i;
const MAX_WORDS = 4;

/** "13,000 rural inhabitants" / "£150m investment" / "£4bn in tax cuts" / "a contract worth £11.5m": what the figure counts. */
function referentOf(s: Sentence, n: NumberMention): Referent | null {
  const money = /[$£€]/.test(n.prefix);
  // "45-minute", "four-letter": a figure inside a compound adjective describes, it does not count.
  // "one in 10,000 consoles" is a rate, not a count.
  if (/^-/.test(s.text.slice(n.end)) || n.unit === 'percent' || /\bone in\s+$/i.test(s.text.slice(0, n.start))) return null;
  // "the period required for companies planning more than 10 redundancies": a figure in a modifier is a detail in passing.
  const clause = s.text.slice(0, n.start).split(/[,;:—–]/).pop() ?? '';
  if (MODIFIER.test(clause)) return null;
  // A conversion in brackets after a sum ("$900m (£479m) loan") is skipped.
  const conversion = /^\s*\([^)]{1,20}\)/.exec(s.text.slice(n.end))?.[0].length ?? 0;
  let at = n.end + conversion;
  if (money) {
    const inWord = /^\s+in\s+/.exec(s.text.slice(at));
    if (inWord) at += inWord[0].length;
  }
  let group = nounGroup(s.text, at, money);
  if (!group && money) group = nounBefore(s.text, n.start);
  if (!group) return null;
  const words = group.text.split(/\s+/);
  const last = words[words.length - 1] as string;
  // "year-earlier", "two-year-old": a compound adjective, not what the figure counts.
  if (MEASURE_NOUNS.test(last) || VAGUE_NOUNS.test(last) || /-(?:earlier|later|old|long|based|style|like|term)$/.test(last)) return null;
  // Counts are of things: a plural head ("rural inhabitants", "screens").
  if (!money && !(/[^s]s$/.test(last) || IRREGULAR_PLURALS.test(last))) return null;
  return { sentence: s, number: n, kind: money ? 'money' : 'count', phrase: group.text, start: group.start, end: group.end, head: last.replace(/(?:ies)$/, 'y').replace(/(?<!s)s$/, '') };
}

/** Up to four lower-case words from `at` that end on a noun: no function word, verb or adverb among them. */
function nounGroup(text: string, at: number, money: boolean): { text: string; start: number; end: number } | null {
  const m = /^\s*((?:[a-z][a-z-]*)(?:\s+[a-z][a-z-]*){0,5})/.exec(text.slice(at));
  if (!m) return null;
  const words: string[] = [];
  for (const w of (m[1] as string).split(/\s+/)) {
    if (STOPWORDS.has(w) || isFiniteVerb(w) || /ly$/.test(w) || w.length < 3) break;
    words.push(w);
    // A count ends on its first plural ("mobile phones go …"); a sum may run on to its noun ("tax claim").
    if (!money && (/[^s]s$/.test(w) || IRREGULAR_PLURALS.test(w))) break;
    if (words.length === MAX_WORDS) break;
  }
  if (!words.length) return null;
  // The group must end where a noun phrase can end: at punctuation, a function word or a verb.
  const start = at + m[0].indexOf(words[0] as string);
  const phrase = words.join(' ');
  if (text.slice(start, start + phrase.length) !== phrase) return null;
  const next = /^\s*([\p{L}-]*)/u.exec(text.slice(start + phrase.length))?.[1] ?? '';
  // A word that may still belong to the phrase ("sports utility vehicles", "phones go"): the phrase may be cut mid-way.
  if (next && /^[a-z]/.test(next) && !STOPWORDS.has(next) && !isFiniteVerb(next) && !/ly$/.test(next)) return null;
  return { text: phrase, start, end: start + phrase.length };
}

/** "a contract worth £11.5m", "a fine of £2m": the noun before the sum. */
function nounBefore(text: string, figureStart: number): { text: string; start: number; end: number } | null {
  const m = /\b(?:a|an|the)\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+(?:worth|valued at|costing|of)\s+(?:about\s+|around\s+|some\s+|almost\s+|nearly\s+)?$/.exec(text.slice(0, figureStart));
  if (!m) return null;
  const phrase = m[1] as string;
  // "an all-time high of $671.7bn", "a rise of £2m": the noun measures something else, which it does not name.
  if (phrase.split(/\s+/).some((w) => STOPWORDS.has(w) || isFiniteVerb(w)) || MEASURE_HEADS.test(phrase.split(/\s+/).pop() ?? '')) return null;
  const start = (m.index ?? 0) + m[0].indexOf(phrase);
  return { text: phrase, start, end: start + phrase.length };
}

/** Two options naming one kind of thing ("mobile phones", "handsets" are not caught; "phones", "mobile phones" are). */
function sameHead(a: string, b: string): boolean {
  const head = (t: string): string => (normalize(t).split(' ').pop() ?? '').replace(/(?:ies)$/, 'y').replace(/(?<!s)s$/, '');
  return head(a) === head(b);
}

// People, as against things: a count of people takes people as wrong options, a count of things takes things.
const PEOPLE =
  /^(?:people|children|men|women|staff|fans|voters|members|students|parents|pupils|players|workers|employees|residents|patients|customers|users|deputies|officials|troops|soldiers|police|families|couples|youngsters|athletes|villagers|inhabitants|citizens|viewers|listeners|readers|subscribers|journalists|reporters|teachers|doctors|nurses|volunteers|farmers|bosses|executives|managers|directors|ministers|mps|councillors|judges|lawyers|investors|shareholders|consumers|shoppers|passengers|travellers|tourists|visitors|drivers|riders|runners|dancers|actors|artists|musicians|singers|writers|authors|critics|scientists|researchers|experts|analysts|economists|engineers|designers|developers|programmers|hackers|bloggers|downloaders|gamers|spectators|supporters|rowers|rivals|opponents|candidates|delegates|refugees|migrants|immigrants|prisoners|suspects|victims|survivors|graduates|recruits|apprentices|trainees|mothers|fathers|babies|adults|pensioners|women|girls|boys|clients|agents|owners|partners|colleagues|friends|staffers|crew|crews)$/i;
// Things a sum of money can be ("the loan", "the prize"): named by the article elsewhere, they are wrong options for a sum.
const SUM_NOUNS =
  /\b(?:the|a|an|its|their|his|her)\s+((?:[a-z][a-z-]*\s+)?(?:loan|loans|fine|deal|contract|investment|prize|budget|profit|profits|revenue|debt|debts|bill|fee|fees|salary|bonus|grant|bid|offer|price|payout|compensation|fund|takeover|stake|savings|cuts|subsidy|donation|settlement|claim|award|package|bailout|pension|wage|wages|rent|levy|sale|purchase|merger|funding|spending|deficit|surplus|turnover|dividend|payment|payments|damages))\b(?=[\s,.;:])/g;

/**
 * Sentences of the key's paragraph this close to it may go on about what the figure counts ("… 200,000
 * vehicles. The cars were …"); farther ones, as other paragraphs, are about something else. (A long
 * paragraph, as pasted text often has, is more than one news paragraph.)
 */
const NEAR_SENTENCES = 2;

/** Is `s` far enough from the key's sentence for its phrases to be wrong options? */
function farFrom(key: Sentence, s: Sentence): boolean {
  return s.paragraph !== key.paragraph || Math.abs(s.index - key.index) > NEAR_SENTENCES;
}

/** Phrases (a pattern's first group) the article writes away from the key's sentence, each once, where `keep` allows. */
function phrasesElsewhere(sentences: readonly Sentence[], key: Sentence, pattern: RegExp, keep: (words: string[]) => boolean): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    if (!farFrom(key, s) || !s.prose || s.caption) continue;
    for (const m of s.text.matchAll(pattern)) {
      const phrase = m[1] as string;
      const words = phrase.split(/\s+/);
      if (words.some((w) => STOPWORDS.has(w) || isFiniteVerb(w) || /ly$/.test(w)) || !keep(words) || !isFree(s, m.index, m.index + m[0].length)) continue;
      if (!out.includes(phrase)) out.push(phrase);
    }
  }
  return out;
}

/** Sums the article names elsewhere ("the takeover", "a new contract"), as "the …". */
function sumsNamed(sentences: readonly Sentence[], key: Sentence): string[] {
  return phrasesElsewhere(sentences, key, SUM_NOUNS, () => true).map((p) => `the ${p}`);
}

/** The option for a referent: a sum as "the …", a count as its bare plural. */
function asOption(r: Referent): string {
  return r.kind === 'money' ? `the ${r.phrase}` : r.phrase;
}

export function figureReferentCandidates({ analysis, random, sourceNoun }: BuildContext): Candidate[] {
  const all: Referent[] = [];
  for (const s of analysis.sentences) {
    if (!statementSentence(s)) continue;
    for (const n of s.numbers) {
      if (!isFree(s, n.start, n.end)) continue;
      const r = referentOf(s, n);
      if (r) all.push(r);
    }
  }
  // A figure asked about must be the article's only one of its value, and its head noun the only one of its kind.
  const values = new Map<number, number>();
  for (const s of analysis.sentences) for (const n of s.numbers) values.set(n.value, (values.get(n.value) ?? 0) + 1);
  const heads = new Map<string, number>();
  for (const r of all) heads.set(`${r.kind}:${r.head}`, (heads.get(`${r.kind}:${r.head}`) ?? 0) + 1);
  const distinct = all.filter((r) => values.get(r.number.value) === 1 && heads.get(`${r.kind}:${r.head}`) === 1);
  const out: Candidate[] = [];
  const title = ` ${normalize(analysis.source.title)} `;
  // Asked: a figure of the story, not of an aside or the closing background ("166 call centres in 24 countries");
  // any figure's referent may be a wrong option.
  for (const r of distinct.filter((x) => mainFigure(x.sentence, x.number, MAIN_FIGURE))) {
    // A headline that states the figure or its noun ("axe 90 jobs") answers the question.
    if (title.includes(` ${normalize(r.number.text)} `) || title.includes(` ${normalize(r.head)}`)) continue;
    // "Three film studios …" opens its sentence: the stem writes the number word in lower case.
    const figure = r.sentence.text.slice(r.number.start, r.number.end).replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
    // "the article's figure of eight" reads as the idiom: a number in words is "the number eight".
    const stem = /\d/.test(figure) ? `What does the ${sourceNoun}'s figure of ${figure} refer to?` : `What does the number ${figure} in the ${sourceNoun} refer to?`;
    const key = asOption(r);
    const draft: Candidate = {
      type: 'multiple-choice',
      stem,
      options: [key],
      key: 0,
      evidence: [evidenceOf(r.sentence, r.start, r.end)],
      explanation: oneLine(`Paragraph ${r.sentence.paragraph} says: ${r.sentence.text}`),
      difficulty: 0.5,
      score: 0.78,
      sentences: [r.sentence.index],
      keyId: `figure:${r.sentence.index}:${r.number.start}`,
      facts: [`number:${r.sentence.index}:${r.number.start}`],
      // One such question per kind of figure: they share their options.
      group: `figure-referent:${r.kind}`,
      understanding: true,
    };
    draft.complete = () => {
      const evidence = ` ${normalize(r.sentence.text)} `;
      const picked: string[] = [];
      // Other figures' referents first; for a sum, then the sums the article names elsewhere ("the loan"). Not, for a
      // count, any plural the article names: "38 sequels", "38 hotels" beside "38 languages" leave one option that fits.
      const others = random.shuffle(distinct.filter((o) => o.kind === r.kind && o.sentence !== r.sentence)).map(asOption);
      const plurals = r.kind === 'money' ? random.shuffle(sumsNamed(analysis.sentences, r.sentence)) : [];
      // A count of people against people, of things against things.
      const person = (t: string): boolean => {
        const head = t.split(/\s+/).pop() ?? '';
        return PEOPLE.test(head) || (/(?:ists|ians)$/.test(head) && head !== 'lists');
      };
      for (const t of [...others, ...plurals]) {
        if (r.kind === 'count' && person(t) !== person(key)) continue;
        const ratio = visibleLength(t) / Math.max(1, visibleLength(key));
        // Not named in the key's own sentence (it may be part of what the figure counts), and about as long as the key.
        if (picked.length >= 3 || ratio < 0.5 || ratio > 2 || evidence.includes(` ${normalize(t).replace(/^the /, '')} `) || picked.some((p) => sameHead(p, t)) || sameHead(t, key)) continue;
        picked.push(t);
      }
      if (picked.length < 2) return null;
      // The key must not be the one long option.
      if (!picked.some((p) => visibleLength(p) >= visibleLength(key) * 0.8)) return null;
      return { ...draft, options: [key, ...picked], difficulty: clamp01(0.45 + picked.length * 0.05) };
    };
    out.push(draft);
  }
  return out;
}
