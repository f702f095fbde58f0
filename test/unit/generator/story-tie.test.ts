// Worth asking (RUBRIC 6) on text written for these tests: past the opening of an article, a figure
// or date is asked only where it measures what the headline or lead speaks of; the closing
// background (a company profile, a career record) is not asked, whichever word a statement tests.
// Reads on its own (5): no thing named by the day of the news. Nothing given away (4): not the
// speaker the headline names ("…, say Greens").
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/generator/analysis.ts';
import { clozeCandidates } from '../../../core/generator/item-cloze.ts';
import { trueFalseCandidates } from '../../../core/generator/item-true-false.ts';
import { createRandom } from '../../../core/generator/random.ts';
import type { Candidate } from '../../../core/generator/candidate.ts';
import { headlineAttribution, leansOnEarlier } from '../../../core/generator/references.ts';
import { figuresOffStory, tiedToStory } from '../../../core/generator/salience.ts';
import { speakerInHeadline } from '../../../core/generator/select.ts';
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

describe('a chronicle\'s dates are its story', () => {
  const paragraphs = [
    'Ferry crews on the Skerry route walked out over pay, and the strike closed the crossing for weeks.',
    'Talks began at the port offices. Union leaders met the operator twice.',
    'The operator hired agency crews. Passengers complained about cancelled sailings.',
    'Crews returned to work on 3 May 2019 after a new pay offer.',
  ];
  const lastDate = (title: string): boolean => {
    const s = analyze({ title, paragraphs }).sentences.at(-1);
    if (!s) throw new Error('no sentence');
    return tiedToStory(s, spanOf(s.text, '3 May 2019'));
  };
  it('asks a late date under a headline announcing a timeline or naming its year, not under another headline', () => {
    expect(lastDate('Ferry strike ends')).toBe(false);
    expect(lastDate('Timeline: the Skerry ferry strike')).toBe(true);
    expect(lastDate('Skerry ferry strike, 2018-2019')).toBe(true);
  });
});

describe('stems that read on their own', () => {
  it('does not state a thing named by the day of the news ("excluding Tuesday\'s closures")', () => {
    const PARKS: SourceText = {
      title: 'Council shuts three swimming pools',
      paragraphs: [
        'Marlow Vale council is to close three of its swimming pools to save money, its leader has announced.',
        'The pools will shut in the autumn. Since 2010, 6 leisure centres have been sold - excluding Tuesday\'s closures - and 2 new gyms opened.',
      ],
    };
    const s = analyze(PARKS).sentences.find((x) => x.text.includes('Tuesday'));
    if (!s) throw new Error('no sentence');
    expect(leansOnEarlier(s, 'Since 2010, 6 leisure centres have been sold - excluding Tuesday\'s closures.', PARKS.title)).toBe(true);
    expect(leansOnEarlier(s, 'Since 2010, 6 leisure centres have been sold.', PARKS.title)).toBe(false);
  });
});

describe('the headline names the speaker', () => {
  const PENSIONS: SourceText = {
    title: 'Pension age to rise, say Greens',
    paragraphs: [
      'The state pension age will rise to 70 if the coalition wins the next election, Green leader Ruth Okonjo has claimed.',
      'Finance minister Tomas Hale said the claim was "pure invention".',
      'Labour spokesman Ian Weir said his party had no plans to change the pension age.',
    ],
  };

  it('finds the headline\'s speaker through the role the article gives her', () => {
    const a = analyze(PENSIONS);
    const attribution = headlineAttribution(PENSIONS.title, a.entities);
    expect(attribution?.speakers.has('ruth okonjo')).toBe(true);
    expect(attribution?.speakers.has('tomas hale')).toBe(false);
    expect(headlineAttribution('Pension age to rise in 2030', a.entities)).toBeNull();
  });

  it('does not ask who made the headline\'s claim, but may ask about another one', () => {
    const a = analyze(PENSIONS);
    const attribution = headlineAttribution(PENSIONS.title, a.entities);
    const item = (stem: string, key: string): Candidate => ({ type: 'multiple-choice', stem, options: [key, 'Tomas Hale', 'Ian Weir'], key: 0, evidence: [], explanation: '', difficulty: 0.5, score: 1, sentences: [0] });
    expect(speakerInHeadline(item('Who claimed that the state pension age will rise to 70?', 'Ruth Okonjo'), attribution)).toBe(true);
    expect(speakerInHeadline(item('Who called a claim "pure invention"?', 'Tomas Hale'), attribution)).toBe(false);
  });
});
