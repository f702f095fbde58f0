import { describe, expect, it } from 'vitest';
import { cleanDisplayName } from '../../../core/names.ts';
import { nameKey } from '../../../core/name-key.ts';

/** The same student, as the one-attempt claim and the roster see a typed name. */
const sameStudent = (a: string, b: string) => nameKey(cleanDisplayName(a)) === nameKey(cleanDisplayName(b));

describe('nameKey (look-alike names)', () => {
  it('folds Cyrillic, Greek and Armenian look-alikes of Latin letters', () => {
    expect(sameStudent('Ann', 'Аnn')).toBe(true); // Cyrillic А
    expect(sameStudent('Ann', 'Anո')).toBe(true); // Armenian vo
    expect(sameStudent('Kate', 'Κατe')).toBe(false); // Greek tau is not a Latin t
    expect(sameStudent('Ann', 'Αnn')).toBe(true); // Greek Alpha
    expect(sameStudent('Ann', 'ann')).toBe(true);
    expect(sameStudent('Ann Lee', '  ann  lee ')).toBe(true);
    expect(sameStudent('Ｏｌａ', 'Ola')).toBe(true); // fullwidth, by NFKC
  });

  it('keeps names apart that only a mark or a letter tells apart', () => {
    expect(sameStudent('Zoë', 'Zoe')).toBe(false);
    expect(sameStudent('Ana', 'Ann')).toBe(false);
    expect(sameStudent('José', 'Jose\u0301')).toBe(true); // one name, two Unicode forms
  });
});

describe('cleanDisplayName strips invisible fillers', () => {
  it.each([
    ['braille blank', '\u2800'],
    ['Hangul filler', '\u3164'],
    ['combining grapheme joiner', '\u034f'],
    ['Hangul choseong filler', '\u115f'],
    ['Hangul jungseong filler', '\u1160'],
    ['halfwidth Hangul filler', '\uffa0'],
    ['zero-width space', '\u200b'],
    ['variation selector', '\ufe0f'],
    ['variation selector supplement', '\u{e0100}'],
    ['Mongolian vowel separator', '\u180e'],
  ])('%s', (_, filler) => {
    expect(cleanDisplayName('Ann' + filler)).toBe('Ann');
    expect(cleanDisplayName('A' + filler + 'nn')).toBe('Ann');
    expect(sameStudent('Ann', 'Ann' + filler)).toBe(true);
  });

  it('a name of fillers alone is empty', () => {
    expect(cleanDisplayName('\u2800\u3164 \u115f')).toBe('');
  });
});
