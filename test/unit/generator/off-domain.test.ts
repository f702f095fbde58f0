// The generator on news far from the launch topic (sport, business, local news, science), in
// texts written for these tests: every name and figure below is invented.
import { describe, expect, it } from 'vitest';
import { generateQuiz, lintItem } from '../../../core/generator/index.ts';
import { analyze } from '../../../core/generator/analysis.ts';
import { makeStatement, render } from '../../../core/generator/clauses.ts';
import { onLaunchTopic, personFormMatches } from '../../../core/generator/distractors.ts';
import { clozeCandidates } from '../../../core/generator/item-cloze.ts';
import { figureCandidates } from '../../../core/generator/item-figures.ts';
import { stanceCandidates } from '../../../core/generator/item-stance.ts';
import { timelineCandidates } from '../../../core/generator/item-timeline.ts';
import { trueFalseCandidates } from '../../../core/generator/item-true-false.ts';
import { viewsMatchingCandidates } from '../../../core/generator/item-views.ts';
import { causesIn, whyCandidates } from '../../../core/generator/item-why.ts';
import { LEXICON } from '../../../core/generator/lexicon.ts';
import { createRandom } from '../../../core/generator/random.ts';
import type { ChoiceItem, Quiz, SourceText } from '../../../core/quiz/schema.ts';

const SPORT: SourceText = {
  title: 'Harbour Town reach the cup semi-final',
  paragraphs: [
    'Harbour Town beat Millbrook Rovers 3-1 on Saturday to reach the semi-final of the county cup for the first time in twelve years.',
    'Striker Dan Holloway scored twice in the second half after the visitors had taken an early lead through Sam Okafor.',
    'Mr Holloway missed the previous round because of a hamstring injury, and manager Greta Lindqvist said he had worked hard to return.',
    'The club sold 4,200 tickets for the match, its biggest crowd of the season, and expects to sell 6,000 tickets for the semi-final.',
    'Millbrook manager Peter Ashdown criticised the referee for a late penalty decision that ended any hope of a comeback.',
    'The replay rules will stay unchanged this season, the county football association said.',
    'Harbour Town will face Castlegate United in the semi-final at the Riverside Ground in March.',
    'The kick-off was delayed by ten minutes because of a waterlogged goalmouth.',
    'The away fans were kept behind after the final whistle due to a crush at the main gate.',
    'Castlegate United lost only two league games last season, and their coach Maria Brandt warned that her side would not underestimate the hosts.',
  ],
};

const BUSINESS: SourceText = {
  title: 'Bakery chain Crumb & Co to close stores',
  paragraphs: [
    'The bakery chain Crumb & Co is to close 38 of its 210 stores after sales fell for a third year in a row.',
    'Chief executive Laura Pennington said the closures would cost about 400 jobs, most of them part-time.',
    'Sales dropped by 7% in the year to March due to higher flour prices and falling numbers of shoppers in town centres.',
    'Union official Ravi Chandran accused the company of ignoring staff who had offered to cut their hours.',
    'Online orders rose by 12% over the same period, the company said.',
    'Analyst Tomas Reyes said the chain had expanded too quickly in the years before the slowdown.',
    'Shares in Crumb & Co fell 9% on Tuesday following the announcement of the closures.',
    'The company opened its first store in Leeds in 1987 and moved its head office to Sheffield in 2009.',
  ],
};

const LOCAL: SourceText = {
  title: 'Council closes Mill Lane bridge',
  paragraphs: [
    'Westholme Council has closed the Mill Lane bridge because of flood damage found during an inspection last week.',
    'Drivers face a detour of four miles while engineers assess the structure. Repairs to the bridge are expected to cost £240,000, the council said.',
    'Councillor Aisha Rahman said the bridge would reopen in the spring if repairs went to plan.',
    'Local shops will lose trade during the closure, the chamber of commerce warned.',
    'The bridge was built in 1894 and last repaired in 1978 after a lorry struck its parapet.',
    'Residents criticised the council for giving only two days of notice before the closure.',
  ],
};

const gen = (source: SourceText, seed = 1): Quiz => generateQuiz(source, { id: 'paste-test', source: { kind: 'paste', title: source.title }, seed });
const LAUNCH_NAMES = new Set(LEXICON.filter((l) => !l.general).flatMap((l) => l.names.map((n) => n.toLowerCase())));
/** The words an item is built on: its first evidence span. */
const spanOf = (c: { evidence: { sentence: string; span: [number, number] }[] }): string => {
  const e = c.evidence[0];
  return e ? e.sentence.slice(e.span[0], e.span[1]) : '';
};
const choice = (q: Quiz): ChoiceItem[] => q.items.filter((i): i is ChoiceItem => i.type !== 'timeline' && i.type !== 'matching');

describe('entities in off-domain news', () => {
  it('finds people by role, by speech verb and by surname, and keeps sentence openers out of names', () => {
    const a = analyze(SPORT);
    const people = a.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Dan Holloway', 'Greta Lindqvist', 'Peter Ashdown', 'Maria Brandt']));
    const holloway = a.entities.find((e) => e.name === 'Dan Holloway');
    expect(holloway?.mentions.length).toBe(2); // "Striker Dan Holloway" and "Mr Holloway"
    const local = analyze(LOCAL);
    expect(local.entities.find((e) => e.name === 'Aisha Rahman')?.kind).toBe('person');
  });
});

describe('names read from context', () => {
  it('reads a full name followed later by the bare surname as a person, but not "the Dome"', () => {
    const a = analyze({
      title: 'Indoor athletics',
      paragraphs: [
        'Tirunesh Okonjo set a world indoor record over 5,000m in Boston on Saturday.',
        'Okonjo finished almost ten seconds clear of the field.',
        'The sale of the Riverside Dome was delayed again, and the Dome will stay closed until May.',
      ],
    });
    const okonjo = a.entities.find((e) => e.name === 'Tirunesh Okonjo');
    expect(okonjo?.kind).toBe('person');
    expect(okonjo?.mentions.length).toBe(2);
    expect(a.entities.find((e) => e.name === 'Riverside Dome')?.kind).not.toBe('person');
  });

  it('reads companies and teams from the words around them', () => {
    const a = analyze({
      title: 'Results',
      paragraphs: [
        'Shares in Brackmoor fell 4% after the brewer warned on profits.',
        'Brackmoor said sales of its bottled beers had slowed.',
        'Kingsford beat Ashvale 2-0 on Saturday, and Ashvale manager Tom Reddy said his side had been unlucky.',
      ],
    });
    const kind = (name: string): string | undefined => a.entities.find((e) => e.name === name)?.sub;
    expect(kind('Brackmoor')).toBe('company');
    expect(kind('Ashvale')).toBe('team');
  });

  it('follows "she said" back to the one person named just before', () => {
    const a = analyze({
      title: 'Library hours',
      paragraphs: [
        'Councillor Ruth Ansell defended the decision to cut library opening hours.',
        '"We had to find savings somewhere and the libraries will stay open on Saturdays," she said.',
      ],
    });
    expect(a.quotes.map((q) => q.speaker.name)).toEqual(['Ruth Ansell']);
    expect(a.quotes[0]?.antecedent?.sentence).toBe(0);
  });
});

describe('distractors that fit the article', () => {
  it('never offers launch-domain names for an article that is not on the launch topic', () => {
    for (const source of [SPORT, BUSINESS, LOCAL]) {
      expect(onLaunchTopic(analyze(source))).toBe(false);
      for (const seed of [1, 2, 3]) for (const item of choice(gen(source, seed))) for (const o of item.options) expect(LAUNCH_NAMES.has(o.toLowerCase()), `${o} in "${item.stem}"`).toBe(false);
    }
  });

  it('treats a text naming several launch-domain entries as on the launch topic', () => {
    const onTopic: SourceText = {
      title: 'Talks on Syria',
      paragraphs: ['Sergei Lavrov met John Kerry in Geneva to discuss Aleppo, and Vladimir Putin later spoke to Donald Trump about the talks.'],
    };
    expect(onLaunchTopic(analyze(onTopic))).toBe(true);
  });

  it('writes people in the key’s form: full names with full names, surnames with surnames', () => {
    expect(personFormMatches('Greta Lindqvist', 'Peter Ashdown')).toBe(true);
    expect(personFormMatches('Greta Lindqvist', 'Ashdown')).toBe(false);
    expect(personFormMatches('Holloway', 'Okafor')).toBe(true);
    expect(personFormMatches('Holloway', 'Sam Okafor')).toBe(false);
  });

  it('takes wrong names only from the article or the general lists (the linter checks it)', () => {
    for (const source of [SPORT, BUSINESS, LOCAL]) for (const item of gen(source).items) expect(lintItem(item, { source }), item.stem).toEqual([]);
    const item: ChoiceItem = {
      id: 'mc-test1',
      type: 'multiple-choice',
      stem: 'Who criticised the referee for a late penalty decision?',
      options: ['Peter Ashdown', 'Greta Lindqvist', 'Bashar al-Assad'],
      key: 0,
      evidence: [{ paragraph: 5, sentence: SPORT.paragraphs[4] as string, span: [16, 29] }],
      explanation: 'Paragraph 5 says so.',
      difficulty: 0.4,
    };
    expect(lintItem(item, { source: SPORT }).map((i) => i.code)).toContain('option-not-from-source');
  });
});

describe('items that test understanding', () => {
  it('reads stated causes and asks why, with other stated reasons as wrong options', () => {
    const causes = analyze(LOCAL).sentences.flatMap((s) => causesIn(s));
    expect(causes.map((c) => c.text)).toContain('flood damage found during an inspection last week');
    const why = whyCandidates({ analysis: analyze(LOCAL), random: createRandom(1), sourceNoun: 'article' });
    const draft = why.find((c) => c.stem.includes('closed the Mill Lane bridge'));
    expect(draft?.stem).toBe('According to the article, what explains why Westholme Council has closed the Mill Lane bridge?');
    // A reason inside the effect's own sentence is a phrase of one sentence: recall (one told apart is understanding).
    expect(draft?.understanding).toBeUndefined();
    // A noun-phrase reason with no other noun-phrase reasons or phrases to pair it with is not asked.
    expect(draft?.complete?.()).toBeNull();
    const sport = whyCandidates({ analysis: analyze(SPORT), random: createRandom(1), sourceNoun: 'article' });
    const done = sport.find((c) => c.stem.includes('missed the previous round'))?.complete?.();
    expect(done?.options.slice(1)).toEqual(expect.arrayContaining(['a crush at the main gate', 'a waterlogged goalmouth']));
    expect(done?.stem).toBe('According to the article, what explains why Mr Holloway missed the previous round?');
    expect(done?.options[0]).toBe('a hamstring injury');
    // Wrong reasons are noun phrases too, and none is a time ("the second half").
    for (const o of done?.options ?? []) expect(o).toMatch(/^(?:a|an|the)\s/);
    for (const o of done?.options ?? []) expect(o).not.toMatch(/\b(?:half|time|season)\b/);
  });

  it('asks who holds a position stated after the clause (“…, the association said”)', () => {
    const local = analyze(LOCAL);
    const stance = stanceCandidates({ analysis: local, random: createRandom(1), sourceNoun: 'article' });
    // Only the view stated after its speaker ("Councillor Aisha Rahman said …"): no one states one before "X said" here.
    expect(stance.map((c) => c.stem)).toEqual(['According to the article, who said that the bridge would reopen in the spring if repairs went to plan?']);
    const text: SourceText = {
      title: 'Flour prices',
      paragraphs: [
        'Flour prices will rise again next year, Mr Chandran warned.',
        'Union official Ravi Chandran met the board on Monday.',
        'Chief executive Laura Pennington said the chain would reopen two stores.',
        'Analyst Tomas Reyes said the chain had grown too quickly.',
      ],
    };
    const c = stanceCandidates({ analysis: analyze(text), random: createRandom(1), sourceNoun: 'article' })[0];
    expect(c?.stem).toBe('According to the article, who warned that flour prices will rise again next year?');
    const done = c?.complete?.();
    expect(done?.options[0]).toBe('Ravi Chandran');
    expect(done?.options.slice(1).sort()).toEqual(['Laura Pennington', 'Tomas Reyes']);
  });

  it('asks who holds a position stated after the speaker (“Dr Osei said …”, “She said …”, “… told the BBC that …”)', () => {
    const text: SourceText = {
      title: 'A comet returns',
      paragraphs: [
        'Astronomer Amara Osei has tracked the comet from an observatory in the Andes since 2019.',
        'Dr Osei said the comet would pass within two million kilometres of the Earth next spring.',
        'She said amateur observers would see its tail without a telescope for about a week.',
        'Physicist Jonas Lund said the dust trail would give a modest meteor shower in May.',
        'Engineer Priya Nair told the Science Weekly podcast that the observatory needed a new mirror.',
        'Telescope maker Colm Byrne said it was a busy year.',
        'Amara Osei will present the results at a conference in Lima.',
      ],
    };
    const stems = stanceCandidates({ analysis: analyze(text), random: createRandom(1), sourceNoun: 'article' }).map((c) => c.stem);
    expect(stems).toEqual([
      'According to the article, who said that the comet would pass within two million kilometres of the Earth next spring?',
      'According to the article, who said that the dust trail would give a modest meteor shower in May?',
      'According to the article, who said that the observatory needed a new mirror?',
    ]); // not "who said that it was a busy year?" nor "… would see its tail …": the view's "it"/"its" says nothing on its own
    const first = stanceCandidates({ analysis: analyze(text), random: createRandom(1), sourceNoun: 'article' })[0]?.complete?.();
    expect(first?.options[0]).toBe('Amara Osei');
    expect(first?.options.slice(1).sort()).toEqual(['Colm Byrne', 'Jonas Lund', 'Priya Nair']);
  });

  it('marks understanding items in the quiz (focus), and asks some on a business article', () => {
    const quiz = gen(BUSINESS);
    expect(quiz.items.every((i) => i.focus === 'recall' || i.focus === 'understanding')).toBe(true);
    expect(quiz.items.some((i) => i.focus === 'understanding')).toBe(true);
  });
});

describe('selection: nothing given away, true and false in balance', () => {
  it('never asks for a key the title or another stem states', () => {
    for (const source of [SPORT, BUSINESS, LOCAL]) {
      for (const seed of [1, 2, 3]) {
        const quiz = gen(source, seed);
        for (const item of choice(quiz)) {
          if (item.type === 'true-false') continue;
          const key = (item.options[item.key] as string).toLowerCase();
          expect(source.title.toLowerCase().includes(key), `${key} in the title`).toBe(false);
          for (const other of quiz.items) if (other !== item) expect(other.stem.toLowerCase().includes(key), `${key} in "${other.stem}"`).toBe(false);
        }
      }
    }
  });

  it('never has more true than false statements (of two or more), and swaps in the article’s own values or a figure a fifth or more away', () => {
    for (const source of [SPORT, BUSINESS, LOCAL]) {
      for (const seed of [1, 2, 3, 4]) {
        const tf = gen(source, seed).items.filter((i) => i.type === 'true-false');
        const truths = tf.filter((i) => i.key === 0).length;
        // A lone statement may be either; two or more come in true/false pairs.
        if (tf.length >= 2) expect(truths).toBeLessThanOrEqual(tf.length - truths);
        for (const item of tf.filter((i) => i.key === 1)) {
          const [, stated, swapped] = /says (.+), not (.+)\.$/.exec(item.explanation) as RegExpExecArray;
          const text = [source.title, ...source.paragraphs].join(' ');
          const words = 'zero one two three four five six seven eight nine ten eleven twelve'.split(' ');
          const value = (t = ''): number => (/^\d/.test(t.replace(/^[$£€]/, '')) ? Number(t.replace(/[^\d.]/g, '')) : words.indexOf(t.toLowerCase()) > 0 ? words.indexOf(t.toLowerCase()) : NaN);
          // A figure the text states once may be swapped for a made-up one, far enough away not to be "about right".
          if (!text.includes(swapped as string) && value(swapped) > 0) expect(Math.abs(Math.log(value(swapped) / value(stated))), item.stem).toBeGreaterThanOrEqual(Math.log(1.2));
          else expect(text, item.stem).toContain(swapped);
        }
      }
    }
  });
});

describe('what a figure measures, and who said what', () => {
  const RESULTS: SourceText = {
    title: 'Retailer Hollins & Park reports mixed year',
    paragraphs: [
      'Store sales rose 7% to £2.1bn in the year to March, the retailer Hollins & Park said.',
      'Operating profit fell 12% to £310m as the cost of energy and wages went up.',
      'Online revenue climbed 25% to £640m, helped by a new delivery service.',
      '"We have had a difficult year on costs, but customers are staying with us," said chief executive Olu Adebayo.',
      'Analyst Carmen Ruiz said: "The online business is now the part of the group that matters most to investors."',
      'Union organiser Pete Walsh said: "Staff have carried the company through this year and deserve a proper pay rise."',
    ],
  };

  it('asks what a figure measures, with the article’s other measured things as wrong options', () => {
    const items = figureCandidates({ analysis: analyze(RESULTS), random: createRandom(1), sourceNoun: 'article' });
    const done = items.find((c) => c.stem === 'According to the article, what fell 12% to £310m?')?.complete?.();
    expect(done?.options[0]).toBe('operating profit');
    expect(done?.options.slice(1).sort()).toEqual(['online revenue', 'store sales']);
    expect(done?.understanding).toBe(true);
  });

  it('matches each quoted speaker to their words, and marks it understanding', () => {
    const [item] = viewsMatchingCandidates({ analysis: analyze(RESULTS), random: createRandom(1), sourceNoun: 'article' });
    expect(item?.prompts).toEqual(['Olu Adebayo', 'Carmen Ruiz', 'Pete Walsh']);
    expect(item?.options[0]).toBe('“We have had a difficult year on costs, but customers are staying with us”');
    expect(item?.understanding).toBe(true);
    const quiz = gen(RESULTS);
    for (const i of quiz.items) expect(lintItem(i, { source: RESULTS }), i.stem).toEqual([]);
  });
});

describe('cloze gaps that read and fit', () => {
  const GALA: SourceText = {
    title: 'Stars at the opera gala',
    paragraphs: [
      'Guests at the gala included actress Nora Flint, comic Dev Patel-Ross and Sir Alan Rudd.',
      'Sir Martin Gale opened the evening, and Lady Ann Tarrant gave the closing speech.',
      'The conductor Sir Tom Pryce was given a standing ovation by the audience.',
      'The newcomer award will go to Mark Vane (Hamlet), Laura Lind (Calico) or Peter Marsh (Ghosts).',
      'Athletics Scotland said the runner Jo Hale would miss the race with a knee injury.',
      'Ticket sales rose sharply this year, organiser Beth Lyle said - but costs rose faster.',
    ],
  };

  it('offers after "Sir" only people the article calls Sir, no gap inside a longer name or in a list', () => {
    const analysis = analyze(GALA);
    const drafts = clozeCandidates({ analysis, random: createRandom(1), sourceNoun: 'article' });
    const at = (text: string) => drafts.find((c) => spanOf(c) === text);
    const rudd = at('Alan Rudd')?.complete?.();
    expect(rudd?.options.slice().sort()).toEqual(['Alan Rudd', 'Martin Gale', 'Tom Pryce']);
    expect(at('Scotland')).toBeUndefined();
    expect(at('Laura Lind')).toBeUndefined();
  });
});

describe('counts and ranges that answer themselves', () => {
  const MARKET: SourceText = {
    title: 'Phone market',
    paragraphs: [
      'Vexo sponsored the British team at the 2004 Olympics and opened a shop in Leeds in March 2003.',
      'Caldo employs nine engineers in its Leeds office.',
      'The market is dominated by four companies, Northtel, Vexo, Orrin and Caldo.',
      'The council faces two legal challenges, one from residents and the other from a bus firm.',
      'Northtel had forecast a 2% to 3% rise in revenue, and Vexo expects growth of 5% this year.',
    ],
  };

  it('asks no count the sentence then lists, no date that names an event, and swaps no bound of a range', () => {
    const analysis = analyze(MARKET);
    const ctx = { analysis, random: createRandom(1), sourceNoun: 'article' };
    const gapped = clozeCandidates(ctx).map(spanOf);
    expect(gapped).not.toContain('four');
    expect(gapped).not.toContain('two');
    expect(gapped).toContain('nine');
    expect(gapped).not.toContain('2004');
    expect(gapped).toContain('March 2003');
    const swapped = trueFalseCandidates(ctx).filter((c) => c.truth === false).map(spanOf);
    expect(swapped).not.toContain('2%');
    expect(swapped).not.toContain('3%');
  });
});

describe('true/false on a figure the article states once', () => {
  const RACE: SourceText = {
    title: 'Lakeside marathon',
    paragraphs: [
      'The Lakeside marathon drew 4,800 runners on Sunday, the organisers said.',
      'Kenyan runner Ruth Wambui won in 2 hours 24 minutes, ahead of Mia Torres.',
      'More than 300 volunteers staffed the water stations along the route.',
      'Sales of race shirts rose 12% to £36,000 this year.',
      'Mia Torres finished second in the G7 Cup, a race between seven cities.',
    ],
  };

  it('swaps in a value a fifth or more away, but not a bound, a figure tied to another, a compound or a name’s count', () => {
    const ctx = { analysis: analyze(RACE), random: createRandom(1), sourceNoun: 'article' };
    const falses = trueFalseCandidates(ctx).filter((c) => c.truth === false);
    const runners = falses.find((c) => spanOf(c) === '4,800')?.complete?.();
    expect(runners?.stem).toMatch(/^The Lakeside marathon drew [\d,]+ runners on Sunday/);
    const shown = Number((/drew ([\d,]+)/.exec(runners?.stem ?? '')?.[1] ?? '0').replace(/,/g, ''));
    expect(Math.abs(Math.log(shown / 4800))).toBeGreaterThanOrEqual(Math.log(1.2));
    const spans = falses.map(spanOf);
    expect(spans).not.toContain('300'); // "more than 300": 400 would be true as well
    expect(spans).not.toContain('12%'); // beside £36,000 in one sentence: a made-up rise could contradict the sentence itself
    expect(spans).not.toContain('24'); // "2 hours 24 minutes"
    expect(spans).not.toContain('seven'); // "the G7 Cup … seven cities"
  });
});

describe('timeline from a life story', () => {
  it('orders short dated events, leaving out those told with a bare pronoun', () => {
    const LIFE: SourceText = {
      title: 'Obituary: the novelist Ada Crane',
      paragraphs: [
        'Ada Crane moved to Glasgow in 1952, where she worked as a typist.',
        'In 1961, she married the painter Joe Lyle.',
        'Her radio play Night Ferry was turned into a stage show in 1955.',
        'The radio play Night Ferry became a novel in 1958.',
        'The novel was adapted into a film in 1966, starring Ruth Moss as the ferry captain and a cast of unknowns.',
      ],
    };
    const [item] = timelineCandidates({ analysis: analyze(LIFE), random: createRandom(1), sourceNoun: 'article' });
    expect(item?.options).toEqual(['Ada Crane moved to Glasgow', 'The radio play Night Ferry became a novel', 'The novel was adapted into a film']);
    expect(item?.understanding).toBe(true);
  });
});

describe('an opening "He"/"She" named in the statement', () => {
  it('names the person the article follows, and no one else', () => {
    const analysis = analyze({
      title: 'Obituary: the conductor Helen Hart',
      paragraphs: [
        'The conductor Helen Hart has died aged 81 in Vienna.',
        'Helen Hart led orchestras in Berlin, Oslo and Rome for four decades.',
        'She was born in Dundee in 1923.',
        'Her last recording was an opera by Pavel Marek, a Czech composer.',
        'He wrote it in 1911.',
      ],
    });
    const born = analysis.sentences.find((s) => s.text.startsWith('She was born'));
    const wrote = analysis.sentences.find((s) => s.text.startsWith('He wrote'));
    expect(born?.referent?.name).toBe('Helen Hart');
    expect(wrote?.referent).toBeUndefined();
    const st = born && makeStatement(born, 0, 0, { truncate: true });
    expect(st && render(st, [])).toBe('Helen Hart was born in Dundee in 1923.');
  });
});
