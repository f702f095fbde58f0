import { describe, expect, it } from 'vitest';
import type { ChoiceItem } from '../../core/quiz/schema.ts';
import { buildLaunchQuiz, type LaunchDocument } from '../../scripts/launch-quizzes.ts';

// A document written for this test (a city marathon), built as the build builds a launch quiz.
const doc: LaunchDocument = {
  kind: 'article',
  slug: 'city-marathon',
  title: 'A marathon moves to the river',
  paragraphs: [
    'In April 2022, the city council moved its marathon to a route along the river. Councillor Mara Evans said the old route had "too many hills for a fast race."',
    'The race was first run in 1987 by 400 runners. By 2019, more than 9,000 people took part, and the finish line moved to Victoria Park.',
    'Kenyan runner Daniel Kiprop won the 2023 race in 2 hours 9 minutes, a course record. The runner-up, Tomas Berg of Sweden, finished 40 seconds behind.',
    'Local shops complained because the new route closed the high street for six hours. The council promised to reopen it by noon in future years.',
    'Evans told the local paper that the race brought about 3 million pounds to the city. Organisers plan to add a half marathon in 2025.',
  ],
};
const file = 'content/quizzes/article-city-marathon.yaml';
const { quiz } = buildLaunchQuiz(doc);
const choice = quiz.items.filter((i): i is ChoiceItem => i.type === 'multiple-choice' || i.type === 'cloze' || i.type === 'who-said-it');

describe('building a launch quiz', () => {
  it('builds the generated quiz with its report', () => {
    const { entry } = buildLaunchQuiz(doc, { data: { drop: [quiz.items[0]?.id] }, file });
    expect(entry.items).toBe(quiz.items.length - 1);
    expect(entry.dropped).toEqual([quiz.items[0]?.id]);
    expect(entry.giveaways).toEqual([]);
  });

  it('fails on an item another item of the quiz answers, naming both', () => {
    // An editor's stem that states another item's answer (a date), on an item whose options share no word with it.
    const asked = choice.find((i) => /\d{4}/.test(i.options[i.key] as string)) as ChoiceItem;
    const key = asked.options[asked.key] as string;
    const shares = (o: string): boolean => o.toLowerCase().split(' ').some((w) => key.toLowerCase().split(' ').includes(w));
    const other = choice.find((i) => i !== asked && i.type === 'cloze' && !i.options.some(shares)) as ChoiceItem;
    const stem = `${other.stem.replace(/\.$/, '')} (as reported in ${key}).`;
    expect(() => buildLaunchQuiz(doc, { data: { stems: { [other.id]: stem } }, file })).toThrow(
      new RegExp(`quiz article-city-marathon \\(overrides: ${file.replace(/\./g, '\\.')}\\): item ${asked.id} is answered by item ${other.id}, whose stem states`),
    );
    const { entry } = buildLaunchQuiz(doc, { data: { stems: { [other.id]: stem } }, file }, { allowGiveaways: true });
    expect(entry.giveaways.map((g) => [g.item, g.by])).toContainEqual([asked.id, other.id]);
  });

  it('fails on an item whose answer the page’s hook states, as it does for the title', () => {
    // The subtitle a reader sees above the quiz, stating a choice item's key.
    const asked = choice[0] as ChoiceItem;
    const key = asked.options[asked.key] as string;
    const hooked = { ...doc, hook: `Why the race now belongs to ${key}.` };
    expect(() => buildLaunchQuiz(hooked)).toThrow(new RegExp(`item ${asked.id} is answered by the page's hook`));
    expect(buildLaunchQuiz(hooked, undefined, { allowGiveaways: true }).entry.titleGiveaways).toContainEqual({ item: asked.id, by: 'hook' });
    expect(buildLaunchQuiz({ ...doc, hook: 'A flatter, faster race by the water.' }).entry.titleGiveaways).toEqual([]);
  });

  it('fails on a stale or malformed override', () => {
    expect(() => buildLaunchQuiz(doc, { data: { drop: ['cz-notinthisquiz'] }, file })).toThrow(/no item with id "cz-notinthisquiz" in quiz "article-city-marathon"/);
    expect(() => buildLaunchQuiz(doc, { data: { drop: 'cz-1' }, file })).toThrow(/invalid override file: drop/);
    const item = choice[0] as ChoiceItem;
    const wrong = item.options.find((_, i) => i !== item.key) as string;
    expect(() => buildLaunchQuiz(doc, { data: { options: { [item.id]: { [wrong]: 'Ouagadougou' } } }, file })).toThrow(/not in the document's text/);
    expect(() => buildLaunchQuiz(doc, { data: { options: { [item.id]: { 'No such option': 'Victoria Park' } } }, file })).toThrow(/has no option "No such option"/);
  });

  it('lints an edited item again', () => {
    const item = quiz.items[0] as (typeof quiz.items)[number];
    expect(() => buildLaunchQuiz(doc, { data: { stems: { [item.id]: 'no capital and no full stop' } }, file })).toThrow(new RegExp(`item ${item.id} fails the linter: ungrammatical`));
  });
});
