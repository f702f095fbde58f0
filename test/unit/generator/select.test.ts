// The selector's preferences, on candidates made up for the purpose: questions about understanding
// before recall ones on the same sentence, and a matching of views that gives way to a "who said"
// question on one of its views by taking the speaker's other view.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/generator/analysis.ts';
import type { Candidate } from '../../../core/generator/candidate.ts';
import { viewsMatchingCandidates } from '../../../core/generator/item-views.ts';
import { createRandom } from '../../../core/generator/random.ts';
import { selectCandidates } from '../../../core/generator/select.ts';
import type { SourceText } from '../../../core/quiz/schema.ts';

const evidence = (sentence: number) => [{ paragraph: sentence + 1, sentence: `Sentence ${sentence}.`, span: [0, 8] as [number, number] }];

function candidate(over: Partial<Candidate> & Pick<Candidate, 'type' | 'stem' | 'sentences'>): Candidate {
  return { options: ['a', 'b', 'c'], key: 0, evidence: evidence(over.sentences[0] ?? 0), explanation: '-', difficulty: 0.5, score: 0.8, ...over };
}

describe('choosing between candidates', () => {
  it('takes the question about understanding, not the recall one, when both are made from one sentence', () => {
    const recall = candidate({ type: 'cloze', stem: 'The council engineer said the old _____ had been damaged by lorries.', sentences: [1], score: 0.9 });
    const understanding = candidate({ type: 'multiple-choice', stem: 'According to the article, who said that the old deck had been damaged by lorries?', sentences: [1], score: 0.84, understanding: true });
    const chosen = selectCandidates([recall, understanding], 5, createRandom(1));
    expect(chosen).toEqual([understanding]);
  });

  it('still takes a matching of views after a "who said" question took one of them, from the speaker\'s other view', () => {
    const stance = candidate({ type: 'multiple-choice', stem: 'According to the article, who said that the new deck would last fifty years?', options: ['Priya Nandi', 'Sarah Holt', 'Tom Rusk'], sentences: [4], score: 0.84, understanding: true, facts: ['view:4'] });
    const matching = (facts: string[], score: number) =>
      candidate({ type: 'matching', stem: 'Match each person to the view the article gives them.', prompts: ['Ann Lee', 'Bo Chan', 'Cy Dunn'], options: facts.map((f) => `View number ${f}`), key: [0, 1, 2], sentences: facts.map((f) => Number(f.slice(5))), score, understanding: true, facts, group: 'views' });
    const first = matching(['view:2', 'view:3', 'view:4'], 0.8);
    const second = matching(['view:1', 'view:2', 'view:3'], 0.795);
    const chosen = selectCandidates([first, second, stance], 5, createRandom(1));
    expect(chosen).toContain(stance);
    expect(chosen).toContain(second);
    expect(chosen).not.toContain(first);
  });
});

describe('one answer, not one question asked again', () => {
  it('gives the same answer to at most three items of a quiz', () => {
    const about = (sentence: number, type: Candidate['type']) =>
      candidate({ type, stem: `Question ${sentence} about what the minister did in paragraph ${sentence}?`, sentences: [sentence], keyId: 'person:tony blair', options: ['Tony Blair', `Other ${sentence}`, `Third ${sentence}`] });
    const chosen = selectCandidates([about(1, 'multiple-choice'), about(2, 'cloze'), about(3, 'who-said-it'), about(4, 'multiple-choice')], 10, createRandom(1));
    expect(chosen).toHaveLength(3);
  });
});

describe('matchings of views to choose from', () => {
  const BRIDGE: SourceText = {
    title: 'Town bridge to close for repairs',
    paragraphs: [
      'The Ashford road bridge will close for six months from March while engineers replace its deck.',
      'Council engineer Priya Nandi said the old deck had been damaged by heavy lorries over many years.',
      'Local MP Sarah Holt said the government should pay for a temporary footbridge beside the river.',
      'Ms Nandi said the new steel deck would last for at least fifty years.',
      'Bus drivers will take a diversion through the village of Milton, adding twenty minutes to each trip.',
      'Local shopkeeper Tom Rusk said the town had waited far too long for a second crossing over the river.',
    ],
  };

  it("offers each speaker's other views in place of the first, as one group the quiz takes once", () => {
    const variants = viewsMatchingCandidates({ analysis: analyze(BRIDGE), random: createRandom(1), sourceNoun: 'article' });
    expect(variants.map((v) => v.facts)).toEqual([
      ['view:1', 'view:2', 'view:5'],
      ['view:2', 'view:3', 'view:5'],
    ]);
    expect(new Set(variants.map((v) => v.group))).toEqual(new Set(['views']));
    expect(variants[1]?.options).toContain('The new steel deck would last for at least fifty years');
    expect(variants[1]!.score).toBeLessThan(variants[0]!.score);
  });
});

describe('quotations in a matching of views', () => {
  it('takes whole quotations only: none cut short before its point', () => {
    const text: SourceText = {
      title: 'Library to close on Sundays',
      paragraphs: [
        '"We simply cannot afford to open seven days a week any more," council leader Joan Pike said.',
        '"Our readers will lose their only quiet place to study at the weekend, and many of them have nowhere else to go after school," librarian Tom Hale said.',
        '"The savings will keep two branches open in the villages," finance chief Ravi Shah said.',
        'Parent Mia Lund said that families would travel to Dunmore instead.',
      ],
    };
    const variants = viewsMatchingCandidates({ analysis: analyze(text), random: createRandom(1), sourceNoun: 'article' });
    expect(variants.length).toBeGreaterThan(0);
    for (const v of variants) {
      expect(v.prompts).not.toContain('Tom Hale');
      expect(v.options.some((o) => o.includes('…'))).toBe(false);
    }
  });
});

