// Attribution statements: "According to the article, X said: “…”." true, or with another voice of the
// article swapped in, false. Sport, local news and business written for these tests; every name is invented.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/generator/analysis.ts';
import type { Candidate } from '../../../core/generator/candidate.ts';
import { attributionCandidates } from '../../../core/generator/item-attribution.ts';
import { whoSaidItCandidates } from '../../../core/generator/item-who-said-it.ts';
import { lintItem } from '../../../core/generator/lint.ts';
import { createRandom } from '../../../core/generator/random.ts';
import { finalizeItems } from '../../../core/generator/select.ts';
import type { SourceText } from '../../../core/quiz/schema.ts';

const build = (source: SourceText): Candidate[] =>
  attributionCandidates({ analysis: analyze(source), random: createRandom(1), sourceNoun: 'article' })
    .map((c) => (c.complete ? c.complete() : c))
    .filter((c): c is Candidate => c !== null);
const stems = (source: SourceText, truth: boolean): string[] => build(source).filter((c) => c.truth === truth).map((c) => c.stem);

const CUP: SourceText = {
  title: 'Kingsford reach county cup semi-final',
  paragraphs: [
    'Kingsford beat Dale 3-1 on Saturday to reach the semi-final of the county cup.',
    '"The players showed real courage after going behind so early in the match," said Colin Hart, the Kingsford manager.',
    '"The referee missed a clear penalty in the second half of the game," said Gary Pike, the Dale manager.',
    'Kingsford coach Dan Cole watched the second half from the stand.',
  ],
};

describe('attribution statements', () => {
  it('pairs a true statement naming the speaker with a false one naming another voice of the article', () => {
    const items = build(CUP);
    const courage = items.filter((c) => c.stem.includes('real courage'));
    expect(courage.map((c) => [c.truth, c.stem])).toEqual([
      [true, 'According to the article, Colin Hart said: “The players showed real courage after going behind so early in the match”.'],
      [false, 'According to the article, Gary Pike said: “The players showed real courage after going behind so early in the match”.'],
    ]);
    // One group: the selector takes one statement of the pair.
    expect(new Set(courage.map((c) => c.group)).size).toBe(1);
    expect(courage.every((c) => c.type === 'true-false' && c.options.join() === 'True,False')).toBe(true);
    expect(courage.map((c) => c.key)).toEqual([0, 1]);
  });

  it('names only voices of the article: never someone it does not show speaking', () => {
    // Dan Cole, a coach, is cast like the managers but says nothing in the article.
    expect(build(CUP).map((c) => c.stem).join(' ')).not.toContain('Dan Cole');
    expect(build({ ...CUP, paragraphs: CUP.paragraphs.filter((p) => !p.includes('Gary Pike')) })).toEqual([]);
  });

  it('passes the linter', () => {
    const items = finalizeItems(build(CUP), createRandom(1));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(lintItem(item, { source: CUP }), item.stem).toEqual([]);
  });

  it('offers not even the true statement where the article has no other voice to swap in', () => {
    const alone: SourceText = { ...CUP, paragraphs: CUP.paragraphs.filter((p) => !p.includes('Gary Pike') && !p.includes('Dan Cole')) };
    expect(attributionCandidates({ analysis: analyze(alone), random: createRandom(1), sourceNoun: 'article' }).length).toBe(2);
    expect(build(alone)).toEqual([]);
  });

  it('asks a quotation once: it shares its fact with who-said-it', () => {
    const ctx = { analysis: analyze(CUP), random: createRandom(1), sourceNoun: 'article' };
    const who = whoSaidItCandidates(ctx).find((c) => c.stem.includes('real courage'));
    const mine = attributionCandidates(ctx).filter((c) => c.group === attributionCandidates(ctx).find((x) => x.truth === true)?.group);
    expect(who?.facts).toBeDefined();
    for (const c of mine) expect(c.facts).toEqual(who?.facts);
  });

  it('leaves out quotations that do not say something on their own', () => {
    const vague: SourceText = {
      ...CUP,
      paragraphs: [
        CUP.paragraphs[0] as string,
        '"There\'s a lot of work left before the final," said Colin Hart, the Kingsford manager.',
        '"It was a proper cup tie from the first whistle to the last," said Colin Hart, the Kingsford manager.',
        '"These games are decided by small margins in the end," said Colin Hart, the Kingsford manager.',
        CUP.paragraphs[2] as string,
      ],
    };
    expect(build(vague).map((c) => c.stem).join(' ')).not.toMatch(/work left|proper cup tie|small margins/);
  });

  it('takes "he" in a quotation only after a person the quotation names', () => {
    const pointer: SourceText = {
      ...CUP,
      paragraphs: [
        CUP.paragraphs[0] as string,
        '"He has to start scoring goals at this level before the final," said Colin Hart, the Kingsford manager.',
        '"Dan Cole has given the club a good reason for his absence from training," said Colin Hart, the Kingsford manager.',
        CUP.paragraphs[2] as string,
      ],
    };
    const asked = build(pointer).map((c) => c.stem).join(' ');
    expect(asked).not.toContain('start scoring');
    expect(asked).toContain('good reason for his absence');
  });

  it('marks understanding only where the reader follows "he said" back to a name in another sentence', () => {
    const traced: SourceText = {
      ...CUP,
      paragraphs: [...CUP.paragraphs.slice(0, 3), 'Pike later spoke to supporters outside the ground. "Our squad will learn a great deal from losing at Kingsford," he said.'],
    };
    const items = build(traced);
    const followed = items.filter((c) => c.stem.includes('learn a great deal'));
    const named = items.filter((c) => c.stem.includes('real courage'));
    expect(followed.length).toBe(2);
    expect(followed.every((c) => c.understanding === true)).toBe(true);
    expect(named.every((c) => c.understanding === undefined)).toBe(true);
  });
});

describe('swaps the words themselves rule out', () => {
  it('never swaps in the person the quotation names', () => {
    const named: SourceText = {
      ...CUP,
      paragraphs: [
        CUP.paragraphs[0] as string,
        '"Gary Pike built a hard-working side at Dale last summer," said Colin Hart, the Kingsford manager.',
        CUP.paragraphs[2] as string,
      ],
    };
    expect(stems(named, false).filter((s) => s.includes('hard-working'))).toEqual([]);
    // …nor the speaker naming themselves.
    const own: SourceText = { ...CUP, paragraphs: [CUP.paragraphs[0] as string, '"Colin Hart teams fought for a result until the final whistle," said Colin Hart, the Kingsford manager.', CUP.paragraphs[2] as string] };
    expect(build(own).filter((c) => c.stem.includes('fought for a result'))).toEqual([]);
  });

  it('never swaps in someone the words name by their post', () => {
    const post: SourceText = {
      title: 'Library hours cut',
      paragraphs: [
        'Ann Webb, the council leader, said the library would open four days a week from June.',
        '"The council leader has ignored thousands of pensioners and schoolchildren who depend on the reading room," said Ruth Dale, a Labour councillor.',
        '"Opening hours at the branch libraries will be reviewed again next spring," said Mark Usher, a Green councillor.',
        // Named most, Ann Webb would be the first voice to swap in.
        'Webb said the savings would pay for two new mobile libraries.',
      ],
    };
    const readers = stems(post, false).filter((s) => s.includes('pensioners'));
    expect(readers).toEqual(['According to the article, Mark Usher said: “The council leader has ignored thousands of pensioners and schoolchildren who depend on the reading room”.']);
  });

  it('never asks a view whose "he" or "its" is its speaker: with another name it says something else', () => {
    const club = (view: string): SourceText => ({
      title: 'Rovers annual meeting',
      paragraphs: [`Rovers chairman Mr Victor Lund said ${view}.`, 'Club treasurer Mr Paul Reid said that ticket prices for supporters would stay the same in the autumn.', 'The club will hold its annual meeting in the town hall in July.'],
    });
    // "Paul Reid said that he would step down" is not what the article contradicts: it reports nothing of his plans.
    expect(build(club('he would step down at the end of the season after twelve years')).filter((c) => c.stem.includes('step down'))).toEqual([]);
    expect(stems(club('the club would appoint a new chairman at the end of the season'), false)).toContain(
      'According to the article, Paul Reid said that the club would appoint a new chairman at the end of the season.',
    );
    const depot: SourceText = {
      title: 'Coach depot plan',
      paragraphs: ['Redline Coaches Ltd said that its drivers would move to the new depot before the summer holidays.', 'Bluebird Travel Ltd said that new routes would start from the retail park in April.'],
    };
    expect(build(depot).filter((c) => c.stem.includes('drivers'))).toEqual([]);
  });

  it('swaps words of a sex ("as a mother") only for someone the article shows to be of it', () => {
    const park = (other: string): SourceText => ({
      title: 'Playground to reopen',
      paragraphs: ['"As a mother of three, I know how much the playground matters to families here," said councillor Mrs Jo Barker.', other],
    });
    expect(stems(park('"Repairs to the climbing frame will be finished by Easter," said councillor Sam Ellis.'), false).filter((s) => s.includes('mother'))).toEqual([]);
    expect(stems(park('"Repairs to the climbing frame will be finished by Easter," said councillor Mrs Helen Ward.'), false).filter((s) => s.includes('mother'))).toEqual([
      'According to the article, Helen Ward said: “As a mother of three, I know how much the playground matters to families here”.',
    ]);
  });

  it('swaps the "we" of a body only for a voice of the same part, never a commentator', () => {
    const port = (quote: string): SourceText => ({
      title: 'Port results',
      paragraphs: [
        `"${quote}," said Harbour Board chairman Alan Pryce.`,
        'Shipping analyst Maria Lenz said that freight volumes at the port had fallen for three years in a row.',
      ],
    });
    const channel = (source: SourceText): string[] => stems(source, false).filter((s) => s.includes('main channel'));
    expect(channel(port('We will dredge the main channel before the autumn storms arrive'))).toEqual([]);
    expect(channel(port('The main channel will be dredged before the autumn storms arrive'))).toEqual([
      'According to the article, Maria Lenz said: “The main channel will be dredged before the autumn storms arrive”.',
    ]);
  });

  it('asks nothing of a speaker the headline names (or names by post) beside the words', () => {
    const headline: SourceText = { ...CUP, title: 'Pike blames referee for cup exit' };
    expect(build(headline).filter((c) => c.stem.includes('referee'))).toEqual([]);
    expect(build({ ...CUP, title: 'Dale manager blames referee' }).filter((c) => c.stem.includes('referee'))).toEqual([]);
    // …and never swaps the headline's name in.
    expect(build(headline).map((c) => c.stem).join(' ')).not.toContain('Gary Pike');
  });
});

describe('reported positions', () => {
  it('never swaps in a voice who speaks of what the view is about (the view, in the article\'s words, may be theirs too)', () => {
    const budget: SourceText = {
      title: 'Council budget',
      paragraphs: [
        'Councillor Tom Hale said the council leader would balance the budget by March.',
        'Ann Webb, the council leader, said the library would open four days a week from June.',
        '"Ann Webb has been a careful steward of the town money for years," said Mr Ray Finch, a Labour councillor.',
        // Named twice, Ray Finch would be the first voice to swap in.
        'Finch also chairs the planning committee of the town.',
        'Mr Sam Oduya, a Green councillor, said that bus fares in the town would rise in April.',
      ],
    };
    expect(stems(budget, false).filter((s) => s.includes('balance the budget'))).toEqual([
      'According to the article, Sam Oduya said that the council leader would balance the budget by March.',
    ]);
  });

  it('swaps an organisation for another organisation of its kind that states a view in the article', () => {
    const depot: SourceText = {
      title: 'Coach depot plan',
      paragraphs: [
        'Redline Coaches Ltd said that ninety drivers would move to the new depot before the summer holidays.',
        'Bluebird Travel Ltd said that its new routes would start from the retail park in April.',
        'Local resident Jane Moss said the road past the school was already too busy at peak times.',
      ],
    };
    const items = build(depot).filter((c) => c.stem.includes('ninety drivers'));
    expect(items.map((c) => [c.truth, c.stem])).toEqual([
      [true, 'According to the article, Redline Coaches Ltd said that ninety drivers would move to the new depot before the summer holidays.'],
      [false, 'According to the article, Bluebird Travel Ltd said that ninety drivers would move to the new depot before the summer holidays.'],
    ]);
  });
});
