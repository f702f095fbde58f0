import { describe, expect, it } from 'vitest';
import { escapeGift, giftQuestion, quizToGift } from '../../../core/exports/gift.ts';
import { ordinal } from '../../../core/format.ts';
import type { ChoiceItem, Item } from '../../../core/quiz/schema.ts';
import { item, quiz } from './fixtures.ts';

const choice = (overrides: Partial<ChoiceItem>): Item => ({
  id: 'c-0001',
  type: 'cloze',
  stem: 'The hotline was set up in _____ 2015.',
  options: ['October', 'May'],
  key: 0,
  evidence: [{ paragraph: 1, sentence: 'It was set up in October 2015.', span: [17, 24] }],
  explanation: 'Paragraph 1 dates it.',
  difficulty: 0.5,
  ...overrides,
});
const feedback = '\t####Paragraph 1 dates it.\\nEvidence (paragraph 1)\\: "It was set up in October 2015."\n';

/** Braces GIFT will see (an unescaped one opens or closes the answer block). */
const unescaped = (text: string, char: string) => text.replace(/\\[\s\S]/g, '').split(char).length - 1;

describe('escapeGift', () => {
  for (const [input, output] of [
    ['~', '\\~'],
    ['=', '\\='],
    ['#', '\\#'],
    ['{', '\\{'],
    ['}', '\\}'],
    [':', '\\:'],
    ['\\', '\\\\'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\nb'],
  ] as const) {
    it(`escapes ${JSON.stringify(input)}`, () => expect(escapeGift(input)).toBe(output));
  }
  it('escapes a backslash before what follows it, so "\\=" stays two characters', () => {
    expect(escapeGift('a\\=b {x}: #1 ~ok')).toBe('a\\\\\\=b \\{x\\}\\: \\#1 \\~ok');
  });
  it('leaves a stem full of special characters with exactly one answer block', () => {
    const q = giftQuestion(quiz, choice({ type: 'multiple-choice', stem: 'Is {a} = ~b # c: \\d?', options: ['x}{', '=y~'] }), 1);
    expect(unescaped(q, '{')).toBe(1);
    expect(unescaped(q, '}')).toBe(1);
    expect(q).toContain('[plain]Is \\{a\\} \\= \\~b \\# c\\: \\\\d? {\n\t=x\\}\\{\n\t~\\=y\\~\n');
  });
});

describe('ordinal', () => {
  it('says 1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 101st', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st']);
  });
});

describe('giftQuestion per item type', () => {
  it('multiple choice: =right ~wrong, general feedback last', () => {
    expect(giftQuestion(quiz, item(0), 1)).toBe(
      '::Hotline quiz Q1::[plain]Which capital hosted the talks? {\n\t~Moscow\n\t=Washington\n\t~Ankara\n\t~Damascus\n' +
        '\t####Paragraph 3 places the talks in Washington.\\nEvidence (paragraph 3)\\: "The talks were held in Washington."\n}',
    );
  });

  it('who-said-it: as multiple choice', () => {
    const q = giftQuestion(quiz, choice({ type: 'who-said-it', stem: 'Who said "ideal solution"?', options: ['Lavrov', 'Kerry'], key: 0 }), 7);
    expect(q).toBe(`::Hotline quiz Q7::[plain]Who said "ideal solution"? {\n\t=Lavrov\n\t~Kerry\n${feedback}}`);
  });

  it('cloze: missing-word format, the answers standing in the gap', () => {
    expect(giftQuestion(quiz, choice({}), 2)).toBe(`::Hotline quiz Q2::[plain]The hotline was set up in {\n\t=October\n\t~May\n${feedback}} 2015.`);
  });

  it('cloze with nothing after the gap: the stem keeps the gap, answers follow', () => {
    expect(giftQuestion(quiz, choice({ stem: 'It was set up in _____' }), 2)).toBe(`::Hotline quiz Q2::[plain]It was set up in _____ {\n\t=October\n\t~May\n${feedback}}`);
  });

  it('cloze with nothing before the gap: the stem keeps the gap, answers follow', () => {
    expect(giftQuestion(quiz, choice({ stem: '_____ set it up.' }), 2)).toBe(`::Hotline quiz Q2::[plain]_____ set it up. {\n\t=October\n\t~May\n${feedback}}`);
  });

  it('true-false: {T} or {F} from the key', () => {
    expect(giftQuestion(quiz, item(1), 2)).toBe(
      '::Hotline quiz Q2::[plain]The hotline covered joint strikes. {F\n\t####It only kept aircraft apart.\\nEvidence (paragraph 4)\\: "The hotline only kept aircraft apart."\n}',
    );
    const t = giftQuestion(quiz, choice({ type: 'true-false', stem: 'S.', options: ['False', 'True'], key: 1 }), 3);
    expect(t).toBe(`::Hotline quiz Q3::[plain]S. {T\n${feedback}}`);
  });

  it('true-false whose options are not True/False: as multiple choice', () => {
    const q = giftQuestion(quiz, choice({ type: 'true-false', stem: 'S.', options: ['Yes', 'No'], key: 1 }), 3);
    expect(q).toBe(`::Hotline quiz Q3::[plain]S. {\n\t~Yes\n\t=No\n${feedback}}`);
  });

  it('matching: =prompt -> option, unmatched options as extra answers', () => {
    expect(giftQuestion(quiz, item(3), 4)).toBe(
      '::Hotline quiz Q4::[plain]Match each minister to the country he spoke for. {\n\t=Lavrov -> Russia\n\t=Kerry -> United States\n\t= -> Turkey\n' +
        '\t####Lavrov is Russian, Kerry American.\\nEvidence (paragraph 2)\\: "Lavrov and Kerry negotiated the deal."\n}',
    );
  });

  it('timeline: as matching to positions, with a comment saying so', () => {
    expect(giftQuestion(quiz, item(2), 3)).toBe(
      '// Timeline item exported as matching (GIFT has no ordering type): each event -> its position, 1st = oldest.\n' +
        '::Hotline quiz Q3::[plain]Put these in order, oldest first. {\n\t=Hotline set up -> 2nd\n\t=Hotline suspended -> 3rd\n\t=Coalition formed -> 1st\n' +
        '\t####2014, then 2015, then 2017.\\nEvidence (paragraph 5)\\: "The coalition formed in 2014; the hotline came in 2015."\n}',
    );
  });
});

describe('answer weights and format markers, as Moodle reads them', () => {
  it('puts %0% before a wrong option that begins like a weight, so "~%100% x" stays wrong', () => {
    const q = giftQuestion(quiz, choice({ type: 'multiple-choice', options: ['%100% sure', '%50% off', ' %-25% less', '%0.5% rate', '100% true'], key: 4 }), 1);
    expect(q).toContain('{\n\t~%0%%100% sure\n\t~%0%%50% off\n\t~%0% %-25% less\n\t~%0%%0.5% rate\n\t=100% true\n');
  });

  it('leaves a right option beginning like a weight alone (Moodle reads "=" first)', () => {
    const q = giftQuestion(quiz, choice({ type: 'multiple-choice', options: ['%50% off', 'None'], key: 0 }), 1);
    expect(q).toContain('{\n\t=%50% off\n\t~None\n');
  });

  it('puts [plain] before an option, a matching prompt and the feedback that begin with a format marker', () => {
    const mc = giftQuestion(quiz, choice({ type: 'multiple-choice', options: ['[html]<b>x</b>', '[markdown] *y*', '[HTML] z', 'a [plain] b'], explanation: '[moodle] it is x.' }), 1);
    expect(mc).toContain('\t=[plain][html]<b>x</b>\n\t~[plain][markdown] *y*\n\t~[HTML] z\n\t~a [plain] b\n');
    expect(mc).toContain('\t####[plain][moodle] it is x.\\n');
    const matching = giftQuestion(quiz, { ...item(3), prompts: ['[plain]Lavrov', 'Kerry'], options: ['[html]Russia', 'United States', 'Turkey'] } as Item, 4);
    // The prompt is read for a marker; the answer after "->" is not, so it is left as it is.
    expect(matching).toContain('\t=[plain][plain]Lavrov -> [html]Russia\n');
  });

  it('puts [plain] before a timeline event that begins with a format marker (events are matching prompts)', () => {
    const timeline = giftQuestion(quiz, { ...item(2), options: ['[markdown]Hotline set up', 'Hotline suspended', 'Coalition formed'] } as Item, 3);
    expect(timeline).toContain('\t=[plain][markdown]Hotline set up -> 2nd\n');
  });
});

describe('quizToGift', () => {
  it('separates questions by one blank line and has no other blank line', () => {
    const gift = quizToGift({ ...quiz, title: 'Line\nbreak: {quiz}' });
    const blocks = gift.trim().split('\n\n');
    expect(blocks).toHaveLength(5); // header comment + 4 questions
    expect(blocks[0]).toBe('// Line break: {quiz}\n// Exported from Crosscheck (quiz gradebook-fixture; source: A fixture article).');
    expect(blocks[1]!.startsWith('::Line\\nbreak\\: \\{quiz\\} Q1::[plain]')).toBe(true);
    for (const block of blocks.slice(1)) {
      expect(unescaped(block, '{')).toBe(1);
      expect(unescaped(block, '}')).toBe(1);
    }
  });
});
