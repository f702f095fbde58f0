// Multiple choice: "Who/Which country … ?" from a clause whose subject is a named entity,
// and "Who is the Russian President?" from a role the article gives a person.
import type { Sentence } from './analysis.ts';
import { render } from './clauses.ts';
import { enoughPeers, entityDistractors } from './distractors.ts';
import type { Entity } from './entities.ts';
import { predications, singularPredicate, statesPosition } from './predicates.ts';
import { ROLE_NOUNS, TITLE_WORDS } from './lexicon.ts';
import { contentWords, normalize } from './words.ts';
import { clamp01, evidenceOf, negatedSentence, oneLine, salienceBonus, says, statementSentence, usableSentence, whWord, type BuildContext, type Candidate } from './candidate.ts';
import { withReferents } from './references.ts';

/** Salience rank a sentence needs for a question: not among the article's least central details. */
const QUESTION_MIN_SALIENCE = 0.3;

export function multipleChoiceCandidates(ctx: BuildContext): Candidate[] {
  return [...subjectQuestions(ctx), ...roleQuestions(ctx)];
}

function subjectQuestions({ analysis, random }: BuildContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of analysis.sentences) {
    if (!statementSentence(s) || negatedSentence(s) || s.salience < QUESTION_MIN_SALIENCE) continue;
    for (const p of predications(s)) {
      const e = p.subject.entity;
      const wh = whWord(e.kind, e.sub);
      if (!wh || !enoughPeers(analysis, e, e.kind === 'place' ? 1 : 2)) continue;
      const stem = withReferents(s, `${wh} ${singularPredicate(p.predicate)}?`);
      if (!stem) continue;
      const words = stem.split(/\s+/).length;
      if (words > 30) continue;
      const statement = render(p.statement, []);
      const position = e.kind === 'person' && statesPosition(p.predicate);
      const make = (distractors: string[]): Candidate => ({
        type: 'multiple-choice',
        stem,
        options: [e.name, ...distractors],
        key: 0,
        evidence: [evidenceOf(s, p.subject.start, p.subject.end)],
        explanation: says(s.paragraph, statement),
        difficulty: clamp01(0.35 + (distractors.length === 3 ? 0.05 : 0) + Math.min(0.2, words / 150) + (e.kind === 'person' ? 0.05 : 0)),
        score: 0.75 + (position ? 0.08 : 0) - Math.max(0, words - 20) * 0.01 + salienceBonus(s),
        sentences: [s.index],
        keyId: e.id,
        // "Who warned …?", "Who criticised …?": which position someone holds, not a word of one sentence;
        // the view asked once, not again in a matching of speakers and views (as a stance item).
        ...(position ? { understanding: true, facts: [`view:${s.index}`] } : {}),
      });
      const draft = make([]);
      draft.complete = () => {
        const d = entityDistractors(e, e.name, { analysis, evidence: s, stem, claim: contentWords(p.predicate), random }, { count: 3, form: 'full', withThe: false, avoidStemNations: true });
        return d.length < 2 ? null : make(d.map((x) => x.text));
      };
      out.push(draft);
    }
  }
  return out;
}

/** A role that says whose it is: "of the Mozilla foundation", "Sotheby's …", "Lib Dem leader" (not "the Chief Minister"). */
function namesItsBody(role: string): boolean {
  return /\bof\b|['’]s\b/.test(role) || role.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(w.replace(/\.$/, '')) && !ROLE_NOUNS.has(w.toLowerCase()));
}

function roleQuestions({ analysis, random, sourceNoun }: BuildContext): Candidate[] {
  const out: Candidate[] = [];
  const holders = new Map<string, Entity[]>();
  for (const e of analysis.entities) for (const r of e.roles) holders.set(normalize(r.text), [...(holders.get(normalize(r.text)) ?? []), e]);
  for (const e of analysis.entities) {
    if (e.kind !== 'person') continue;
    for (const r of e.roles) {
      const s = analysis.sentences[r.sentence] as Sentence;
      if (!usableSentence(s) || r.temporal || (holders.get(normalize(r.text)) ?? []).some((x) => x !== e)) continue;
      if (!/\b(?:president|minister|secretary|chairman|chief|spokes\w+|commander|general|ambassador|leader|head)\b/i.test(r.text)) continue;
      // "Who is the Conservative leader?", "Who is the Syrian President?": world knowledge answers it without reading.
      if (/\b(?:president|prime minister|leader|chancellor|king|queen|pope|foreign (?:minister|secretary)|secretary of state|home secretary)\b/i.test(r.text) && !/\b(?:deputy|vice|spokes\w+|adviser|aide)\b/i.test(r.text)) continue;
      // A bare title ("President") fits several people: it needs a qualifier ("Syrian President").
      if (r.text.split(/\s+/).length < 2) continue;
      // "the chief executive" of what? The role must name its body or place ("of the Mozilla foundation", "Sotheby's", "Russian").
      if (!namesItsBody(r.text)) continue;
      const role = /^\p{Lu}[\p{L}.]*['’]s\s/u.test(r.text) ? r.text : `the ${r.text}`;
      const stem = `According to the ${sourceNoun}, who is ${role}?`;
      const name = s.mentions.find((m) => m.entity === e);
      if (!name) continue;
      const make = (distractors: string[]): Candidate => ({
        type: 'multiple-choice',
        stem,
        options: [e.name, ...distractors],
        key: 0,
        evidence: [evidenceOf(s, name.start, name.end)],
        explanation: oneLine(`Paragraph ${s.paragraph} calls ${e.name} ${role}.`),
        difficulty: 0.25,
        score: 0.45,
        sentences: [s.index],
        keyId: e.id,
        facts: [`role:${e.id}`],
      });
      const draft = make([]);
      draft.complete = () => {
        // "Who is Sotheby's head of contemporary art?": the other options hold roles in the article too (not the artists it names).
        const holdsRole = (c: { side: string }): boolean => ((c as Entity).roles?.length ?? 0) > 0;
        const d = entityDistractors(e, e.name, { analysis, evidence: s, stem, claim: contentWords(r.text), random }, { count: 3, form: 'full', withThe: false, accept: holdsRole });
        return d.length < 2 ? null : make(d.map((x) => x.text));
      };
      out.push(draft);
      break;
    }
  }
  return out;
}
