// Who holds which position: reported speech and stance verbs matched to their speakers, beyond
// direct quotations. "Growth will slow this year, Mr Smith warned." becomes "According to the
// article, who warned that growth will slow this year?" with the article's other people as
// wrong options (written the same way: full names with full names).
import type { Sentence } from '../analysis.ts';
import { makeStatement, render } from '../clauses.ts';
import { entityDistractors } from '../distractors.ts';
import { contentWords } from '../words.ts';
import { clamp01, evidenceOf, negatedSentence, oneLine, usableSentence, type BuildContext, type Candidate } from './common.ts';

// "…, Mr Smith warned." / "…, warned Jane Doe." / "…, Mr Smith said on Monday."
const TAIL_VERB = /^,?\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Lord|Lady|Dame)\.?\s+)?$/;
const SAID_AFTER = /^\s+(said|says|warned|argued|claimed|insisted|added|believes|predicted|suggested)\b(?:\s+(?:on|last|this)\s+\w+)?\s*[.]?$/;
const SAID_BEFORE = /,\s+(said|says|warned|argued|claimed|insisted|added|predicted|suggested)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Lord|Lady|Dame)\.?\s+)?$/;

export function stanceCandidates({ analysis, random, sourceNoun }: BuildContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of analysis.sentences) {
    if (!usableSentence(s) || negatedSentence(s) || s.quoted.length) continue;
    for (const m of s.mentions) {
      const e = m.entity;
      if (e.kind !== 'person' || m.joined || m.possessive) continue;
      const before = s.text.slice(0, m.start);
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
      const shown = verb === 'added' ? 'said' : verb === 'says' ? 'says' : verb;
      const first = clause.split(/\s+/)[0] as string;
      const keepCase = s.mentions.some((x) => x.start === 0) || /^\p{Lu}{2,}|^\p{Lu}\./u.test(first) || first === 'I';
      const stem = `According to the ${sourceNoun}, who ${shown} that ${keepCase ? clause : clause.replace(/^\p{Lu}/u, (c) => c.toLowerCase())}?`;
      const make = (distractors: string[]): Candidate => ({
        type: 'multiple-choice',
        stem,
        options: [e.name, ...distractors],
        key: 0,
        evidence: [evidenceOf(s, m.start, m.end)],
        explanation: oneLine(`Paragraph ${s.paragraph} attributes this view to ${e.name}.`),
        difficulty: clamp01(0.45 + (distractors.length === 3 ? 0.05 : 0)),
        score: 0.84,
        sentences: [s.index],
        keyId: e.id,
        understanding: true,
      });
      const draft = make([]);
      draft.complete = () => {
        const d = entityDistractors(e, e.name, { analysis, evidence: s as Sentence, stem, claim: contentWords(clause), random }, { count: 3, form: 'full', withThe: false });
        return d.length < 2 ? null : make(d.map((x) => x.text));
      };
      out.push(draft);
      break;
    }
  }
  return out;
}
