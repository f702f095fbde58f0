import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../../core/drafts/draft.ts';
import { addTeacherItem, applySave, itemWarnings, mergeRegenerated, type TeacherItemInput } from '../../../../core/drafts/edit.ts';
import type { Item, Quiz } from '../../../../core/quiz/schema.ts';
import { fixtureQuiz } from '../../../support/fixture-quiz.ts';

const source = { title: 'The Harbour Bridge', paragraphs: ['The bridge reopened in November 2021 after eight months of repairs. Ferries ran meanwhile.'] };
const draft: Draft = {
  v: 1,
  id: 'AAAAAAAAAAAAAAAAAAAAAA',
  expiresAt: Date.now() + 60_000,
  source,
  quiz: fixtureQuiz,
  edited: [],
  dropped: [],
  settings: { title: '', due: '', tzOffset: null, attempts: 'one', reveal: 'after-submit' },
};
const ids = (items: Item[]) => items.map((item) => item.id);
const own = (input: Partial<TeacherItemInput>): TeacherItemInput => ({ type: 'multiple-choice', stem: 'When did the bridge reopen?', options: [], key: null, evidence: { paragraph: null, sentence: '' }, ...input });

describe('editing a draft (core/drafts/edit.ts)', () => {
  it('regenerates around what the teacher touched: edited and own questions first, dropped ones never back, the rest fresh up to the limit', () => {
    const [mc, cloze, tf, who] = fixtureQuiz.items as [Item, Item, Item, Item];
    const touched: Draft = { ...draft, quiz: { ...fixtureQuiz, items: [cloze, { ...who, author: 'teacher' }, tf] }, edited: [cloze.id], dropped: [mc.id] };
    const fresh: Quiz = { ...fixtureQuiz, seed: 2, items: [mc, tf, { ...who, id: 'who-fresh' }, { ...cloze, id: 'cloze-fresh' }] };
    const merged = mergeRegenerated(touched, fresh, 4);
    expect(ids(merged.quiz.items)).toEqual([cloze.id, who.id, tf.id, 'who-fresh']);
    expect(merged.quiz.seed).toBe(2);
  });

  it('marks an item edited only when its text or key changed, and records drops', () => {
    const edits = fixtureQuiz.items.slice(1).map((item) => ({ id: item.id, stem: item.stem, ...(typeof item.key === 'number' && { options: item.options, key: item.key }) }));
    const saved = applySave(draft, edits);
    expect(saved).toMatchObject({ ok: true, value: { edited: [], dropped: [fixtureQuiz.items[0]!.id] } });
  });

  it('adds a teacher’s multiple-choice question: blank option fields left out, the key following its field', () => {
    const added = addTeacherItem(draft, own({ options: ['March 2021', '', 'November 2021'], key: 2 }), 'own-abcdefghij');
    expect(added.ok && added.value.quiz.items.at(-1)).toMatchObject({ options: ['March 2021', 'November 2021'], key: 1, evidence: [], author: 'teacher' });
    expect(addTeacherItem(draft, own({ options: ['March 2021', '', 'November 2021'], key: 1 }), 'own-abcdefghij')).toEqual({ ok: false, problem: 'Mark which option is the right answer to your question.' });
  });

  it('takes a teacher’s evidence only as a sentence of the paragraph named, with the answer’s span marked', () => {
    const input = own({ options: ['March 2021', 'November 2021'], key: 1, evidence: { paragraph: 1, sentence: 'The bridge reopened in November 2021 after eight months of repairs.' } });
    const added = addTeacherItem(draft, input, 'own-abcdefghij');
    expect(added.ok && added.value.quiz.items.at(-1)!.evidence).toEqual([{ paragraph: 1, sentence: input.evidence.sentence, span: [23, 36] }]);
    expect(addTeacherItem(draft, { ...input, evidence: { paragraph: 1, sentence: '' } }, 'own-abcdefghij')).toMatchObject({ ok: false, problem: expect.stringContaining('give both') });
    expect(addTeacherItem(draft, { ...input, evidence: { paragraph: 2, sentence: 'Ferries ran meanwhile.' } }, 'own-abcdefghij')).toMatchObject({ ok: false, problem: expect.stringContaining('no paragraph 2') });
  });

  it('gives a true/false question True and False, and warns a teacher’s question only of what applies to it', () => {
    const added = addTeacherItem(draft, own({ type: 'true-false', stem: 'The bridge reopened in November 2021.', key: 0 }), 'own-abcdefghij');
    const item = added.ok ? added.value.quiz.items.at(-1)! : null;
    expect(item).toMatchObject({ options: ['True', 'False'], key: 0 });
    expect(itemWarnings(item!, source)).toEqual([]);
  });
});
