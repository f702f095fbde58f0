import { describe, expect, it } from 'vitest';
import { findDates, formatDate, nearbyDates } from '../../../core/generator/dates.ts';

// Off-domain sentences written for these tests: history, sport, local news.
describe('findDates: American and British forms', () => {
  it('reads day-month-year and month-day-year alike', () => {
    const found = findDates('The pier opened on 3 March 2005 and the museum on March 3, 2005.');
    expect(found.map((d) => [d.text, d.dayFirst])).toEqual([
      ['3 March 2005', true],
      ['March 3, 2005', false],
    ]);
    expect(found[0]?.value).toEqual(found[1]?.value);
  });

  it('reads ordinal days without a year', () => {
    const found = findDates('The final is on 3rd March; the replay, if needed, on March 10th.');
    expect(found.map((d) => [d.text, d.value, d.ordinal])).toEqual([
      ['3rd March', { gran: 'md', d: 3, m: 3 }, true],
      ['March 10th', { gran: 'md', m: 3, d: 10 }, true],
    ]);
  });

  it('ignores relative dates, decades and numbers that look like years', () => {
    expect(findDates('Last Tuesday, in the 1990s and next week, 2,000 fans and 1999 people came; on Monday it rained.')).toEqual([]);
  });

  it('keeps abbreviated months and bare years', () => {
    expect(findDates('The treaty was signed on Sept. 11, 1951, and ratified in 1952.').map((d) => d.text)).toEqual(['Sept. 11, 1951', '1952']);
  });
});

describe('formatDate writes wrong options the way the key is written', () => {
  it('day first with an ordinal stays day first with an ordinal', () => {
    const [key] = findDates('The fair opens on 21st June.');
    expect(key).toBeDefined();
    expect(nearbyDates(key!.value).slice(0, 2).map((v) => formatDate(v, key!))).toEqual(['24th June', '17th June']);
  });

  it('British and American full dates', () => {
    const [british, american] = findDates('Founded on 3 March 2005, listed on March 3, 2005.');
    expect(formatDate({ gran: 'ymd', y: 2006, m: 11, d: 12 }, british!)).toBe('12 November 2006');
    expect(formatDate({ gran: 'ymd', y: 2006, m: 11, d: 12 }, american!)).toBe('November 12, 2006');
    expect(formatDate({ gran: 'ymd', y: 2006, m: 9, d: 1 }, true)).toBe('Sept. 1, 2006');
  });
});
