// Turning a source sentence into a stand-alone statement: drop citations and asides in
// parentheses or dashes, discourse openers ("However,", "Indeed,") and trailing clauses
// after the tested fact, then render it with a gap or a swapped value.
import type { Sentence } from './analysis.ts';
import { ROLE_NOUNS } from './lexicon.ts';
import { capitalizeFirst, STOPWORDS } from './words.ts';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Statement {
  sentence: Sentence;
  /** Ranges of the sentence left out. */
  removed: Edit[];
  /** The statement as rendered with no replacement (kept: it is asked for again and again). */
  plain?: string;
}

const OPENER =
  /^(?:(?:However|Indeed|In fact|In particular|For example|For instance|Therefore|Rather|Meanwhile|In the meantime|Either way|For now,? however|For now|Still|Moreover|Furthermore|Instead|Now|Thus|Also|But|And|So|Yet|Then|Besides|Nevertheless|Nonetheless|Likewise|Similarly|Consequently|As a result|Of course|In turn|By contrast|In contrast|Even so|In other words|That said|Either way|Whatever the truth|For that reason|For this reason|Because of this|To that end)\b,?\s+(?!(?:were|was|did|do|does|had|has|have|is|are|could|would|will|can)\b))+/i;
// Boundaries after which a sentence adds a second proposition.
// Dashes: an em dash anywhere, an en dash only with spaces ("Lavrov–Kerry deal" is one name).
const TRAILING = /,\s+(?:but|which|while|although|though|whereas|where|who|whom|despite|including|one of|so that|as well as|even as|not least|and (?:the|a|an|this|that|these|those|it|they|he|she|we|its|their))\b|;\s|\s+but\s+|:\s|\s[—–]\s|—/gu;
// Openers that point back to an earlier sentence: the statement would not stand alone.
const DANGLING = /^(?:It|This|These|They|He|She|That|Those|There|Such|Its|Their|His|Her|We|I|You|Our|Both|Either|Neither|The former|The latter|The two|The other|The same|Another|Other|Here|Some of them)\b|^(?:So|Nor)\s+(?:were|was|did|do|does|had|has|have|is|are|could|would)\b/;
// "the two sides": fine in the article's own words (a cloze), vague in a statement to judge.
const PAIR_REFERENCE = /\b(?:both|the two) (?:countries|sides|men|leaders|presidents|powers|militaries|governments|armies)\b/i;

/**
 * The statement for a sentence, keeping [keepFrom, keepTo) intact (the tested fact).
 * Returns null when the sentence cannot stand alone (a pronoun opener, a quotation).
 */
// A leading time/place/source phrase with no verb of its own: "In an interview Monday with El País,", "In mid-January,".
const LEAD_PHRASE = /^(?:In|During|At|On|From|Following|Citing|Under|Amid|Since|By|Within|Across|Throughout)\b[^,;:"“”]{2,90},\s+/i;

/**
 * A cheap test before any statement is built: a sentence that opens (after "However," and the like)
 * with a pronoun or "Another" cannot stand alone, whatever slot is tested.
 */
export function opensDangling(s: Sentence): boolean {
  if (s.referent) return false;
  let text = s.text;
  for (let guard = 0; guard < 3; guard++) {
    const opener = OPENER.exec(text);
    if (!opener) break;
    text = text.slice(opener[0].length);
  }
  return DANGLING.test(capitalizeFirst(text));
}

type StatementOptions = { truncate: boolean; maxWords?: number; minWords?: number; dropLead?: boolean; allowDeterminers?: boolean; remove?: Edit[] };

// The true and the false version of a statement ask for the same one: made once per sentence and slot.
const STATEMENTS = new WeakMap<Sentence, Map<string, Statement | null>>();

export function makeStatement(s: Sentence, keepFrom: number, keepTo: number, opts: StatementOptions = { truncate: true }): Statement | null {
  const key = `${keepFrom}:${keepTo}:${opts.truncate}:${opts.maxWords}:${opts.minWords}:${opts.dropLead}:${opts.allowDeterminers}:${JSON.stringify(opts.remove ?? [])}`;
  let byKey = STATEMENTS.get(s);
  if (!byKey) STATEMENTS.set(s, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, buildStatement(s, keepFrom, keepTo, opts));
  return byKey.get(key) ?? null;
}

function buildStatement(s: Sentence, keepFrom: number, keepTo: number, opts: StatementOptions): Statement | null {
  const removed: Edit[] = [...(opts.remove ?? [])];
  // "She was born …" stands alone as "Alicia Markova was born …" (unless the tested slot is the pronoun itself).
  if (s.referent && !(keepFrom < s.referent.end && keepTo > s.referent.start)) removed.push({ ...s.referent, text: s.referent.name });
  for (const [a, b] of s.parens) {
    if (a < keepTo && b > keepFrom) return null;
    removed.push({ start: a, end: b, text: '' });
  }
  // Paired dashes enclose an aside: "Operation Inherent Resolve—the Pentagon's … mission—said".
  for (const m of s.text.matchAll(/(?:—|\s–\s)([^—–]{3,160})(?:—|\s–\s)/g)) {
    const a = m.index;
    const b = a + m[0].length;
    if (a < keepTo && b > keepFrom) continue;
    removed.push({ start: a, end: b, text: ' ' });
  }
  // Openers and (when asked) a leading time/place phrase, in any order: "In particular, in mid-January, for example, …".
  let leadEnd = 0;
  for (let guard = 0; guard < 4; guard++) {
    const opener = OPENER.exec(s.text.slice(leadEnd));
    if (opener && leadEnd + opener[0].length <= keepFrom) {
      removed.push({ start: leadEnd, end: leadEnd + opener[0].length, text: '' });
      leadEnd += opener[0].length;
      continue;
    }
    if (!opts.dropLead) break;
    const lead = LEAD_PHRASE.exec(s.text.slice(leadEnd));
    const words = lead ? (lead[0].match(/[\p{L}\p{N}'’-]+/gu) ?? []) : [];
    // …unless what follows is the lead's own appositive ("In Idlib, the last stronghold of …, the army"): the rest must start a clause.
    const restClause = lead ? (s.text.slice(leadEnd + lead[0].length).split(/,\s/)[0] as string) : '';
    // (a verb inside a relative clause — "the stronghold that began in 2011" — does not count).
    const mainPart = restClause.split(/\s(?:that|which|who|whom|where)\s/)[0] as string;
    const restIsClause = mainPart.split(/\s+/).some((w) => isFiniteVerb(w) || /^[a-z]+s$/.test(w)) || !s.text.slice(leadEnd + (lead?.[0].length ?? 0)).includes(',');
    if (lead && restIsClause && leadEnd + lead[0].length <= keepFrom && words.length <= 12 && !words.some((w, i) => i > 0 && isFiniteVerb(w))) {
      removed.push({ start: leadEnd, end: leadEnd + lead[0].length, text: '' });
      leadEnd += lead[0].length;
      continue;
    }
    break;
  }
  let truncated = false;
  if (opts.truncate) {
    TRAILING.lastIndex = 0;
    for (const m of s.text.matchAll(TRAILING)) {
      if (m.index < keepTo) continue;
      if (removed.some((r) => m.index >= r.start && m.index < r.end)) continue;
      // ", where families …, would end": a relative clause between commas is an aside inside the
      // main clause, which goes on after it; cutting at it would leave "chain migration." with no verb.
      const aside = /^,\s+(?:which|who|whom|where)\b[^,;:]*,\s+(?=(\w+))/.exec(s.text.slice(m.index));
      if (aside && (isFiniteVerb(aside[1] as string) || MODALS.has(aside[1] as string))) {
        removed.push({ start: m.index, end: m.index + aside[0].length, text: ' ' });
        continue;
      }
      removed.push({ start: m.index, end: s.text.length, text: '.' });
      truncated = true;
      break;
    }
  }
  const st: Statement = { sentence: s, removed: merge(removed) };
  const plain = render(st, []);
  st.plain = plain;
  if (DANGLING.test(plain) || (!opts.allowDeterminers && PAIR_REFERENCE.test(plain))) return null;
  if (hasDanglingPronoun(st, opts.allowDeterminers ?? false)) return null;
  const words = plain.split(/\s+/).length;
  if (words < (opts.minWords ?? 6) || words > (opts.maxWords ?? 40)) return null;
  // Scare quotes ("safe zones") may stay; a quotation may not.
  const quoted = plain.match(/["“][^"“”]*["”]/g) ?? [];
  if (quoted.some((q) => q.split(/\s+/).length > 4) || (plain.match(/["“”]/g) ?? []).length !== quoted.length * 2) return null;
  // Comparisons with something outside the statement ("was more eager still"), and "that" with no clause after it (a cut went too far).
  if (/\beven (?:more|less)\b|\b(?:more|less|further) \w+ still\b/i.test(plain)) return null;
  const lastThat = truncated ? /\b(?:that|whether)\s+([^,;]*)$/i.exec(plain.replace(/[.!?]$/, '')) : null;
  if (lastThat && !(lastThat[1] as string).split(/\s+/).some((w) => isFiniteVerb(w))) return null;
  return st;
}

/** A pronoun whose referent is outside the statement ("this alliance", "they", "he" with no name before it). */
function hasDanglingPronoun(st: Statement, allowDeterminers: boolean): boolean {
  const s = st.sentence;
  const kept = (i: number): boolean => !st.removed.some((r) => i >= r.start && i < r.end);
  // "If confirmed, that would be the best …": "that" as a subject points back to the previous sentence.
  for (const m of s.text.matchAll(/(?:^|[,;:]\s+)that\s+(?:would|will|is|was|could|has|had|means|meant|makes|made)\b/gi)) {
    if (kept(m.index + m[0].length - 1)) return true;
  }
  // "there" as a place ("step in there"), not "there is".
  for (const m of s.text.matchAll(/\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|seems?|appears?)\b)/gi)) {
    if (kept(m.index) && !s.quoted.some(([a, b]) => m.index >= a && m.index < b)) return true;
  }
  // "ended that effort": "that" as a determiner points back too (a complementizer is followed by a subject).
  if (!allowDeterminers) {
    for (const m of s.text.matchAll(/\bthat\s+([a-z]+)\b/g)) {
      const next = m[1] as string;
      if (!kept(m.index) || STOPWORDS.has(next) || isFiniteVerb(next) || /(?:s|ly)$/.test(next) || MODALS.has(next)) continue;
      return true;
    }
  }
  for (const m of s.text.matchAll(/\b(it|they|them|this|these|those|he|she|him|their|its|his|her)\b/gi)) {
    if (!kept(m.index) || s.quoted.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const w = (m[1] as string).toLowerCase();
    // In a cloze, "this coalition" reads as the article's own words; a bare "this" or "it" still does not.
    if (allowDeterminers && ['this', 'these', 'those'].includes(w) && /^\s+[a-z]+/.test(s.text.slice(m.index + w.length)) && !/^\s+(?:is|was|are|were|means|has|had|would|will)\b/.test(s.text.slice(m.index + w.length))) continue;
    // A possessive is fine once the statement has named something it can refer to.
    const named = !!s.referent && s.referent.end <= m.index && st.removed.some((r) => r.start === s.referent?.start && r.text);
    if (['their', 'its', 'his', 'her'].includes(w)) {
      if (named || s.mentions.some((x) => x.end <= m.index && kept(x.start)) || /\b(?:the|a|an)\s+\w+/i.test(s.text.slice(0, m.index).split(/[,;]/).pop() ?? '')) continue;
    }
    if (w === 'he' || w === 'she' || w === 'him') {
      if (s.mentions.some((x) => x.entity.kind === 'person' && x.end <= m.index && kept(x.start))) continue;
      // A later pronoun, once the referent's name stands in for the opening one.
      if (named) continue;
      // "Moscow's top diplomat has said he …": a role noun before the pronoun is its referent.
      if (s.tokens.some((t) => t.end <= m.index && kept(t.start) && ROLE_NOUNS.has(t.text.toLowerCase()))) continue;
    }
    return true;
  }
  return false;
}

function merge(edits: Edit[]): Edit[] {
  const sorted = edits.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Edit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) {
      if (e.end > last.end) last.end = e.end;
      continue;
    }
    out.push({ ...e });
  }
  return out;
}

/** The statement's text with replacements (a gap, a swap) applied, tidied and capitalised. */
export function render(st: Statement, replacements: readonly Edit[]): string {
  if (!replacements.length && st.plain !== undefined) return st.plain;
  const edits = merge([...st.removed, ...replacements.map((r) => ({ ...r, text: `\u0000${r.text}\u0000` }))]);
  // Replacements win over removals that contain them only if they are disjoint; makeStatement guarantees that.
  let out = '';
  let pos = 0;
  const text = st.sentence.text;
  for (const e of edits) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  out += text.slice(pos);
  out = out
    .replace(/\u0000/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/,\s*\./g, '.')
    .replace(/\s+[-–—]\s*\.$/, '.')
    .replace(/\.{2,}$/, '.')
    .replace(/([.!?])\.$/, '$1')
    .trim();
  if (!/[.!?]["'”’)\]]*$/.test(out)) out = out.replace(/[,;:]$/, '') + '.';
  return capitalizeFirst(out);
}

const MODALS = new Set('can could may might must shall should will would ought need dare'.split(' '));
const AUXILIARIES = new Set('has have had is are was were will would can could may might should must does do did shall'.split(' '));
const IRREGULAR_PAST = new Set(
  ('said told went came took gave made saw knew thought found became began kept held brought left led met ran sent spent stood ' +
    'understood wrote won lost paid put set fought sought bought caught taught built felt heard meant oversaw withdrew rose fell drew ' +
    'grew threw broke chose drove flew forgot forgave hid hit hurt let lay lit rode rang shook shot shut sang sat slept spoke stole ' +
    'struck swore swept swam tore wore wove wept wound overtook undertook upheld withheld foresaw struck').split(' '),
);
const NOT_VERBS = new Set('red bed need seed speed creed breed feed shed united limited armed based led-by'.split(' '));

/** A finite verb as news prose writes it: an auxiliary, a regular past (-ed) or a common irregular past. */
export function isFiniteVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (AUXILIARIES.has(w) || IRREGULAR_PAST.has(w)) return true;
  return /^[a-z]{3,}ed$/.test(w) && !NOT_VERBS.has(w);
}

/** After "Who"/"Which country", the verb must be singular. Null when it cannot be fixed safely. */
export function singularVerb(word: string): string | null {
  const map: Record<string, string> = { have: 'has', are: 'is', were: 'was', do: 'does' };
  if (map[word]) return map[word];
  if (isFiniteVerb(word)) return word;
  return null;
}
