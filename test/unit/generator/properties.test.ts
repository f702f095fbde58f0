// Property tests over generated news-like text: whatever the article, every emitted item passes
// the linter, its key is in its evidence, and its options are distinct.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GenerationError, generateQuiz, lintItem } from '../../../core/generator/index.ts';
import { answerMatches } from '../../../core/generator/lint.ts';
import type { SourceText } from '../../../core/quiz/schema.ts';

const people = fc.constantFrom(
  ['Sergei Lavrov', 'Russian Foreign Minister'],
  ['John Kerry', 'U.S. Secretary of State'],
  ['Jane Holloway', 'Defense Minister'],
  ['Omar Haddad', 'Syrian Prime Minister'],
  ['Vladimir Putin', 'Russian President'],
  ['Recep Tayyip Erdogan', 'Turkish President'],
  ['Maria Lopez', 'Gen.'],
);
const countries = fc.constantFrom('Russia', 'Turkey', 'Iran', 'Iraq', 'the United States', 'Syria', 'Jordan', 'Israel');
const cities = fc.constantFrom('Geneva', 'Aleppo', 'Raqqa', 'Manbij', 'Damascus', 'Moscow', 'Ankara');
const groups = fc.constantFrom('the Islamic State', 'ISIS', 'ISIL', 'Daesh', 'the Syrian Democratic Forces', 'Hezbollah', 'the Pentagon', 'NATO');
const months = fc.constantFrom('January', 'March', 'June', 'September', 'Jan.', 'Oct.');
const years = fc.integer({ min: 2011, max: 2019 });
const counts = fc.constantFrom('two', 'three', 'five', '12', '45', '1,200');
const quotes = fc.constantFrom(
  'We will not give up on a political solution',
  'The next step belongs to the other side',
  'No deal is better than a bad deal for everyone',
  'Our forces are there at the request of the government',
);

const sentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(people, people, cities, months, years).map(([[a, ra], [b], c, m, y]) => `${ra} ${a} met ${b} in ${c} in ${m} ${y}.`),
  fc.tuple(groups, cities, months, fc.integer({ min: 1, max: 28 }), years).map(([g, c, m, d, y]) => `${cap(g)} launched strikes near ${c} on ${m} ${d}, ${y}.`),
  fc.tuple(quotes, people).map(([q, [p]]) => `"${q}," ${p} said.`),
  fc.tuple(people, quotes).map(([[p, r], q]) => `${r} ${p} told reporters, “${q}.”`),
  fc.tuple(quotes).map(([q]) => `“${q},” he added.`),
  fc.tuple(countries, counts, countries).map(([a, n, b]) => `${cap(a)} sent ${n} battalions to ${b} after the talks.`),
  fc.tuple(people, countries).map(([[p], c]) => `${p} said that ${c} would not join the coalition.`),
  fc.tuple(groups, cities).map(([g, c]) => `According to officials, ${g} still held the town of ${c}.`),
  fc.constant('The U.S. and Russia have kept a deconfliction hotline open since then.'),
  fc.constant('Critics say the plan is weak, but supporters disagree.'),
);
const article: fc.Arbitrary<SourceText> = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 9 })
  .map((ps) => ({ title: 'Generated article', paragraphs: ps.map((p) => p.join(' ')) }));

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const norm = (s: string) => s.toLowerCase().replace(/^the /, '').replace(/[^a-z0-9]+/g, ' ').trim();

describe('generator properties', () => {
  it('every emitted item passes the linter, has its key in its evidence and distinct options', () => {
    fc.assert(
      fc.property(article, fc.integer({ min: 1, max: 1000 }), (source, seed) => {
        let quiz;
        try {
          quiz = generateQuiz(source, { id: 'prop-test', source: { kind: 'paste', title: source.title }, seed });
        } catch (err) {
          if (err instanceof GenerationError) return;
          throw err;
        }
        expect(quiz.items.length).toBeGreaterThan(0);
        for (const item of quiz.items) {
          expect(lintItem(item, { source })).toEqual([]);
          expect(new Set(item.options.map(norm)).size).toBe(item.options.length);
          for (const e of item.evidence) {
            expect(e.span[0]).toBeLessThan(e.span[1]);
            expect(source.paragraphs[e.paragraph - 1]).toContain(e.sentence);
          }
          if (item.type === 'multiple-choice' || item.type === 'cloze' || item.type === 'who-said-it') {
            const key = item.options[item.key] as string;
            expect(item.evidence.some((e) => answerMatches(e.sentence.slice(e.span[0], e.span[1]), key))).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(article, (source) => {
        const run = () => {
          try {
            return generateQuiz(source, { id: 'prop-test', source: { kind: 'paste', title: source.title }, seed: 3 });
          } catch (err) {
            return (err as GenerationError).code;
          }
        };
        expect(run()).toEqual(run());
      }),
      { numRuns: 15 },
    );
  });
});
