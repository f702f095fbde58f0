// "Who did what": an entity that is the grammatical subject of a clause, and the predicate
// that follows it. Used for multiple-choice stems ("Who … ?") and actor–action matching.
import { isFree, type Sentence } from './analysis.ts';
import { isFiniteVerb, makeStatement, render, singularVerb, type Statement } from './clauses.ts';
import type { Mention } from './entities.ts';
import { containsPhrase, contentWords } from './words.ts';

export interface Predication {
  sentence: Sentence;
  subject: Mention;
  /** Where the replaced subject phrase starts and the predicate begins. */
  subjectStart: number;
  predicateStart: number;
  statement: Statement;
  /** The predicate as rendered, e.g. "launched strikes against Kurdish positions in northern Syria". */
  predicate: string;
}

const OPENER_END = /^(?:(?:However|Indeed|In fact|In particular|For example|Therefore|Rather|Meanwhile|In the meantime|Either way|For now|Still|Instead|Now|Thus|But|And|So|Yet|Then)\b,?\s+)*/i;
// Words that make a predicate depend on the sentences around it.
const EXTERNAL_REFERENCE = /\b(?:it|they|them|this|these|those|former|latter|such|also|too|again|another|even more|even less|as well|something|anything)\b/i;

/** Verbs by which news prose says who holds which view ("called for" and "calls for" are read as "called"/"calls" + "for"). */
const STANCE_VERBS = new Set(
  ('said says warned warns argued argues claimed claims insisted insists denied denies admitted admits believes believed suggested ' +
    'suggests predicted predicts accused accuses criticised criticized criticises criticizes welcomed welcomes urged urges rejected ' +
    'rejects dismissed dismisses backed backs supported supports praised praises blamed blames stressed questioned defended defends ' +
    'attacked attacks condemned condemns conceded acknowledged maintained maintains feared fears hoped hopes expects expected ' +
    'promised promises pledged vowed').split(' '),
);
// The predicate's first verb, after an adverb ("strongly") and an auxiliary ("has"): small patterns, a
// set lookup for the verb. One alternation of all the verbs cost several milliseconds to compile on
// the first call in a fresh isolate, the call a teacher's paste pays for.
const STANCE_LEAD = /^(?:\w+ly\s+)?(?:ha[sd]\s+|have\s+)?(\w+)/;
const FOR_AFTER = /^ for\b/;

/** Does a predicate ("warned his supporters against complacency") state a position? */
export function statesPosition(predicate: string): boolean {
  const m = STANCE_LEAD.exec(predicate);
  if (!m) return false;
  const verb = m[1] as string;
  if (STANCE_VERBS.has(verb)) return true;
  return (verb === 'called' || verb === 'calls') && FOR_AFTER.test(predicate.slice(m[0].length));
}

// Multiple choice and matching both ask for a sentence's predications: computed once.
const CACHE = new WeakMap<Sentence, Predication[]>();

export function predications(s: Sentence): Predication[] {
  let cached = CACHE.get(s);
  if (!cached) CACHE.set(s, (cached = computePredications(s)));
  return cached;
}

function computePredications(s: Sentence): Predication[] {
  const out: Predication[] = [];
  let openerEnd = (OPENER_END.exec(s.text)?.[0] ?? '').length;
  // The question drops a leading time or source phrase too: "In mid-January, the United States deployed …".
  const lead = /^(?:In|During|At|On|Following|Citing|Since|Amid)\b[^,;:"“”]{2,90},\s+/i.exec(s.text.slice(openerEnd));
  if (lead && !(lead[0].match(/[a-z]+/g) ?? []).slice(1).some(isFiniteVerb)) openerEnd += lead[0].length;
  for (const m of s.mentions) {
    if (m.joined || m.possessive || !isFree(s, m.start, m.end)) continue;
    const e = m.entity;
    if (e.kind === 'other') continue;
    let subjectStart = -1;
    let verbAt = -1;
    // Sentence subject: "[The] [role] X verb …".
    const lead = s.text.slice(openerEnd, m.start);
    const roleHere = e.roles.find((r) => r.sentence === s.index && r.end <= m.start && r.start >= openerEnd);
    const leadOk = lead === '' || /^(?:the|Mr|Mrs|Ms|Dr|Prof|Sir|Lord|Lady|Dame)\.?\s+$/i.test(lead) || (roleHere && /^(?:the\s+)?$/i.test(s.text.slice(openerEnd, roleHere.start)) && /^\s+$/.test(s.text.slice(roleHere.end, m.start)));
    const after = s.text.slice(m.end);
    const verbMatch = /^\s+((?:[a-z]+ly\s+)?)([a-z]+)\b/.exec(after);
    if (leadOk && verbMatch && isFiniteVerb(verbMatch[2] as string)) {
      subjectStart = openerEnd;
      verbAt = m.end + verbMatch[0].length - (verbMatch[1] as string).length - (verbMatch[2] as string).length;
    } else {
      // Relative clause: "…, the Pentagon, which strongly rejected the deal."
      const rel = /^,\s+(?:which|who)\s+((?:[a-z]+ly\s+)?)([a-z]+)\b/.exec(after);
      if (rel && isFiniteVerb(rel[2] as string) && !/\b(?:and|or)\s+$/.test(s.text.slice(0, m.start))) {
        subjectStart = openerEnd;
        verbAt = m.end + rel[0].length - (rel[1] as string).length - (rel[2] as string).length;
      }
    }
    if (verbAt < 0) continue;
    // A coordinated subject ("Turkey and the U.S. are") is two actors, not one.
    if (/^\s+(?:and|or)\s/.test(after) || /\b(?:and|or|both)\s+(?:the\s+)?$/i.test(s.text.slice(0, m.start))) continue;
    const st = makeStatement(s, verbAt, verbAt + 1, { truncate: true, maxWords: 32, dropLead: true });
    if (!st) continue;
    const predicateText = render(st, [{ start: subjectStart, end: verbAt, text: '' }]).replace(/[.!?]$/, '');
    const predicate = predicateText.replace(/^(\p{Lu})/u, (c) => c.toLowerCase());
    const first = predicate.split(/\s+/)[0] ?? '';
    const adverb = /ly$/.test(first);
    const verb = adverb ? (predicate.split(/\s+/)[1] ?? '') : first;
    if (!singularVerb(verb)) continue;
    // In a stated position, the speaker's own pronoun refers back to the speaker ("said he would stand down").
    const own = statesPosition(predicate) ? (e.kind === 'person' ? /\b(?:he|she|his|her|him)\b/gi : e.plural ? /\b(?:they|their|them)\b/gi : /\b(?:it|its)\b/gi) : null;
    if (EXTERNAL_REFERENCE.test(own ? predicate.replace(own, '') : predicate) || /["“”]/.test(predicate)) continue;
    // "was its best performer" of a person: "its" is something named elsewhere.
    if (e.kind === 'person' && /\bits\b/i.test(predicate)) continue;
    // "… and Christopher Oram won the design award": a second clause with its own subject is another fact.
    if (hasSecondClause(predicate)) continue;
    if (predicate.split(/\s+/).length < 4 || contentWords(predicate).length < 3) continue;
    if ([...e.aliases].some((a) => containsPhrase(predicate, a))) continue;
    out.push({ sentence: s, subject: m, subjectStart, predicateStart: verbAt, statement: st, predicate });
  }
  return out;
}

function hasSecondClause(predicate: string): boolean {
  for (const m of predicate.matchAll(/\s(?:and|but|while)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)+([a-z]+)/gu)) if (isFiniteVerb(m[1] as string)) return true;
  return false;
}

/** "have sustained" -> "has sustained": the predicate after a singular wh-word. */
export function singularPredicate(predicate: string): string {
  const words = predicate.split(' ');
  const i = /ly$/.test(words[0] ?? '') ? 1 : 0;
  words[i] = singularVerb(words[i] as string) ?? (words[i] as string);
  return words.join(' ');
}
