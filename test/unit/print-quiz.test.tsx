import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { PrintQuizPage } from '../../web/pages/PrintQuizPage.tsx';
import { printedKey } from '../../web/pages/print-key.ts';
import type { Item } from '../../core/quiz/schema.ts';
import { item, quiz } from './gradebook/fixtures.ts';

/** The answer key's entries as text, tags stripped. */
const keyEntries = (html: string) =>
  [...html.slice(html.indexOf('Answer key')).matchAll(/<li>(.*?)<\/li>/gs)].map(([, entry]) => entry!.replace(/<blockquote>.*?<\/blockquote>/gs, '').replace(/<[^>]+>/g, ''));

describe('printed answer key (web/pages/print-key.ts)', () => {
  it('matching: the letter per numbered prompt, then the pairs by name', () => {
    const five = { ...item(3), prompts: ['P1', 'P2', 'P3', 'P4', 'P5'], options: ['a', 'b', 'c', 'd', 'e'], key: [0, 3, 4, 1, 2] } as Item;
    expect(printedKey(five)).toEqual({ marks: 'A, D, E, B, C', names: 'P1 → a; P2 → d; P3 → e; P4 → b; P5 → c' });
  });

  it('timeline: the number each event gets as printed (1 = oldest), then the order by name', () => {
    expect(printedKey(item(2))).toEqual({ marks: '2, 3, 1', names: 'oldest first: Coalition formed → Hotline set up → Hotline suspended' });
  });

  it('choice: the option and its letter', () => {
    expect(printedKey(item(0))).toEqual({ marks: 'B', names: 'Washington' });
  });
});

describe('PrintQuizPage', () => {
  const html = render(<PrintQuizPage quiz={quiz} assignmentTitle="Period 3" />);

  it('numbers the matching prompts, whose key gives a letter per number', () => {
    expect(html).toContain('<ol class="print-prompts"><li>1. Lavrov ____</li><li>2. Kerry ____</li></ol>');
  });

  it('prints the key in the marks students write, with the names', () => {
    expect(keyEntries(html)).toEqual([
      'Washington (B). Paragraph 3 places the talks in Washington.',
      'False (B). It only kept aircraft apart.',
      '2, 3, 1 (oldest first: Coalition formed → Hotline set up → Hotline suspended). 2014, then 2015, then 2017.',
      'A, B (Lavrov → Russia; Kerry → United States). Lavrov is Russian, Kerry American.',
    ]);
  });
});
