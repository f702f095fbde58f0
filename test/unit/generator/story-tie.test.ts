// Worth asking (RUBRIC 6) on text written for these tests: past the opening of an article, a figure
// or date is asked only where it measures what the headline or lead speaks of; the closing
// background (a company profile, a career record) is not asked, whichever word a statement tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/generator/analysis.ts';
import { clozeCandidates } from '../../../core/generator/item-cloze.ts';
import { trueFalseCandidates } from '../../../core/generator/item-true-false.ts';
import { createRandom } from '../../../core/generator/random.ts';
import { figuresOffStory, tiedToStory } from '../../../core/generator/salience.ts';
import type { SourceText } from '../../../core/quiz/schema.ts';

const BAKERY: SourceText = {
  title: 'Bakery chain to shut 40 shops',
  paragraphs: [
    'Crumb & Co, the bakery chain, is to shut 40 shops across the north of England, its owners have said.',
    'The closures will cost about 600 jobs, the firm said. Staff were told on Monday.',
    'Managers said the shops had lost trade to supermarkets that bake their own bread.',
    'Union officials said they would meet the owners next week to discuss the closures.',
    'Crumb & Co was founded in Leeds by two brothers. It now has operations in 9 counties and sells 3 million loaves a year.',
  ],
};

const SPRINTER: SourceText = {
  title: 'Okafor to race on after injury',
  paragraphs: [
    'Sprinter Dayo Okafor says he will keep racing this season after recovering from a hamstring injury.',
    'Okafor missed the indoor championships in March. He said his training had gone well for a month.',
    'His coach, Marie Lund, said he was running freely again.',
    'Lund said the team would decide on his first race in May.',
    'Okafor set his personal best of 10.11 seconds when he won the national title in Cardiff in 2001.',
  ],
};

const ctxOf = (source: SourceText) => ({ analysis: analyze(source), random: createRandom(2), sourceNoun: 'article' });
const spanOf = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

describe('figures tied to the story', () => {
  it('asks a figure of what the headline or lead speaks of, not a closing statistic of the company profile', () => {
    const sentences = analyze(BAKERY).sentences;
    const jobs = sentences.find((s) => s.text.includes('600 jobs'));
    const counties = sentences.find((s) => s.text.includes('9 counties'));
    if (!jobs || !counties) throw new Error('sentences not found');
    expect(tiedToStory(jobs, spanOf(jobs.text, '600'))).toBe(true);
    expect(tiedToStory(counties, spanOf(counties.text, '9'))).toBe(false);
    const asked = [...trueFalseCandidates(ctxOf(BAKERY)), ...clozeCandidates(ctxOf(BAKERY))].map((c) => c.evidence[0]?.sentence ?? '');
    expect(asked.some((t) => t.includes('9 counties'))).toBe(false);
  });

  it('does not state a closing career record as true or false, whichever name it would test', () => {
    const last = analyze(SPRINTER).sentences.at(-1);
    if (!last) throw new Error('no sentence');
    expect(figuresOffStory(last)).toBe(true);
    const statements = trueFalseCandidates(ctxOf(SPRINTER)).map((c) => c.evidence[0]?.sentence ?? '');
    expect(statements.some((t) => t.includes('personal best'))).toBe(false);
  });
});
