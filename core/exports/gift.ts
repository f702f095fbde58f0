// The quiz as Moodle GIFT (https://docs.moodle.org/en/GIFT_format), for Moodle's question
// bank import ("Import" > "GIFT format"). Pure.
//
// Choices made here (checked against Moodle's own parser, question/format/gift/format.php):
// - Every text is escaped as Moodle's exporter does: \ ~ = # { } : get a backslash, a newline
//   becomes the two characters "\n", CR is dropped. So no text can end a question (a blank
//   line), open a comment (// at a line start) or break the answer block.
// - Question text carries the [plain] format marker, so Moodle shows pasted article text as
//   plain text (never as HTML); answers and general feedback inherit it.
// - Moodle reads a leading "[html]", "[plain]", "[moodle]" or "[markdown]" (lower case) on a
//   question text, an answer, a matching prompt or the general feedback as that text's format
//   and drops it (parse_text_with_format). Such a text gets "[plain]" before it, so its own
//   marker stays text. Matching answers (the right of "->") are not read for a marker.
// - Moodle reads a multiple-choice answer beginning like "%50%" (its regex
//   /^%\-*([0-9]{1,2})\.?([0-9]*)%/) as a weight: "~%100% x" would import as a RIGHT answer.
//   Such a wrong option gets an explicit "%0%" weight first; a right one ("=") is safe, as
//   Moodle takes "=" as full marks before it looks for a weight.
// - Every question ends its answer block with "####" general feedback: the explanation and
//   the evidence sentence with its paragraph.
// - multiple-choice, who-said-it: `::title::[plain]stem {=right ~wrong ...}`.
// - cloze: GIFT's missing-word format, the answer block standing where the stem has its gap
//   ("_____"): `stem before {=right ~wrong} stem after`. When nothing follows the gap (Moodle
//   would then not draw a blank), nothing precedes it (other GIFT readers, gift-pegjs among
//   them, refuse a question text that starts with its answer block) or there is no gap, the
//   stem keeps its "_____" and the answers follow, as multiple choice.
// - true-false: `{T}` / `{F}` from the key when the options read True/False; otherwise it is
//   exported as multiple choice with its options.
// - matching: `{ =prompt -> option ... }`; options no prompt matches are added as extra
//   answers with an empty prompt (`= -> option`), which Moodle's matching type shows as
//   distractors. "->" inside a prompt would split the pair, so it is written "→".
// - timeline: GIFT has no ordering type, so a timeline is exported as a MATCHING question
//   pairing each event with its position, "1st" (oldest), "2nd", ...
// Moodle's GIFT import takes a matching question with 2 pairs (it checks for at least 2);
// only its question edit form asks for more, if the teacher later edits the question.
import { ordinal } from '../format.ts';
import type { ChoiceItem, Item, MatchingItem, Quiz, TimelineItem } from '../quiz/schema.ts';

/** Escapes a text for GIFT: \ ~ = # { } : prefixed with a backslash; newlines as "\n". */
export function escapeGift(text: string): string {
  return text
    .replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, '\\n');
}

/** A leading format marker Moodle would take as the text's format (format_name_to_const). */
const FORMAT_MARKER = /^\s*\[(?:html|plain|moodle|markdown)\]/;
/** Moodle's $giftanswerweightregex, on the answer as Moodle trims it. */
const ANSWER_WEIGHT = /^\s*%-*[0-9]{1,2}\.?[0-9]*%/;

/** A text Moodle reads for a format marker: escaped, with "[plain]" first when it begins with a marker of its own. */
function giftText(text: string): string {
  return `${FORMAT_MARKER.test(text) ? '[plain]' : ''}${escapeGift(text)}`;
}

function generalFeedback(item: Item): string {
  const evidence = item.evidence.map((e) => `Evidence (paragraph ${e.paragraph}): "${e.sentence}"`).join('\n');
  return `\t####${giftText(`${item.explanation}\n${evidence}`)}\n`;
}

/** A wrong option: "~", then "%0%" when the text itself begins like a weight. */
function wrongAnswer(option: string): string {
  return `\t~${ANSWER_WEIGHT.test(option) ? '%0%' : ''}${giftText(option)}\n`;
}

function choiceAnswers(item: ChoiceItem): string {
  return item.options.map((option, i) => (i === item.key ? `\t=${giftText(option)}\n` : wrongAnswer(option))).join('');
}

const GAP = /_{3,}/;

function choiceQuestion(head: string, item: ChoiceItem): string {
  const block = `{\n${choiceAnswers(item)}${generalFeedback(item)}}`;
  if (item.type === 'cloze') {
    const gap = GAP.exec(item.stem);
    if (gap) {
      const before = item.stem.slice(0, gap.index);
      const after = item.stem.slice(gap.index + gap[0].length);
      if (before.trim() !== '' && after.trim() !== '') return `${head}${escapeGift(before)}${block}${escapeGift(after)}`;
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
  return `\t=${giftText(prompt.replace(/->/g, '→'))} -> ${escapeGift(option)}\n`;
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
