import { describe, expect, it } from 'vitest';
import { isSpaceCode, onlySpaces, wordFromSetWithin } from '../../../core/generator/words.ts';

// Helpers that stand in for regular expressions: each must answer exactly as the pattern it replaces.
describe('isSpaceCode and onlySpaces read white space as a regex \\s does', () => {
  it('agrees with \\s on every BMP code unit', () => {
    const disagree: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(`U+${c.toString(16)}`);
    expect(disagree).toEqual([]);
  });

  it.each([
    ['  ', '', true],
    ['\u00a0\t', '', true],
    ['', '', false],
    [' x ', '', false],
    [' - ', '-‐', true],
    [' – ', '-‐', false],
    [' – ', '-‐–', true],
  ])('%j (also %j) -> %s', (text, also, expected) => expect(onlySpaces(text, also)).toBe(expected));
});

describe('wordFromSetWithin: a listed word, after at most N plain words', () => {
  const STATS = new Set(['goals', 'wins', 'head coach']);
  // Off-domain text written for these tests: sport and science.
  it.each([
    ['goals this season', 0, true],
    ['league goals this season', 0, false],
    ['league goals this season', 1, true],
    ['away league goals', 1, false],
    ['away league goals', 2, true],
    ['first-team goals', 1, true], // hyphenated words are skipped whole
    ['wins-record', 0, true], // a listed word ends where the word characters end, as \b does
    ['winsome display', 0, false],
    ['new head coach Ana Ruiz', 1, true], // two listed words, one space between
    ['new head  coach', 1, false],
    ["striker's goals", 1, false], // an apostrophe ends the plain words
  ])('%j within %i', (text, skip, expected) => expect(wordFromSetWithin(text, 0, STATS, skip)).toBe(expected));

  it('starts reading at the given offset', () => {
    expect(wordFromSetWithin("Rovers' wins", 8, STATS, 0)).toBe(true);
  });
});
