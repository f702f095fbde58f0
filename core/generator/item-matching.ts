// Matching: people to the positions the article gives them ("Russian Foreign Minister"),
// or actors to what the article says they did. Every pair is proven by its own sentence.
import type { Evidence } from '../quiz/schema.ts';
import type { Sentence } from './analysis.ts';
import type { Entity, Role } from './entities.ts';
import { predications, statesPosition, type Predication } from './predicates.ts';
import { capitalizeFirst, containsPhrase, contentWords, normalize, overlap } from './words.ts';
import { clamp01, evidenceOf, usableSentence, type BuildContext, type Candidate } from './candidate.ts';

const MAX_PAIRS = 5;

export function matchingCandidates(ctx: BuildContext): Candidate[] {
  return [rolesMatching(ctx), actionsMatching(ctx)].filter((c): c is Candidate => c !== null);
}

function listParagraphs(evidence: Evidence[]): string {
  const ps = [...new Set(evidence.map((e) => e.paragraph))].sort((a, b) => a - b);
  if (ps.length === 1) return `paragraph ${ps[0]}`;
  return `paragraphs ${ps.slice(0, -1).join(', ')} and ${ps[ps.length - 1]}`;
}

function rolesMatching({ analysis, sourceNoun }: BuildContext): Candidate | null {
  const pairs: { person: Entity; role: Role }[] = [];
  const people = analysis.entities.filter((e) => e.kind === 'person').sort((a, b) => b.mentions.length - a.mentions.length);
  for (const person of people) {
    // "Mr P.": an initial is no name to match.
    if (!/\p{L}{2}/u.test(person.name)) continue;
    const roles = person.roles.filter((r) => usableSentence(analysis.sentences[r.sentence] as Sentence) && r.text.split(/\s+/).length <= 7 && r.text.split(/\s+/).length >= 2);
    // A position ("spokesperson for Central Command") before a bare rank ("Navy Capt."), the present before "former".
    const rankOnly = (r: Role): boolean => !/\b(?:president|minister|secretary|spokes\w+|chair\w*|chief|head|director|ambassador|envoy|leader|candidate|commander|governor|senator|mayor)\b/i.test(r.text);
    const role = roles.find((r) => !r.temporal && !rankOnly(r)) ?? roles.find((r) => !r.temporal) ?? roles[0];
    if (!role) continue;
    // Each position must point to one person: distinct, and naming none of the people.
    const n = normalize(role.text);
    if (pairs.some((p) => { const o = normalize(p.role.text); return o === n || ` ${o} `.includes(` ${n} `) || ` ${n} `.includes(` ${o} `); })) continue;
    if (people.some((p) => [...p.aliases].some((a) => containsPhrase(role.text, a)))) continue;
    pairs.push({ person, role });
    if (pairs.length === MAX_PAIRS) break;
  }
  if (pairs.length < 3) return null;
  const evidence = pairs.map((p) => evidenceOf(analysis.sentences[p.role.sentence] as Sentence, p.role.start, p.role.end));
  return {
    type: 'matching',
    stem: `Match each person to the position the ${sourceNoun} gives them.`,
    prompts: pairs.map((p) => p.person.name),
    options: pairs.map((p) => capitalizeFirst(p.role.text)),
    key: pairs.map((_, i) => i),
    evidence,
    explanation: `The ${sourceNoun} gives each person's position in ${listParagraphs(evidence)}.`,
    difficulty: clamp01(0.3 + pairs.length * 0.05),
    score: 0.8,
    sentences: pairs.map((p) => p.role.sentence),
    facts: pairs.map((p) => `role:${p.person.id}`),
  };
}

function actionsMatching({ analysis, sourceNoun }: BuildContext): Candidate | null {
  const chosen: Predication[] = [];
  for (const s of analysis.sentences) {
    if (!usableSentence(s)) continue;
    for (const p of predications(s)) {
      const e = p.subject.entity;
      const words = p.predicate.split(/\s+/).length;
      // Actors act: people, organisations (not outlets) and states; and the predicate is an action, not "is …".
      if (!(e.kind === 'person' || (e.kind === 'org' && e.sub !== 'media') || (e.kind === 'place' && e.sub === 'country'))) continue;
      if (/^(?:\w+ly\s+)?(?:is|are|was|were|has been|have been|had been)\b/.test(p.predicate) || contentWords(p.predicate).length < 4) continue;
      if (words > 12 || chosen.some((c) => c.subject.entity === e || c.subject.entity.side === e.side || c.sentence === s)) continue;
      chosen.push(p);
    }
  }
  // An action must belong to its actor alone: no other chosen actor named in it or said to do it too.
  const pairs = chosen.filter((p) =>
    chosen.every((o) => o === p || (![...o.subject.entity.aliases].some((a) => containsPhrase(p.predicate, a)) && !alsoDoes(analysis.sentences, o, p))),
  );
  if (pairs.length < 3) return null;
  const picked = pairs.slice(0, 4);
  const evidence = picked.map((p) => evidenceOf(p.sentence, p.subject.start, p.subject.end));
  return {
    type: 'matching',
    stem: `Match each actor to what the ${sourceNoun} says they did.`,
    prompts: picked.map((p) => p.subject.entity.name),
    options: picked.map((p) => capitalizeFirst(p.predicate)),
    key: picked.map((_, i) => i),
    evidence,
    explanation: `The ${sourceNoun} reports each action in ${listParagraphs(evidence)}.`,
    difficulty: clamp01(0.45 + picked.length * 0.05),
    score: 0.7,
    sentences: picked.map((p) => p.sentence.index),
    // Actors matched to the positions they state: who holds which view.
    ...(picked.filter((p) => statesPosition(p.predicate)).length * 2 >= picked.length ? { understanding: true } : {}),
  };
}

function alsoDoes(sentences: Sentence[], other: Predication, p: Predication): boolean {
  const claim = contentWords(p.predicate);
  return other.subject.entity.mentions.some((m) => overlap(contentWords((sentences[m.sentence] as Sentence).text), claim) >= 0.5);
}
