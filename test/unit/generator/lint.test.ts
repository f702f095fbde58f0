import { describe, expect, it } from 'vitest';
import { lintItem, type LintReason } from '../../../core/generator/lint.ts';
import type { ChoiceItem, Item, MatchingItem, TimelineItem } from '../../../core/quiz/schema.ts';

const sentence = 'After Turkey launched strikes against Kurdish positions in northern Syria, the militia suspended its operations.';
const base: ChoiceItem = {
  id: 'cz-test1',
  type: 'cloze',
  stem: 'After _____ launched strikes against Kurdish positions in northern Syria, the militia suspended its operations.',
  options: ['Turkey', 'Iran', 'Russia', 'Jordan'],
  key: 0,
  evidence: [{ paragraph: 1, sentence, span: [6, 12] }],
  explanation: 'Paragraph 1 says Turkey launched the strikes.',
  difficulty: 0.4,
};
const codes = (item: Item): LintReason[] => lintItem(item).map((i) => i.code);
const with_ = (patch: Partial<ChoiceItem>): ChoiceItem => ({ ...base, ...patch });

describe('lintItem', () => {
  it('takes made-up figures and dates in the forms news prose writes them, one unit and scale to an item', () => {
    const text = 'The club said the new stand had cost £1.8m and would open on 7 March, a year late.';
    const cloze = (stem: string, options: string[], answer: string): ChoiceItem => ({
      ...base,
      stem,
      options,
      key: 0,
      evidence: [{ paragraph: 1, sentence: text, span: [text.indexOf(answer), text.indexOf(answer) + answer.length] }],
      explanation: 'Paragraph 1 says so.',
    });
    const source = { title: 'New stand opens late', paragraphs: [text] };
    // Nearby values that the article does not contain are fair wrong options for a figure or a date.
    expect(lintItem(cloze('The club said the new stand had cost _____ and would open a year late.', ['£1.8m', '£2.4m', '£1.2m'], '£1.8m'), { source })).toEqual([]);
    expect(lintItem(cloze('The club said the new stand would open on _____, a year late.', ['7 March', '14 March', '21 March'], '7 March'), { source })).toEqual([]);
    // …but not a mix of units or scales, which gives the key away.
    const mixed = cloze('The club said the new stand had cost _____ and would open a year late.', ['£1.8m', '$2.4m', '1.2bn'], '£1.8m');
    expect(lintItem(mixed, { source }).map((i) => i.code)).toContain('mixed-option-kinds');
  });

  it('passes a good item', () => {
    expect(lintItem(base, { source: { title: 'T', paragraphs: [sentence] } })).toEqual([]);
  });

  it.each<[LintReason, Item]>([
    ['schema-invalid', with_({ id: 'NOT OK' })],
    ['all-none-of-the-above', with_({ options: ['Turkey', 'Iran', 'Russia', 'None of the above'] })],
    ['negative-stem', with_({ type: 'multiple-choice', stem: 'Which country did not launch strikes?' })],
    ['absolute-word', with_({ options: ['Turkey', 'Iran', 'Russia', 'Always Jordan'] })],
    ['key-uniquely-longest', with_({ options: ['United Arab Emirates', 'Iran', 'Iraq', 'Oman'], evidence: [{ paragraph: 1, sentence: 'United Arab Emirates acted.', span: [0, 20] }], stem: '_____ acted in the region today.' })],
    ['option-shares-stem-words', with_({ options: ['Turkey', 'Iran', 'Syria', 'Jordan'] })],
    ['key-not-in-evidence', with_({ evidence: [{ paragraph: 1, sentence, span: [0, 5] }] })],
    ['evidence-span-invalid', with_({ evidence: [{ paragraph: 1, sentence, span: [10, 500] }] })],
    ['duplicate-options', with_({ options: ['Turkey', 'Iran', 'iran', 'Jordan'] })],
    ['near-duplicate-options', with_({ options: ['Turkey', 'Iran', 'Iraq', 'Turkey Republic'] })],
    ['stem-contains-answer', with_({ stem: 'After _____ (Turkey) launched strikes against Kurdish positions, the militia stopped.' })],
    ['distractor-in-evidence', with_({ options: ['Turkey', 'Iran', 'Kurdish', 'Jordan'] })],
    ['mixed-option-kinds', with_({ options: ['Turkey', 'Iran', '2014', 'Jordan'] })],
    ['option-length-mismatch', with_({ options: ['Turkey', 'Iran', 'the Democratic Republic of the Congo', 'Jordan'] })],
    ['too-few-options', with_({ options: ['Turkey', 'Iran'] })],
    ['invalid-key', with_({ key: 7 })],
    ['cloze-gap', with_({ stem: 'After Turkey launched strikes against Kurdish positions, the militia stopped.' })],
    ['article-agreement', with_({ stem: 'The strikes came from an _____ base in northern Syria, the militia said.', options: ['Turkish', 'Russian', 'Jordanian', 'Iraqi'] })],
    ['ungrammatical', with_({ stem: 'after _____ launched strikes against Kurdish positions the the militia stopped.' })],
    ['explanation-not-one-line', with_({ explanation: 'Line one.\nLine two.' })],
  ])('reports %s', (code, item) => {
    expect(codes(item)).toContain(code);
  });

  it('checks true/false items: options, negation, absolutes, and the fact at the evidence span', () => {
    const tf: ChoiceItem = { ...base, type: 'true-false', stem: 'Iran launched strikes against Kurdish positions in northern Syria.', options: ['True', 'False'], key: 1 };
    expect(codes(tf)).toEqual([]);
    expect(codes({ ...tf, options: ['Yes', 'No'] })).toContain('true-false-options');
    expect(codes({ ...tf, stem: 'Turkey did not launch strikes against Kurdish positions.' })).toContain('negative-stem');
    expect(codes({ ...tf, stem: 'Iran always launched strikes against Kurdish positions.' })).toContain('absolute-word');
    expect(codes({ ...tf, stem: 'Turkey launched strikes against Kurdish positions in northern Syria.' })).toContain('key-not-in-evidence');
    expect(codes({ ...tf, key: 0 })).toContain('key-not-in-evidence');
  });

  it('checks timeline items', () => {
    const tl: TimelineItem = {
      id: 'tl-test1',
      type: 'timeline',
      stem: 'Put these events in the order they happened, earliest first.',
      options: ['Russia launched air strikes', 'The United States formed a coalition', 'The hotline was set up'],
      key: [1, 0, 2],
      evidence: [
        { paragraph: 1, sentence: 'In 2014, the United States formed a coalition.', span: [3, 7] },
        { paragraph: 2, sentence: 'In September 2015, Russia launched air strikes.', span: [3, 17] },
        { paragraph: 3, sentence: 'In October 2015, the hotline was set up.', span: [3, 15] },
      ],
      explanation: 'The article dates them 2014, September 2015 and October 2015.',
      difficulty: 0.6,
    };
    expect(codes(tl)).toEqual([]);
    expect(codes({ ...tl, key: [0, 0, 1] })).toContain('invalid-key');
    expect(codes({ ...tl, options: ['Russia launched air strikes in 2015', ...tl.options.slice(1)] })).toContain('timeline-dates-shown');
    expect(codes({ ...tl, options: tl.options.slice(0, 2), key: [1, 0] })).toContain('too-few-options');
  });

  it('checks matching items', () => {
    const mt: MatchingItem = {
      id: 'mt-test1',
      type: 'matching',
      stem: 'Match each person to the position the article gives them.',
      prompts: ['Sergei Lavrov', 'John Kerry', 'Bashar al-Assad'],
      options: ['Syrian President', 'Russian Foreign Minister', 'US Secretary of State'],
      key: [1, 2, 0],
      evidence: [
        { paragraph: 1, sentence: 'Russian Foreign Minister Sergei Lavrov spoke.', span: [0, 24] },
        { paragraph: 2, sentence: 'US Secretary of State John Kerry replied.', span: [0, 21] },
        { paragraph: 3, sentence: 'Syrian President Bashar al-Assad was silent.', span: [0, 16] },
      ],
      explanation: 'The article gives each position in paragraphs 1, 2 and 3.',
      difficulty: 0.5,
    };
    expect(codes(mt)).toEqual([]);
    expect(codes({ ...mt, key: [1, 1, 0] })).toContain('invalid-key');
    expect(codes({ ...mt, options: ['Syrian President', 'Russian Foreign Minister', 'Secretary of State Kerry'] })).toContain('stem-contains-answer');
  });

  it('checks evidence against the source when given', () => {
    expect(lintItem(base, { source: { title: 'T', paragraphs: ['Something else entirely.'] } }).map((i) => i.code)).toContain('evidence-not-in-source');
  });
});
