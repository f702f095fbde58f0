import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/generator/analysis.ts';
import { findDates } from '../../../core/generator/dates.ts';
import { findNumbers } from '../../../core/generator/numbers.ts';
import { NEWS } from './fixtures/articles.ts';

const one = (paragraphs: string[]) => analyze({ title: 'T', paragraphs });

describe('entities', () => {
  it('splits a title off into a role and links the surname back to the full name', () => {
    const a = one(['Russian Foreign Minister Sergei Lavrov arrived on Monday. Later, Lavrov spoke to reporters.']);
    const lavrov = a.entities.find((e) => e.name === 'Sergei Lavrov');
    expect(lavrov?.kind).toBe('person');
    expect(lavrov?.roles.map((r) => r.text)).toContain('Russian Foreign Minister');
    expect(lavrov?.mentions.map((m) => m.text)).toEqual(['Sergei Lavrov', 'Lavrov']);
  });

  it('recognises people outside the lexicon by their title or given name', () => {
    const a = one(['Navy Capt. Dana R. Whitfield, a spokesperson for Central Command, spoke first. Whitfield then left.', 'Later, Emily Carter said the plan had failed.']);
    const dana = a.entities.find((e) => e.name === 'Dana R. Whitfield');
    expect(dana?.kind).toBe('person');
    expect(dana?.roles.map((r) => r.text)).toContain('spokesperson for Central Command');
    expect(dana?.mentions).toHaveLength(2);
    expect(a.entities.find((e) => e.name === 'Emily Carter')?.kind).toBe('person');
  });

  it('treats ISIS, ISIL, Daesh and the Islamic State as one entity', () => {
    const a = one(['ISIS lost ground. ISIL fighters fled. Daesh is another name for the Islamic State.']);
    const group = a.entities.filter((e) => e.id === 'lex:Islamic State');
    expect(group).toHaveLength(1);
    expect(group[0]?.mentions.map((m) => m.text)).toEqual(['ISIS', 'ISIL', 'Daesh', 'Islamic State']);
  });

  it('classifies organisations and places, including unknown ones from context', () => {
    const a = one(['The Syrian Democratic Forces entered the town of Kobani while the Pentagon watched from Washington.']);
    const kind = (name: string) => {
      const e = a.entities.find((x) => x.name === name);
      return e && `${e.kind}/${e.sub}`;
    };
    expect(kind('Syrian Democratic Forces')).toBe('org/armed');
    expect(kind('Kobani')).toBe('place/city');
    expect(kind('Pentagon')).toBe('org/gov');
    expect(kind('Washington')).toBe('place/capital');
  });

  it('does not treat sentence openers or adjectives as names', () => {
    const a = one(['Coordination remained limited. Though Kurdish fighters advanced, the army waited. Citing delays, the army stopped.']);
    expect(a.entities.map((e) => e.name)).toEqual([]);
  });

  it('finds the whole article’s people in the news fixture', () => {
    const people = analyze(NEWS).entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Sergei Lavrov', 'John Kerry', 'Joseph Dunford', 'Dana R. Whitfield', 'Vladimir Putin', 'Bashar al-Assad']));
  });
});

describe('dates and numbers', () => {
  it('keeps absolute dates only', () => {
    const found = findDates('On Monday, last week and in July nothing happened; in September 2015, on Jan. 28, 2017, on June 8 and in 2014 things did.');
    expect(found.map((d) => d.text)).toEqual(['September 2015', 'Jan. 28, 2017', 'June 8', '2014']);
    expect(found[1]?.value).toEqual({ gran: 'ymd', m: 1, d: 28, y: 2017 });
  });

  it('reads dates followed by a comma', () => {
    expect(findDates('In 2011, 2014 and September 2015, it changed.').map((d) => d.text)).toEqual(['2011', '2014', 'September 2015']);
  });

  it('finds counted quantities, not references', () => {
    const found = findNumbers('The two leaders spoke for 45 minutes about positions just three miles away and 1,200 fighters.');
    expect(found.map((n) => `${n.text} ${n.unit}`)).toEqual(['45 minute', 'three mile', '1,200 fighter']);
  });
});

// Off-domain sentences written for these tests: business and science.
describe('entities: what the words after a name say it is', () => {
  const kindOf = (paragraphs: string[], name: string) => {
    const e = one(paragraphs).entities.find((x) => x.name === name);
    return e && `${e.kind}/${e.sub}`;
  };

  it.each([
    ["Profits at Harlow Foods fell. Harlow's annual pre-tax profits were down again.", 'Harlow'],
    ["Investors expect Drummond's new chief executive to start on Monday.", 'Drummond'],
    ['Analysts praised Kelbrook, the Yorkshire paint maker, for its results.', 'Kelbrook'],
    ['Shareholders watched as Tarrant shares slid on the news.', 'Tarrant'],
  ])('%s -> %s is a company', (text, name) => expect(kindOf([text], name)).toBe('org/company'));

  it('reads a name ending in -s as plural unless it ends like "Times" or "Nations"', () => {
    const a = one(['Reporters from the Greenfield Times followed the Red Hill Brigades across the moor.']);
    const plural = (name: string) => a.entities.find((e) => e.name === name)?.plural;
    expect(plural('Greenfield Times')).toBe(false);
    expect(plural('Red Hill Brigades')).toBe(true);
  });
});
