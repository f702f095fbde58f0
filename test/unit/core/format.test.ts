import { describe, expect, it } from 'vitest';
import { OUTCOME_MARK, countOf, formatDateTime, formatScore, outcomeOf, scoreText } from '../../../core/format.ts';

describe('formatDateTime', () => {
  const nineInChicago = Date.UTC(2026, 11, 2, 15, 0); // 09:00 CST

  it("shows the time at the teacher's offset, labelled with it", () => {
    expect(formatDateTime(nineInChicago, 360)).toBe('2026-12-02 09:00 (UTC−06:00)');
    expect(formatDateTime(nineInChicago, -330)).toBe('2026-12-02 20:30 (UTC+05:30)');
    expect(formatDateTime(nineInChicago, 0)).toBe('2026-12-02 15:00 (UTC+00:00)');
  });

  it('falls back to UTC when the offset is unknown', () => {
    expect(formatDateTime(nineInChicago, null)).toBe('2026-12-02 15:00 UTC');
    expect(formatDateTime(nineInChicago)).toBe('2026-12-02 15:00 UTC');
  });
});

describe('one rule for showing scores (page, card, share text)', () => {
  it('shows tenths only when needed, and never full marks for a score short of them', () => {
    expect(scoreText(7, 10)).toEqual({ fraction: '7/10', percent: '70%' });
    expect(scoreText(7.5, 10)).toEqual({ fraction: '7.5/10', percent: '75%' });
    expect(scoreText(6.67, 9)).toEqual({ fraction: '6.7/9', percent: '74%' });
    expect(scoreText(9.96, 10)).toEqual({ fraction: '9.9/10', percent: '99%' });
    expect(scoreText(14.97, 15)).toEqual({ fraction: '14.9/15', percent: '99%' });
    expect(scoreText(10, 10)).toEqual({ fraction: '10/10', percent: '100%' });
    expect(scoreText(0, 0)).toEqual({ fraction: '0/0', percent: '0%' });
    expect(scoreText(Number.NaN, 10)).toEqual({ fraction: '0/10', percent: '0%' });
    expect(formatScore(6.2, 15)).toBe(scoreText(6.2, 15).fraction);
  });

  it('names one outcome per question, with one mark and one word everywhere', () => {
    expect(outcomeOf({ correct: true, score: 1 })).toBe('right');
    expect(outcomeOf({ correct: false, score: 0.5 })).toBe('partial');
    expect(outcomeOf({ correct: false, score: 0 })).toBe('wrong');
    expect(OUTCOME_MARK).toEqual({ right: '✓', partial: '◐', wrong: '✗' });
  });
});

describe('countOf', () => {
  it('says "1 question" and "3 questions" (a launch quiz may have one)', () => {
    expect([0, 1, 3].map((n) => countOf(n, 'question'))).toEqual(['0 questions', '1 question', '3 questions']);
  });
});
