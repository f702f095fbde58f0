// Main points first, stems that read on their own, options of one kind: salience, references
// and what the text shows about people, on texts written for these tests (every name is invented).
import { describe, expect, it } from 'vitest';
import { analyze, type Sentence } from '../../../core/generator/analysis.ts';
import { entityDistractors } from '../../../core/generator/distractors.ts';
import type { Entity } from '../../../core/generator/entities.ts';
import { clozeCandidates } from '../../../core/generator/item-cloze.ts';
import { trueFalseCandidates } from '../../../core/generator/item-true-false.ts';
import { createRandom } from '../../../core/generator/random.ts';
import { withReferents } from '../../../core/generator/references.ts';
import { inAside, labelYear, placeAsModifier } from '../../../core/generator/salience.ts';
import { partOfTimeOrName, tiedFigures } from '../../../core/generator/candidate.ts';
import { whoSaidItCandidates } from '../../../core/generator/item-who-said-it.ts';
import type { SourceText } from '../../../core/quiz/schema.ts';

const SCIENCE: SourceText = {
  title: 'Telescope finds water on distant moon',
  paragraphs: [
    'Astronomers using the Halvorsen telescope have found water vapour above the surface of a moon orbiting the planet Tessaly.',
    'The water was detected in readings taken over six nights in March 2019, the team said.',
    'Dr Ingrid Olsen, who led the study, said the moon could hold a frozen ocean beneath its crust.',
    'She said the finding made the moon a leading target for future missions.',
    'The observatory, which opened in 1961, sits on a hill above the village of Brack.',
    'Water on the moon would change how scientists think about where life might be found.',
    'The telescope readings will be checked again next year with a second instrument that measures water more precisely.',
  ],
};

const COMPANY: SourceText = {
  title: 'Profits fall at Kestrel Foods',
  paragraphs: [
    'Kestrel Foods, the Bristol snack maker, has reported a 12% fall in profits after a year of rising costs.',
    'The firm said higher prices for potatoes and cooking oil had cut its margins.',
    'Chief executive Martin Dale said the company would close two of its nine factories.',
    'Mr Dale said he expected sales to recover next year.',
    'The category has been hit hard across the industry.',
  ],
};

const ctxOf = (source: SourceText) => ({ analysis: analyze(source), random: createRandom(1), sourceNoun: 'article' });

describe('salience', () => {
  it('ranks the lead and the sentences the article keeps returning to above a detail in passing', () => {
    const a = analyze(SCIENCE);
    const rank = (start: string): number => a.sentences.find((s) => s.text.startsWith(start))?.salience ?? -1;
    expect(rank('Astronomers using')).toBe(1);
    expect(rank('Water on the moon')).toBeGreaterThan(rank('The observatory, which opened'));
    expect(Math.min(...a.sentences.map((s) => s.salience))).toBe(0);
  });

  it('reads a relative clause or an appositive between commas as an aside', () => {
    const s = analyze(SCIENCE).sentences.find((x) => x.text.startsWith('The observatory')) ?? analyze(SCIENCE).sentences[0];
    const at = (word: string): [number, number] => [s?.text.indexOf(word) ?? 0, (s?.text.indexOf(word) ?? 0) + word.length];
    expect(s && inAside(s, ...at('1961'))).toBe(true);
    expect(s && inAside(s, ...at('Brack'))).toBe(false);
  });

  it('asks no date of an aside or of a minor sentence, but one of a main point', () => {
    const gapped = clozeCandidates(ctxOf(SCIENCE)).map((c) => c.keyId);
    expect(gapped).not.toContain('date:1961');
    expect(gapped).toContain('date:March 2019');
  });
});

describe('references', () => {
  it('names the company that "the firm" and "the company" stand for, from how the article introduced it', () => {
    const a = analyze(COMPANY);
    const firm = a.sentences[1];
    expect(firm?.references.map((r) => r.name)).toEqual(['Kestrel Foods']);
    expect(firm && withReferents(firm, 'The firm said higher prices had cut its margins.')).toBe('Kestrel Foods said higher prices had cut its margins.');
  });

  it('drops a statement whose reference cannot be resolved ("the category")', () => {
    const a = analyze(COMPANY);
    const vague = a.sentences[4];
    expect(vague?.references.map((r) => r.name)).toEqual([null]);
    expect(vague && withReferents(vague, 'The category has been hit hard across the industry.')).toBeNull();
    expect(trueFalseCandidates(ctxOf(COMPANY)).some((c) => c.sentences.includes(4) && c.complete?.())).toBe(false);
  });

  it('reads an opening "She" as the person named just before, and tells he from she', () => {
    const a = analyze(SCIENCE);
    expect(a.sentences[3]?.referent?.name).toBe('Ingrid Olsen');
    expect(a.entities.find((e) => e.name === 'Ingrid Olsen')?.gender).toBe('f');
    expect(analyze(COMPANY).entities.find((e) => e.name === 'Martin Dale')?.gender).toBe('m');
  });
});

describe('options of one kind', () => {
  const RACE: SourceText = {
    title: 'Coastal run draws record field',
    paragraphs: [
      'Runner Tom Achebe won the Coastal 10km on Sunday, and he broke the course record by four seconds.',
      'Lena Park finished second in the women’s race, and she said the wind had been brutal.',
      'Race director Omar Haddad said entries had doubled since the event moved to the seafront in 1998.',
      'Mr Achebe said he would now train for the national championships.',
      'David Moreno, who finished second in the men’s race, said he had run his best time of the year.',
      'Ms Park said she would race again in May.',
      'Paul Grey, third in the men’s race, said he was pleased with his form.',
    ],
  };

  it('offers men for a man and women for a woman where the text shows it', () => {
    const analysis = analyze(RACE);
    const person = (name: string) => analysis.entities.find((e) => e.name === name) as Entity;
    expect(person('Lena Park').gender).toBe('f');
    const evidence = analysis.sentences[3] as Sentence;
    const stem = '_____ said he would now train for the national championships.';
    const options = entityDistractors(person('Tom Achebe'), 'Tom Achebe', { analysis, evidence, stem, claim: [], random: createRandom(1) }, { count: 3, form: 'full', withThe: false }).map((o) => o.text);
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(options).not.toContain('Lena Park');
  });
});

describe('give-aways and details', () => {
  const SHOP: SourceText = {
    title: 'Harwick Group opens flagship store in Leeds',
    paragraphs: [
      'Harwick Group opened its flagship store in Leeds on Saturday, the chain said.',
      'It said the store would employ 60 people and stock 80,000 titles.',
      'Its shares rose 4% after the opening, while the wider market fell 1%.',
      'Sales are expected to reach £2m this year, well short of sales of £3.5m at the old store in 1998.',
      'The 2004 relaunch of the website cost £400,000, and Scotland’s Glenmore Press will print the store’s own guides.',
      'The store previously traded from a smaller site that opened in 1971.',
    ],
  };

  it('reads an opening It/Its as the company the sentence before opens with', () => {
    const a = analyze(SHOP);
    expect(a.sentences[1]?.referent?.name).toBe('Harwick Group');
    expect(a.sentences[2]?.referent?.name).toBe("Harwick Group's");
  });

  it('ties figures set against each other, even across a stretch of comparison', () => {
    const s = analyze(SHOP).sentences[3] as Sentence;
    const [sales, old] = s.numbers;
    expect(sales && old && tiedFigures(s, sales, old)).toBe(true);

  });

  it('knows a label year and a place that only locates a name', () => {
    const s = analyze(SHOP).sentences[4] as Sentence;
    const year = s.dates[0];
    expect(year && labelYear(s, year)).toBe(true);
    const scotland = s.mentions.find((m) => m.text === 'Scotland');
    expect(scotland && placeAsModifier(s, scotland)).toBe(true);
    const leeds = analyze(SHOP).sentences[0]?.mentions.find((m) => m.text === 'Leeds');
    expect(leeds && placeAsModifier(analyze(SHOP).sentences[0] as Sentence, leeds)).toBe(false);
  });

  it('asks no figure tied to another, no label year and nothing from background', () => {
    const FORECAST: SourceText = {
      title: 'Bookshop forecast',
      paragraphs: ['Sales at Harwick Group are expected to reach £2m this year, well short of sales of £3.5m at its old store.', 'The group spent £400,000 on a new website.'],
    };
    const leading = clozeCandidates(ctxOf(FORECAST)).map((c) => c.keyId);
    expect(leading).not.toContain('number:£2m');
    expect(leading).not.toContain('number:£3.5m');
    const ctx = ctxOf(SHOP);
    const cloze = clozeCandidates(ctx).map((c) => c.keyId);
    expect(cloze).not.toContain('date:2004');
    expect(cloze).not.toContain('date:1971');
    // "Radio reaches farmers in Peru": a statement about Peru is judged from the headline.
    const FARMS: SourceText = {
      title: 'Radio reaches farmers in Peru',
      paragraphs: ['Engineers trained in Chile have built a radio network for poor farmers in the Andes.', 'The network is helping farmers in Peru to sell their crops at fair prices.', 'Farmers pay a small fee to use it.'],
    };
    const farmSlots = trueFalseCandidates(ctxOf(FARMS)).map((c) => c.keyId);
    expect(farmSlots).toContain('place:Chile');
    expect(farmSlots).not.toContain('place:Peru');
    const swapped = trueFalseCandidates(ctx).filter((c) => c.truth === false).map((c) => c.keyId);
    expect(swapped).not.toContain('number:£3.5m');
    expect(swapped).not.toContain('date:1971');
  });

  it('never follows a "she" back to a man', () => {
    const QUOTES: SourceText = {
      title: 'Library hours cut',
      paragraphs: [
        'Union leader Peter Vance said the library would close on Mondays, and he blamed a smaller budget.',
        'Union leader Peter Vance said: "We will fight these cuts in every way we can, starting with a petition this week."',
        '"We have had to make hard choices about every service in the town," she added.',
        'Librarian Joan Pike said she was sad to see the hours cut, and Dan Ross of the council said he hoped to restore them.',
      ],
    };
    const a = analyze(QUOTES);
    expect(a.entities.find((e) => e.name === 'Peter Vance')?.gender).toBe('m');
    expect(a.quotes.some((q) => q.speaker.name === 'Peter Vance' && q.text.includes('hard choices'))).toBe(true); // the attribution this guards against
    const stems = whoSaidItCandidates(ctxOf(QUOTES)).map((c) => c.stem);
    expect(stems.some((x) => x.includes('fight these cuts'))).toBe(true);
    expect(stems.some((x) => x.includes('hard choices'))).toBe(false);
  });

  it('reads gender from a gendered role noun, and asks no name its apposition identifies', () => {
    const CLUB: SourceText = {
      title: 'Rowing club wins river race',
      paragraphs: [
        'Club spokesman Leo Hart said the crew had trained every morning since September.',
        'The Millford crew won the race after Ruth Bell, former world champion and now the club coach, changed the line-up.',
        'Rival coach Sam Ortiz said his crew would be back next year.',
        'Millford coach Ruth Bell said the win was the best in the club history.',
      ],
    };
    const a = analyze(CLUB);
    expect(a.entities.find((e) => e.name === 'Leo Hart')?.gender).toBe('m');
    const gapped = clozeCandidates(ctxOf(CLUB)).filter((c) => c.sentences.includes(1)).map((c) => c.keyId);
    expect(gapped).not.toContain('person:ruth bell');
  });

  it('keeps lists, compound times, award years and name fragments out of items', () => {
    const GALA: SourceText = {
      title: 'Gala raises funds for hospice',
      paragraphs: [
        'Painter Anna Cole, sculptor Ben Frost and former Delta Five drummer Carl Jones have all given works to the gala auction.',
        'The gala won the Regional Charity Award 2003 for its fundraising.',
        'Runner Beth Ward finished the charity mile in four minutes 52.10 seconds, and she said the crowd had carried her.',
        'Mark Little, who organised the night, said it raised more than £40,000, and he thanked Ben Frost and Anna Cole.',
        'Curator James Ellis Carter said the auction would return next year, and Ellis Carter said he hoped for more artists.',
        'Tom Reid, who ran the auction, said he had never sold so many works in one night.',
      ],
    };
    const ctx = ctxOf(GALA);
    const cloze = clozeCandidates(ctx).map((c) => c.keyId);
    expect(cloze).not.toContain('person:carl jones');
    expect(cloze).not.toContain('date:2003');
    const a = ctx.analysis;
    const mile = a.sentences[2] as Sentence;
    expect(mile.numbers.map((n) => partOfTimeOrName(mile.text, n))).toEqual([true, true]); // "four minutes 52.10 seconds"
    const key = a.entities.find((e) => e.name === 'Mark Little') as Entity;
    const options = entityDistractors(key, 'Mark Little', { analysis: a, evidence: a.sentences[1] as Sentence, stem: '_____ said he thanked the artists.', claim: [], random: createRandom(1) }, { count: 3, form: 'full', withThe: false }).map((o) => o.text);
    expect(options).toContain('Tom Reid');
    expect(options).not.toContain('Ellis Carter'); // the tail of James Ellis Carter
    for (const unknown of ['Anna Cole', 'Carl Jones', 'Beth Ward']) expect(options).not.toContain(unknown); // "he" in the stem
  });
});
