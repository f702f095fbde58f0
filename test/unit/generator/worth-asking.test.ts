// What is worth asking (RUBRIC criterion 6), on off-domain text written for these tests: a figure
// that is only the baseline of a comparison, and a statistic in passing, are not asked.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/generator/analysis.ts';
import { clozeCandidates } from '../../../core/generator/item-cloze.ts';
import { trueFalseCandidates } from '../../../core/generator/item-true-false.ts';
import { createRandom } from '../../../core/generator/random.ts';
import { comparisonBaseline, labelYear } from '../../../core/generator/salience.ts';
import type { SourceText } from '../../../core/quiz/schema.ts';

const SCHOOLS: SourceText = {
  title: 'Rural schools lose pupils',
  paragraphs: [
    'Village schools in the county now teach 3,200 pupils, compared with 5,100 pupils in 1990, the council said.',
    'Some 40 schools have closed since 1997, and the council expects to close 12 more.',
    'Parents in the valley say the bus to the town school takes an hour each way.',
    'The council will vote on the closures in June.',
  ],
};

const ctxOf = (source: SourceText) => ({ analysis: analyze(source), random: createRandom(3), sourceNoun: 'article' });

describe('worth asking', () => {
  it('reads the baseline of a comparison as such, and the news figure not', () => {
    const s = analyze(SCHOOLS).sentences[0];
    if (!s) throw new Error('no sentence');
    const span = (text: string): { start: number; end: number } => ({ start: s.text.indexOf(text), end: s.text.indexOf(text) + text.length });
    expect(comparisonBaseline(s, span('1990'))).toBe(true);
    expect(comparisonBaseline(s, span('3,200'))).toBe(false);
    const second = analyze(SCHOOLS).sentences[1];
    if (!second) throw new Error('no sentence');
    expect(comparisonBaseline(second, { start: second.text.indexOf('1997'), end: second.text.indexOf('1997') + 4 })).toBe(true);
  });

  it('asks neither a gap nor a true/false statement on a comparison year or a "since" date', () => {
    const keys = [...clozeCandidates(ctxOf(SCHOOLS)), ...trueFalseCandidates(ctxOf(SCHOOLS))].map((c) => c.keyId);
    expect(keys).not.toContain('date:1990');
    expect(keys).not.toContain('date:1997');
  });
});

const CYCLING: SourceText = {
  title: 'Hill climb goes to local rider',
  paragraphs: [
    'Anna Price won the Coldhill climb on Sunday in a record time of 14 minutes.',
    'The Olympic silver medallist beat the field by 40 seconds after a fast start.',
    'The 31-year-old had been injured for most of the spring.',
    'The idea was dropped after complaints from residents.',
  ],
};

describe('reads on its own', () => {
  it('leaves unresolved a person described but not named, and a thing named only by a common noun', () => {
    const sentences = analyze(CYCLING).sentences;
    const unresolved = (start: string): boolean => sentences.find((s) => s.text.startsWith(start))?.references.some((r) => r.name === null) ?? false;
    expect(unresolved('The Olympic silver medallist')).toBe(true);
    expect(unresolved('The 31-year-old')).toBe(true);
    expect(unresolved('The idea')).toBe(true);
    expect(unresolved('Anna Price won')).toBe(false);
  });
});

const CLUB: SourceText = {
  title: 'Coaches speak out on abuse from the stands',
  paragraphs: [
    'Maria Lund told the survey of the abuse she faced on the touchline: "Go back to the kitchen, love, this is a man\'s game."',
    'Peter Marsh, a coach in Leeds, told the survey: "I have seen parents chase a referee all the way to his car after a game."',
    'Mr Marsh said clubs should ban parents who abuse officials.',
  ],
};

describe('who said it', () => {
  it('does not give a speaker the words her own account quotes from others', () => {
    const quotes = analyze(CLUB).quotes.map((q) => `${q.speaker.name}: ${q.text}`);
    expect(quotes.some((q) => q.includes('kitchen'))).toBe(false);
    expect(quotes.some((q) => q.startsWith('Peter Marsh: I have seen parents'))).toBe(true);
  });
});

describe('label years', () => {
  it('reads a year that opens an event\'s name as a label, and a year of an event as a date', () => {
    const [s] = analyze({ title: 'Jumper enters meeting', paragraphs: ['Ella Ward will compete at the 2006 Westfield Indoor Games in Cardiff, a year after she won gold in 2005 at home.'] }).sentences;
    if (!s) throw new Error('no sentence');
    const year = (y: string) => s.dates.find((d) => d.text === y);
    const named = year('2006');
    const dated = year('2005');
    expect(named && labelYear(s, named)).toBe(true);
    expect(dated && labelYear(s, dated)).toBe(false);
  });
});

describe('ranges', () => {
  it('swaps neither bound of a range written with decimals', () => {
    const source: SourceText = {
      title: 'Flood count revised',
      paragraphs: ['Between 1.2 and 1.6 million homes were flooded across the delta last spring, the agency said.', 'The agency said 2.4 million people had been moved to higher ground.'],
    };
    const keys = trueFalseCandidates(ctxOf(source)).map((c) => c.keyId);
    expect(keys.some((k) => k?.startsWith('number:1.6') || k?.startsWith('number:1.2'))).toBe(false);
  });
});
