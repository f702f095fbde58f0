// Choosing the quiz from the candidates: best first, varied (types, sentences, answers),
// true and false statements in balance, then each key placed so positions even out.
import type { Item, ItemType } from '../quiz/schema.ts';
import { itemId } from './hash.ts';
import type { Candidate } from './candidate.ts';
import type { Entity } from './entities.ts';
import { givenAwayBy, givenAwayByTitle } from './giveaways.ts';
import { headlineAttribution, type HeadlineAttribution } from './references.ts';
import { contentWords, normalize } from './words.ts';
import type { Random } from './random.ts';

const TYPE_SHARE: Record<ItemType, number> = {
  'multiple-choice': 0.3,
  cloze: 0.3,
  'true-false': 0.3,
  'who-said-it': 0.25,
  matching: 0.12,
  timeline: 0.07,
};
const FIRST_OF_KIND_BONUS = 0.3;
/** Questions about understanding before recall ones: the quiz should ask why and who holds which view, not only what. */
const UNDERSTANDING_BONUS = 0.1;
/** The most a candidate's value can exceed its score. */
const MAX_BONUS = FIRST_OF_KIND_BONUS + UNDERSTANDING_BONUS;
/** The same answer (a person, a date) at most this many times in one quiz: four items all answered "Tony Blair" read as one question asked four times. */
const MAX_SAME_KEY = 3;

/**
 * Greedy choice. `realize` finishes a picked candidate (distractors, lint) and returns it, or
 * null if it cannot ship; a refused candidate is skipped and the search goes on, so only the
 * candidates actually considered for the quiz ever pay for distractors and linting.
 */
export function selectCandidates(
  candidates: Candidate[],
  maxItems: number,
  random: Random,
  realize: (c: Candidate) => Candidate | null = (c) => c,
  title = '',
  entities: readonly Entity[] = [],
): Candidate[] {
  const attribution = headlineAttribution(title, entities);
  // A seeded tie-break keeps equal scores in a stable but seed-dependent order.
  const ranked = candidates.map((c) => ({ c, tie: random.next() })).sort((a, b) => b.c.score - a.c.score || a.tie - b.tie).map((x) => x.c);
  const refused = new Set<Candidate>();
  const taken = new Set<Candidate>();
  const chosen: Candidate[] = [];
  const perType = new Map<ItemType, number>();
  const perKind = new Map<string, number>();
  const usedSentences = new Set<number>();
  const usedGroups = new Set<string>();
  const perKey = new Map<string, number>();
  const usedFacts = new Set<string>();
  const cap = (t: ItemType): number => Math.max(1, Math.round(maxItems * TYPE_SHARE[t]));
  let truths = 0;
  let falsehoods = 0;
  // Once an odd false statement has been taken back, no more true/false items (the pairs stay even).
  let trueFalseClosed = false;
  // Type caps keep the quiz varied; once every other type has run out, a type may go a little over.
  let capFactor = 1;
  const fill = (): void => {
    while (chosen.length < maxItems) {
      let best: Candidate | null = null;
      let bestValue = -Infinity;
      for (const c of ranked) {
        // Ranked by score: once no bonus could lift a candidate above the best, stop looking.
        if (c.score + MAX_BONUS < bestValue) break;
        if (taken.has(c) || refused.has(c)) continue;
        const n = perType.get(c.type) ?? 0;
        if (n >= Math.floor(cap(c.type) * capFactor)) continue;
        if (c.group && usedGroups.has(c.group)) continue;
        const single = c.type !== 'matching' && c.type !== 'timeline';
        if (single && c.sentences.some((x) => usedSentences.has(x))) continue;
        if (c.keyId && (perKey.get(c.keyId) ?? 0) >= MAX_SAME_KEY) continue;
        if (c.facts?.some((f) => usedFacts.has(f))) continue;
        // True and false statements in pairs: a false one first, then a true one (35–65% true in every quiz).
        if (c.truth !== undefined && (trueFalseClosed || (c.truth ? truths >= falsehoods : falsehoods > truths))) continue;
        // Every type first, then more of each; a question about understanding counts as a kind of its
        // own, so a recall item on the same sentence does not crowd it out.
        const ofKind = perKind.get(kindOf(c)) ?? 0;
        const value = c.score - ofKind * 0.12 + (ofKind === 0 ? FIRST_OF_KIND_BONUS : 0) + (c.understanding ? UNDERSTANDING_BONUS : 0) - (c.keyId ? (perKey.get(c.keyId) ?? 0) * 0.1 : 0);
        if (value > bestValue) {
          best = c;
          bestValue = value;
        }
      }
      if (!best) {
        if (capFactor > 1) return;
        capFactor = 1.5;
        continue;
      }
      const realized = realize(best);
      const done = realized && !givesAway(realized, chosen, title) && !speakerInHeadline(realized, attribution) ? realized : null;
      if (!done) {
        refused.add(best);
        continue;
      }
      taken.add(best);
      take(done, 1);
    }
  };
  /** Adds (+1) or takes back (-1) an item and everything it uses. */
  const take = (c: Candidate, sign: 1 | -1): void => {
    if (sign > 0) chosen.push(c);
    else chosen.splice(chosen.indexOf(c), 1);
    perType.set(c.type, (perType.get(c.type) ?? 0) + sign);
    perKind.set(kindOf(c), (perKind.get(kindOf(c)) ?? 0) + sign);
    const mark = <T>(set: Set<T>, v: T): void => void (sign > 0 ? set.add(v) : set.delete(v));
    if (c.type !== 'matching' && c.type !== 'timeline') for (const x of c.sentences) mark(usedSentences, x);
    if (c.group) mark(usedGroups, c.group);
    for (const f of c.facts ?? []) mark(usedFacts, f);
    if (c.keyId) perKey.set(c.keyId, (perKey.get(c.keyId) ?? 0) + sign);
    if (c.truth === true) truths += sign;
    if (c.truth === false) falsehoods += sign;
  };
  fill();
  // A lone statement is true or false by the seed's toss (over many quizzes, keys stay in balance).
  if (falsehoods === 1 && truths === 0 && random.next() < 0.5) {
    const odd = chosen.find((c) => c.truth === false) as Candidate;
    const partner = ranked.find((c) => c.group === odd.group && c.truth === true);
    const done = partner ? realize(partner) : null;
    if (done && !givesAway(done, chosen.filter((c) => c !== odd), title)) {
      take(odd, -1);
      take(done, 1);
    }
  }
  // A false statement left without its true partner goes (unless it is the only one), and its
  // sentence is free again for another kind of item.
  if (falsehoods > truths && truths > 0) {
    const odd = chosen[chosen.map((c) => c.truth).lastIndexOf(false)] as Candidate;
    take(odd, -1);
    trueFalseClosed = true;
    fill();
  }
  // Reading order: by the first sentence each item is about; matching and timeline last.
  const late = (c: Candidate): number => (c.type === 'matching' || c.type === 'timeline' ? 1 : 0);
  return chosen.sort((a, b) => late(a) - late(b) || Math.min(...a.sentences) - Math.min(...b.sentences));
}

/** An item's type and whether it asks for recall or understanding: what the first-of-its-kind bonus counts. */
function kindOf(c: Candidate): string {
  return `${c.type}:${c.understanding ? 'understanding' : 'recall'}`;
}

/**
 * Never ship an item whose answer the quiz title or another item's stem (or a timeline's events)
 * states, nor one that states another item's answer: the rule the build checks (giveaways.ts).
 */
function givesAway(c: Candidate, chosen: readonly Candidate[], title: string): boolean {
  return givenAwayByTitle(c, title) || chosen.some((o) => givenAwayBy(c, o) !== null || givenAwayBy(o, c) !== null);
}

/**
 * "Who claimed that National Insurance will rise?" under "Nat Insurance to rise, say Tories": the
 * headline names who holds the claim (a party, a role, a name), so the one option of that side answers it.
 */
export function speakerInHeadline(c: Candidate, attribution: HeadlineAttribution | null): boolean {
  if (!attribution || c.type === 'true-false' || c.type === 'matching' || c.type === 'timeline' || Array.isArray(c.key)) return false;
  const key = c.options[c.key];
  return key !== undefined && attribution.speakers.has(normalize(key)) && contentWords(c.stem).some((w) => attribution.claim.has(w));
}

/** Final items: keys placed to balance positions across the quiz; ids hashed from order-free content. */
export function finalizeItems(chosen: Candidate[], random: Random, withIds = true): Item[] {
  const positionUse = new Map<number, number>();
  return chosen.map((c) => {
    const id = withIds ? itemId(c.type, contentKey(c)) : 'candidate';
    const common = { id, stem: c.stem, evidence: c.evidence, explanation: c.explanation, difficulty: c.difficulty, focus: c.understanding ? ('understanding' as const) : ('recall' as const) };
    if (c.type === 'timeline') {
      // Shown in a shuffled order that is neither the answer nor its reverse.
      const order = shuffledNotSorted(c.options.length, c.key as number[], random);
      const options = order.map((i) => c.options[i] as string);
      const key = (c.key as number[]).map((k) => order.indexOf(k));
      // evidence[i] proves options[i] (its date).
      const evidence = order.map((i) => c.evidence[i] as Item['evidence'][number]);
      return { ...common, evidence, type: 'timeline', options, key };
    }
    if (c.type === 'matching') {
      const order = random.shuffle(c.options.map((_, i) => i));
      const options = order.map((i) => c.options[i] as string);
      const key = (c.key as number[]).map((k) => order.indexOf(k));
      return { ...common, type: 'matching', prompts: c.prompts as string[], options, key };
    }
    if (c.type === 'true-false') return { ...common, type: 'true-false', options: c.options, key: c.key as number };
    const keyText = c.options[0] as string;
    let options: string[];
    if (c.ordered) {
      const rank = c.ordered;
      options = c.options.slice().sort((a, b) => rank(a) - rank(b));
    } else {
      const distractors = random.shuffle(c.options.slice(1));
      const n = c.options.length;
      // The least-used position so far (ties broken by the seed).
      const positions = random.shuffle(Array.from({ length: n }, (_, i) => i));
      const pos = positions.reduce((best, p) => ((positionUse.get(p) ?? 0) < (positionUse.get(best) ?? 0) ? p : best), positions[0] as number);
      options = [...distractors.slice(0, pos), keyText, ...distractors.slice(pos)];
    }
    const key = options.indexOf(keyText);
    positionUse.set(key, (positionUse.get(key) ?? 0) + 1);
    return { ...common, type: c.type as 'multiple-choice' | 'cloze' | 'who-said-it', options, key };
  });
}

function contentKey(c: Candidate): string {
  const keyText = Array.isArray(c.key) ? c.key.map((k) => c.options[k]).join('\u0001') : c.options[c.key];
  return [c.stem, c.options.slice().sort().join('\u0001'), keyText, (c.prompts ?? []).join('\u0001'), c.evidence.map((e) => `${e.paragraph}:${e.sentence}`).join('\u0001')].join('\u0002');
}

function shuffledNotSorted(n: number, key: number[], random: Random): number[] {
  for (let attempt = 0; attempt < 20; attempt++) {
    const order = random.shuffle(Array.from({ length: n }, (_, i) => i));
    const shown = key.map((k) => order.indexOf(k));
    const ascending = shown.every((v, i) => v === i);
    const descending = shown.every((v, i) => v === n - 1 - i);
    if (!ascending && !descending) return order;
  }
  return Array.from({ length: n }, (_, i) => (i + 1) % n);
}
