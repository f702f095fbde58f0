import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../core/generator/index.ts';
import { applyOverrides, OverrideError, parseOverrides } from '../../../core/quiz/overrides.ts';
import type { ChoiceItem, Item } from '../../../core/quiz/schema.ts';
import { NEWS } from './fixtures/articles.ts';

const quiz = generateQuiz(NEWS, { id: 'article-test', source: { kind: 'article', slug: 'test', title: NEWS.title } });
const [first, second] = quiz.items;

describe('overrides', () => {
  it('drops an item and rewrites a stem, keeping ids', () => {
    const out = applyOverrides(quiz, parseOverrides({ drop: [first?.id], stems: { [second?.id as string]: 'A rewritten stem?' } }), NEWS);
    expect(out.items.map((i) => i.id)).not.toContain(first?.id);
    expect(out.items.find((i) => i.id === second?.id)?.stem).toBe('A rewritten stem?');
    expect(out.items).toHaveLength(quiz.items.length - 1);
    expect(quiz.items).toHaveLength(out.items.length + 1); // the input is not modified
  });

  it('fails clearly on an unknown item id', () => {
    expect(() => applyOverrides(quiz, parseOverrides({ drop: ['mc-doesnotexist'] }), NEWS, 'content/quizzes/article-test.yaml')).toThrow(
      /content\/quizzes\/article-test\.yaml: no item with id "mc-doesnotexist"/,
    );
  });

  it('fails clearly on a malformed file', () => {
    expect(() => parseOverrides({ drop: 'mc-1' }, 'x.yaml')).toThrow(OverrideError);
    expect(() => parseOverrides({ remove: [] }, 'x.yaml')).toThrow(/x\.yaml: invalid override file/);
    expect(() => parseOverrides({ stems: { [first?.id as string]: '  ' } }, 'x.yaml')).toThrow(/stem cannot be empty/);
  });

  it('refuses to drop every item, or to drop and rewrite the same item', () => {
    expect(() => applyOverrides(quiz, parseOverrides({ drop: quiz.items.map((i) => i.id) }), NEWS)).toThrow(/drop every item/);
    expect(() => applyOverrides(quiz, parseOverrides({ drop: [first?.id], stems: { [first?.id as string]: 'x?' } }), NEWS)).toThrow(/both dropped and edited/);
  });

  describe('replacing a wrong option', () => {
    // A multiple-choice item of names, and a name from the text that it does not offer.
    const mc = quiz.items.find((i) => i.type === 'multiple-choice' && i.options.every((o) => /^\p{Lu}/u.test(o))) as ChoiceItem;
    const wrong = mc.options.find((_, i) => i !== mc.key) as string;
    const keyText = mc.options[mc.key] as string;
    const fromText = ['Newsweek', 'Central Command', 'Geneva', 'Manbij'].find((n) => !mc.options.includes(n)) as string;
    const replace = (swaps: Record<string, string>, id = mc.id) => applyOverrides(quiz, parseOverrides({ options: { [id]: swaps } }), NEWS, 'q.yaml');

    it('swaps the option in place, keeping the key and the id', () => {
      const out = replace({ [wrong]: fromText }).items.find((i) => i.id === mc.id) as typeof mc;
      expect(out.options).toContain(fromText);
      expect(out.options).not.toContain(wrong);
      expect(out.options[out.key]).toBe(keyText);
      expect(mc.options).toContain(wrong); // the input is not modified
    });

    it('fails on a stale entry: an option the item does not have, or an unknown item', () => {
      expect(() => replace({ 'Someone Else': fromText })).toThrow(new RegExp(`q\\.yaml: item ${mc.id} has no option "Someone Else"`));
      expect(() => replace({ [wrong]: fromText }, 'mc-doesnotexist')).toThrow(/no item with id "mc-doesnotexist"/);
    });

    it('fails on a replacement that is not in the text, is the key, or is already offered; the key may only be re-cased', () => {
      expect(() => replace({ [wrong]: 'Ouagadougou' })).toThrow(/"Ouagadougou": it is not in the document's text/);
      expect(() => replace({ [wrong]: keyText })).toThrow(/would get its key/);
      expect(() => replace({ [keyText]: fromText })).toThrow(/as its key; an override replaces wrong options only/);
      const recased = replace({ [keyText]: keyText.toUpperCase() }).items.find((i) => i.id === mc.id) as ChoiceItem;
      expect(recased.options[recased.key]).toBe(keyText.toUpperCase());
      const other = mc.options.find((o) => o !== wrong && o !== keyText) as string;
      expect(() => replace({ [wrong]: other })).toThrow(/already has the option/);
    });

    it('fails on a replacement of another form, or on an item without wrong options to replace', () => {
      expect(() => replace({ [wrong]: 'a signed agreement' })).toThrow(/a phrase, in place of/);
      const tf = quiz.items.find((i) => i.type === 'true-false') as Item;
      expect(() => replace({ False: 'True' }, tf.id)).toThrow(/is a true-false item/);
    });

    it('fails on a malformed entry', () => {
      expect(() => parseOverrides({ options: { [mc.id]: [fromText] } }, 'q.yaml')).toThrow(/q\.yaml: invalid override file: options/);
      expect(() => parseOverrides({ options: { [mc.id]: { [wrong]: ' ' } } }, 'q.yaml')).toThrow(/replacement option cannot be empty/);
    });
  });

  it('accepts an empty file', () => {
    expect(applyOverrides(quiz, parseOverrides(null), NEWS).items).toHaveLength(quiz.items.length);
  });
});
