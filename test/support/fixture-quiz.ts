// A hand-made quiz with one item of every type, for grading and API tests.
import type { Quiz } from '../../core/quiz/schema.ts';

const evidence = (paragraph: number, sentence: string, answer: string) => {
  const start = sentence.indexOf(answer);
  return [{ paragraph, sentence, span: [start, start + answer.length] as [number, number] }];
};

export const fixtureQuiz: Quiz = {
  schema: 1,
  id: 'fixture-all-types',
  title: 'Fixture: every item type',
  source: { kind: 'article', slug: 'lavrov-ideal-solution', title: 'A fixture article' },
  generator: 'hand-made',
  seed: 1,
  items: [
    {
      id: 'mc-0001',
      type: 'multiple-choice',
      stem: 'Who is Russia’s foreign minister?',
      options: ['John Kerry', 'Sergei Lavrov', 'Bill Urban', 'Joseph Dunford'],
      key: 1,
      evidence: evidence(2, 'Russian Foreign Minister Sergei Lavrov spoke to El País.', 'Sergei Lavrov'),
      explanation: 'Paragraph 2 names Sergei Lavrov as foreign minister.',
      difficulty: 0.2,
    },
    {
      id: 'cloze-0002',
      type: 'cloze',
      stem: 'The US-led coalition was created in _____.',
      options: ['2014', '2015', '2016', '2017'],
      key: 0,
      evidence: evidence(2, 'The coalition was created in 2014.', '2014'),
      explanation: 'Paragraph 2 dates the coalition to 2014.',
      difficulty: 0.4,
    },
    {
      id: 'tf-0003',
      type: 'true-false',
      stem: 'True or false: Turkey is a NATO member.',
      options: ['True', 'False'],
      key: 0,
      evidence: evidence(13, 'Turkey and the U.S. are both members of NATO.', 'NATO'),
      explanation: 'Paragraph 13 says both are NATO members.',
      difficulty: 0.3,
    },
    {
      id: 'who-0004',
      type: 'who-said-it',
      stem: 'Who called cooperation “the ideal solution”?',
      options: ['Sergei Lavrov', 'Donald Trump', 'Bill Urban'],
      key: 0,
      evidence: evidence(2, 'Lavrov said this would have been "the ideal solution."', 'Lavrov'),
      explanation: 'Paragraph 2 attributes the phrase to Lavrov.',
      difficulty: 0.5,
    },
    {
      id: 'time-0005',
      type: 'timeline',
      stem: 'Put these events in order, earliest first.',
      options: ['Putin’s UN offer', 'The coalition is created', 'The Lavrov–Kerry talks'],
      key: [1, 0, 2],
      evidence: evidence(2, 'The coalition was created in 2014.', '2014'),
      explanation: '2014, then September 2015, then September 2016.',
      difficulty: 0.6,
    },
    {
      id: 'match-0006',
      type: 'matching',
      stem: 'Match each actor to what they did.',
      prompts: ['Sergei Lavrov', 'Bill Urban', 'Turkey'],
      options: ['struck Kurdish positions', 'spoke for Central Command', 'gave an interview to El País'],
      key: [2, 1, 0],
      evidence: evidence(14, 'Bill Urban told Newsweek the SDF had paused.', 'Bill Urban'),
      explanation: 'Paragraphs 2, 13 and 14 say who did what.',
      difficulty: 0.5,
    },
  ],
};

/** Answers that get every item right. */
export const perfectAnswers = { 'mc-0001': 1, 'cloze-0002': 0, 'tf-0003': 0, 'who-0004': 0, 'time-0005': [1, 0, 2], 'match-0006': [2, 1, 0] };
