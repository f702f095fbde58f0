// Who holds which position: reported speech and stance verbs matched to their speakers, beyond
// direct quotations. "Growth will slow this year, Mr Smith warned." becomes "According to the
// article, who warned that growth will slow this year?" with the article's other people as
// wrong options (written the same way: full names with full names).
import type { Sentence } from './analysis.ts';
import { makeStatement, render } from './clauses.ts';
import { entityDistractors } from './distractors.ts';
import type { Entity } from './entities.ts';
import { contentWords } from './words.ts';
import { clamp01, evidenceOf, negatedSentence, oneLine, usableSentence, type BuildContext, type Candidate } from './candidate.ts';

// "…, Mr Smith warned." / "…, warned Jane Doe." / "…, Mr Smith said on Monday."
const TAIL_VERB = /^,?\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Lord|Lady|Dame)\.?\s+)?$/;
const SAID_AFTER = /^\s+(said|says|warned|argued|claimed|insisted|added|believes|predicted|suggested)\b(?:\s+(?:on|last|this)\s+\w+)?\s*[.]?$/;
const SAID_BEFORE = /,\s+(said|says|warned|argued|claimed|insisted|added|predicted|suggested)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Lord|Lady|Dame)\.?\s+)?$/;

export function stanceCandidates(ctx: BuildContext): Candidate[] {
  const { analysis } = ctx;
  const out: Candidate[] = [];
  for (const s of analysis.sentences) {
    if (!usableSentence(s) || negatedSentence(s) || s.quoted.length) continue;
    // "He said the plan would cost jobs." where the opening pronoun can only be the person the article follows.
    if (s.referent) {
      const name = s.referent.name;
      const e = analysis.entities.find((x) => x.kind === 'person' && x.name === name);
      const view = viewAfterSpeaker(s.text.slice(s.referent.end));
      if (e && view && !/^(?:However|But|And|Yet|Still|Then|Now|Later|Meanwhile|Instead)\b/.test(s.text)) out.push(stanceDraft(ctx, s, e, s.referent, view.verb, view.clause, true));
      continue;
    }
    for (const m of s.mentions) {
      const e = m.entity;
      if (e.kind !== 'person' || m.joined || m.possessive) continue;
      const before = s.text.slice(0, m.start);
      // "Mr Smith said the plan would cost jobs.", "Analyst Tomas Reyes said …": the speaker opens the sentence.
      if (SPEAKER_OPENS.test(before)) {
        const view = viewAfterSpeaker(s.text.slice(m.end));
        if (view) out.push(stanceDraft(ctx, s, e, m, view.verb, view.clause, false));
        break;
      }
      // Only an attribution that ends the sentence: "X said, because …" leaves the view's main part after it.
      const after = s.text.slice(m.end);
      let verb: string | undefined;
      let clauseEnd = -1;
      const tail = SAID_AFTER.exec(after);
      if (tail) {
        const comma = before.lastIndexOf(',');
        if (comma > 0 && TAIL_VERB.test(before.slice(comma))) {
          verb = tail[1];
          clauseEnd = comma;
        }
      } else {
        const head = SAID_BEFORE.exec(before);
        if (head && /^\s*(?:,[^,]{2,80})?\.$/.test(s.text.slice(m.end))) {
          verb = head[1];
          clauseEnd = head.index;
        }
      }
      if (!verb || clauseEnd < 0) continue;
      const st = makeStatement(s, 0, 0, { truncate: false, maxWords: 26, dropLead: false, remove: [{ start: clauseEnd, end: s.text.length, text: '.' }] });
      if (!st) continue;
      const clause = render(st, []).replace(/[.!?]$/, '');
      if (clause.split(/\s+/).length < 5 || /["“”]/.test(clause)) continue;
      const first = clause.split(/\s+/)[0] as string;
      const keepCase = s.mentions.some((x) => x.start === 0) || /^\p{Lu}{2,}|^\p{Lu}\./u.test(first) || first === 'I';
      out.push(stanceDraft(ctx, s, e, m, verb, keepCase ? clause : clause.replace(/^\p{Lu}/u, (c) => c.toLowerCase()), false));
      break;
    }
  }
  return out;
}

// Before the speaker: nothing, a title, or a short role ("Chief executive", "Analyst"): no clause of its own.
const SPEAKER_OPENS = /^(?:\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,2}\s+)?(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Lord|Lady|Dame)\.?\s+)?$/u;
// "… said (on Monday) (that) the plan would cost jobs.", "… told the BBC that …". The view opens in lower case (not a quotation, not a name).
const VIEW_AFTER = /^\s+(?:(said|says|warned|argued|claimed|insisted|predicted|suggested|believes|added|admitted|explained|stressed|revealed)(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+)?\s+(?:that\s+)?|told\s+(?:[\w'’-]+\s+){1,5}?that\s+)(?=[a-z])/;
// A view opening on a pronoun or a pointer ("it was seeking …") does not say whose or what it is about.
const DANGLING_VIEW = /^(?:it|its|they|them|their|this|these|those|that|such)\b/;

/** The reported view after "X said": its verb and its words, or null when it cannot stand in a question. */
function viewAfterSpeaker(after: string): { verb: string; clause: string } | null {
  const head = VIEW_AFTER.exec(after);
  if (!head) return null;
  const rest = after.slice(head[0].length);
  if (!/^[^.!?;:"“”‘’()[\]]+\.$/.test(rest)) return null;
  const clause = rest.slice(0, -1).trim();
  const words = clause.split(/\s+/).length;
  // A second attribution ("…, the minister added") or a contrast in the view makes the question about two claims.
  if (words < 5 || words > 26 || DANGLING_VIEW.test(clause) || /\b(?:said|says|added|told|but|although|while)\b/.test(clause)) return null;
  return { verb: head[1] ?? 'told', clause };
}

/** A multiple-choice "who <verb> that <view>?" with the article's other people as wrong options. */
function stanceDraft({ analysis, random, sourceNoun }: BuildContext, s: Sentence, e: Entity, at: { start: number; end: number }, verb: string, clause: string, viaPronoun: boolean): Candidate {
  const shown = verb === 'added' || verb === 'told' ? 'said' : verb;
  const stem = `According to the ${sourceNoun}, who ${shown} that ${clause}?`;
  const make = (distractors: string[]): Candidate => ({
    type: 'multiple-choice',
    stem,
    options: [e.name, ...distractors],
    key: 0,
    evidence: [evidenceOf(s, at.start, at.end)],
    explanation: oneLine(viaPronoun ? `Paragraph ${s.paragraph} attributes this view to ${e.name}, the person the passage is about (“${s.text.slice(at.start, at.end)}”).` : `Paragraph ${s.paragraph} attributes this view to ${e.name}.`),
    difficulty: clamp01(0.45 + (viaPronoun ? 0.1 : 0) + (distractors.length === 3 ? 0.05 : 0)),
    score: 0.84 - (viaPronoun ? 0.04 : 0),
    sentences: [s.index],
    keyId: e.id,
    understanding: true,
  });
  const draft = make([]);
  draft.complete = () => {
    const d = entityDistractors(e, e.name, { analysis, evidence: s, stem, claim: contentWords(clause), random }, { count: 3, form: 'full', withThe: false });
    return d.length < 2 ? null : make(d.map((x) => x.text));
  };
  return draft;
}
