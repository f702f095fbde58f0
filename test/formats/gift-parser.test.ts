// The GIFT export read back by a maintained GIFT parser (gift-pegjs, which follows Moodle's
// GIFT rules: escapes, weights, format markers, missing-word questions) and compared item by
// item with the quiz: type, title, text, options, key and general feedback.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse, type GIFTQuestion } from 'gift-pegjs';
import { quizToGift } from '../../core/exports/gift.ts';
import { ordinal } from '../../core/format.ts';
import type { Item, Quiz } from '../../core/quiz/schema.ts';
import { formatCheckQuizzes } from './launch-quizzes.ts';

/** gift-pegjs pads a missing-word blank with spaces where Moodle does not ("_____ 's"): compare blanks padded. */
const padBlanks = (text: string) => text.replace(/\s*_____\s*/g, ' _____ ').trim();

/**
 * gift-pegjs (1.0.2) leaves Moodle's escape placeholders ("&&035;" for an escaped #) in a
 * matching answer (the right of "->"), where Moodle's importer turns them back into the
 * characters (escapedchar_post): decode them as Moodle does.
 */
const PLACEHOLDERS: Record<string, string> = { '&&058;': ':', '&&035;': '#', '&&061;': '=', '&&123;': '{', '&&125;': '}', '&&126;': '~', '&&010': '\n' };
const asMoodleDecodes = (text: string) => text.replace(/&&(?:058;|035;|061;|123;|125;|126;|010)/g, (p) => PLACEHOLDERS[p]!);

/** What Moodle should hold after importing `item` (Moodle trims every text). */
function expected(quiz: Quiz, item: Item, number: number): object {
  const common = {
    title: `${quiz.title} Q${number}`,
    stem: { format: 'plain', text: padBlanks(stemAsImported(item)) },
    globalFeedback: {
      format: 'plain',
      text: [item.explanation, ...item.evidence.map((e) => `Evidence (paragraph ${e.paragraph}): "${e.sentence}"`)].join('\n'),
    },
  };
  switch (item.type) {
    case 'matching': {
      const used = new Set(item.key);
      const pairs = item.prompts.map((prompt, i) => [prompt.replace(/->/g, '→'), item.options[item.key[i]!]!]);
      const extras = item.options.filter((_, i) => !used.has(i)).map((option) => ['', option]);
      return { ...common, type: 'Matching', pairs: [...pairs, ...extras].map(([q, a]) => [q!.trim(), a!.trim()]) };
    }
    case 'timeline': {
      const position = new Map(item.key.map((option, p) => [option, p]));
      return { ...common, type: 'Matching', pairs: item.options.map((event, i) => [event.trim(), ordinal(position.get(i)! + 1)]) };
    }
    default: {
      const words = item.options.map((o) => o.trim().toLowerCase());
      if (item.type === 'true-false' && words.length === 2 && words.includes('true') && words.includes('false')) {
        return { ...common, type: 'TF', isTrue: words[item.key] === 'true' };
      }
      return { ...common, type: 'MC', options: item.options.map((o) => o.trim()), right: [item.key] };
    }
  }
}

/** A cloze whose gap has text before and after it becomes a missing-word question: the gap reads "_____". */
function stemAsImported(item: Item): string {
  const gap = /_{3,}/.exec(item.stem);
  const textAround = gap && item.stem.slice(0, gap.index).trim() !== '' && item.stem.slice(gap.index + gap[0].length).trim() !== '';
  if (item.type === 'cloze' && textAround) {
    return `${item.stem.slice(0, gap.index)}_____${item.stem.slice(gap.index + gap[0].length)}`.trim();
  }
  return item.stem.trim();
}

/** The same shape, read from the parser's output. A choice counts as right when Moodle would give it marks. */
function imported(question: GIFTQuestion): object {
  assert.ok(question.type !== 'Category' && question.type !== 'Description', `unexpected ${question.type}`);
  const common = { title: question.title, stem: { ...question.stem, text: padBlanks(question.stem.text) }, globalFeedback: question.globalFeedback };
  switch (question.type) {
    case 'Matching':
      return { ...common, type: 'Matching', pairs: question.matchPairs.map((p) => [p.subquestion.text, asMoodleDecodes(p.subanswer)]) };
    case 'TF':
      return { ...common, type: 'TF', isTrue: question.isTrue };
    case 'MC':
      return {
        ...common,
        type: 'MC',
        options: question.choices.map((c) => c.text.text),
        right: question.choices.flatMap((c, i) => (c.isCorrect || (c.weight ?? 0) > 0 ? [i] : [])),
      };
    default:
      return { ...common, type: question.type };
  }
}

test('every exported quiz reads back through gift-pegjs item by item: type, title, text, options, key, feedback', async () => {
  let items = 0;
  for (const quiz of await formatCheckQuizzes()) {
    const questions = parse(quizToGift(quiz));
    assert.equal(questions.length, quiz.items.length, `${quiz.id}: one question per item`);
    for (const [i, item] of quiz.items.entries()) {
      assert.deepEqual(imported(questions[i]!), expected(quiz, item, i + 1), `${quiz.id} item ${item.id}`);
      items++;
    }
  }
  console.log(`gift-pegjs read back ${items} items exactly`);
});
