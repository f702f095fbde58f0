import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DISPLAY_NAME_MAX, cleanDisplayName } from '../../../core/names.ts';
import { DisplayNameSchema } from '../../../core/schemas.ts';

describe('cleanDisplayName', () => {
  it('cuts at 40 code points without splitting a surrogate pair', () => {
    const name = 'a' + '𝔸'.repeat(45); // 𝔸 is a surrogate pair
    const cut = cleanDisplayName(name);
    expect(Array.from(cut)).toHaveLength(DISPLAY_NAME_MAX);
    expect(cut).toBe('a' + '𝔸'.repeat(39));
    expect(cut.isWellFormed()).toBe(true);
  });

  it('turns line breaks into spaces, drops control and format characters, repairs lone surrogates', () => {
    expect(cleanDisplayName('Ana\u0000\t\nB\u007f\u0085')).toBe('Ana B');
    expect(cleanDisplayName('  Ana \n  Maria ')).toBe('Ana Maria');
    expect(cleanDisplayName('x\ud800y')).toBe('x\ufffdy');
    expect(cleanDisplayName('a'.repeat(39) + '\u200d👩')).toBe('a'.repeat(39) + '👩');
    expect(cleanDisplayName('Zoë "Z" \\ O’Brien')).toBe('Zoë "Z" \\ O’Brien');
  });

  it('is idempotent', () => {
    for (const name of ['Ana\u0000\t\nB', ' x '.repeat(30), '😀'.repeat(50), 'x\ud800y']) {
      expect(cleanDisplayName(cleanDisplayName(name))).toBe(cleanDisplayName(name));
    }
  });
});

describe('DisplayNameSchema', () => {
  it('refuses a name that is empty once cleaned, and one over 400 characters', () => {
    expect(v.safeParse(DisplayNameSchema, ' \u0000\t ').success).toBe(false);
    expect(v.safeParse(DisplayNameSchema, 'a'.repeat(401)).success).toBe(false);
    expect(v.parse(DisplayNameSchema, ' Ana ')).toBe('Ana');
  });
});
