// Stems that read on their own and gaps worth asking: a description standing for a name the stem does
// not show is resolved or the stem is dropped, a resolved name is not repeated for a pronoun, and a date
// of another event than the sentence's news is no gap. Texts written for these tests (names invented).
import { describe, expect, it } from 'vitest';
import { analyze, type Sentence } from '../../../core/generator/analysis.ts';
import { leansOnEarlier, withReferents } from '../../../core/generator/references.ts';
import { backgroundDate } from '../../../core/generator/salience.ts';
import type { SourceText } from '../../../core/quiz/schema.ts';

const sentenceOf = (source: SourceText, start: string): Sentence => {
  const s = analyze(source).sentences.find((x) => x.text.startsWith(start));
  if (!s) throw new Error(`no sentence starting "${start}"`);
  return s;
};
const referents = (s: Sentence): (string | null)[] => s.references.map((r) => r.name);

const ARTS: SourceText = {
  title: 'Visitor numbers rise across northern venues',
  paragraphs: [
    'The Harbour Gallery in Whitby has reported its busiest year since it opened.',
    'Some 400,000 visitors made the Whitby gallery the most visited attraction on the coast last year.',
    'The Norbury Theatre and the Castle Theatre both said ticket sales were up.',
    'Local councillors said the theatre would get a new roof in the spring.',
    'Helen Marsh was its best young performer for a run of Twelfth Night, the Norbury Players said.',
  ],
};

const SPORT: SourceText = {
  title: 'Doping case rocks cycling club',
  paragraphs: [
    'The Pennine Wheelers have suspended rider Tom Ashdown after a failed test in Leeds.',
    'The suspension will keep the two-time national road race champion out of the Dales Classic.',
    'Ashdown and Carl Voss had been the club\'s two leading riders this season.',
    'The two riders will now miss the Tour of the Moors, which starts on 4 June.',
    'Pennine Wheelers coach Ann Hale said the two riders had trained together for years.',
    'Ashdown and Voss said the two riders would appeal.',
    'Ashdown is preparing for the national championships on 12 August, his coach said.',
  ],
};

const BUSINESS: SourceText = {
  title: 'Brightwater Energy results',
  paragraphs: [
    'Brightwater Energy, the utility group, posted higher profits on Tuesday.',
    'The company said profits at its solar arm rose 14%.',
    'Its parent, Corran Holdings, said the group had done well.',
    'However, the company said Corran Holdings\' own debt rose to £2bn.',
    'Brightwater also cut its forecast for the year to March 2026, when new prices take effect.',
    'New tariff rules coming into force on 1 April will cut bills, the regulator said.',
    'The new tariff rules are coming into force on 1 April, the regulator said.',
    'The firm was fined on 3 May, the regulator said.',
  ],
};

const SCIENCE: SourceText = {
  title: 'Vaccine trial reports early results',
  paragraphs: [
    'Researchers at the University of Tarn have reported early results from a trial of a new flu vaccine.',
    'The speed of development has surprised regulators across the region.',
    'The speed of the Tarn team has surprised regulators.',
    'The ceremony marking the end of the first phase was held on Friday.',
    'Volunteers from Tarn joined the city\'s celebrations on Friday.',
    'The number of volunteers has risen to 3,000.',
    'In 2021, vaccine output totalled 2 million doses, the health agency said.',
    'In 2022, vaccine output totalled 3 million doses, a report from France said.',
    'In 2021, vaccine output in Norland totalled 2 million doses, the health agency said.',
  ],
};

describe('a description standing for a name the stem does not show', () => {
  it('names "the Whitby gallery" from the one gallery the article names, and drops "the theatre" when two are named', () => {
    const gallery = sentenceOf(ARTS, 'Some 400,000');
    expect(referents(gallery)).toEqual(['the Harbour Gallery']);
    expect(withReferents(gallery, '_____ visitors made the Whitby gallery the most visited attraction on the coast last year.')).toBe(
      '_____ visitors made the Harbour Gallery the most visited attraction on the coast last year.',
    );
    const theatre = sentenceOf(ARTS, 'Local councillors');
    expect(withReferents(theatre, 'Local councillors said the theatre would get a new roof in the _____.')).toBeNull();
  });

  it('drops "its best …" after a person and a copula, a described person however long, and things counted but not named', () => {
    const its = sentenceOf(ARTS, 'Helen Marsh');
    expect(withReferents(its, '_____ was its best young performer for a run of Twelfth Night, the Norbury Players said.')).toBeNull();
    const champion = sentenceOf(SPORT, 'The suspension');
    expect(withReferents(champion, 'The suspension will keep the two-time national road race champion out of the _____.')).toBeNull();
    const counted = sentenceOf(SPORT, 'The two riders');
    expect(withReferents(counted, 'The two riders will now miss the _____.')).toBeNull();
  });

  it('keeps counted things the sentence itself names, and a described person it names first', () => {
    // "Ashdown and Voss said the two riders …": two people named before the two.
    expect(referents(sentenceOf(SPORT, 'Ashdown and Voss'))).toEqual([]);
    // A club and its coach before "the two riders" do not name the two.
    expect(referents(sentenceOf(SPORT, 'Pennine Wheelers coach'))).toEqual([null]);
  });

  it('does not put a name for "the company" that the sentence spells out elsewhere ("Corran said Corran\'s …")', () => {
    const s = sentenceOf(BUSINESS, 'However, the company');
    expect(withReferents(s, "However, the company said Corran Holdings' own debt rose to _____.")).toBeNull();
    const plain = sentenceOf(BUSINESS, 'The company said profits');
    expect(withReferents(plain, 'The company said profits at its solar arm rose _____.')).toBe('Brightwater Energy said profits at its solar arm rose _____.');
  });

  it('reads "the pace of development", an ownerless "output totalled" and "the ceremony" as leaning on another sentence, not "the speed of the Tarn team" or "the number of …"', () => {
    const bare = sentenceOf(SCIENCE, 'The speed of development');
    expect(leansOnEarlier(bare, bare.text, SCIENCE.title)).toBe(true);
    const anchored = sentenceOf(SCIENCE, 'The speed of the Tarn');
    expect(leansOnEarlier(anchored, anchored.text, SCIENCE.title)).toBe(false);
    const shared = sentenceOf(SCIENCE, 'The number of volunteers');
    expect(leansOnEarlier(shared, shared.text, SCIENCE.title)).toBe(false);
    const ownerless = sentenceOf(SCIENCE, 'In 2021, vaccine output totalled');
    expect(leansOnEarlier(ownerless, ownerless.text, SCIENCE.title)).toBe(true);
    // A place that only names who reported it does not say whose output.
    const reporter = sentenceOf(SCIENCE, 'In 2022, vaccine output');
    expect(leansOnEarlier(reporter, reporter.text, SCIENCE.title)).toBe(true);
    const placed = sentenceOf(SCIENCE, 'In 2021, vaccine output in Norland');
    expect(leansOnEarlier(placed, placed.text, SCIENCE.title)).toBe(false);
    const ceremony = sentenceOf(SCIENCE, 'The ceremony');
    expect(withReferents(ceremony, ceremony.text)).toBeNull();
    const celebrations = sentenceOf(SCIENCE, 'Volunteers from Tarn');
    expect(withReferents(celebrations, celebrations.text)).toBeNull();
  });
});

describe('a date of another event than the sentence news', () => {
  const dateIn = (source: SourceText, start: string) => {
    const s = sentenceOf(source, start);
    const d = s.dates[0];
    if (!d) throw new Error(`no date in "${start}"`);
    return backgroundDate(s, d);
  };

  it('is background when it dates a noun: an event named in passing, a participle after a noun, a financial year', () => {
    expect(dateIn(SPORT, 'Ashdown is preparing')).toBe(true);
    expect(dateIn(BUSINESS, 'New tariff rules coming')).toBe(true);
    expect(dateIn(BUSINESS, 'Brightwater also cut')).toBe(true);
  });

  it('is the news when the sentence\'s own verb carries it', () => {
    expect(dateIn(BUSINESS, 'The new tariff rules are coming')).toBe(false);
    expect(dateIn(BUSINESS, 'The firm was fined')).toBe(false);
  });
});
