// Property tests over generated news-like text: whatever the article, every emitted item passes
// the linter, its key is in its evidence, and its options are distinct. Articles mix the launch
// domain with sport, business, science and local news that has nothing to do with it; on those,
// no option is a launch-domain name the article never uses. The paste parser and the sentence
// splitter hold on any input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GenerationError, generateQuiz, lintItem, parsePastedText } from '../../../core/generator/index.ts';
import { LEXICON } from '../../../core/generator/lexicon.ts';
import { answerMatches } from '../../../core/generator/lint.ts';
import { splitSentences } from '../../../core/generator/sentences.ts';
import type { Quiz, SourceText } from '../../../core/quiz/schema.ts';

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
// Off the launch domain: made-up people, real places and bodies far from Syria, figures with units.
const offPeople = fc.constantFrom(
  ['Amara Diallo', 'Head coach'],
  ['Ruth Okafor', 'Chief executive'],
  ['Tom Whitfield', 'Professor'],
  ['Li Wei', 'Dr'],
  ['Gwen Evans', 'Council leader'],
  ['Carlos Mendes', 'Striker'],
  ['Priya Nair', 'Chancellor'],
);
const offPlaces = fc.constantFrom('Leeds', 'Cardiff', 'Lyon', 'Osaka', 'Nairobi', 'Toronto', 'Brazil', 'Kenya', 'Japan', 'Norway');
const offBodies = fc.constantFrom('the Football Association', 'Acme Foods', 'the city council', 'the Royal Society', 'Network Rail', 'the Bank of England');
const figures = fc.constantFrom('$2.5bn', '£1,400', '76%', '1.16 million barrels', '27 per cent', '60 million miles', 'three titles');
const britishDates = fc.tuple(fc.integer({ min: 1, max: 28 }), fc.constantFrom('March', 'June', 'November'), fc.integer({ min: 1998, max: 2024 })).map(([d, m, y]) => `${d} ${m} ${y}`);
const offQuotes = fc.constantFrom('We played our best football of the season', 'The figures speak for themselves', 'Nobody expected the results to be this clear', 'The library belongs to the whole town');

const offSentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(offPeople, offPlaces, britishDates).map(([[p, r], c, d]) => `${r} ${p} arrived in ${c} on ${d}.`),
  fc.tuple(offBodies, figures, britishDates).map(([b, f, d]) => `${cap(b)} reported ${f} on ${d}.`),
  fc.tuple(offQuotes, offPeople).map(([q, [p]]) => `"${q}," ${p} said.`),
  fc.tuple(offPeople, offBodies, offPlaces).map(([[p, r], b, c]) => `${r} ${p} criticised ${b} because prices in ${c} rose again.`),
  fc.tuple(offBodies, offPlaces, figures).map(([b, c, f]) => `After the vote, ${b} moved its offices to ${c}, a cost of ${f}.`),
  fc.tuple(offPeople, offPeople, offPlaces).map(([[a, ra], [b], c]) => `${ra} ${a} beat ${b} in the final in ${c}.`),
  fc.constant('Critics say the plan is weak, but supporters disagree.'),
);

const paragraphs = (s: fc.Arbitrary<string>): fc.Arbitrary<SourceText> =>
  fc.array(fc.array(s, { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 9 }).map((ps) => ({ title: 'Generated article', paragraphs: ps.map((p) => p.join(' ')) }));
const article: fc.Arbitrary<SourceText> = paragraphs(fc.oneof(sentence, offSentence));
const offDomainArticle: fc.Arbitrary<SourceText> = paragraphs(offSentence);

const LAUNCH_NAMES = LEXICON.filter((e) => !e.general).map((e) => e.names.map((n) => n.toLowerCase()));
const mentions = (text: string, name: string): boolean => new RegExp(`(?:^|[^a-z])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^a-z])`).test(text);

function quizOf(source: SourceText, seed: number): Quiz | null {
  try {
    return generateQuiz(source, { id: 'prop-test', source: { kind: 'paste', title: source.title }, seed });
  } catch (err) {
    if (err instanceof GenerationError) return null;
    throw err;
  }
}

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

  it('never offers a launch-domain name on an article that does not use it', () => {
    fc.assert(
      fc.property(offDomainArticle, fc.integer({ min: 1, max: 1000 }), (source, seed) => {
        const quiz = quizOf(source, seed);
        if (!quiz) return;
        const text = [source.title, ...source.paragraphs].join('\n').toLowerCase();
        for (const item of quiz.items) {
          const options = item.type === 'matching' ? [...item.prompts, ...item.options] : item.options;
          for (const option of options.map((o) => o.toLowerCase())) {
            const entry = LAUNCH_NAMES.find((names) => names.some((n) => n.length > 2 && mentions(option, n)));
            if (entry) expect(entry.some((n) => mentions(text, n)), `${option} in ${item.stem}`).toBe(true);
          }
        }
      }),
      { numRuns: 40 },
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

// Every character class that a paste can carry, including controls, bidi marks, tags and Markdown.
const pasteChar = fc.oneof(
  fc.constantFrom('<', '>', '/', '!', '-', '*', '_', '[', ']', '(', ')', '#', '`', '&', ';', '\n', '\n\n', ' ', '.', '"', '“', '”'),
  fc.constantFrom('\u0000', '\u0007', '\u001b', '\u0085', '\u202e', '\u2066', '\u200f', '\r', '\t', '\ufeff'),
  fc.constantFrom('p', 'a', 'div', 'h1', 'By', 'WASHINGTON', '—', 'Advertisement', 'Mr', 'U.S.', 'the', 'ends'),
);
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('paste parsing properties', () => {
  it('never throws, and gives single-spaced text without control or bidi characters', () => {
    fc.assert(
      fc.property(fc.array(pasteChar, { maxLength: 300 }).map((cs) => cs.join('')), (raw) => {
        const { title, paragraphs } = parsePastedText(raw);
        for (const text of [title, ...paragraphs]) {
          expect(text).not.toMatch(UNSAFE);
          expect(text).toBe(text.trim());
          expect(text).not.toMatch(/\s{2}|\n/);
        }
        for (const p of paragraphs) expect(p.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every word of a plain article, in order', () => {
    fc.assert(
      fc.property(article, (source) => {
        const parsed = parsePastedText(`${source.title}\n\n${source.paragraphs.join('\n\n')}`);
        expect(parsed).toEqual(source);
      }),
      { numRuns: 40 },
    );
  });
});

describe('sentence splitting properties', () => {
  it('returns spans that are text of the paragraph, in order, covering every word', () => {
    fc.assert(
      fc.property(fc.oneof(sentence, offSentence, fc.string({ maxLength: 80 })).chain((first) => fc.array(fc.oneof(sentence, offSentence), { maxLength: 5 }).map((rest) => [first, ...rest].join(' '))), (p) => {
        const spans = splitSentences(p);
        let at = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(at);
          expect(p.slice(s.start, s.start + s.text.length)).toBe(s.text);
          expect(p.slice(at, s.start).trim()).toBe('');
          at = s.start + s.text.length;
        }
        expect(p.slice(at).trim()).toBe('');
      }),
      { numRuns: 200 },
    );
  });
});
