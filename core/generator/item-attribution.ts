// Attribution statements: "According to the article, Ann Lee said: “…”." true or false. The true
// statement names the speaker the article gives the words (a quotation) or the view (a reported
// position) to; the false one names another voice of the same article, of the same kind and a like
// part, that the article shows speaking elsewhere: the text itself gives the words to someone else.
// One pair per quotation or view, sharing its fact with who-said-it and stance so none is asked twice.
import type { Evidence } from '../quiz/schema.ts';
import type { Analysis, Sentence } from './analysis.ts';
import { entityDistractors } from './distractors.ts';
import type { Entity } from './entities.ts';
import { reportedViews, type ReportedView } from './item-stance.ts';
import { quoteExcerpt } from './item-who-said-it.ts';
import { voicesOf, type Quote } from './quotes.ts';
import { headlineAttribution } from './references.ts';
import { castAlike, roleClass } from './roles.ts';
import { containsPhrase, contentWords, normalize } from './words.ts';
import { clamp01, evidenceOf, oneLine, salienceBonus, usableSentence, type BuildContext, type Candidate } from './candidate.ts';

/** Longest quotation shown, as for who-said-it. */
const MAX_QUOTE_WORDS = 28;
/** Content words a quotation needs to state something of its own. */
const MIN_CONTENT_WORDS = 4;

// A quotation that opens by pointing back ("It suggests …", "There's a lot of talking left", "But …")
// or speaks of someone or something unnamed ("He has to start producing", "these terms", "want it")
// does not say what it is about on its own.
const LEANS_BACK = /^(?:It|It['’]s|Its|This|That|These|Those|They|They['’]re|Their|There|There['’]s|He|He['’]s|She|She['’]s|His|Her|So|And|But|Or|Yet|Also|Then|Now|Still|Even|Such|Of course|For example|If anything)\b/;
// …or opens on a thing named elsewhere in the article ("The plan includes …", "The deal will …").
const VAGUE_SUBJECT = /^The\s+(?:new\s+|latest\s+)?(?:plan|plans|deal|move|scheme|project|decision|proposal|proposals|report|idea|system|programme|program|change|changes|bill|measure|measures|policy|upgrade|award|collection|situation|problem|issue|case)\b/;
const PERSON_POINTER = /\b(?:he|him|his|she|her)\b/i;
const POINTS_OUT = /\b(?:they|them|their|these|those)\b|\bthis\b(?!\s+(?:year|week|month|season|morning|afternoon|evening|weekend|summer|winter|spring|autumn|time)\b)/i;
// The "it" of "it is hard to …", "makes it clear that …" points nowhere; any other "it" does.
const EMPTY_IT = /\bit(?:['’]s|\s+is|\s+was|\s+will be|\s+would be)\s+(?:[\p{L}-]+\s+){1,3}?(?:to|that|for|when|if)\b|\b(?:makes?|made|find|finds|found)\s+it\s+(?:[\p{L}-]+\s+){1,2}?(?:to|that)\b/giu;
const IT = /\b(?:it|its)\b/i;

// Words of a sex ("as a mother", "my husband"): only a voice the article shows to be of that sex may say
// them. (In a quotation "he" is someone else: see standsAlone.)
const SEXED = /\b(?:mother|father|mum|dad|wife|husband|woman|man|girl|boy|son|daughter)\b/i;
// In a view reported in the article's words, "he", "its" are its speaker ("said he would resign", "said it
// would appeal"): with another name the statement says something else, which the article leaves unsaid.
const SELF_PERSON = /\b(?:he|him|his|himself|she|her|hers|herself)\b/i;
const SELF_BODY = /\b(?:it|its|itself|they|them|their)\b/i;
// "We", "our": a voice speaking for a body, a team or a party; only someone of the same part may say it.
const FIRST_PLURAL = /\b(?:we|us|our|ours|we['’](?:re|ve|ll|d))\b/i;
// People who comment on others' work: never the "we" of a minister, a club or a firm.
const COMMENTATOR = /\b(?:analyst|economist|journalist|reporter|correspondent|editor|researcher|professor|academic|expert|commentator|critic|columnist|consultant|observer|historian|blogger)s?\b/i;
// An organisation the article has say or claim something ("the union said", "IBM has warned").
const ORG_SPEAKS = /^(?:['’]s\s+\w+)?\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:said|says|warned|warns|claimed|claims|argued|argues|insisted|insists|stated|announced|reported|reports|told|added|predicted|believes|expects|denied|confirmed)\b/;

/** What is attributed: its text as shown, where it stands, and how the article names its speaker. */
interface Attributed {
  speaker: Entity;
  sentence: Sentence;
  /** The words as the stem shows them. */
  said: string;
  /** The speaker's own words (a quotation), not a view reported in the article's words. */
  quoted: boolean;
  /** The statement with the speaker left out: "According to the article, @ said: “…”." */
  template: string;
  /** Where the article names the speaker (its name), and the attribution's own evidence. */
  evidence: Evidence[];
  /** Sentences the item rests on: the words' own, and the one naming the speaker. */
  sentences: number[];
  /** The reader follows "he said" back to a name in another sentence. */
  crosses: boolean;
  fact: string;
  group: string;
  /** Taken off the score: a quotation cut short ranks a little lower. */
  penalty: number;
  /** A reported view's subjects (people, bodies, places it names by name or post): someone else who speaks of them may hold it too. */
  subjects: readonly Entity[];
}

/** True/false statements of who said or holds what: a pair per quotation or reported view with a confident speaker. */
export function attributionCandidates(ctx: BuildContext): Candidate[] {
  const { analysis } = ctx;
  const reported = reportedViews(analysis);
  const bodies = orgVoices(analysis, reported);
  const out: Candidate[] = [];
  for (const a of [...quotations(ctx), ...views(ctx, reported)]) {
    if (namedInHeadline(analysis, a.speaker, a.said)) continue;
    out.push(...pair(ctx, a, bodies));
  }
  return out;
}

/** Quotations with a confident speaker that say something on their own. */
function quotations({ analysis, sourceNoun }: BuildContext): Attributed[] {
  const out: Attributed[] = [];
  for (const q of analysis.quotes) {
    const s = analysis.sentences[q.sentence] as Sentence;
    if (!usableSentence(s) || q.fragment || !(q.speaker.kind === 'person' || q.speaker.kind === 'org')) continue;
    // "She added: …" followed back to a man: the attribution is wrong, whatever the name.
    const pronoun = s.text.slice(q.speakerSpan[0], q.speakerSpan[1]).toLowerCase();
    if (q.speaker.gender && ((pronoun === 'she' && q.speaker.gender === 'm') || (pronoun === 'he' && q.speaker.gender === 'f'))) continue;
    const excerpt = quoteExcerpt(q, MAX_QUOTE_WORDS);
    if (!excerpt || !standsAlone(excerpt.shown, namesPersonFirst(s, q))) continue;
    // The quotation names its own speaker: no statement of it tests reading.
    if ([...q.speaker.aliases].some((alias) => containsPhrase(excerpt.shown, alias))) continue;
    const named = nameEvidence(analysis, q);
    if (!named) continue;
    const quoteEvidence = evidenceOf(s, q.start, q.end);
    out.push({
      speaker: q.speaker,
      sentence: s,
      said: excerpt.shown,
      quoted: true,
      template: `According to the ${sourceNoun}, @ said: “${excerpt.shown}”.`,
      // The name first (a true statement shows it, a false one does not); then the quotation itself.
      evidence: q.antecedent ? [named, quoteEvidence] : [named],
      sentences: q.antecedent ? [s.index, q.antecedent.sentence] : [s.index],
      crosses: q.antecedent !== undefined,
      fact: `quote:${q.sentence}:${q.start}`,
      group: `attr:${q.sentence}:${q.start}`,
      penalty: excerpt.truncated ? 0.05 : 0,
      // The words themselves are the speaker's: nobody else said them, whatever their view.
      subjects: [],
    });
  }
  return out;
}

/** Where the article names the quotation's speaker: in its own sentence, or (after "he said") the sentence it goes back to. */
function nameEvidence(analysis: Analysis, q: Quote): Evidence | null {
  const at = q.antecedent ?? { sentence: q.sentence, start: q.speakerSpan[0], end: q.speakerSpan[1] };
  const s = analysis.sentences[at.sentence] as Sentence;
  // The span must name the speaker ("the judge" or "she" would not show in a statement naming them).
  const text = normalize(s.text.slice(at.start, at.end));
  if (![...q.speaker.aliases].some((alias) => ` ${text} `.includes(` ${alias} `))) return null;
  return evidenceOf(s, at.start, at.end);
}

/**
 * A quotation that states something of its own: it opens with its subject (not "It", "There's",
 * "But", "The plan"), speaks of no one unnamed ("he" only after a person it names, never "they"),
 * and has a few words of content. `namesPerson`: the quotation names a person before its first "he"/"she".
 */
function standsAlone(text: string, namesPerson: boolean): boolean {
  const plain = text.replace(/^…/, '').replace(EMPTY_IT, 'X');
  if (LEANS_BACK.test(plain) || VAGUE_SUBJECT.test(plain) || POINTS_OUT.test(plain) || IT.test(plain)) return false;
  if (PERSON_POINTER.test(plain) && !namesPerson) return false;
  return contentWords(plain).length >= MIN_CONTENT_WORDS;
}

/** Does the quotation name a person before its first "he", "his", "she" or "her" ("Ann Lee has given a reason for her absence")? */
function namesPersonFirst(s: Sentence, q: Quote): boolean {
  const pronoun = PERSON_POINTER.exec(s.text.slice(q.start, q.end));
  // (A name only ever quoted is read as a name of no known kind: "Dan Cole has given …".)
  return pronoun !== null && s.mentions.some((m) => (m.entity.kind === 'person' || m.entity.kind === 'other') && m.start >= q.start && m.end <= q.start + pronoun.index);
}

/** Views the article reports in a person's or a body's name ("the union warned that …"). */
function views({ analysis, sourceNoun }: BuildContext, reported: readonly ReportedView[]): Attributed[] {
  const out: Attributed[] = [];
  for (const v of reported) {
    if ((v.speaker.kind === 'person' ? SELF_PERSON : SELF_BODY).test(v.clause)) continue;
    const named = viewNameEvidence(analysis, v);
    if (!named) continue;
    const s = v.sentence;
    const shown = v.verb === 'added' || v.verb === 'told' || v.verb === 'explained' || v.verb === 'revealed' ? 'said' : v.verb;
    const at = s.text.indexOf(v.clause);
    out.push({
      speaker: v.speaker,
      sentence: s,
      said: v.clause,
      quoted: false,
      template: `According to the ${sourceNoun}, @ ${shown} that ${v.clause}.`,
      evidence: v.viaPronoun && at >= 0 ? [named, evidenceOf(s, at, at + v.clause.length)] : [named],
      sentences: [s.index],
      crosses: v.viaPronoun,
      fact: `view:${s.index}`,
      group: `attr:${s.index}:view`,
      penalty: 0,
      subjects: at >= 0 ? subjectsOf(analysis, v, at) : [],
    });
  }
  return out;
}

/** What a view is about: the entities its clause names, or names by a post the article gives them ("the chancellor"). */
function subjectsOf(analysis: Analysis, v: ReportedView, at: number): Entity[] {
  const named = v.sentence.mentions.filter((m) => m.start >= at && m.end <= at + v.clause.length).map((m) => m.entity);
  const byPost = analysis.entities.filter((e) => e.roles.some((r) => !r.temporal && containsPhrase(v.clause, r.text.replace(/^the\s+/i, ''))));
  return [...new Set([...named, ...byPost])].filter((e) => e !== v.speaker);
}

/**
 * Does `x` speak of any of a view's subjects (in a sentence naming `x`, or in `x`'s quotations)? Then
 * the view, in the article's words, may well be `x`'s too ("confident the chancellor would meet his
 * rules" for a voice who called him "a prudent chancellor").
 */
function speaksOf(analysis: Analysis, x: Entity, subjects: readonly Entity[]): boolean {
  if (!subjects.length) return false;
  const own = new Set([...x.mentions.map((m) => m.sentence), ...analysis.quotes.filter((q) => q.speaker === x).map((q) => q.sentence)]);
  return [...own].some((i) => {
    const s = analysis.sentences[i] as Sentence;
    return subjects.some((e) => s.mentions.some((m) => m.entity === e) || e.roles.some((r) => !r.temporal && containsPhrase(s.text, r.text.replace(/^the\s+/i, ''))));
  });
}

/** The name of a view's speaker: where the sentence names them, or (for an opening "He") their last mention before it. */
function viewNameEvidence(analysis: Analysis, v: ReportedView): Evidence | null {
  if (!v.viaPronoun) return evidenceOf(v.sentence, v.at.start, v.at.end);
  const before = v.speaker.mentions.filter((m) => m.sentence < v.sentence.index).pop();
  return before ? evidenceOf(analysis.sentences[before.sentence] as Sentence, before.start, before.end) : null;
}

/**
 * Does the headline name the speaker (or their post) beside the words' matter ("Fox attacks Blair's
 * 'lies'" for Fox's words about lying), or attribute a claim to them ("…, say Tories")? It answers the statement.
 */
function namedInHeadline(analysis: Analysis, speaker: Entity, said: string): boolean {
  const title = analysis.source.title;
  const attribution = headlineAttribution(title, analysis.entities);
  if (attribution && [...speaker.aliases].some((alias) => attribution.speakers.has(alias))) return true;
  // By name or by the post the article gives them ("Rovers chairman to go" over the chairman's words).
  const names = [...speaker.aliases, ...speaker.mentions.map((m) => m.text), ...speaker.roles.map((r) => r.text.replace(/^the\s+/i, '')), ...surname(speaker)];
  if (!names.some((n) => containsPhrase(title, n))) return false;
  const words = new Set(contentWords(said));
  return contentWords(title).some((w) => words.has(w));
}

/** A person's surname ("Pike" of "Gary Pike"), as a headline writes it. */
function surname(e: Entity): string[] {
  const last = e.kind === 'person' && e.name.includes(' ') ? e.name.split(' ').pop() : undefined;
  return last && last.length >= 3 ? [last] : [];
}

/** How the stem names a speaker: "the union", "IBM", "Ann Lee". */
function speakerText(e: Entity): string {
  return e.kind !== 'person' && e.the ? `the ${e.name}` : e.name;
}

/** The true and the false statement of one attribution (the selector takes at most one of the pair). */
function pair(ctx: BuildContext, a: Attributed, bodies: ReadonlySet<Entity>): Candidate[] {
  const keyText = speakerText(a.speaker);
  const stemFor = (name: string): string => a.template.replace('@', name);
  const score = 0.68 - a.penalty + salienceBonus(a.sentence);
  const where = a.evidence[0]?.paragraph;
  const base = {
    type: 'true-false' as const,
    options: ['True', 'False'],
    evidence: a.evidence,
    sentences: a.sentences,
    group: a.group,
    keyId: a.speaker.id,
    facts: [a.fact],
    // Following "he said" back to the name connects two sentences; a name beside the words is recall.
    ...(a.crosses ? { understanding: true } : {}),
  };
  const whose = a.quoted ? 'these words' : 'this view';
  // Worked out once, and only when the selector picks either statement.
  let swap: string | null | undefined;
  const other = (): string | null => (swap === undefined ? (swap = otherVoice(ctx, a, keyText, stemFor(''), bodies)) : swap);
  const trueDraft: Candidate = { ...base, stem: '', key: 0, truth: true, explanation: '-', difficulty: 0.3, score };
  // A true statement only where a false one could stand: with no other voice to name, "X said …" asks nothing.
  trueDraft.complete = () =>
    other() === null
      ? null
      : {
          ...base,
          stem: stemFor(keyText),
          key: 0,
          truth: true,
          explanation: oneLine(`True: paragraph ${a.sentence.paragraph} gives ${whose} to ${a.speaker.name}${a.crosses ? `, named in paragraph ${where}` : ''}.`),
          difficulty: clamp01(0.3 + (a.crosses ? 0.15 : 0)),
          score,
        };
  const falseDraft: Candidate = { ...base, stem: '', key: 1, truth: false, explanation: '-', difficulty: 0.4, score };
  falseDraft.complete = () => {
    const name = other();
    if (!name) return null;
    return {
      ...base,
      stem: stemFor(name),
      key: 1,
      truth: false,
      explanation: oneLine(`False: paragraph ${a.sentence.paragraph} gives ${whose} to ${a.speaker.name}, not ${name.replace(/^the\s/, '')}.`),
      difficulty: clamp01(0.4 + (a.crosses ? 0.15 : 0)),
      score,
    };
  };
  return [trueDraft, falseDraft];
}

/**
 * Another voice of the article to name instead of the speaker: same kind and a like part (roles.ts,
 * through the distractor rules), heard elsewhere in the article, not named where the words stand or
 * in the words themselves, not of the other sex where the words show one, and of the speaker's own
 * part where the words say "we". Null when the article has none.
 */
function otherVoice(ctx: BuildContext, a: Attributed, keyText: string, stem: string, bodies: ReadonlySet<Entity>): string | null {
  const { analysis, random } = ctx;
  const key = a.speaker;
  const heard = key.kind === 'person' ? voicesOf(analysis) : bodies;
  const title = analysis.source.title;
  const sex = SEXED.test(a.said) ? (key.gender ?? 'unsure') : null;
  const plural = a.quoted && FIRST_PLURAL.test(a.said);
  const near = new Set(a.sentences.flatMap((i) => (analysis.sentences[i] as Sentence).mentions.map((m) => m.entity)));
  const unfit = (x: Entity): boolean =>
    x.kind !== key.kind ||
    !heard.has(x) ||
    (key.kind === 'person' && !castAlike(key, x, analysis)) ||
    near.has(x) ||
    // Not someone the words name by their post ("the foreign secretary has been shamed"), nor one the headline names.
    x.roles.some((r) => containsPhrase(a.said, r.text.replace(/^the\s+/i, ''))) ||
    [...x.aliases, ...surname(x)].some((alias) => containsPhrase(title, alias)) ||
    // Words of a sex: only someone the article shows to be of the speaker's (nobody, where it does not say which).
    (sex !== null && x.gender !== sex) ||
    (plural && !samePart(analysis, key, x)) ||
    speaksOf(analysis, x, a.subjects);
  const exclude = analysis.entities.filter(unfit);
  const d = entityDistractors(key, keyText, { analysis, evidence: a.sentence, stem, claim: contentWords(a.said), random }, { count: 1, form: 'full', withThe: true, exclude, articleOnly: true, anyField: true });
  return d[0]?.text ?? null;
}

/** Could `other` say "we" where the speaker did: the article casts both, alike, and not a commentator beside a member. */
function samePart(analysis: Analysis, key: Entity, other: Entity): boolean {
  if (!roleClass(key, analysis) || !roleClass(other, analysis) || !castAlike(key, other, analysis)) return false;
  const comments = (e: Entity): boolean => e.roles.some((r) => COMMENTATOR.test(r.text));
  return comments(key) || !comments(other);
}

/** Organisations the article shows stating something: a view in their name, or "X said/warned …". */
function orgVoices(analysis: Analysis, reported: readonly ReportedView[]): Set<Entity> {
  const voices = new Set(reported.map((v) => v.speaker).filter((e) => e.kind === 'org'));
  for (const s of analysis.sentences) {
    for (const m of s.mentions) {
      if (m.entity.kind === 'org' && !s.quoted.some(([x, y]) => m.start >= x && m.end <= y) && ORG_SPEAKS.test(s.text.slice(m.end, m.end + 40))) voices.add(m.entity);
    }
  }
  return voices;
}
