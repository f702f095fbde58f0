// Wrong options of the key's own part in the story: voices for who said it, runners with runners and
// officials with officials, never a victim, a character in a book or a headline's subject in another
// part; counts of people with counts of people. Texts written for these tests: every name is invented.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/generator/analysis.ts';
import { entityDistractors } from '../../../core/generator/distractors.ts';
import type { Entity } from '../../../core/generator/entities.ts';
import { figureReferentCandidates } from '../../../core/generator/item-figure-referents.ts';
import { whoSaidItCandidates } from '../../../core/generator/item-who-said-it.ts';
import { voicesOf } from '../../../core/generator/quotes.ts';
import { createRandom } from '../../../core/generator/random.ts';
import { onlyCited, roleClass } from '../../../core/generator/roles.ts';
import type { SourceText } from '../../../core/quiz/schema.ts';

const ctxOf = (source: SourceText) => ({ analysis: analyze(source), random: createRandom(1), sourceNoun: 'article' });
const completed = (source: SourceText) =>
  whoSaidItCandidates(ctxOf(source))
    .map((c) => (c.complete ? c.complete() : c))
    .filter((c) => c !== null);
const person = (source: SourceText, name: string): { analysis: ReturnType<typeof analyze>; e: Entity } => {
  const analysis = analyze(source);
  const e = analysis.entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity ${name}`);
  return { analysis, e };
};

// Local news: three people speak; a footballer only stars in a scene the councillor imagines.
const STADIUM: SourceText = {
  title: 'Council backs new stadium for Elmford',
  paragraphs: [
    'Elmford council has approved plans for a 9,000-seat stadium on the site of the old gasworks.',
    '"The new stadium is the biggest investment the town has seen in a generation," said council leader Ann Morley.',
    'Local resident Tom Birch told the meeting that traffic on Quarry Lane was already too heavy. "We were never asked whether we wanted a stadium next to our houses," he said.',
    'Councillor Raj Patel has claimed the cost will rise well above the £40m budget.',
    'Ms Morley said fans could one day watch winger Leo Marsh race down the wing in front of a full house.',
    'Work on the stadium is due to start in the spring and to end two years later.',
  ],
};

// Sport: the race director speaks; the runners only run.
const RACE: SourceText = {
  title: 'Keller joins Harbourside 10k field',
  paragraphs: [
    'Two-time champion Nadia Keller will race in the Harbourside 10k on Sunday, the organisers have confirmed.',
    'Keller will face Olga Brandt, the defending champion, and marathon runner Ines Varga.',
    '"Nadia adds real quality to a field that is already the strongest we have had," said race director Colin Fairweather.',
    'Last year Brandt won in 31 minutes 12 seconds, with Varga second.',
  ],
};

describe('who said it: wrong options are voices of the article', () => {
  it('finds people quoted or reported as speaking, not people only named', () => {
    const analysis = analyze(STADIUM);
    const voices = [...voicesOf(analysis)].map((e) => e.name);
    expect(voices).toEqual(expect.arrayContaining(['Ann Morley', 'Tom Birch', 'Raj Patel']));
    expect(voices).not.toContain('Leo Marsh');
  });

  it('never offers a player of an imagined scene as a speaker', () => {
    const items = completed(STADIUM);
    expect(items.length).toBeGreaterThan(0);
    for (const c of items) expect(c.options).not.toContain('Leo Marsh');
  });

  it('emits no item when only runners, who say nothing, could stand beside the race director', () => {
    expect(completed(RACE)).toEqual([]);
  });
});

// Arts: the headline's collector was murdered; a novelist's character and the painters are also named.
const SALE: SourceText = {
  title: 'Hartley art collection up for sale',
  paragraphs: [
    'The art collection of murdered shipping magnate Edwin Hartley could fetch up to £6m when it is auctioned in London this spring.',
    'Mr Hartley was shot outside his home in 2001 by suspected gunman David Crane, who was never caught.',
    'Among the pictures are works by painter Mary Delgado and painter John Hrabal. Mr Hartley also owned a first edition of Susan Pole\'s Captain Peter Vey, a novel about the sea.',
    'One of the highlights of the sale is Anna Ostrova\'s Winter Harbour, which has been given an estimate of £900,000.',
    'Paul Greaves, head of the auction house, said the paintings showed Mr Hartley\'s eye for colour. The painter Anna Ostrova sold the picture to him in 1995.',
  ],
};

describe('a person asked by role: wrong options cast in the same part', () => {
  it('reads a victim or an offender from the words before the name', () => {
    const { analysis, e } = person(SALE, 'David Crane');
    expect(roleClass(e, analysis)).toBe('crime');
    expect(roleClass(person(SALE, 'Mary Delgado').e, analysis)).toBe('arts');
  });

  it('treats a name after a possessive as a work or a character, not a person of the story', () => {
    const { analysis, e } = person(SALE, 'Peter Vey');
    expect(onlyCited(e, analysis)).toBe(true);
  });

  it('offers painters for a painter, never the murdered collector, his killer, a character or the auction house head', () => {
    const { analysis, e } = person(SALE, 'Anna Ostrova');
    const evidence = analysis.sentences.find((s) => s.text.startsWith('One of the highlights')) as (typeof analysis.sentences)[number];
    const stem = "One of the highlights of the sale is _____'s Winter Harbour.";
    const options = entityDistractors(e, e.name, { analysis, evidence, stem, claim: [], random: createRandom(1) }, { count: 3, form: 'full', withThe: false }).map((o) => o.text);
    expect(options).toEqual(expect.arrayContaining(['Mary Delgado', 'John Hrabal']));
    for (const wrong of ['Edwin Hartley', 'David Crane', 'Peter Vey', 'Paul Greaves']) expect(options).not.toContain(wrong);
  });

  it('never offers the sport body chief as a runner', () => {
    const source: SourceText = {
      title: 'Varga cleared to race again',
      paragraphs: [
        'The national athletics federation has lifted a ban on marathon runner Ines Varga after she apologised.',
        'Federation chief Joan Keller said the matter was closed.',
        'Two-time champion Olga Brandt missed the national trials because of a knee injury.',
        'Former champion Nadia Okoro also missed the trials but was later cleared by the federation.',
      ],
    };
    const { analysis, e } = person(source, 'Olga Brandt');
    const evidence = analysis.sentences.find((s) => s.text.includes('knee injury')) as (typeof analysis.sentences)[number];
    const stem = 'Who missed the national trials because of a knee injury?';
    const options = entityDistractors(e, e.name, { analysis, evidence, stem, claim: ['knee', 'injury'], random: createRandom(1) }, { count: 3, form: 'full', withThe: false }).map((o) => o.text);
    expect(options).not.toContain('Joan Keller');
    expect(options).toContain('Ines Varga');
  });
});

describe('a figure: wrong options count the same kind of thing', () => {
  it('never offers people named by their tie to someone ("other colleagues") as a counted group', () => {
    const source: SourceText = {
      title: 'Broadband reaches hill villages',
      paragraphs: [
        'A new broadband network will link 40 hill villages in the Dunmore valley by the end of the year.',
        'More than 6,000 rural households, as well as 2,500 pupils in the valley, will benefit from the network.',
        'The project was paid for by a regional grant and by the valley council.',
        'Last month 300 farmers signed up to the network, and 120 nurses joined them.',
        'The network also lets shepherds talk to other colleagues across the country about the weather.',
      ],
    };
    const options = figureReferentCandidates(ctxOf(source))
      .map((c) => (c.complete ? c.complete() : c))
      .filter((c) => c !== null)
      .flatMap((c) => c.options);
    expect(options).toContain('pupils');
    expect(options).not.toContain('colleagues');
  });
});
