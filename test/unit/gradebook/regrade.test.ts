import { describe, expect, it } from 'vitest';
import type { AttemptSummary } from '../../../core/gradebook/summary.ts';
import { gradedItemsOnly, gradedTotal, regradeOf, regradeResult, regradeSummaries, withCorrectedStems } from '../../../core/gradebook/regrade.ts';
import { fixtureQuiz } from '../../support/fixture-quiz.ts';

const summary = (scores: number[]): AttemptSummary => ({
  attemptId: 'attempt-000000000000000000',
  name: 'Rosa',
  score: Math.round(scores.reduce((a, b) => a + b, 0) * 100) / 100,
  maxScore: scores.length,
  durationMs: 1000,
  submittedAt: 1,
  answers: scores.map(() => 0),
  scores,
});

describe('regrade', () => {
  it('scores the graded items only, one point each, to two decimals', () => {
    const items = [
      { itemId: 'a-0001', score: 0.33 },
      { itemId: 'b-0002', score: 0.67 },
      { itemId: 'c-0003', score: 0.1 },
    ];
    expect(gradedTotal(items, new Set())).toEqual({ score: 1.1, maxScore: 3 });
    expect(gradedTotal(items, new Set(['b-0002']))).toEqual({ score: 0.43, maxScore: 2 });
  });

  it('rescores every summary that lines up with the quiz, and leaves one that does not as it was', () => {
    const regrade = { dropped: ['mc-0001', 'time-0005'], stems: {}, revision: 2 };
    const lined = summary([0, 1, 1, 1, 0.33, 0.5]);
    const stale = summary([0, 1, 1]);
    const [rescored, untouched] = regradeSummaries(fixtureQuiz, regrade, [lined, stale]);
    expect(rescored).toMatchObject({ score: 3.5, maxScore: 4, scores: lined.scores });
    expect(untouched).toBe(stale);
  });

  it('gives back the stored score of a result when nothing is dropped, and the graded one when something is', () => {
    const result = { results: fixtureQuiz.items.map((item, i) => ({ itemId: item.id, score: i === 0 ? 0 : 1 })), score: 5, maxScore: 6 };
    expect(regradeResult(result, regradeOf({}))).toEqual({ score: 5, maxScore: 6 });
    expect(regradeResult(result, { dropped: ['mc-0001'], stems: {}, revision: 1 })).toEqual({ score: 5, maxScore: 5 });
  });

  it('puts corrected stems in place and leaves dropped items out of the exported quiz, options and keys untouched', () => {
    const regrade = { dropped: ['tf-0003'], stems: { 'mc-0001': 'Who is Russia’s top diplomat?' }, revision: 2 };
    const read = withCorrectedStems(fixtureQuiz, regrade);
    expect(read.items[0]).toEqual({ ...fixtureQuiz.items[0], stem: 'Who is Russia’s top diplomat?' });
    expect(read.items.slice(1)).toEqual(fixtureQuiz.items.slice(1));
    expect(gradedItemsOnly(read, regrade).items.map((item) => item.id)).toEqual(['mc-0001', 'cloze-0002', 'who-0004', 'time-0005', 'match-0006']);
    expect(withCorrectedStems(fixtureQuiz, regradeOf({}))).toBe(fixtureQuiz);
  });
});
