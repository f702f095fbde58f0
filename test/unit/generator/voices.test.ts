// Who said it: the quotation's own words narrow who could have said it. Words spoken as one of a body ("for us
// to raise bills") are an actor's, never a correspondent's or an analyst's; words an observer says of a body
// from outside ("whether they raise bills") are an observer's. And a quotation shown must say something on its
// own. Texts written for these tests: every name is invented.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/generator/analysis.ts';
import { standsAlone, voiceOf, whoSaidItCandidates } from '../../../core/generator/item-who-said-it.ts';
import { createRandom } from '../../../core/generator/random.ts';
import { observerPart, roleClass } from '../../../core/generator/roles.ts';
import type { SourceText } from '../../../core/quiz/schema.ts';

const completed = (source: SourceText) =>
  whoSaidItCandidates({ analysis: analyze(source), random: createRandom(1), sourceNoun: 'article' })
    .map((c) => (c.complete ? c.complete() : c))
    .filter((c) => c !== null);
const itemQuoting = (source: SourceText, words: string) => completed(source).find((c) => c.stem.includes(words));

// Local business: the water company's director, the regulator, a councillor, a resident and an analyst speak.
const WATER: SourceText = {
  title: 'Harlow Water weighs bill rise',
  paragraphs: [
    'Harlow Water has confirmed it is considering raising household bills by as much as 15% next year.',
    '"The spring is the best time for us to raise bills across the whole region," said Dana Whitcombe, finance director of Harlow Water.',
    'The chief executive of the regulator, Martin Hale, said the plan would be examined in detail before the summer.',
    'Council leader Tom Ashby said the town had not been consulted about the rise.',
    '"We were never told our bills would go up again this year," said local resident Joan Pike.',
    'The Evening Post\'s correspondent in Harlow, Priya Nair, said customers were likely to resist.',
    '"The big question is whether they raise bills at once or spread the rise over three years," Ms Nair said.',
  ],
};

describe('who said it: the quotation speaks as one of a body or of one from outside', () => {
  it('reads a part set before the name ("The Evening Post\'s correspondent in Harlow, Priya Nair") as an observer\'s', () => {
    const analysis = analyze(WATER);
    const nair = analysis.entities.find((e) => e.name === 'Priya Nair');
    const hale = analysis.entities.find((e) => e.name === 'Martin Hale');
    if (!nair || !hale) throw new Error('people not found');
    expect(roleClass(nair, analysis)).toBe('media');
    expect(observerPart(nair, analysis)).toBe(true);
    expect(observerPart(hale, analysis)).toBe(false);
  });

  it('reads someone "not connected to the case" as an outside voice, whatever their part', () => {
    const paragraphs = (aside: string) => [`Consumer lawyer Ruth Mason${aside} said customers could complain to the regulator.`];
    for (const [aside, outside] of [[', who is not connected to the case,', true], ['', false]] as const) {
      const analysis = analyze({ title: 'Bill rise', paragraphs: paragraphs(aside) });
      const mason = analysis.entities.find((e) => e.name === 'Ruth Mason');
      if (!mason) throw new Error('Ruth Mason not found');
      expect(roleClass(mason, analysis)).toBe('law');
      expect(observerPart(mason, analysis)).toBe(outside);
    }
  });

  it('does not make a speaker a reporter for speaking to reporters', () => {
    const analysis = analyze({ title: 'Bridge to reopen', paragraphs: ['Speaking to reporters, Alan Cole said the bridge would reopen in May.'] });
    const cole = analysis.entities.find((e) => e.name === 'Alan Cole');
    if (!cole) throw new Error('Alan Cole not found');
    expect(roleClass(cole, analysis)).toBeNull();
  });

  it('hears "we", "us" and "our" as a member\'s voice and "they" or "the council" as an outsider\'s, not "US" or a nested quotation', () => {
    expect(voiceOf('The spring is the best time for us to raise bills')).toBe('member');
    expect(voiceOf('Our plan stands')).toBe('member');
    expect(voiceOf('The big question is whether they raise bills at once')).toBe('about');
    expect(voiceOf('The council has let the town down badly')).toBe('about');
    expect(voiceOf('The US market for water meters is growing fast')).toBeNull();
    expect(voiceOf("Fans would chant 'we want our money back' at every game")).toBeNull();
  });

  it('never offers an observer for words spoken as one of a body', () => {
    const item = itemQuoting(WATER, 'for us to raise bills');
    expect(item?.options[0]).toBe('Dana Whitcombe');
    expect(item?.options).not.toContain('Priya Nair');
  });

  it('never offers an observer for a member\'s "we" even when the speaker\'s own part is unknown', () => {
    const item = itemQuoting(WATER, 'We were never told');
    expect(item?.options[0]).toBe('Joan Pike');
    expect(item?.options).not.toContain('Priya Nair');
  });

  it('hears the voice in the whole quotation, past the cut of the part shown', () => {
    const long =
      '"I remember the last time the bills went up, every family on Mill Road had to cut back on heating and food for months on end, and nobody came to explain it, even after we wrote to them," said local resident Joan Pike.';
    const item = itemQuoting({ ...WATER, paragraphs: [...WATER.paragraphs.slice(0, 4), long, ...WATER.paragraphs.slice(5)] }, 'Mill Road');
    expect(item?.stem).not.toContain('we wrote');
    expect(item?.options[0]).toBe('Joan Pike');
    expect(item?.options).not.toContain('Priya Nair');
  });

  it('offers only observers for an observer\'s words about a body, and so no item when she is the only one', () => {
    expect(itemQuoting(WATER, 'whether they raise bills')).toBeUndefined();
    const withAnalyst: SourceText = {
      ...WATER,
      paragraphs: [...WATER.paragraphs, 'Utilities analyst Ben Okoro said the company had little choice. Housing economist Sara Lund said prices across the sector would rise.'],
    };
    const item = itemQuoting(withAnalyst, 'whether they raise bills');
    expect(item?.options[0]).toBe('Priya Nair');
    expect([...(item?.options ?? [])].sort()).toEqual(['Ben Okoro', 'Priya Nair', 'Sara Lund']);
  });
});

describe('who said it: a quotation shown says something on its own', () => {
  it('refuses a fragment that opens mid-predicate, with no subject', () => {
    expect(standsAlone('…too unlikely to have been a coincidence')).toBe(false);
    expect(standsAlone('…to be fully and publicly cleared of the charges')).toBe(false);
    expect(standsAlone('…corrosive of the whole planning system')).toBe(false);
    expect(standsAlone('…the terms of the loan were never fair to the club')).toBe(true);
    expect(standsAlone('…it appears likely that the dam was never inspected')).toBe(true);
    // The content is a clause of its own: what would be "far better" is said.
    expect(standsAlone('…far better if the whole bill were put to the town in a vote')).toBe(true);
  });

  it('refuses a quotation whose subject is a pronoun for someone or something it does not name', () => {
    expect(standsAlone('He has to start scoring at county level and this is the beginning')).toBe(false);
    expect(standsAlone('They have shown a complete disregard for the rights of our tenants')).toBe(false);
    expect(standsAlone('This breaks the code of conduct for every landlord in the borough')).toBe(false);
    expect(standsAlone("That's a transfer of money from tenants to landlords")).toBe(false);
    expect(standsAlone('This award counts because the winners are chosen by the pupils themselves')).toBe(true);
    expect(standsAlone('These tenants have waited three years for the repairs')).toBe(true);
    expect(standsAlone("This year's repairs will cost the council more than the new homes")).toBe(true);
  });

  it('refuses a line that names nothing it is about', () => {
    expect(standsAlone("There's a lot of talking left")).toBe(false);
    expect(standsAlone('I do not wish to make any judgements')).toBe(false);
    expect(standsAlone('The new bridge will carry trains by May')).toBe(true);
  });

  it('asks no who-said-it on such quotations', () => {
    const source: SourceText = {
      title: 'Ferry talks go on',
      paragraphs: [
        'Talks between the ferry operator and the island council over winter sailings ended without a deal on Monday.',
        'Council leader Morag Dunn said: "There\'s a lot of talking left." She added that the island\'s schools depended on the morning sailing.',
        'The timing of the timetable change was "too unlikely to have been a coincidence", harbour master Iain Reid said.',
        '"The morning sailing will run until the new ferry arrives in March," said operator chief executive Colin Baird.',
      ],
    };
    const stems = completed(source).map((c) => c.stem);
    expect(stems.some((s) => s.includes('lot of talking'))).toBe(false);
    expect(stems.some((s) => s.includes('coincidence'))).toBe(false);
    expect(stems.some((s) => s.includes('morning sailing will run'))).toBe(true);
  });
});
