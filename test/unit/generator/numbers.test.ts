import { describe, expect, it } from 'vitest';
import { findDates } from '../../../core/generator/dates.ts';
import { findNumbers, formatNumber, nearbyNumbers, type NumberMention } from '../../../core/generator/numbers.ts';

// Off-domain sentences written for these tests: business, science, sport, local news.
const only = (text: string): NumberMention => {
  const found = findNumbers(text);
  expect(found).toHaveLength(1);
  return found[0] as NumberMention;
};
const options = (n: NumberMention): string[] => nearbyNumbers(n).map((v) => formatNumber(v, n));

describe('findNumbers reads a figure whole, with currency, scale and percent', () => {
  it.each([
    ['Output rose to 1.16 million barrels a day.', '1.16 million', 1.16e6, 'barrel'],
    ['Season tickets now cost £1,400 at the club.', '£1,400', 1400, '£'],
    ['The takeover is worth $2.5bn to shareholders.', '$2.5bn', 2.5e9, '$'],
    ['Profits jumped 76% in the quarter.', '76%', 76, 'percent'],
    ['Turnout fell 12 per cent on the last election.', '12 per cent', 12, 'percent'],
    ['The probe travelled 60 million miles to reach the comet.', '60 million', 6e7, 'mile'],
    ['About 1.5m people watched the final.', '1.5m', 1.5e6, 'people'],
    ['The bakery sold three thousand loaves.', 'three thousand', 3000, 'loave'],
    ['The bridge cost US$3.1 billion to build.', 'US$3.1 billion', 3.1e9, 'US$'],
  ])('%j', (sentence, text, value, unit) => {
    const n = only(sentence);
    expect([n.text, n.value, n.unit]).toEqual([text, value, unit]);
    expect(sentence.slice(n.start, n.end)).toBe(text);
  });

  it('leaves out figures inside excluded ranges (the dates of the sentence)', () => {
    const text = 'On 3 March 2005, 45 people came; on 9 June 2006, 60 people did. '.repeat(3);
    const dates = findDates(text).map((d) => [d.start, d.end] as const);
    expect(findNumbers(text, dates).map((n) => n.text)).toEqual(['45', '60', '45', '60', '45', '60']);
  });

  it('does not read metres, years, ordinals or references as counted quantities', () => {
    expect(findNumbers('She won the 5,000m race and the 100m sprint in 2004.')).toEqual([]);
    expect(findNumbers('The two teams met for the 3rd time; the first match was close.')).toEqual([]);
  });
});

describe('wrong values keep the unit, the scale and the way the key is written', () => {
  it('never writes a scaled figure out in full ("60,000,000 million")', () => {
    expect(options(only('The probe travelled 60 million miles.'))).toEqual(['65 million', '53 million', '73 million', '44 million', '80 million', '37 million']);
    expect(options(only('Output rose to 1.16 million barrels a day.')).slice(0, 3)).toEqual(['1.26 million', '1.02 million', '1.40 million']);
  });

  it('keeps the currency and the scale letter', () => {
    expect(options(only('The firm lost $284m last year.')).slice(0, 3)).toEqual(['$310m', '$250m', '$344m']);
    expect(options(only('Tickets cost £1,400 each.')).slice(0, 2)).toEqual(['£1,500', '£1,200']);
  });

  it('keeps percentages at or below 100', () => {
    expect(options(only('Profits jumped 76% in the quarter.'))).toEqual(['83%', '67%', '92%', '55%', '47%']);
  });

  it('never makes a series with the key (halves, doubles, key ± x): the key would give itself away', () => {
    for (const sentence of ['Rates rose to 7.96 percent.', 'The gain was 190,000 jobs.', 'It took 45 minutes.', 'Sales hit $1.13bn.', 'The rupee fell to 43.305 rupees.']) {
      const n = only(sentence);
      const values = nearbyNumbers(n);
      for (const a of values)
        for (const b of values) {
          if (a === b) continue;
          expect(Math.abs(a + b - 2 * n.value), `${sentence}: ${a} and ${b}`).toBeGreaterThan(n.value * 1e-9);
          expect(Math.abs(a * b - n.value ** 2), `${sentence}: ${a} and ${b}`).toBeGreaterThan(n.value ** 2 * 1e-9);
        }
      for (const v of values) expect([2, 0.5]).not.toContain(v / n.value);
    }
  });

  it('keeps number words as words', () => {
    expect(options(only('The ferry made three crossings.')).slice(0, 3)).toEqual(['two', 'four', 'five']);
  });
});
