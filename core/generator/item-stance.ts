// Who holds which position: reported speech and stance verbs matched to their speakers, beyond
// direct quotations. "Growth will slow this year, Mr Smith warned." becomes "According to the
// article, who warned that growth will slow this year?" with the article's other people as
// wrong options (written the same way: full names with full names). An organisation that states
// a view ("The OECD said …") is asked with its wh-word ("which institution said …?") and other
// organisations of its class as wrong options.
import type { Analysis, Sentence } from './analysis.ts';
import { isFiniteVerb, makeStatement, render } from './clauses.ts';
import { entityDistractors } from './distractors.ts';
import { DEMONYMS, PROPER_ADJECTIVES, TITLE_WORDS } from './lexicon.ts';
import { writerAt, type Entity, type Mention } from './entities.ts';
import { containsPhrase, contentWords, STOPWORDS } from './words.ts';
import { clamp01, evidenceOf, negatedSentence, oneLine, usableSentence, whWord, type BuildContext, type Candidate } from './candidate.ts';

const TITLE = '(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lord|Lady|Dame)\\.?\\s+';
// Reporting and stance verbs: what someone said, and what they think, fear, hope or expect.
const VERBS =
  'said|says|warned|warns|argued|argues|claimed|claims|insisted|insists|predicted|predicts|suggested|suggests|believes|believed|thinks|thought|fears|feared|hopes|hoped|expects|expected|added|admitted|explained|stressed|revealed|maintained|acknowledged|conceded|confirmed|announced|complained|estimated|agreed|accepted|stated|wrote|writes|noted|notes|reports|reported';
// "said on Monday", "said last week": a time, not the view's first words ("said this would …").
const WHEN = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|month|year|morning|afternoon|evening|night|spring|summer|autumn|winter|January|February|March|April|May|June|July|August|September|October|November|December)';
// "…, Mr Smith warned." / "…, the OECD said." / "…, warned Jane Doe." / "…, Mr Smith said on Monday."
const TAIL_BEFORE = new RegExp(`^,\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}(?:${TITLE})?$`, 'u');
const SAID_AFTER = new RegExp(`^\\s+(?:has\\s+|have\\s+)?(${VERBS})\\b(?:\\s+(?:on|last|this)\\s+\\w+)?\\s*\\.$`);
const SAID_BEFORE = new RegExp(`,\\s+(${VERBS})\\s+(?:the\\s+)?(?:${TITLE})?$`);
// A lead before a speaker who opens the sentence: a contrast, a time or an occasion ("On Wednesday, ", "In a speech in Leeds, ").
const LEAD = /^(?:(?:However|But|And|Meanwhile|Separately),?\s+)?(?:(?:On|In|During|At|Speaking|Last|Earlier|Later)\b[^,;:"“”()]{0,70},\s+)?/;
// Before the speaker: nothing, "the", a title, or a short role ("Chief executive", "Analyst"): no clause of its own.
const SPEAKER_OPENS = new RegExp(`^(?:the\\s+)?(?:[\\p{L}][\\p{L}-]*(?:\\s+[\\p{L}-]+){0,3}\\s+)?(?:${TITLE})?$`, 'u');
// After the speaker: an aside naming their post (", a prospective Labour MP,"), then adverbs or "has". Not
// "also": "X has also said …" tells that someone else said it too, who may then stand among the options.
const APPOSITION = /^,\s+((?:a|an|the|its|his|her)\s+)?[^,;:"“”()]{2,90},(?=\s)/;
const PRESENT_STANCE = /^\s+(?:says|warns|argues|claims|insists|predicts|suggests|believes|thinks|fears|hopes|expects|reports|notes|writes)(?=[\s.,])/;
const ADVERBS = /^(?:\s+(?:has|have|had|earlier|later|recently|previously|now))*/;
// "… said (on Monday) (that) the plan would cost jobs.", "… told the BBC that …".
const VIEW_AFTER = new RegExp(`^\\s+(?:(${VERBS})(?:\\s+(?:on|last|this)\\s+${WHEN}\\b|\\s+recently|\\s+in\\s+(?:a|an|its|his|her)\\s+(?:statement|interview|speech|letter|report))?,?\\s+(?:that\\s+)?|told\\s+(?:[\\w'’-]+\\s+){1,5}?that\\s+)`);
// A view that points outside itself ("it was seeking …", "the move would save …") does not say what it is about.
const POINTER = /\b(?:it|its|they|them|their|this|these|those|such)\b|\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had|could|should|may|might)\b)/i;
// …anywhere in the view, not only as its subject ("firms could be hurt by the move").
const VAGUE =
  /(?:^|\s)the\s+(?:(?:new|latest|proposed|original|current|whole|same)\s+)?(?:move|moves|change|changes|plan|plans|deal|decision|work|technique|idea|proposal|proposals|scheme|bill|report|figure|figures|case|issue|problem|site|feature|project|programme|program|system|process|ruling|trend|measure|measures|policy|rules|technology|breakthrough|study|research|survey|findings|results|product|service|device|comments|comment|remarks|statement|claim|claims|allegations|attack|incident|matter|situation|episode|cooperation|partnership|agreement|cuts|closure|closures|merger|takeover|sale|land|one|other|former|latter|two|pair)\b(?!\s+(?:of|for|to|on|against|which|that)\b|,\s+which\b)/i;
// "the pair's withdrawal": people named elsewhere.
const PAIR = /\bthe (?:pair|two|duo|trio|couple|former|latter|men|women|others)\b/i;
const MODAL = /\b(?:would|will|could|can|should|must|may|might|is|are|needs?|remains?|has|have)\b/;
const CONTRAST = /\b(?:said|says|added|told|but|although|while|whereas|however)\b/;
const MIN_VIEW_WORDS = 5;
// "…, according to the council's report." / "…, according to Mr Smith.": the attribution after the view.
const ACCORDING_BEFORE = /,\s+according\s+to\s+(?:the\s+)?$/i;
// A view that opens with a connective ("however, the plan …") continues another sentence.
// A past-tense view ("the council cut …", not "… will be replaced") is reported as "said".
const PAST = /\b(?:was|were|had|did|would|could)\b|(?<!\b(?:be|been|being|is|are|has|have|will)\s)\b\w{3,}ed\b/;
// "the author" with no name of its own before it ("the Monitor's author" is a name).
const BACK_WRITER = /\b[Tt]he (author|authors|reporter|reporters|correspondent|columnist|editors)\b(?!['’])/g;
// "…, the author argues, …" in the middle of a sentence: the attribution is an aside.
const SAID_MID = new RegExp(`^\\s+(?:has\\s+)?(${VERBS}),\\s+`);
// A lead the view keeps with its comma ("For the Kremlin, …"); any other part before the aside is the view's subject.
const KEPT_LEAD = /^(?:For|In|On|At|By|With|Without|After|Before|Under|Since|Whatever|Although|While|If|When|To)\b/;
// Verbs of saying, not of acting: "Kerry agreed on a plan" shows no view of Kerry's.
const REPORTS_AFTER = /^\s+(?:also\s+|has\s+|have\s+)?(?:said|says|reports|reported|argues|argued|writes|wrote|notes|noted|warned|warns|claims|claimed|insists|insisted|told|stated)\b/;
const CONNECTIVE = /^(?:however|though|also|too|instead|meanwhile|still|then|yet|but|and|so)\b/i;
// An aside between dashes ("- relocating call centres abroad -") is a second statement inside the view.
const DASHED_ASIDE = /\s[-–]\s|—/;
/** A quoted word or phrase this short reads as the speaker's word for it ("affordable"), not as a quotation. */
const MAX_QUOTED_WORDS = 4;
const MAX_VIEW_WORDS = 26;

/** A view the article reports in someone's name, outside quotation marks. */
export interface ReportedView {
  speaker: Entity;
  sentence: Sentence;
  /** Where the sentence names the speaker (the name, or the opening "She" read as the name). */
  at: { start: number; end: number };
  verb: string;
  /** The view as a clause that stands on its own ("the bridge would reopen in the spring"). */
  clause: string;
  viaPronoun: boolean;
}

/** Every view the article attributes plainly to a person or an organisation, one per sentence. */
export function reportedViews(analysis: Analysis): ReportedView[] {
  const out: ReportedView[] = [];
  const writers: Entity[] = [];
  for (const s of analysis.sentences) {
    for (const m of s.mentions) {
      const w = writerAt(m, s.text);
      if (w && !writers.includes(w.entity)) writers.push(w.entity);
    }
    // A quotation (more than a few words) is asked as who-said-it; a word or two in quotation marks may stay.
    if (!usableSentence(s) || negatedSentence(s) || s.quoted.some(([a, b]) => s.text.slice(a, b).split(/\s+/).length > MAX_QUOTED_WORDS)) continue;
    // "He said the plan would cost jobs." where the opening pronoun can only be the person the article follows.
    if (s.referent) {
      const name = s.referent.name;
      const e = analysis.entities.find((x) => x.kind === 'person' && x.name === name);
      const view = e ? viewAfterSpeaker(s, s.referent.end, e) : null;
      if (e && view && !/^(?:However|But|And|Yet|Still|Then|Now|Later|Meanwhile|Instead)\b/.test(s.text)) out.push({ speaker: e, sentence: s, at: s.referent, ...view, viaPronoun: true });
      continue;
    }
    const mentions = [...s.mentions, ...writersBack(s, writers)].sort((a, b) => a.start - b.start);
    const view = speakerFirst(s, mentions) ?? speakerLast(s, mentions);
    if (view) out.push(view);
  }
  return out;
}

/**
 * "the author argues …" once the article has named exactly one writer of that kind ("the Monitor's
 * author"): read as that writer, as "he" is read as the person the article follows.
 */
function writersBack(s: Sentence, writers: readonly Entity[]): Mention[] {
  const out: Mention[] = [];
  for (const m of s.text.matchAll(BACK_WRITER)) {
    const noun = m[1] as string;
    const named = writers.filter((w) => w.name.endsWith(`'s ${noun}`));
    if (named.length !== 1) continue;
    const start = m.index + m[0].length - noun.length;
    out.push({ entity: named[0] as Entity, sentence: s.index, start, end: start + noun.length, text: noun, joined: false, possessive: false, theStart: m.index });
  }
  return out;
}

export function stanceCandidates(ctx: BuildContext): Candidate[] {
  const views = reportedViews(ctx.analysis);
  return views.map((v) => stanceDraft(ctx, v, views));
}

/** How a speaker stands as an option: "the Pentagon", "Newsweek", "the Monitor's author", "Jane Doe". */
function speakerText(e: Entity): string {
  return e.kind !== 'person' && e.the ? `the ${e.name}` : e.name;
}

/**
 * The other sources the article gives a stated view (quoted, or reported in their name), in reading order:
 * wrong options that each take positions here. Not the key's own side (a publication beside its author),
 * not a source the view names. `echo`: sources whose own view says much the same (they would be right as well).
 */
function statedSources(analysis: Analysis, key: Entity, clause: string, views: readonly ReportedView[]): { sources: Entity[]; echo: Entity[] } {
  const claim = new Set(contentWords(clause));
  const same = (other: string): boolean => {
    const words = contentWords(other);
    return words.filter((w) => claim.has(w)).length * 2 >= Math.min(words.length, claim.size);
  };
  const stated = [...views.map((v) => ({ speaker: v.speaker, said: v.clause })), ...analysis.quotes.map((q) => ({ speaker: q.speaker, said: q.text }))];
  const echo = [...new Set(stated.filter((x) => x.speaker !== key && same(x.said)).map((x) => x.speaker))];
  const sources: Entity[] = [];
  // Those whose view was read first, then any the article shows reporting or arguing something ("X also reports …").
  for (const speaker of [...stated.map((x) => x.speaker), ...reportingSources(analysis)]) {
    if (speaker === key || speaker.side === key.side || sources.some((x) => x.side === speaker.side) || echo.includes(speaker)) continue;
    if (![...speaker.aliases].some((a) => containsPhrase(clause, a))) sources.push(speaker);
  }
  return { sources, echo };
}

/** Sources the article shows stating something: "X (also) reports/argues …", "according to X", in reading order. */
function reportingSources(analysis: Analysis): Entity[] {
  const out: Entity[] = [];
  for (const s of analysis.sentences) {
    for (const m of s.mentions) {
      const sp = speakerAt(m, s);
      if (!sp || out.includes(sp.entity)) continue;
      if (REPORTS_AFTER.test(s.text.slice(sp.end)) || ACCORDING_BEFORE.test(s.text.slice(0, m.theStart ?? m.start))) out.push(sp.entity);
    }
  }
  return out;
}

/** People and organisations state views. */
function speaks(e: Entity): boolean {
  return e.kind === 'person' || e.kind === 'org';
}

/** "who", "which company", and "which organisation" for a body of no finer kind. */
function askFor(e: Entity): string {
  return e.kind === 'person' ? 'who' : (whWord(e.kind, e.sub) ?? 'Which organisation').replace(/^W/, 'w');
}

/** "Mr Smith said the plan would cost jobs.", "On Monday, Analyst Tomas Reyes, a former banker, said …". */
function speakerFirst(s: Sentence, mentions: readonly Mention[]): ReportedView | null {
  const lead = LEAD.exec(s.text)?.[0].length ?? 0;
  const m = mentions.find((x) => x.start >= lead);
  const sp = m ? speakerAt(m, s) : null;
  // "Colm Ferris fears …": a name before a present-tense verb reads like a name before a noun ("ISIS positions").
  if (!m || !sp || (m.joined && !PRESENT_STANCE.test(s.text.slice(m.end)))) return null;
  const e = sp.entity;
  const before = s.text.slice(lead, m.start);
  // A role the article gives this person right before the name ("Former Tory chancellor Ken Clarke").
  const role = e.roles.find((r) => r.sentence === s.index && r.start >= lead && /^(?:the\s+)?$/i.test(s.text.slice(lead, r.start)) && /^\s*$/.test(s.text.slice(r.end, m.start)));
  if (!(SPEAKER_OPENS.test(before) && plainRole(before)) && !role) return null;
  let at = sp.end;
  const aside = APPOSITION.exec(s.text.slice(at));
  if (aside && !aside[0].split(/\s+/).some((w) => isFiniteVerb(w.replace(/\W/g, ''))) && !/^,\s+(?:who|which|whose)\b/.test(aside[0])) at += aside[0].length;
  at += (ADVERBS.exec(s.text.slice(at))?.[0] ?? '').length;
  const view = viewAfterSpeaker(s, at, e);
  return view ? { speaker: e, sentence: s, at: { start: m.start, end: sp.end }, ...view, viaPronoun: false } : null;
}

/** Who a mention names as a speaker: a person or a body, or a publication's writer ("the Monitor's author"). */
function speakerAt(m: Mention, s: Sentence): { entity: Entity; end: number } | null {
  if (m.possessive) return writerAt(m, s.text);
  return speaks(m.entity) ? { entity: m.entity, end: m.end } : null;
}

/**
 * "…, Mr Law said." / "…, said Mr Hogan." / "…, the OECD said." / "…, according to X.": the attribution
 * ends the sentence; or stands as an aside inside it ("Fares, the council says, will rise …").
 */
function speakerLast(s: Sentence, mentions: readonly Mention[]): ReportedView | null {
  for (const m of mentions) {
    const sp = m.joined && !PRESENT_STANCE.test(s.text.slice(m.end)) ? null : speakerAt(m, s);
    if (!sp) continue;
    const e = sp.entity;
    const before = s.text.slice(0, m.theStart ?? m.start);
    const after = s.text.slice(sp.end);
    let verb: string | undefined;
    let clauseEnd = -1;
    const tail = SAID_AFTER.exec(after);
    const according = /^\s*\.$/.test(after) ? ACCORDING_BEFORE.exec(before) : null;
    const mid = SAID_MID.exec(after);
    const remove: { start: number; end: number; text: string }[] = [];
    // "…, the board warned, and …": a second clause after the aside may not be the speaker's.
    if (mid && !/^(?:and|but|or|while|although|though|so|yet)\b/.test(after.slice(mid[0].length)) && TAIL_BEFORE.test(before.slice(before.lastIndexOf(','))) && plainRole(before.slice(before.lastIndexOf(',') + 1))) {
      const comma = before.lastIndexOf(',');
      // "For the Kremlin, the author says, backing …" keeps one comma; "Opponents, the author argues, would …" none.
      const keepComma = KEPT_LEAD.test(s.text) || before.slice(0, comma).includes(',');
      remove.push({ start: comma, end: sp.end + mid[0].length - (keepComma ? 2 : 1), text: '' });
      verb = mid[1];
      clauseEnd = comma;
    } else if (according) {
      verb = 'according';
      clauseEnd = according.index;
    } else if (tail) {
      const comma = before.lastIndexOf(',');
      if (comma > 0 && TAIL_BEFORE.test(before.slice(comma)) && plainRole(before.slice(comma + 1))) {
        verb = tail[1];
        clauseEnd = comma;
      }
    } else {
      const head = SAID_BEFORE.exec(before);
      if (head && /^\s*\.$/.test(after)) {
        verb = head[1];
        clauseEnd = head.index;
      }
    }
    if (!verb || clauseEnd < 0) continue;
    const st = makeStatement(s, 0, 0, { truncate: false, maxWords: MAX_VIEW_WORDS, dropLead: false, remove: remove.length ? remove : [{ start: clauseEnd, end: s.text.length, text: '.' }] });
    if (!st) return null;
    const clause = render(st, []).replace(/[.!?]$/, '');
    if (!soundView(s, clause, e, remove.length ? 0 : clauseEnd)) return null;
    // "…, according to X": the view's own tense tells "says" from "said".
    if (verb === 'according') verb = PAST.test(clause) ? 'said' : 'says';
    const first = clause.split(/\s+/)[0] as string;
    // A name, a title before one ("Mr Howard"), a people's or a country's adjective ("Russian troops"), an acronym or "I" keeps its capital.
    const keepCase = s.mentions.some((x) => x.start === 0) || TITLE_WORDS.has(first.replace(/\.$/, '')) || DEMONYMS.has(first) || PROPER_ADJECTIVES.has(first) || /^\p{Lu}{2,}|^\p{Lu}\./u.test(first) || first === 'I';
    return { speaker: e, sentence: s, at: m, verb, clause: keepCase ? clause : clause.replace(/^\p{Lu}/u, (c) => c.toLowerCase()), viaPronoun: false };
  }
  return null;
}

/** Words before a name that only describe the speaker ("Tory leader", "NUJ official"): no verb, no clause word. */
function plainRole(words: string): boolean {
  return words
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => !isFiniteVerb(w) && (!STOPWORDS.has(w.toLowerCase()) || /^(?:the|of|for)$/i.test(w)));
}

/** The reported view after "X said" (from `at`): its verb and its words, or null when it cannot stand in a question. */
function viewAfterSpeaker(s: Sentence, at: number, speaker: Entity): { verb: string; clause: string } | null {
  const after = s.text.slice(at);
  const head = VIEW_AFTER.exec(after);
  if (!head) return null;
  const viewStart = at + head[0].length;
  // The view opens in lower case, or with a name the article knows ("Mr Blair bypassed the Cabinet"): not a quotation.
  const opensWithName = s.mentions.some((x) => x.start === viewStart || x.theStart === viewStart) || new RegExp(`^${TITLE}\\p{Lu}`, 'u').test(s.text.slice(viewStart));
  if (!/^[a-z]/.test(s.text.slice(viewStart)) && !opensWithName) return null;
  const rest = s.text.slice(viewStart);
  // A clause opens with its subject: "fears were eased" is no view of "Chelsea".
  const first = /^[\p{L}'’-]+/u.exec(rest)?.[0] ?? '';
  if (isFiniteVerb(first) || MODAL.test(first)) return null;
  if (!/^[^.!?;:()[\]]+\.$/.test(rest)) return null;
  const clause = rest.slice(0, -1).trim();
  return soundView(s, clause, speaker, viewStart) ? { verb: head[1] ?? 'told', clause } : null;
}

/**
 * A view that reads on its own: a clause of 5–26 words stating one claim, pointing nowhere outside
 * itself, naming neither its speaker nor a second attribution; "he"/"his" only for a person who speaks.
 */
function soundView(s: Sentence, clause: string, speaker: Entity, viewStart: number): boolean {
  const words = clause.split(/\s+/);
  if (words.length < MIN_VIEW_WORDS || words.length > MAX_VIEW_WORDS) return false;
  // An organisation's own "it"/"its" ("Yukos said it would appeal") is the speaker, as "he" is a person's.
  const own = speaker.kind === 'org' && speaker.sub !== 'writer' && !s.mentions.some((x: Mention) => x.start >= viewStart && x.entity.kind === 'org' && x.entity !== speaker) ? clause.replace(/\b(?:it|its)\b/gi, '') : clause;
  if (CONNECTIVE.test(clause) || POINTER.test(own) || VAGUE.test(clause) || PAIR.test(clause) || CONTRAST.test(clause) || DASHED_ASIDE.test(clause) || !onlyShortQuotes(clause)) return false;
  // "wanted to meet as many members of the public": a comparison left open.
  if (/\bas (?:many|much)\b/i.test(clause) && !/\bas (?:many|much)\b.*\bas\b/i.test(clause)) return false;
  if (!words.some((w) => isFiniteVerb(w)) && !MODAL.test(clause)) return false;
  if ([...speaker.aliases].some((a) => containsPhrase(clause, a))) return false;
  // "he" in the view is the speaker only when the view names no other person.
  if (/\b(?:he|she|his|her|him)\b/i.test(clause)) {
    if (speaker.kind !== 'person') return false;
    const others = s.mentions.filter((x: Mention) => x.start >= viewStart && x.entity.kind === 'person' && x.entity !== speaker);
    if (others.length) return false;
  }
  return true;
}

/** Quotation marks only around a word or a short phrase, each pair closed (an apostrophe is no mark). */
function onlyShortQuotes(clause: string): boolean {
  const text = clause.replace(/(\p{L})['’](?=\p{L})/gu, '$1');
  const quoted = text.match(/["“‘'][^"“”‘’']*["”’']/g) ?? [];
  const marks = (text.match(/["“”‘’']/g) ?? []).length;
  return marks === quoted.length * 2 && quoted.every((q) => q.split(/\s+/).length <= MAX_QUOTED_WORDS);
}

/** "m" or "f" when the article shows it (an honorific, "actress", "spokeswoman"), else null. */
function sexOf(analysis: Analysis, e: Entity): 'm' | 'f' | null {
  const before = e.mentions.map((m) => (analysis.sentences[m.sentence] as Sentence).text.slice(Math.max(0, m.start - 12), m.start));
  const female = before.some((t) => /\b(?:Mrs|Ms|Miss|Lady|Dame|Baroness)\.?\s+$/.test(t)) || e.roles.some((r) => /\b(?:actress|spokeswoman|chairwoman|businesswoman|queen|princess|mother|wife)\b/i.test(r.text));
  const male = before.some((t) => /\b(?:Mr|Sir|Lord|Baron)\.?\s+$/.test(t)) || e.roles.some((r) => /\b(?:actor|spokesman|chairman|businessman|king|prince|father|husband)\b/i.test(r.text));
  return female === male ? null : female ? 'f' : 'm';
}

const WORK_BEFORE = /\b(?:film|films|movie|book|novel|musical|play|show|series|sitcom|drama|album|song|single|opera|ballet|character|programme|magazine|newspaper)\s+$/i;

/** A "person" the article names as a work or a character ("children's film Mary Poppins"). */
function namesAWork(analysis: Analysis, e: Entity): boolean {
  return e.kind === 'person' && e.mentions.some((m) => WORK_BEFORE.test((analysis.sentences[m.sentence] as Sentence).text.slice(Math.max(0, m.start - 20), m.start)));
}

/** A multiple-choice "who <verb> that <view>?" with the article's other speakers of the key's kind as wrong options. */
function stanceDraft({ analysis, random, sourceNoun }: BuildContext, { speaker: e, sentence: s, at, verb, clause, viaPronoun }: ReportedView, views: readonly ReportedView[]): Candidate {
  const shown = verb === 'added' || verb === 'told' || verb === 'explained' || verb === 'revealed' ? 'said' : verb;
  const stemFor = (wh: string): string => `According to the ${sourceNoun}, ${wh} ${shown} that ${clause}?`;
  const keyText = speakerText(e);
  const make = (distractors: string[], stem = stemFor(askFor(e))): Candidate => ({
    type: 'multiple-choice',
    stem,
    options: [keyText, ...distractors],
    key: 0,
    evidence: [evidenceOf(s, at.start, at.end)],
    explanation: oneLine(viaPronoun ? `Paragraph ${s.paragraph} attributes this view to ${e.name}, the person the passage is about (“${s.text.slice(at.start, at.end)}”).` : `Paragraph ${s.paragraph} attributes this view to ${keyText}.`),
    difficulty: clamp01(0.45 + (viaPronoun ? 0.1 : 0) + (distractors.length === 3 ? 0.05 : 0)),
    score: 0.84 - (viaPronoun ? 0.04 : 0),
    sentences: [s.index],
    keyId: e.id,
    // The view asked once: not again in a matching of speakers and views.
    facts: [`view:${s.index}`],
    understanding: true,
  });
  const draft = make([]);
  if (e.kind !== 'person') {
    draft.complete = () => {
      const { sources, echo } = statedSources(analysis, e, clause, views);
      // A body of a known class: other bodies of that class from the article (organisations with organisations).
      if (whWord(e.kind, e.sub)) {
        // The stem's words rule out an option that shares them, but not the wh-word's: "which news outlet" names the
        // key's class, and must not rule out the New York Times.
        const d = entityDistractors(e, keyText, { analysis, evidence: s, stem: stemFor('which'), claim: contentWords(clause), random }, { count: 3, form: 'full', withThe: true, articleOnly: true, exclude: echo, anyField: true });
        if (d.length >= 2) return make(d.map((x) => x.text));
      }
      // A writer, or a body with too few of its class: the other sources that state views here, as "which source"
      // when their kinds differ.
      // A view saying "it"/"its" of its speaker takes no person among the options: the pronoun would rule them out.
      // Options of like length (criterion: no option stands out by its length), nearest first.
      const near = (x: Entity): number => Math.abs(speakerText(x).length - keyText.length);
      const alike = (x: Entity): boolean => {
        const [a, b] = [speakerText(x).length, keyText.length].sort((p, q) => p - q) as [number, number];
        return b <= a * 2.5 || b - a <= 10;
      };
      const d = sources
        .filter((x) => (x.kind !== 'person' || !/\b(?:it|its)\b/i.test(clause)) && alike(x))
        .sort((a, b) => near(a) - near(b))
        .slice(0, 3);
      if (d.length < 2) return null;
      const oneKind = d.every((x) => x.kind === e.kind && x.sub === e.sub) && whWord(e.kind, e.sub) !== null;
      return make(d.map(speakerText), stemFor(oneKind ? askFor(e) : 'which source'));
    };
    return draft;
  }
  draft.complete = () => {
    // Not the person the view itself names by their post ("the chancellor would meet his fiscal rules": not the chancellor).
    // Nor a title read as a name ("the film Mary Poppins"): a work or a character is no speaker.
    // A view saying "he" takes no one the article shows to be a woman, "she" no man (the pronoun would rule them out).
    const sex = /\b(?:he|his|him)\b/i.test(clause) ? 'm' : /\b(?:she|her)\b/i.test(clause) ? 'f' : null;
    const other = (x: Entity): boolean => sex !== null && x.kind === 'person' && (sexOf(analysis, x) ?? sex) !== sex;
    const named = analysis.entities.filter((x) => x !== e && (x.roles.some((r) => containsPhrase(clause, r.text)) || namesAWork(analysis, x) || other(x)));
    const d = entityDistractors(e, keyText, { analysis, evidence: s, stem: stemFor(askFor(e)), claim: contentWords(clause), random }, { count: 3, form: 'full', withThe: false, exclude: named, anyField: true });
    return d.length < 2 ? null : make(d.map((x) => x.text));
  };
  return draft;
}
