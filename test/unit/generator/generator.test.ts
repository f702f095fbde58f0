import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { GenerationError, generateQuiz, lintItem, parsePastedText } from '../../../core/generator/index.ts';
import { answerMatches } from '../../../core/generator/lint.ts';
import { QuizSchema, type Quiz, type SourceText } from '../../../core/quiz/schema.ts';
import { DATED, HTML_PASTE, longText, MARKDOWN_PASTE, NEWS, RUSSIAN, SPANISH, THREE_SENTENCES, UNDATED } from './fixtures/articles.ts';

const gen = (source: SourceText, seed?: number): Quiz =>
  generateQuiz(source, { id: 'paste-test', source: { kind: 'paste', title: source.title }, ...(seed !== undefined ? { seed } : {}) });

function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof GenerationError) return err.code;
    throw err;
  }
  return undefined;
}

const norm = (s: string) => s.toLowerCase().replace(/^the /, '').replace(/[^a-z0-9]+/g, ' ').trim();

describe('generateQuiz on a news article', () => {
  const quiz = gen(NEWS);

  it('emits a valid, varied quiz', () => {
    expect(v.safeParse(QuizSchema, quiz).success).toBe(true);
    expect(quiz.items.length).toBeGreaterThanOrEqual(9);
    expect(new Set(quiz.items.map((i) => i.type)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(quiz.items.map((i) => i.id)).size).toBe(quiz.items.length);
  });

  it('emits only items that pass the linter, with the key in its evidence and distinct options', () => {
    for (const item of quiz.items) {
      expect(lintItem(item, { source: NEWS }), item.stem).toEqual([]);
      expect(new Set(item.options.map(norm)).size).toBe(item.options.length);
      if (item.type === 'multiple-choice' || item.type === 'cloze' || item.type === 'who-said-it') {
        const key = item.options[item.key] as string;
        expect(item.evidence.some((e) => answerMatches(e.sentence.slice(e.span[0], e.span[1]), key)), item.stem).toBe(true);
      }
    }
  });

  it('never offers two names of one entity (ISIS, ISIL, Daesh) as options', () => {
    const isis = new Set(['isis', 'isil', 'daesh', 'islamic state']);
    for (const item of quiz.items) expect(item.options.filter((o) => isis.has(norm(o))).length).toBeLessThanOrEqual(1);
  });

  it('is deterministic for a text and a seed', () => {
    expect(gen(NEWS)).toEqual(quiz);
    expect(gen(NEWS, 7)).toEqual(gen(NEWS, 7));
  });

  it('balances key positions (dates and numbers are shown in order instead)', () => {
    const valueLike = (o: string) => /\d/.test(o) || /^(?:two|three|four|five|six|seven|eight|nine|ten)$/i.test(o);
    const positions = quiz.items
      .filter((i) => (i.type === 'multiple-choice' || i.type === 'who-said-it' || i.type === 'cloze') && i.options.length === 4 && !i.options.every(valueLike))
      .map((i) => i.key as number);
    const counts = [0, 1, 2, 3].map((p) => positions.filter((k) => k === p).length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
  });
});

describe('timeline items', () => {
  it('orders three or more dated events', () => {
    const quiz = gen(DATED);
    const timeline = quiz.items.find((i) => i.type === 'timeline');
    expect(timeline).toBeDefined();
    if (timeline?.type !== 'timeline') return;
    const years = timeline.key.map((k) => Number(/\d{4}/.exec(timeline.evidence[k]?.sentence ?? '')?.[0]));
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('never appears without dates', () => {
    expect(gen(UNDATED).items.some((i) => i.type === 'timeline')).toBe(false);
  });
});

describe('hard inputs give a quiz or a clear error, never a crash', () => {
  it('a three-sentence text', () => {
    let code: string | undefined;
    let quiz: Quiz | undefined;
    try {
      quiz = gen(THREE_SENTENCES);
    } catch (err) {
      code = (err as GenerationError).code;
    }
    if (quiz) expect(quiz.items.length).toBeGreaterThan(0);
    else expect(['too-short', 'no-items']).toContain(code);
  });

  it('empty input', () => {
    expect(errorCode(() => gen({ title: '', paragraphs: [] }))).toBe('empty');
    expect(errorCode(() => gen(parsePastedText('   \n\n  ')))).toBe('empty');
    expect(errorCode(() => gen({ title: 'x', paragraphs: ['', '  '] }))).toBe('empty');
  });

  it('too little text', () => {
    expect(errorCode(() => gen({ title: 'x', paragraphs: ['Lavrov met Kerry in Geneva.'] }))).toBe('too-short');
  });

  it('non-English text', () => {
    expect(errorCode(() => gen(SPANISH))).toBe('not-english');
    expect(errorCode(() => gen(RUSSIAN))).toBe('not-english');
  });

  it('a 20,000-word text, and one over the limit', () => {
    const quiz = gen(longText(19_500));
    expect(quiz.items.length).toBeGreaterThan(0);
    expect(quiz.items.length).toBeLessThanOrEqual(15);
    expect(errorCode(() => gen(longText(21_000)))).toBe('too-long');
  });

  it('HTML pasted as text', () => {
    const source = parsePastedText(HTML_PASTE);
    expect(source.title).toBe('Talks on Syria stall');
    expect(source.paragraphs).toHaveLength(3);
    expect(source.paragraphs.join(' ')).not.toMatch(/[<>]|alert|color: red|&amp;|&ldquo;/);
    expect(source.paragraphs[1]).toContain('“We have done everything we could,” Lavrov said.');
    expect(gen(source).items.length).toBeGreaterThan(0);
  });

  it('Markdown pasted as text', () => {
    const source = parsePastedText(MARKDOWN_PASTE);
    expect(source.title).toBe('Talks on Syria stall');
    expect(source.paragraphs).toEqual([
      'Russian Foreign Minister Sergei Lavrov met John Kerry in Geneva in September 2016.',
      'The talks lasted nine hours.',
      'They ended without a deal.',
      '"We have done everything we could," Lavrov said.',
    ]);
  });

  it('plain text: first line is the title, blank lines separate paragraphs, wrapped lines join', () => {
    const source = parsePastedText('A title\n\nFirst paragraph,\nwrapped here.\n\n\nSecond one.\r\n');
    expect(source).toEqual({ title: 'A title', paragraphs: ['First paragraph, wrapped here.', 'Second one.'] });
  });

  it('garbage does not crash', () => {
    for (const raw of ['<<<>>>', '"""""', '((((', '— — —', '1. 2. 3. 4.', 'a'.repeat(5000), '\u0000\u0001 text']) {
      const code = errorCode(() => gen(parsePastedText(raw)));
      expect(['empty', 'too-short', 'not-english', 'no-items', undefined]).toContain(code);
    }
  });
});
