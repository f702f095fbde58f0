// A meeting report ties each athlete to an event ("ran the fastest 800m", "the 800m world champion", "won the
// women's 3,000m", "heptathlete X"): wrong options for an athlete come only from the same event and the same
// men's or women's field, and an athlete whose event the text does not say takes none. Texts written for these
// tests: every name is invented.
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../../core/generator/analysis.ts';
import { entityDistractors } from '../../../core/generator/distractors.ts';
import { createRandom } from '../../../core/generator/random.ts';
import { eventsTied, hasEvent, shareEvent } from '../../../core/generator/sport-events.ts';
import type { SourceText } from '../../../core/quiz/schema.ts';

const MEETING: SourceText = {
  title: 'Okafor sets indoor best in Glasgow',
  paragraphs: [
    'Nigeria\'s Daniel Okafor ran the fastest indoor 800m of the year at the Glasgow Grand Prix on Saturday.',
    'Kenyan Peter Mwangi, the 800m world champion, was second in 1:45.02, and Scotland\'s Ewan Baird finished third in the 800m.',
    'Okafor was on course for the world record through 600m but faded over the final 200m. He said he would race again in March.',
    'Grace Adams won the women\'s 800m in 2:00.51, while Natalie Holm won the women\'s 3,000m in 8:41.10.',
    'Simon Berg took the men\'s high jump with 2.31m, and heptathlete Olivia Marin won the long jump at 6.70m.',
    'The crowd of 5,000 was the largest the arena has seen for an athletics meeting.',
  ],
};

const byName = (analysis: Analysis, name: string) => {
  const e = analysis.entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity ${name}`);
  return e;
};

/** Wrong options for `name`, with a stem and an evidence sentence that name no one else. */
const optionsFor = (analysis: Analysis, name: string): string[] => {
  const key = byName(analysis, name);
  const evidence = analysis.sentences.find((s) => s.text.startsWith('The crowd')) as Analysis['sentences'][number];
  return entityDistractors(key, key.name, { analysis, evidence, stem: 'Who won the race?', claim: [], random: createRandom(1) }, { count: 3, form: 'full', withThe: false }).map((o) => o.text);
};

describe('events a meeting report ties to its athletes', () => {
  it('ties the event a sentence gives a name, not a split within a race or a jump\'s measure', () => {
    const analysis = analyze(MEETING);
    expect(eventsTied(analysis)).toBe(true);
    for (const name of ['Daniel Okafor', 'Peter Mwangi', 'Ewan Baird', 'Grace Adams', 'Natalie Holm', 'Simon Berg', 'Olivia Marin']) expect(hasEvent(byName(analysis, name), analysis)).toBe(true);
    expect(shareEvent(byName(analysis, 'Daniel Okafor'), byName(analysis, 'Peter Mwangi'), analysis)).toBe(true);
    // Okafor "faded over the final 200m": no 200m runner.
    expect(shareEvent(byName(analysis, 'Daniel Okafor'), byName(analysis, 'Natalie Holm'), analysis)).toBe(false);
  });

  it('offers 800m runners for an 800m runner, never a jumper, a 3,000m runner or a woman of the women\'s 800m', () => {
    const analysis = analyze(MEETING);
    const options = optionsFor(analysis, 'Daniel Okafor');
    expect([...options].sort()).toEqual(['Ewan Baird', 'Peter Mwangi']);
  });

  it('offers no one for an athlete whose event nobody else in the article shares', () => {
    const analysis = analyze(MEETING);
    expect(optionsFor(analysis, 'Olivia Marin')).toEqual([]);
    expect(optionsFor(analysis, 'Simon Berg')).toEqual([]);
  });

  it('reads no event in money ("£400m in March") or in an article of one event', () => {
    const business = analyze({
      title: 'Rival firms raise funds',
      paragraphs: ["Alan Cole's firm raised £400m in March, and rival Jane Reed's firm raised £800m in May.", 'Jane Reed said the money would pay for new stores.'],
    });
    expect(eventsTied(business)).toBe(false);
    const marathon = analyze({
      title: 'Varga wins city marathon',
      paragraphs: ['Ines Varga won the city marathon in 2:24:10. Olga Brandt ran the marathon in 2:26:40 to finish second.', 'Race director Colin Fairweather said the course would not change next year.'],
    });
    expect(eventsTied(marathon)).toBe(false);
  });
});
