// The printed answer key of one item, in the marks students write on the paper quiz: a
// choice item's option and letter, a matching item's letter per numbered prompt, a timeline's
// number per event as printed (1 = oldest), each with the names spelled out. Pure.
import type { Item } from '../../core/quiz/schema.ts';

/** The letter printed before option `index` (A, B, C, ...). */
export const optionLetter = (index: number) => String.fromCharCode(65 + index);

export interface PrintedKey {
  /** What a student writes: "B", "A, D, E, B, C" (per prompt), "2, 3, 1" (per event as printed). */
  marks: string;
  /** The same key in words. */
  names: string;
}

/** The key of `item` as marks and names. */
export function printedKey(item: Item): PrintedKey {
  switch (item.type) {
    case 'matching':
      return {
        marks: item.key.map(optionLetter).join(', '),
        names: item.prompts.map((prompt, i) => `${prompt} → ${item.options[item.key[i]!] ?? '?'}`).join('; '),
      };
    case 'timeline': {
      const position = new Map(item.key.map((option, p) => [option, p + 1]));
      return {
        marks: item.options.map((_, i) => String(position.get(i) ?? '?')).join(', '),
        names: `oldest first: ${item.key.map((option) => item.options[option] ?? '?').join(' → ')}`,
      };
    }
    default:
      return { marks: optionLetter(item.key), names: item.options[item.key] ?? '?' };
  }
}
