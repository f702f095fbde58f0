// The QTI items scored by a response-processing evaluator (test/support/qti-scoring.ts) the way
// a QTI engine would: right = 1, wrong = 0, and partial credit equal to the site's own grading.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qtiItem } from '../../../core/exports/qti.ts';
import { gradeItem, type Answer } from '../../../core/quiz/grade.ts';
import type { Item } from '../../../core/quiz/schema.ts';
import { site } from '../../../worker/content/site.ts';
import { scoreQtiItem, type QtiValue } from '../../support/qti-scoring.ts';
import { fixtureQuiz } from '../../support/fixture-quiz.ts';
import { item, quiz } from './fixtures.ts';

/** A site answer as the QTI response a candidate would give (identifiers as the export names them). */
function asResponse(target: Item, answer: Answer | null): QtiValue {
  if (answer === null) return null;
  switch (target.type) {
    case 'timeline':
      return { cardinality: 'ordered', values: (answer as number[]).map((option) => `choice_${option}`) };
    case 'matching':
      return { cardinality: 'multiple', values: (answer as number[]).map((option, prompt) => `prompt_${prompt} option_${option}`) };
    default:
      return `choice_${answer as number}`;
  }
}

const score = (target: Item, answer: Answer | null) => scoreQtiItem(qtiItem(quiz, target, 1), asResponse(target, answer));
/** The site rounds an item's score to 2 decimals; QTI keeps the exact fraction. */
const rounded = (value: number) => Math.round(value * 100) / 100;

const fiveMatching = {
  ...item(3),
  prompts: ['Lavrov', 'Kerry', 'Erdogan', 'Assad', 'Dunford'],
  options: ['Russia', 'United States', 'Turkey', 'Syria', 'Joint Chiefs'],
  key: [0, 1, 2, 3, 4],
} as Item;
const fiveEvents = { ...item(2), options: ['A', 'B', 'C', 'D', 'E'], key: [4, 2, 0, 1, 3] } as Item;

describe('QTI scoring: choice items (match_correct)', () => {
  it('right 1, wrong 0, unanswered 0', () => {
    expect(score(item(0), 1)).toBe(1);
    expect(score(item(0), 2)).toBe(0);
    expect(score(item(0), null)).toBe(0);
    expect(score(item(1), 1)).toBe(1);
    expect(score(item(1), 0)).toBe(0);
  });
});

describe('QTI scoring: matching (map_response, 1/n a pair)', () => {
  it('scores 4 of 5 right pairs 0.8, as the site does', () => {
    expect(score(fiveMatching, [0, 1, 2, 4, 4])).toBeCloseTo(0.8, 12);
    expect(gradeItem(fiveMatching, [0, 1, 2, 4, 4]).score).toBeCloseTo(0.8, 12);
  });

  it('right 1, all wrong 0, unanswered 0', () => {
    expect(score(fiveMatching, [0, 1, 2, 3, 4])).toBe(1);
    expect(score(fiveMatching, [1, 2, 3, 4, 0])).toBe(0);
    expect(score(fiveMatching, null)).toBe(0);
  });
});

describe('QTI scoring: timeline (custom response processing, pairs in order)', () => {
  it('right 1, reversed 0, unanswered 0', () => {
    expect(score(fiveEvents, [4, 2, 0, 1, 3])).toBe(1);
    expect(score(fiveEvents, [3, 1, 0, 2, 4])).toBe(0);
    expect(score(fiveEvents, null)).toBe(0);
  });

  it('gives the share of pairs in the right order, as the site does', () => {
    // One swap of neighbours: 9 of 10 pairs right.
    expect(score(fiveEvents, [2, 4, 0, 1, 3])).toBe(0.9);
    expect(rounded(score(item(2), [0, 2, 1]))).toBe(gradeItem(item(2), [0, 2, 1]).score);
  });
});

/** Any answer of the right shape for an item (what the site would accept and grade). */
function answers(target: Item): fc.Arbitrary<Answer> {
  switch (target.type) {
    case 'timeline':
      return fc.shuffledSubarray(target.options.map((_, i) => i), { minLength: target.options.length, maxLength: target.options.length });
    case 'matching':
      return fc.array(fc.nat({ max: target.options.length - 1 }), { minLength: target.prompts.length, maxLength: target.prompts.length });
    default:
      return fc.nat({ max: target.options.length - 1 });
  }
}

describe('QTI scoring agrees with the site on every launch item and the all-types fixture', () => {
  const items = [...site.quizzes.flatMap((q) => q.items), ...fixtureQuiz.items, fiveMatching, fiveEvents];

  it('scores the key 1 and no answer 0', () => {
    for (const target of items) {
      expect(score(target, target.key), target.id).toBe(1);
      expect(score(target, null), target.id).toBe(0);
    }
  });

  it('scores any answer as the site grades it', () => {
    for (const target of items) {
      fc.assert(
        fc.property(answers(target), (answer) => {
          expect(rounded(score(target, answer))).toBe(gradeItem(target, answer).score);
        }),
        { numRuns: 30 },
      );
    }
  });
});
