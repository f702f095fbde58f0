// Timeline events on local history and sport written for these tests: which clause a date dates.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/generator/analysis.ts';
import { timelineCandidates } from '../../../core/generator/item-timeline.ts';
import { createRandom } from '../../../core/generator/random.ts';
import type { SourceText } from '../../../core/quiz/schema.ts';

const events = (source: SourceText): string[] => timelineCandidates({ analysis: analyze(source), random: createRandom(1), sourceNoun: 'article' })[0]?.options ?? [];

describe('timeline events', () => {
  it('keeps an event whose sentence goes on after its date ("…, and in 1961 it …", "…, a “fresh start” she said …")', () => {
    const options = events({
      title: 'Harbour town marks bridge anniversary',
      paragraphs: [
        'The swing bridge at Port Elwin opened to traffic in 1887.',
        'In March 1953 the harbour board closed the bridge to lorries, and in 1961 it banned them for good.',
        'Mayor Ellen Shaw reopened the restored bridge in 2004, a "fresh start for the whole of the harbour" she said at the ceremony.',
      ],
    });
    expect(options.sort()).toEqual(['Mayor Ellen Shaw reopened the restored bridge', 'The harbour board closed the bridge to lorries', 'The swing bridge at Port Elwin opened to traffic']);
  });

  it('takes no event that points back to what it is about ("The book was adapted …", "… the event")', () => {
    const options = events({
      title: 'Novelist dies at 84',
      paragraphs: [
        'The novelist Ada Merrow was born in Leeds in 1920.',
        'She moved to Toronto in 1947.',
        'Her hospital drama Night Ward was published in 1959.',
        'The book was adapted into a television series in 1964.',
        'Merrow won the city fiction prize in 1971, and she opened the event again in 1980.',
      ],
    });
    expect(options.length).toBeGreaterThanOrEqual(3);
    expect(options.some((o) => /\bthe (?:book|event)\b/i.test(o))).toBe(false);
  });

  it('dates no main clause by a date in a clause of its own or deep in a chain of phrases', () => {
    const options = events({
      title: 'Sprinter retires',
      paragraphs: [
        'Only Dana Price has run faster, setting the national record of 10.9 seconds in 1998.',
        'The club has been winning medals since its new track was laid in 2001.',
        'The mayor spoke about the closure of the old stand for fans of the club in Elwin in 1979.',
        'Price joined the club in 1990.',
        'The club moved to the new ground in 1995.',
      ],
    });
    expect(options).toEqual([]);
  });
});
