import { describe, expect, it } from 'vitest';
import { AnswerShapeError, gradeAttempt, gradeItem } from '../../../../core/quiz/grade.ts';
import { fixtureQuiz, perfectAnswers } from '../../../support/fixture-quiz.ts';

const item = (id: string) => fixtureQuiz.items.find((candidate) => candidate.id === id)!;

describe('grading (unit)', () => {
  it.each([
    ['mc-0001', 1, 3],
    ['cloze-0002', 0, 2],
    ['tf-0003', 0, 1],
    ['who-0004', 0, 2],
  ])('%s: the key scores 1, another option 0', (id, right, wrong) => {
    expect(gradeItem(item(id), right)).toEqual({ itemId: id, answer: right, score: 1, correct: true });
    expect(gradeItem(item(id), wrong)).toEqual({ itemId: id, answer: wrong, score: 0, correct: false });
  });

  it('timeline: full credit in order, partial credit by pairs in the right order', () => {
    expect(gradeItem(item('time-0005'), [1, 0, 2]).score).toBe(1);
    // key order 1,0,2; answer 0,1,2 keeps (1<2) and (0<2) but swaps (1,0): 2 of 3 pairs
    expect(gradeItem(item('time-0005'), [0, 1, 2])).toMatchObject({ score: 0.67, correct: false });
    expect(gradeItem(item('time-0005'), [2, 0, 1]).score).toBe(0);
  });

  it('matching: credit per right pair', () => {
    expect(gradeItem(item('match-0006'), [2, 1, 0])).toMatchObject({ score: 1, correct: true });
    expect(gradeItem(item('match-0006'), [2, 0, 1])).toMatchObject({ score: 0.33, correct: false });
    expect(gradeItem(item('match-0006'), [0, 0, 2]).score).toBe(0);
  });

  it('an unanswered item scores 0', () => {
    expect(gradeItem(item('mc-0001'), null)).toEqual({ itemId: 'mc-0001', answer: null, score: 0, correct: false });
  });

  it.each([
    ['mc-0001', 4, /option index from 0 to 3/],
    ['mc-0001', [0, 1], /option index/],
    ['time-0005', 1, /ordering of all 3 events/],
    ['time-0005', [0, 0, 1], /ordering/],
    ['time-0005', [0, 1], /ordering/],
    ['match-0006', [0, 1], /for each of 3 prompts/],
    ['match-0006', [0, 1, 5], /for each of 3 prompts/],
  ])('%s refuses the answer %j as the wrong shape', (id, answer, message) => {
    expect(() => gradeItem(item(id), answer)).toThrow(AnswerShapeError);
    expect(() => gradeItem(item(id), answer)).toThrow(message);
  });

  it('grades a whole attempt, unanswered items included', () => {
    expect(gradeAttempt(fixtureQuiz, perfectAnswers)).toMatchObject({ score: 6, maxScore: 6 });
    const partial = gradeAttempt(fixtureQuiz, { 'mc-0001': 0, 'time-0005': [0, 1, 2] });
    expect(partial.score).toBe(0.67);
    expect(partial.results.map((r) => r.answer)).toEqual([0, null, null, null, [0, 1, 2], null]);
  });

  it('refuses answers to items the quiz does not have', () => {
    expect(() => gradeAttempt(fixtureQuiz, { 'no-such-item': 0 })).toThrow(/no such item/);
  });
});
