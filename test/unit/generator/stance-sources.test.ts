// Views held by sources that are not single persons: a publication ("the Herald reports …"), a
// publication's writer ("the Gazette's reporter argues …"), a body ("…, according to the council").
// Local news and business written for these tests; every name is invented.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/generator/analysis.ts';
import { reportedViews, stanceCandidates } from '../../../core/generator/item-stance.ts';
import { viewsMatchingCandidates } from '../../../core/generator/item-views.ts';
import { createRandom } from '../../../core/generator/random.ts';
import type { SourceText } from '../../../core/quiz/schema.ts';

const TOWN: SourceText = {
  title: 'Bus routes in Dunmore',
  paragraphs: [
    'The Dunmore Herald reports that bus services in the north of the town will be cut next spring.',
    "The Valley Gazette's reporter argues that fares across the county have risen faster than wages since 2019.",
    'Ticket machines at the central station will be replaced by the end of the year, according to the Harbour Times.',
  ],
};

describe('views of publications and their writers', () => {
  it('reads "X reports that …", "the X\'s reporter argues …" and "…, according to X." as stated views', () => {
    const views = reportedViews(analyze(TOWN)).map((v) => [v.speaker.name, v.verb, v.clause]);
    expect(views).toEqual([
      ['Dunmore Herald', 'reports', 'bus services in the north of the town will be cut next spring'],
      ["Valley Gazette's reporter", 'argues', 'fares across the county have risen faster than wages since 2019'],
      ['Harbour Times', 'says', 'ticket machines at the central station will be replaced by the end of the year'],
    ]);
  });

  it('asks which source holds a view, with the other sources that state views here as wrong options', () => {
    const items = stanceCandidates({ analysis: analyze(TOWN), random: createRandom(1), sourceNoun: 'article' }).map((c) => c.complete?.() ?? c);
    const herald = items.find((c) => c?.stem.includes('bus services'));
    expect(herald?.stem).toBe('According to the article, which news outlet reports that bus services in the north of the town will be cut next spring?');
    expect(herald?.options).toEqual(expect.arrayContaining(['the Dunmore Herald', 'the Harbour Times']));
    const writer = items.find((c) => c?.stem.includes('fares'));
    expect(writer?.stem).toMatch(/^According to the article, which source argues that fares/);
    expect(writer?.options[0]).toBe("the Valley Gazette's reporter");
    // Not the reporter's own paper beside them: it would be right as well.
    expect(writer?.options).not.toContain('the Valley Gazette');
  });

  it("reads a body's own report and the union as sources, and leaves out one that says the same", () => {
    const works: SourceText = {
      title: 'Depot closure',
      paragraphs: [
        "The Harlow Borough Council's report says that the bus depot on Mill Lane will close in March.",
        'The Transport Workers Union warned that ninety drivers would lose work before the summer holidays.',
        'Redline Travel Group said that new coach routes would start from the retail park in April.',
        'The Harlow Post reports that the Mill Lane depot will close in March.',
      ],
    };
    const views = reportedViews(analyze(works)).map((v) => v.speaker.name);
    expect(views).toEqual(["Harlow Borough Council's report", 'Transport Workers Union', 'Redline Travel Group', 'Harlow Post']);
    const items = stanceCandidates({ analysis: analyze(works), random: createRandom(1), sourceNoun: 'article' }).map((c) => c.complete?.() ?? c);
    const report = items.find((c) => c?.stem.includes('bus depot'));
    expect(report?.stem).toBe('According to the article, which source says that the bus depot on Mill Lane will close in March?');
    expect(report?.options[0]).toBe("the Harlow Borough Council's report");
    expect(report?.options.slice(1).sort()).toEqual(['Redline Travel Group', 'the Transport Workers Union']);
    // The Echo reports the same closure: it would be right as well.
    expect(report?.options).not.toContain('the Harlow Post');
    expect(report?.options).not.toContain('Harlow Post');
  });

  it('reads "the reporter" as the one writer named before, and an attribution set inside the sentence as an aside', () => {
    const text: SourceText = {
      title: 'Mill Lane depot',
      paragraphs: [
        "The Valley Gazette's reporter says that bus fares in the county rose by a third in 2023.",
        'For the council, the reporter says, the depot on Mill Lane is the cheapest site to close.',
        'Ferry fares will rise in April, the Harbour Board warned, and island families may fly instead.',
      ],
    };
    const views = reportedViews(analyze(text)).map((v) => [v.speaker.name, v.clause]);
    expect(views).toEqual([
      ["Valley Gazette's reporter", 'bus fares in the county rose by a third in 2023'],
      ["Valley Gazette's reporter", 'for the council, the depot on Mill Lane is the cheapest site to close'],
    ]);
  });

  it('puts no person beside a body when the view calls its speaker "it"', () => {
    const text: SourceText = {
      title: 'Printing works',
      paragraphs: [
        'Northgate Group said it would move all its presses to a new works in Leeds by May.',
        'Union organiser Amy Collins said that forty printers would lose shifts over the summer.',
        'The Leeds Post reports that the city council approved a new print works in January.',
        'The Printworkers Union warned that night shifts at the old works would end in the spring.',
      ],
    };
    const items = stanceCandidates({ analysis: analyze(text), random: createRandom(1), sourceNoun: 'article' }).map((c) => c.complete?.() ?? c);
    const print = items.find((c) => c?.stem.includes('presses'));
    expect(print?.options[0]).toBe('Northgate Group');
    expect(print?.options).toContain('the Leeds Post');
    expect(print?.options).not.toContain('Amy Collins');
  });

  it('matches publications, writers and bodies to their views, one per side', () => {
    const text: SourceText = {
      title: 'Harbour plans',
      paragraphs: [
        'The Harbour Board warned that ferry fares would rise by a tenth in April.',
        "The Coast Gazette's reporter argues that island families would fly to the mainland instead.",
        'The Coast Gazette reports that the night sailing will be cut in the winter.',
        'Councillor Ruth Evans said that the council would fund a cheaper pass for pensioners.',
      ],
    };
    const [m] = viewsMatchingCandidates({ analysis: analyze(text), random: createRandom(1), sourceNoun: 'article' });
    expect(m?.stem).toBe('Match each source to the view the article gives it.');
    // The Gazette and its reporter are one side: only the first of their views is asked.
    expect(m?.prompts).toEqual(['The Harbour Board', "The Coast Gazette's reporter", 'Ruth Evans']);
    expect(m?.options).toEqual(['Ferry fares would rise by a tenth in April', 'Island families would fly to the mainland instead', 'The council would fund a cheaper pass for pensioners']);
  });
});

