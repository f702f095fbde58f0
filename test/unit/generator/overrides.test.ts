import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../core/generator/index.ts';
import { applyOverrides, OverrideError, parseOverrides } from '../../../core/quiz/overrides.ts';
import { NEWS } from './fixtures/articles.ts';

const quiz = generateQuiz(NEWS, { id: 'article-test', source: { kind: 'article', slug: 'test', title: NEWS.title } });
const [first, second] = quiz.items;

describe('overrides', () => {
  it('drops an item and rewrites a stem, keeping ids', () => {
    const out = applyOverrides(quiz, parseOverrides({ drop: [first?.id], stems: { [second?.id as string]: 'A rewritten stem?' } }));
    expect(out.items.map((i) => i.id)).not.toContain(first?.id);
    expect(out.items.find((i) => i.id === second?.id)?.stem).toBe('A rewritten stem?');
    expect(out.items).toHaveLength(quiz.items.length - 1);
    expect(quiz.items).toHaveLength(out.items.length + 1); // the input is not modified
  });

  it('fails clearly on an unknown item id', () => {
    expect(() => applyOverrides(quiz, parseOverrides({ drop: ['mc-doesnotexist'] }), 'content/quizzes/article-test.yaml')).toThrow(
      /content\/quizzes\/article-test\.yaml: no item with id "mc-doesnotexist"/,
    );
  });

  it('fails clearly on a malformed file', () => {
    expect(() => parseOverrides({ drop: 'mc-1' }, 'x.yaml')).toThrow(OverrideError);
    expect(() => parseOverrides({ remove: [] }, 'x.yaml')).toThrow(/x\.yaml: invalid override file/);
    expect(() => parseOverrides({ stems: { [first?.id as string]: '  ' } }, 'x.yaml')).toThrow(/stem cannot be empty/);
  });

  it('refuses to drop every item, or to drop and rewrite the same item', () => {
    expect(() => applyOverrides(quiz, parseOverrides({ drop: quiz.items.map((i) => i.id) }))).toThrow(/drop every item/);
    expect(() => applyOverrides(quiz, parseOverrides({ drop: [first?.id], stems: { [first?.id as string]: 'x?' } }))).toThrow(/both dropped/);
  });

  it('accepts an empty file', () => {
    expect(applyOverrides(quiz, parseOverrides(null)).items).toHaveLength(quiz.items.length);
  });
});
