import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../core/generator/sentences.ts';

const texts = (p: string): string[] => splitSentences(p).map((s) => s.text);

describe('splitSentences', () => {
  it('does not split after titles, months or initialisms inside a sentence', () => {
    expect(texts('U.S. Marine Corps Gen. Joseph Dunford met Navy Capt. Bill Urban on Jan. 28 in Helsinki. The talks were short.')).toEqual([
      'U.S. Marine Corps Gen. Joseph Dunford met Navy Capt. Bill Urban on Jan. 28 in Helsinki.',
      'The talks were short.',
    ]);
  });

  it('splits after an initialism that ends a sentence', () => {
    expect(texts('Russia has fought alongside the U.S. The two never joined forces.')).toEqual([
      'Russia has fought alongside the U.S.',
      'The two never joined forces.',
    ]);
  });

  it('keeps initials inside a name', () => {
    expect(texts('The photo is by Dominique A. Pineiro of the Joint Staff. It ran on Monday.')).toHaveLength(2);
  });

  it('keeps a quotation with its attribution, and splits after a closing quote', () => {
    expect(texts('"We will win," he said. "It is over." Then he left.')).toEqual(['"We will win," he said.', '"It is over."', 'Then he left.']);
    expect(texts('“Is it over?” she asked. Nobody answered.')).toEqual(['“Is it over?” she asked.', 'Nobody answered.']);
  });

  it('handles curly and nested quotes', () => {
    expect(texts('“He told me ‘never again,’ and I believed him,” Kerry said. The room was silent.')).toEqual([
      '“He told me ‘never again,’ and I believed him,” Kerry said.',
      'The room was silent.',
    ]);
  });

  it('returns offsets into the paragraph', () => {
    const p = 'One two three. Four five six.';
    for (const s of splitSentences(p)) expect(p.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('copes with no terminal punctuation and empty input', () => {
    expect(texts('Publication: Eurasia Daily Monitor Volume: 14')).toEqual(['Publication: Eurasia Daily Monitor Volume: 14']);
    expect(texts('')).toEqual([]);
  });
});
