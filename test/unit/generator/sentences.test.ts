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

  // Off-domain prose written for these tests: history, local news, sport, science, business.
  it.each([
    ['President John F. Kennedy visited Dallas in November 1963. He was shot there.', ['President John F. Kennedy visited Dallas in November 1963.', 'He was shot there.']],
    ['The U.N. Security Council met at 10 a.m. on Monday. Ms Jones said the vote was close.', ['The U.N. Security Council met at 10 a.m. on Monday.', 'Ms Jones said the vote was close.']],
    ['Dr. Sarah Lee and Prof. Amit Rao spoke. Mr Brown, of No. 10, listened.', ['Dr. Sarah Lee and Prof. Amit Rao spoke.', 'Mr Brown, of No. 10, listened.']],
    ['The race starts at 9 a.m. The course is 26 miles long.', ['The race starts at 9 a.m.', 'The course is 26 miles long.']],
    ['The shop closes at 5 p.m. Mr Patel opens it at dawn.', ['The shop closes at 5 p.m.', 'Mr Patel opens it at dawn.']],
    ['The family moved to St. Albans in 2001. It was a quiet town.', ['The family moved to St. Albans in 2001.', 'It was a quiet town.']],
    ['Some sports, e.g. rugby and hockey, were cancelled. Others, i.e. football, went ahead.', ['Some sports, e.g. rugby and hockey, were cancelled.', 'Others, i.e. football, went ahead.']],
    ['Shares in Acme Inc. rose 5%. The firm earned $2.5bn.', ['Shares in Acme Inc. rose 5%.', 'The firm earned $2.5bn.']],
    ['The case is known as Roe v. Wade. It was decided in 1973.', ['The case is known as Roe v. Wade.', 'It was decided in 1973.']],
    ['The club was founded by W. G. Grace fans. They met weekly.', ['The club was founded by W. G. Grace fans.', 'They met weekly.']],
    ['The tablet is called vitamin C. It helps the body heal.', ['The tablet is called vitamin C.', 'It helps the body heal.']],
  ])('splits real prose around abbreviations and initials: %j', (p, expected) => {
    expect(texts(p)).toEqual(expected);
  });

  it('reads a long run of full stops as one terminator', () => {
    const p = `Wait${'.'.repeat(50_000)}then go.`;
    expect(texts(p)).toEqual([p]);
  });

  it('splits a long paragraph with many full stops without looking past a short window', () => {
    const p = 'The council met. '.repeat(5000);
    const spans = splitSentences(p);
    expect(spans).toHaveLength(5000);
    expect(spans[4999]).toEqual({ text: 'The council met.', start: 17 * 4999 });
  });
});
