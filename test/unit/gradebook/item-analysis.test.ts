import { describe, expect, it } from 'vitest';
import { analyseItems, pointBiserial } from '../../../core/gradebook/item-analysis.ts';
import { renderAnswer } from '../../../core/quiz/answer-text.ts';
import { packSummary, unpackSummary } from '../../../worker/storage/attempt-metadata.ts';
import { gradeItem } from '../../../core/quiz/grade.ts';
import { attempt, attempts, item, quiz } from './fixtures.ts';

// The fixture, by hand (rows = attempts, columns = items; score per item, then the total):
//
//            q1 (key 1)   q2 (key 1)   q3 (key [2,0,1])   q4 (key [0,1])    total
//   A1 Ana   1 -> 1       1 -> 1       [2,0,1] -> 1       [0,1] -> 1        4
//   A2 Ben   1 -> 1       0 -> 0       [2,0,1] -> 1       [1,0] -> 0        2
//   A3 Cai   0 -> 0       1 -> 1       [0,2,1] -> 0.67    [0,2] -> 0.5      2.17
//   A4 Dee   0 -> 0       0 -> 0       [0,2,1] -> 0.67    [1,0] -> 0        0.67
//   A5 Eli   2 -> 0       -  -> 0      -       -> 0       [0,1] -> 1        1
//   A6 Fay   1 -> 1       1 -> 1       [1,0,2] -> 0       [0,1] -> 1        3
//
// (q3 [0,2,1]: of the key's pairs C<A, C<B, A<B only the last two hold: 2/3 = 0.67.)
//
// Facility (fully right / 6): q1 3/6 = 50%, q2 3/6 = 50%, q3 2/6 = 33.33%, q4 3/6 = 50%.
// So q3 first, then q1, q2, q4 (tied at 50%, quiz order).
//
// Point-biserial r = (M1 - M0) / s * sqrt(p q), rest = total - item score, s the population SD
// of rest:
//   q1: rest = 3, 1, 2.17, 0.67, 1, 2; right = A1 A2 A6. M1 = (3+1+2)/3 = 2,
//       M0 = (2.17+0.67+1)/3 = 1.28; mean 9.84/6 = 1.64; squared deviations 1.8496 0.4096
//       0.2809 0.9409 0.4096 0.1296 sum 4.0202, var 0.670033, s 0.818556; p = q = 0.5:
//       r = 0.72 / 0.818556 * 0.5 = 0.43980
//   q2: rest = 3, 2, 1.17, 0.67, 1, 2; right = A1 A3 A6. M1 = (3+1.17+2)/3 = 2.056667,
//       M0 = (2+0.67+1)/3 = 1.223333; mean 1.64; var (1.8496+0.1296+0.2209+0.9409+0.4096
//       +0.1296)/6 = 3.6802/6 = 0.613367, s 0.783178: r = 0.833333 / 0.783178 * 0.5 = 0.53202
//   q3: rest = 3, 1, 1.5, 0, 1, 3; right = A1 A2. M1 = 2, M0 = (1.5+0+1+3)/4 = 1.375;
//       mean 9.5/6 = 1.583333; var (2.006944+0.340278+0.006944+2.506944+0.340278+2.006944)/6
//       = 7.208333/6 = 1.201389, s 1.096079; p = 1/3, sqrt(pq) = 0.471405:
//       r = 0.625 / 1.096079 * 0.471405 = 0.26880
//   q4: rest = 3, 2, 1.67, 0.67, 0, 2; right = A1 A5 A6. M1 = (3+0+2)/3 = 1.666667,
//       M0 = (2+1.67+0.67)/3 = 1.446667; mean 9.34/6 = 1.556667; var (2.083211+0.196544
//       +0.012844+0.786178+2.423211+0.196544)/6 = 5.698533/6 = 0.949756, s 0.974554:
//       r = 0.22 / 0.974554 * 0.5 = 0.11287
//
// Most chosen wrong answer: q1 option 0 "Moscow" (A3, A4; A5 chose 2 once); q2 option 0
// "True" (A2, A4; A5 skipped); q3 [0,2,1] (A3, A4; A6 [1,0,2] once); q4 [1,0] (A2, A4; A3
// [0,2] once).

describe('the fixture', () => {
  it('is consistent with the grader', () => {
    for (const a of attempts) {
      a.answers.forEach((answer, i) => expect(gradeItem(item(i), answer).score).toBe(a.scores[i]));
    }
  });
});

describe('analyseItems', () => {
  // As the dashboard sees them: through the KV metadata codec.
  const summaries = attempts.map((a) => unpackSummary(packSummary(a))!);
  const analyses = analyseItems(quiz, summaries);
  const byId = new Map(analyses.map((a) => [a.itemId, a]));

  it('sorts the most-missed first, ties in quiz order', () => {
    expect(analyses.map((a) => a.itemId)).toEqual(['q3-timeline', 'q1-choice', 'q2-tf', 'q4-matching']);
    expect(analyses.map((a) => a.index)).toEqual([2, 0, 1, 3]);
  });

  it('computes facility', () => {
    expect(byId.get('q1-choice')!.facility).toBe(50);
    expect(byId.get('q2-tf')!.facility).toBe(50);
    expect(byId.get('q3-timeline')!.facility).toBeCloseTo(33.3333, 4);
    expect(byId.get('q4-matching')!.facility).toBe(50);
    expect(analyses.map((a) => [a.attempts, a.answered, a.fullyRight])).toEqual([
      [6, 5, 2],
      [6, 6, 3],
      [6, 5, 3],
      [6, 6, 3],
    ]);
  });

  it('computes the point-biserial discrimination against the rest-score', () => {
    expect(byId.get('q1-choice')!.discrimination).toBeCloseTo(0.4398, 4);
    expect(byId.get('q2-tf')!.discrimination).toBeCloseTo(0.53202, 4);
    expect(byId.get('q3-timeline')!.discrimination).toBeCloseTo(0.2688, 4);
    expect(byId.get('q4-matching')!.discrimination).toBeCloseTo(0.11287, 4);
  });

  it('finds the most chosen wrong answer, readably', () => {
    expect(byId.get('q1-choice')!.commonWrong).toEqual({ answer: 0, text: 'Moscow', count: 2 });
    expect(byId.get('q2-tf')!.commonWrong).toEqual({ answer: 0, text: 'True', count: 2 });
    expect(byId.get('q3-timeline')!.commonWrong).toEqual({
      answer: [0, 2, 1],
      text: 'Hotline set up → Coalition formed → Hotline suspended',
      count: 2,
    });
    expect(byId.get('q4-matching')!.commonWrong).toEqual({
      answer: [1, 0],
      text: 'Lavrov → United States; Kerry → Russia',
      count: 2,
    });
  });

  it('carries the evidence sentence', () => {
    expect(byId.get('q3-timeline')!.evidenceSentence).toBe('The coalition formed in 2014; the hotline came in 2015.');
    expect(byId.get('q3-timeline')!.evidence[0]!.paragraph).toBe(5);
  });

  it('breaks a tie for most chosen wrong answer by the smaller answer, whatever the order', () => {
    const two = [attempt('t1-xxxxxxxxxxxxxxxxxxxxxx', 'x', [3, null, null, null], [0, 0, 0, 0]), attempt('t2-xxxxxxxxxxxxxxxxxxxxxx', 'y', [2, null, null, null], [0, 0, 0, 0])];
    const forward = analyseItems(quiz, two).find((a) => a.itemId === 'q1-choice')!;
    const backward = analyseItems(quiz, [...two].reverse()).find((a) => a.itemId === 'q1-choice')!;
    expect(forward.commonWrong).toEqual({ answer: 2, text: 'Ankara', count: 1 });
    expect(backward.commonWrong).toEqual(forward.commonWrong);
  });

  it('gives null discrimination when undefined and leaves out attempts of another quiz version', () => {
    const allRight = attempts.slice(0, 2); // q1 right for both: zero variance of the item
    expect(analyseItems(quiz, allRight).find((a) => a.itemId === 'q1-choice')!.discrimination).toBeNull();
    expect(analyseItems(quiz, attempts.slice(0, 1)).every((a) => a.discrimination === null)).toBe(true);
    const none = analyseItems(quiz, []);
    expect(none.map((a) => [a.itemId, a.facility, a.discrimination, a.commonWrong])).toEqual([
      ['q1-choice', null, null, null],
      ['q2-tf', null, null, null],
      ['q3-timeline', null, null, null],
      ['q4-matching', null, null, null],
    ]);
    const stale = attempt('stale-xxxxxxxxxxxxxxxxxxx', 'z', [0, 0, 0], [0, 0, 0]);
    expect(analyseItems(quiz, [...attempts, stale])[0]!.attempts).toBe(6);
  });
});

describe('pointBiserial', () => {
  it('is 1 for a perfectly discriminating item and -1 for a reversed one', () => {
    expect(pointBiserial([1, 1, 0, 0], [3, 3, 1, 1])).toBeCloseTo(1, 10);
    expect(pointBiserial([0, 0, 1, 1], [3, 3, 1, 1])).toBeCloseTo(-1, 10);
  });
  it('is null with zero variance or fewer than two values', () => {
    expect(pointBiserial([1, 0, 1], [2, 2, 2])).toBeNull();
    expect(pointBiserial([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(pointBiserial([1], [1])).toBeNull();
  });
});

describe('renderAnswer', () => {
  it('renders an index the item does not have as "?"', () => {
    expect(renderAnswer(item(0), 7)).toBe('?');
    expect(renderAnswer(item(3), [0, 7])).toBe('Lavrov → Russia; Kerry → ?');
  });
});
