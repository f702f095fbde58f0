// True/false and cloze items ask about main points and read on their own (RUBRIC criteria 5 and 6), on
// off-domain texts written for these tests (every name is invented): a sentence's first figure, not
// the ones that qualify or convert it; no date of a background event or of the news's own year; no
// stem that leans on a sentence it does not show; no false statement made by a look-alike name.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/generator/analysis.ts';
import type { Candidate } from '../../../core/generator/candidate.ts';
import { clozeCandidates } from '../../../core/generator/item-cloze.ts';
import { trueFalseCandidates } from '../../../core/generator/item-true-false.ts';
import { createRandom } from '../../../core/generator/random.ts';
import { leansOnEarlier, withoutAlso } from '../../../core/generator/references.ts';
import { backgroundDate, laterDate, laterFigure } from '../../../core/generator/salience.ts';
import type { SourceText } from '../../../core/quiz/schema.ts';

const ctxOf = (source: SourceText) => ({ analysis: analyze(source), random: createRandom(2), sourceNoun: 'article' });
const keysOf = (source: SourceText): string[] => [...clozeCandidates(ctxOf(source)), ...trueFalseCandidates(ctxOf(source))].map((c) => c.keyId ?? '');
const completed = (cs: Candidate[]): Candidate[] => cs.map((c) => (c.complete ? c.complete() : c)).filter((c): c is Candidate => c !== null);

const PLANT: SourceText = {
  title: 'Record output at Kelby steel plant',
  paragraphs: [
    "The Kelby plant produced 84,000 tonnes of steel last year, or 40% of the group's output, its owners said.",
    'Output at the plant has risen every year since new furnaces were fitted.',
    'The group expects its plants to produce 250,000 tonnes this year.',
  ],
};

const LAB: SourceText = {
  title: 'Glasgow lab wins grant for malaria vaccine',
  paragraphs: [
    'Dr Nisha Patel has led the Kelvin vaccine lab since its new wing opened in May 2011.',
    'Soon after the merger with a Dundee institute in 2009, the lab moved to a larger site in Glasgow.',
    'The Kelvin lab will open a vaccine trials centre in 2025, the university said.',
    'Trials of the malaria vaccine are due to begin in 2025.',
    'The lab was founded in 1962 by a team of four doctors, and its first vaccine was licensed in 1979.',
  ],
};

describe('main points: the figure that carries a clause', () => {
  it('asks the first figure of a clause, not one that converts, restates or qualifies it', () => {
    expect(keysOf(PLANT)).not.toContain('number:40%');
    const s = analyze(PLANT).sentences[0];
    if (!s) throw new Error('no sentence');
    const span = (t: string) => ({ start: s.text.indexOf(t), end: s.text.indexOf(t) + t.length });
    expect(laterFigure(s, span('40%'), s.numbers)).toBe(true);
    expect(laterFigure(s, span('84,000'), s.numbers)).toBe(false);
  });

  it('counts a figure of a clause of its own, and a span of time before a date, as no earlier figure', () => {
    const a = analyze(LAB);
    const founded = a.sentences.find((x) => x.text.startsWith('The lab was founded'));
    if (!founded) throw new Error('no sentence');
    const at = (t: string) => ({ start: founded.text.indexOf(t), end: founded.text.indexOf(t) + t.length });
    const licensed = founded.dates.find((d) => d.text === '1979');
    if (!licensed) throw new Error('no date');
    // "founded in 1962 by a team of four doctors, and its first vaccine was licensed in 1979": a clause of its own.
    expect(laterDate(founded, licensed)).toBe(false);
    expect(laterFigure(founded, at('four'), founded.numbers)).toBe(false);
    const nights = analyze({ title: 'Comet seen', paragraphs: ['The comet was tracked over six nights in March 2021 by amateur astronomers in Cornwall.'] }).sentences[0];
    const march = nights?.dates[0];
    if (!nights || !march) throw new Error('no date');
    expect(laterDate(nights, march)).toBe(false);
  });
});

describe('main points: no date of a background event or of the news itself', () => {
  it('reads a date inside a "since", "after" or "when" clause as background', () => {
    const a = analyze(LAB);
    const since = a.sentences[0];
    const after = a.sentences[1];
    const d0 = since?.dates[0];
    const d1 = after?.dates[0];
    if (!since || !after || !d0 || !d1) throw new Error('no dates');
    expect(backgroundDate(since, d0)).toBe(true);
    expect(backgroundDate(after, d1)).toBe(true);
    const keys = keysOf(LAB);
    expect(keys).not.toContain('date:May 2011');
    expect(keys).not.toContain('date:2009');
  });

  it('asks no true/false statement about a bare year of the news’s own time', () => {
    expect(trueFalseCandidates(ctxOf(LAB)).map((c) => c.keyId)).not.toContain('date:2025');
  });
});

const CLUB: SourceText = {
  title: 'Harbour Town sell 6,000 tickets for cup semi-final',
  paragraphs: [
    'Harbour Town have sold all 6,000 tickets for the county cup semi-final against Castlegate United on Saturday.',
    'The new stand will seat 2,000 fans at the cup semi-final against Castlegate United.',
    'Harbour Town are also selling 300 standing tickets for the semi-final on the day of the match.',
    'Castlegate United sold 5,000 tickets for their cup semi-final last year.',
  ],
};

describe('stems that read on their own', () => {
  it('states a fact without an "also" that points to one the quiz does not show (not "also known as")', () => {
    expect(withoutAlso('The ferry will also stop at Hoy on Sundays.')).toBe('The ferry will stop at Hoy on Sundays.');
    expect(withoutAlso('The island, also known as the Ward, lies to the south.')).toBe('The island, also known as the Ward, lies to the south.');
  });

  it('drops a stem that leans on a sentence it does not show: an "also", or "The new stand …" after the lead', () => {
    const drafts = [...clozeCandidates(ctxOf(CLUB)), ...trueFalseCandidates(ctxOf(CLUB))];
    // The sentence about the new stand is a candidate; its statement is what cannot stand alone.
    expect(drafts.some((c) => c.sentences.includes(1))).toBe(true);
    const stems = completed(drafts).map((c) => c.stem);
    expect(stems.filter((s) => /\balso\b|^The new stand\b/.test(s))).toEqual([]);
  });

  it('lets a definite description stand in the lead, anchored by "of", or naming what the title names', () => {
    const s = analyze(CLUB).sentences;
    const [lead, upgrade, also] = [s[0], s[1], s[2]];
    if (!lead || !also || !upgrade) throw new Error('no sentences');
    expect(leansOnEarlier(upgrade, upgrade.text, CLUB.title)).toBe(true);
    expect(leansOnEarlier(also, also.text, CLUB.title)).toBe(true);
    expect(leansOnEarlier(upgrade, 'The cost of the upgrade was £4m.', CLUB.title)).toBe(false);
    expect(leansOnEarlier(upgrade, 'The new stand will hold 2,000 fans.', 'Harbour Town open new stand')).toBe(false);
    expect(leansOnEarlier(lead, 'The semi-final is on Saturday.', CLUB.title)).toBe(false);
    // …and after a verb of saying: "the club said the upgrade …".
    expect(leansOnEarlier(upgrade, 'Officials said the new stand will hold 2,000 fans.', CLUB.title)).toBe(true);
  });
});

const ISLANDS: SourceText = {
  title: 'Islanders split over ferry terminal costs',
  paragraphs: [
    'Mr McConnell opened the new ferry terminal at Stromness on Monday after two years of building work.',
    'Mr MacDonell, the council leader, said the terminal had cost more than planned.',
    'Islanders say the new terminal will bring more visitors to Stromness.',
  ],
};

describe('a false statement is a contradiction, not a misprint', () => {
  it('never swaps a name for one spelt alike ("MacDonell" for "McConnell")', () => {
    const falses = completed(trueFalseCandidates(ctxOf(ISLANDS)).filter((c) => c.truth === false)).map((c) => c.stem);
    expect(trueFalseCandidates(ctxOf(ISLANDS)).some((c) => c.keyId === 'person:McConnell')).toBe(true);
    expect(falses.filter((s) => /MacDonell opened/.test(s))).toEqual([]);
  });
});
