// The quizzes the format checks export: every launch quiz from the build, the all-types
// fixture, and one quiz of texts that are hard for the formats (GIFT specials, weights and
// format markers; XML specials).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Quiz } from '../../core/quiz/schema.ts';
import { fixtureQuiz } from '../support/fixture-quiz.ts';

const root = join(import.meta.dirname, '..', '..');

const evidence = [{ paragraph: 1, sentence: 'It says so {here} = #1: ~ok \\ "quoted" & <b>bold</b>.', span: [0, 2] as [number, number] }];

/** Texts that a naive GIFT or XML writer gets wrong. */
export const awkwardQuiz: Quiz = {
  schema: 1,
  id: 'awkward-texts',
  title: 'Awkward: {braces} = #hash :colon ~tilde & <tags>',
  source: { kind: 'paste', title: 'Awkward texts' },
  generator: 'hand-made',
  seed: 1,
  items: [
    {
      id: 'awk-weights',
      type: 'multiple-choice',
      stem: '[markdown] Which one is {right} = ~true?',
      options: ['%100% sure', '%50% off', '[html]<b>bold</b>', 'a{b}=c~d#e:f\\g', 'Plain'],
      key: 4,
      evidence,
      explanation: '[moodle] The plain one.',
      difficulty: 0.5,
    },
    {
      id: 'awk-cloze',
      type: 'cloze',
      stem: 'The rate was _____ in {2015}: #1.',
      options: ['%5%', '5 %', '[plain]five'],
      key: 1,
      evidence,
      explanation: 'Paragraph 1.\nSecond line.',
      difficulty: 0.5,
    },
    {
      id: 'awk-matching',
      type: 'matching',
      stem: 'Match -> each = one.',
      prompts: ['[html]A -> B', 'C ~ D'],
      options: ['[markdown]one', '%50% two', 'three # 3'],
      key: [1, 0],
      evidence,
      explanation: 'As paired.',
      difficulty: 0.5,
    },
    {
      id: 'awk-timeline',
      type: 'timeline',
      stem: 'Order: oldest first.',
      options: ['[plain]Second', 'First {1}', 'Third = 3', 'Fourth'],
      key: [1, 0, 2, 3],
      evidence,
      explanation: 'By date.',
      difficulty: 0.5,
    },
  ],
};

/** Every quiz the format checks run on. */
export async function formatCheckQuizzes(): Promise<Quiz[]> {
  const site = JSON.parse(await readFile(join(root, '.build', 'site.json'), 'utf8')) as { quizzes: Quiz[] };
  return [...site.quizzes, fixtureQuiz, awkwardQuiz];
}
