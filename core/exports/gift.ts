// The quiz as Moodle GIFT (https://docs.moodle.org/en/GIFT_format), for Moodle's question
// bank import ("Import" > "GIFT format"). Pure.
//
// Choices made here (checked against Moodle's own parser, question/format/gift/format.php):
// - Every text is escaped as Moodle's exporter does: \ ~ = # { } : get a backslash, a newline
//   becomes the two characters "\n", CR is dropped. So no text can end a question (a blank
//   line), open a comment (// at a line start) or break the answer block.
// - Question text carries the [plain] format marker, so Moodle shows pasted article text as
//   plain text (never as HTML); answers and general feedback inherit it.
// - Every question ends its answer block with "####" general feedback: the explanation and
//   the evidence sentence with its paragraph.
// - multiple-choice, who-said-it: `::title::[plain]stem {=right ~wrong ...}`.
// - cloze: GIFT's missing-word format, the answer block standing where the stem has its gap
//   ("_____"): `stem before {=right ~wrong} stem after`. When nothing follows the gap (Moodle
//   would then not draw a blank) or there is no gap, the stem keeps its "_____" and the
//   answers follow, as multiple choice.
// - true-false: `{T}` / `{F}` from the key when the options read True/False; otherwise it is
//   exported as multiple choice with its options.
// - matching: `{ =prompt -> option ... }`; options no prompt matches are added as extra
//   answers with an empty prompt (`= -> option`), which Moodle's matching type shows as
//   distractors. "->" inside a prompt would split the pair, so it is written "→".
// - timeline: GIFT has no ordering type, so a timeline is exported as a MATCHING question
//   pairing each event with its position, "1st" (oldest), "2nd", ...
// Moodle's matching type wants at least 2 prompts and 3 answers; a 2-event timeline (or a
// 2-by-2 matching item) may be refused by Moodle's import.
import { ordinal } from '../format.ts';
import type { ChoiceItem, Item, MatchingItem, Quiz, TimelineItem } from '../quiz/schema.ts';

/** Escapes a text for GIFT: \ ~ = # { } : prefixed with a backslash; newlines as "\n". */
export function escapeGift(text: string): string {
  return text
    .replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, '\\n');
}


function generalFeedback(item: Item): string {
  const evidence = item.evidence.map((e) => `Evidence (paragraph ${e.paragraph}): "${e.sentence}"`).join('\n');
  return `\t####${escapeGift(`${item.explanation}\n${evidence}`)}\n`;
}

function choiceAnswers(item: ChoiceItem): string {
  return item.options.map((option, i) => `\t${i === item.key ? '=' : '~'}${escapeGift(option)}\n`).join('');
}

const GAP = /_{3,}/;

function choiceQuestion(head: string, item: ChoiceItem): string {
  const block = `{\n${choiceAnswers(item)}${generalFeedback(item)}}`;
  if (item.type === 'cloze') {
    const gap = GAP.exec(item.stem);
    if (gap) {
      const before = item.stem.slice(0, gap.index);
      const after = item.stem.slice(gap.index + gap[0].length);
      if (after.trim() !== '') return `${head}${escapeGift(before)}${block}${escapeGift(after)}`;
    }
  }
  if (item.type === 'true-false') {
    const truth = trueFalseKey(item);
    if (truth !== null) return `${head}${escapeGift(item.stem)} {${truth ? 'T' : 'F'}\n${generalFeedback(item)}}`;
  }
  return `${head}${escapeGift(item.stem)} ${block}`;
}

/** True/false from the key when the options are True and False (any case); null otherwise. */
function trueFalseKey(item: ChoiceItem): boolean | null {
  const words = item.options.map((o) => o.trim().toLowerCase());
  if (words.length !== 2 || !words.includes('true') || !words.includes('false')) return null;
  return words[item.key] === 'true';
}

function pair(prompt: string, option: string): string {
  return `\t=${escapeGift(prompt.replace(/->/g, '→'))} -> ${escapeGift(option)}\n`;
}

function matchingQuestion(head: string, item: MatchingItem): string {
  const used = new Set(item.key);
  const pairs = item.prompts.map((prompt, i) => pair(prompt, item.options[item.key[i]!] ?? ''));
  const extras = item.options.filter((_, i) => !used.has(i)).map((option) => pair('', option));
  return `${head}${escapeGift(item.stem)} {\n${pairs.join('')}${extras.join('')}${generalFeedback(item)}}`;
}

function timelineQuestion(head: string, item: TimelineItem): string {
  // key lists option indices oldest first: option key[p] is at position p.
  const position = new Map(item.key.map((option, p) => [option, p]));
  const pairs = item.options.map((event, i) => pair(event, ordinal((position.get(i) ?? 0) + 1)));
  return `// Timeline item exported as matching (GIFT has no ordering type): each event -> its position, 1st = oldest.\n${head}${escapeGift(item.stem)} {\n${pairs.join('')}${generalFeedback(item)}}`;
}

/** One item as a GIFT question; `number` is its 1-based position, used in the title. */
export function giftQuestion(quiz: Pick<Quiz, 'title'>, item: Item, number: number): string {
  const head = `::${escapeGift(`${quiz.title} Q${number}`)}::[plain]`;
  switch (item.type) {
    case 'timeline':
      return timelineQuestion(head, item);
    case 'matching':
      return matchingQuestion(head, item);
    default:
      return choiceQuestion(head, item);
  }
}

/** The whole quiz as a GIFT file (questions separated by a blank line; LF line ends; UTF-8). */
export function quizToGift(quiz: Quiz): string {
  const header = `// ${quiz.title.replace(/[\r\n]+/g, ' ')}\n// Exported from Crosscheck (quiz ${quiz.id}; source: ${quiz.source.title.replace(/[\r\n]+/g, ' ')}).\n`;
  return `${header}\n${quiz.items.map((item, i) => giftQuestion(quiz, item, i + 1)).join('\n\n')}\n`;
}
