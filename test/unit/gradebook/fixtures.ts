// Hand-made fixtures for the gradebook tests: a 4-item quiz (choice, true-false, timeline,
// matching) and six attempts whose scores were worked out by hand (item-analysis.test.ts).
import type { Answer } from '../../../core/quiz/grade.ts';
import type { Item, Quiz } from '../../../core/quiz/schema.ts';
import type { AttemptSummary } from '../../../core/gradebook/summary.ts';

const evidence = (paragraph: number, sentence: string) => [{ paragraph, sentence, span: [0, 1] as [number, number] }];

export const quiz: Quiz = {
  schema: 1,
  id: 'gradebook-fixture',
  title: 'Hotline quiz',
  source: { kind: 'article', slug: 'hotline', title: 'A fixture article' },
  generator: 'hand-made',
  seed: 1,
  items: [
    {
      id: 'q1-choice',
      type: 'multiple-choice',
      stem: 'Which capital hosted the talks?',
      options: ['Moscow', 'Washington', 'Ankara', 'Damascus'],
      key: 1,
      evidence: evidence(3, 'The talks were held in Washington.'),
      explanation: 'Paragraph 3 places the talks in Washington.',
      difficulty: 0.3,
    },
    {
      id: 'q2-tf',
      type: 'true-false',
      stem: 'The hotline covered joint strikes.',
      options: ['True', 'False'],
      key: 1,
      evidence: evidence(4, 'The hotline only kept aircraft apart.'),
      explanation: 'It only kept aircraft apart.',
      difficulty: 0.4,
    },
    {
      id: 'q3-timeline',
      type: 'timeline',
      stem: 'Put these in order, oldest first.',
      options: ['Hotline set up', 'Hotline suspended', 'Coalition formed'],
      key: [2, 0, 1],
      evidence: evidence(5, 'The coalition formed in 2014; the hotline came in 2015.'),
      explanation: '2014, then 2015, then 2017.',
      difficulty: 0.6,
    },
    {
      id: 'q4-matching',
      type: 'matching',
      stem: 'Match each minister to the country he spoke for.',
      prompts: ['Lavrov', 'Kerry'],
      options: ['Russia', 'United States', 'Turkey'],
      key: [0, 1],
      evidence: evidence(2, 'Lavrov and Kerry negotiated the deal.'),
      explanation: 'Lavrov is Russian, Kerry American.',
      difficulty: 0.5,
    },
  ],
};

export const item = (i: number): Item => quiz.items[i]!;

export function attempt(
  attemptId: string,
  name: string,
  answers: (Answer | null)[],
  scores: number[],
  extra: Partial<AttemptSummary> = {},
): AttemptSummary {
  return {
    attemptId,
    name,
    score: Math.round(scores.reduce((a, b) => a + b, 0) * 100) / 100,
    maxScore: answers.length,
    durationMs: 120_000,
    submittedAt: Date.UTC(2025, 2, 1, 9, 30, 0),
    answers,
    scores,
    ...extra,
  };
}

// Per item: q1 key 1; q2 key 1; q3 key [2,0,1] (3 pairs); q4 key [0,1] (2 prompts).
export const attempts: AttemptSummary[] = [
  attempt('attempt-a1-aaaaaaaaaaaaaaa', 'Ana', [1, 1, [2, 0, 1], [0, 1]], [1, 1, 1, 1]), //       total 4
  attempt('attempt-a2-aaaaaaaaaaaaaaa', 'Ben', [1, 0, [2, 0, 1], [1, 0]], [1, 0, 1, 0]), //       total 2
  attempt('attempt-a3-aaaaaaaaaaaaaaa', 'Cai', [0, 1, [0, 2, 1], [0, 2]], [0, 1, 0.67, 0.5]), //  total 2.17
  attempt('attempt-a4-aaaaaaaaaaaaaaa', 'Dee', [0, 0, [0, 2, 1], [1, 0]], [0, 0, 0.67, 0]), //    total 0.67
  attempt('attempt-a5-aaaaaaaaaaaaaaa', 'Eli', [2, null, null, [0, 1]], [0, 0, 0, 1]), //         total 1
  attempt('attempt-a6-aaaaaaaaaaaaaaa', 'Fay', [1, 1, [1, 0, 2], [0, 1]], [1, 1, 0, 1]), //       total 3
];
