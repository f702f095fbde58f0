import { describe, expect, it } from 'vitest';
import { askedFacts, describeGiveaway, findGiveaways, generateQuiz, sameFact, type AskedFact, type Giveaway } from '../../../core/generator/index.ts';
import type { Item } from '../../../core/quiz/schema.ts';

// Items written for these tests (a local rowing club, a bridge repair), not generated.
const ev = (sentence: string, answer: string, paragraph = 1) => {
  const at = sentence.indexOf(answer);
  return { paragraph, sentence, span: [at, at + answer.length] as [number, number] };
};
const common = { explanation: 'Paragraph 1 says so.', difficulty: 0.5 };

const dateCloze: Item = {
  ...common,
  id: 'cz-regatta',
  type: 'cloze',
  stem: 'The Millbrook rowing club won its first regional regatta in _____.',
  options: ['May 2019', 'June 2019', 'May 2021'],
  key: 0,
  evidence: [ev('The Millbrook rowing club won its first regional regatta in May 2019.', 'May 2019')],
};
const statesTheDate: Item = {
  ...common,
  id: 'mc-coach',
  type: 'multiple-choice',
  stem: 'Who coached the crew that won in May 2019?',
  options: ['Ines Dobrev', 'Tom Achterberg', 'Ruth Kamau'],
  key: 0,
  evidence: [ev('Ines Dobrev coached the crew that won in May 2019.', 'Ines Dobrev', 2)],
};
const namesTheCoach: Item = {
  ...common,
  id: 'tf-funding',
  type: 'true-false',
  stem: 'The council paid for Dobrev to train two new crews.',
  options: ['True', 'False'],
  key: 0,
  evidence: [ev('The council paid for Dobrev to train two new crews.', 'two', 3)],
};
const whyItem: Item = {
  ...common,
  id: 'mc-closure',
  type: 'multiple-choice',
  stem: 'Why did the county close the Harlow bridge?',
  options: ['because engineers found cracks in its steel cables', 'because the ferry service had ended', 'because traffic had doubled since 2015'],
  key: 0,
  evidence: [ev('The county closed the Harlow bridge because engineers found cracks in its steel cables.', 'because engineers found cracks in its steel cables', 4)],
};
const askedByAnOption: Item = {
  ...common,
  id: 'cz-cables',
  type: 'cloze',
  stem: 'Engineers found cracks in the bridge’s _____.',
  options: ['steel cables', 'stone piers', 'wooden deck'],
  key: 0,
  evidence: [ev('Engineers found cracks in the bridge’s steel cables.', 'steel cables', 5)],
};

describe('cross-item give-aways', () => {
  it('names an item whose key another stem states, and the item that states it', () => {
    expect(findGiveaways([dateCloze, statesTheDate])).toEqual([{ item: 'cz-regatta', by: 'mc-coach', cue: 'may 2019', where: 'stem' }]);
  });

  it('counts a surname alone as stating a person, and a true/false statement as a stem', () => {
    expect(findGiveaways([statesTheDate, namesTheCoach])).toEqual([{ item: 'mc-coach', by: 'tf-funding', cue: 'dobrev', where: 'stem' }]);
  });

  it('does not count a wrong option as stated, even a whole phrase: only the key is true', () => {
    expect(findGiveaways([whyItem, askedByAnOption])).toEqual([]);
  });

  it('reads a timeline’s events as stated: every one of them happened', () => {
    const events: Item = {
      ...common,
      id: 'tl-bridge',
      type: 'timeline',
      stem: 'Put these events in order, earliest first.',
      options: ['Engineers find cracks in the steel cables', 'The county closes the bridge', 'The new bridge opens'],
      key: [0, 1, 2],
      evidence: [ev('Engineers found cracks in 2016.', '2016'), ev('The county closed it in 2017.', '2017'), ev('It opened in 2018.', '2018')],
    };
    expect(findGiveaways([askedByAnOption, events])).toEqual([{ item: 'cz-cables', by: 'tl-bridge', cue: 'steel cables', where: 'option' }]);
  });

  it('does not count a name or date among another item’s options as stating it', () => {
    const otherDates: Item = { ...dateCloze, id: 'cz-other', stem: 'The club bought a new boat in _____.', options: ['June 2019', 'May 2019', 'May 2021'], key: 0 };
    expect(findGiveaways([dateCloze, otherDates])).toEqual([]);
  });

  it('reads the words of a name, not of a clause: a reason that mentions a place is not given away by the place', () => {
    const reason: Item = { ...whyItem, id: 'mc-reason', options: ['because Harlow Council found cracks in the cables', 'because the ferry service had ended', 'because traffic had doubled'] };
    const mentionsHarlow: Item = { ...dateCloze, id: 'cz-harlow', stem: 'Harlow Council repaired the bridge in _____.' };
    expect(findGiveaways([reason, mentionsHarlow])).toEqual([]);
    const person: Item = { ...statesTheDate, id: 'mc-person', stem: 'Who led the Harlow Council repairs?', options: ['Petra Lindqvist', 'Omar Haddad', 'Ruth Kamau'] };
    expect(findGiveaways([person, { ...dateCloze, id: 'cz-petra', stem: 'Lindqvist opened the bridge in _____.' }]).map((g) => g.cue)).toEqual(['lindqvist']);
  });

  it('finds nothing between items that ask about unrelated things', () => {
    expect(findGiveaways([dateCloze, whyItem])).toEqual([]);
  });

  it('names an item that shows another item’s key (a statement) as a wrong option: one reason answers one question', () => {
    // A bakery chain's year: two "why" items, the first one's reason offered as a wrong reason in the second.
    const prices: Item = {
      ...common,
      id: 'mc-prices',
      type: 'multiple-choice',
      stem: 'According to the article, what explains why Hartley Bakeries raised its prices?',
      options: ['the cost of flour rose by a third', 'two ovens at the Leeds plant broke down', 'the chain lost its supermarket contract'],
      key: 0,
      evidence: [ev('This was because the cost of flour rose by a third.', 'the cost of flour rose by a third', 2)],
    };
    const closure: Item = {
      ...prices,
      id: 'mc-closure-leeds',
      stem: 'According to the article, what explains why Hartley Bakeries closed its Leeds shop?',
      options: ['the chain lost its supermarket contract', 'the cost of flour rose by a third', 'two ovens at the Leeds plant broke down'],
      evidence: [ev('This was because the chain lost its supermarket contract.', 'the chain lost its supermarket contract', 3)],
    };
    expect(findGiveaways([prices, closure])).toEqual([
      { item: 'mc-prices', by: 'mc-closure-leeds', cue: 'chain lost its supermarket contract', where: 'key' },
      { item: 'mc-closure-leeds', by: 'mc-prices', cue: 'cost of flour rose by a third', where: 'key' },
    ]);
    // A name or a date may answer several questions: among another item's options it strikes nothing out.
    expect(findGiveaways([statesTheDate, { ...statesTheDate, id: 'mc-captain', stem: 'Who captained the crew?', options: ['Tom Achterberg', 'Ines Dobrev', 'Ruth Kamau'] }])).toEqual([]);
  });

  it('names two items that show the same statement as a wrong option: the key is the one option not seen before', () => {
    // A research station's season: the same wrong reason offered in both "why" items.
    const delayed: Item = {
      ...common,
      id: 'mc-delay',
      type: 'multiple-choice',
      stem: 'According to the report, what explains why the ice-core drilling started late?',
      options: ['the supply ship was held up by pack ice', 'the station lost its grant from the science council', 'a storm damaged the main generator'],
      key: 0,
      evidence: [ev('This was because the supply ship was held up by pack ice.', 'the supply ship was held up by pack ice', 2)],
    };
    const cut: Item = {
      ...delayed,
      id: 'mc-cut',
      stem: 'According to the report, what explains why the team was cut to six people?',
      options: ['the new dormitory was not finished', 'the station lost its grant from the science council', 'the runway was closed by snow'],
      evidence: [ev('This was because the new dormitory was not finished.', 'the new dormitory was not finished', 4)],
    };
    expect(findGiveaways([delayed, cut])).toEqual([{ item: 'mc-cut', by: 'mc-delay', cue: 'station lost its grant from the science council', where: 'shared' }]);
    expect(describeGiveaway(findGiveaways([delayed, cut])[0] as Giveaway)).toMatch(/items mc-delay and mc-cut both show "station lost its grant from the science council" as a wrong option/);
    // Different wrong reasons in each item: nothing recurs.
    expect(findGiveaways([delayed, { ...cut, options: ['the new dormitory was not finished', 'the cook had left in March', 'the runway was closed by snow'] }])).toEqual([]);
  });

  it('lets a name or a date recur as a wrong option: several questions may fairly offer the same people', () => {
    // A cycling team: two "who" items offering the same riders.
    const stage: Item = { ...statesTheDate, id: 'mc-stage', stem: 'Who won the mountain stage?', options: ['Ines Dobrev', 'Tom Achterberg', 'Ruth Kamau'] };
    const sprint: Item = { ...statesTheDate, id: 'mc-sprint', stem: 'Who won the final sprint?', options: ['Ruth Kamau', 'Tom Achterberg', 'Ines Dobrev'] };
    expect(findGiveaways([stage, sprint])).toEqual([]);
  });

  it('reads a timeline’s dates as the facts it asks', () => {
    const timeline: Item = {
      ...common,
      id: 'tl-club',
      type: 'timeline',
      stem: 'Put these events in order, earliest first.',
      options: ['The club is founded.', 'The club wins its first regatta.', 'The boathouse floods.'],
      key: [0, 1, 2],
      evidence: [ev('The club was founded in 1998.', '1998'), ev('It won its first regional regatta in May 2019.', 'May 2019'), ev('The boathouse flooded in 2021.', '2021')],
    };
    expect(findGiveaways([timeline, statesTheDate]).map((g) => [g.item, g.by])).toEqual([['tl-club', 'mc-coach']]);
  });

  it('never leaves a give-away in a generated quiz', () => {
    const quiz = generateQuiz(
      {
        title: 'A river town rebuilds',
        paragraphs: [
          'In March 2016, floods swept through the town of Harlow after three days of rain. Mayor Petra Lindqvist declared an emergency.',
          'The county closed the Harlow bridge because engineers found cracks in its steel cables. Repairs began in June 2017.',
          'Lindqvist said the town "will not be cut off again." The new bridge opened in September 2018, and the ferry service ended.',
          'Local businesses lost about 4 million pounds, according to the chamber of commerce. Its chair, Omar Haddad, said trade had recovered by 2019.',
        ],
      },
      { id: 'article-harlow', source: { kind: 'article', title: 'A river town rebuilds' } },
    );
    expect(findGiveaways(quiz.items)).toEqual([]);
  });
});

describe('the same fact in two quizzes', () => {
  const [fact] = askedFacts(dateCloze);
  it('is the same answer proven by a sentence that says mostly the same thing', () => {
    expect(sameFact(fact as AskedFact, { answer: 'May 2019', sentence: 'Millbrook’s rowing club won a regional regatta for the first time in May 2019.' })).toBe(true);
  });

  it('is not the same answer to a different question, nor another answer to the same one', () => {
    expect(sameFact(fact as AskedFact, { answer: 'May 2019', sentence: 'The council bought a new ferry in May 2019.' })).toBe(false);
    expect(sameFact(fact as AskedFact, { answer: 'June 2019', sentence: 'The Millbrook rowing club won its first regional regatta in June 2019.' })).toBe(false);
  });

  it('takes each event of a timeline as a fact of its own', () => {
    const timeline: Item = { ...common, id: 'tl', type: 'timeline', stem: 'Put these events in order.', options: ['A', 'B', 'C'], key: [0, 1, 2], evidence: [ev('The club was founded in 1998.', '1998'), ev('The boathouse flooded in 2021.', '2021')] };
    expect(askedFacts(timeline)).toEqual([
      { answer: '1998', sentence: 'The club was founded in 1998.' },
      { answer: '2021', sentence: 'The boathouse flooded in 2021.' },
    ]);
  });
});
