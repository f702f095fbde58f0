// Pasted text -> SourceText. Plain text: the first line is the title and blank lines separate
// paragraphs (hard-wrapped lines are joined). Markdown and HTML are reduced to their text,
// with headings, paragraphs and list items as paragraph breaks. A paste with no title line (one
// unbroken paragraph, or prose from its first line) is read whole, titled by its first sentence.
// Page furniture is dropped: bylines, captions, "Advertisement"/"Share this" lines, datelines.
//
// Every step is linear in the input: HTML is read by a forward scanner (no backtracking regex
// over tags or comments), and every regex here either has bounded repetition or repeats a class
// that its next token cannot match, so a hostile paste costs what a long one costs.
import type { SourceText } from '../quiz/schema.ts';
import { stripUnsafeCharacters } from './unsafe-characters.ts';
import { splitSentences } from './sentences.ts';

interface Blocks {
  title: string;
  blocks: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', pound: '£', euro: '€' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? stripUnsafeCharacters(String.fromCodePoint(code)) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** True when the paste holds at least one common HTML tag. */
function looksLikeHtml(raw: string): boolean {
  return /<\/?(?:p|div|br|h[1-6]|html|body|article|section|span|li|ul|ol|title|a)(?=[\s>/])/i.test(raw) && raw.includes('>');
}

/** True when the paste uses Markdown headings, links, bold text or lists. */
function looksLikeMarkdown(raw: string): boolean {
  return (
    /^#{1,6}[ \t]+\S/m.test(raw) ||
    /\[[^[\]\n]+\]\([^()\s]+\)/.test(raw) ||
    /(?:^|\s)(?:\*\*|__)[^\s*_][^*_\n]*[^\s*_](?:\*\*|__)/.test(raw) ||
    /^[ \t]*(?:[-*+]|\d{1,3}\.)[ \t]+\S/m.test(raw)
  );
}

// Elements whose content is not the article's prose (captions included).
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'figcaption', 'nav', 'aside', 'form', 'button', 'iframe', 'select']);
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'article', 'section', 'header', 'footer', 'figure', 'table', 'tr', 'pre', 'main', 'dd', 'dt']);
const TAG_NAME = /<(\/?)([a-z][a-z0-9-]{0,20})/iy;

/** The text between `<name…>` and `</name`, found with plain searches (the first such element). */
function elementText(raw: string, lower: string, name: string): string | null {
  const open = lower.indexOf(`<${name}`);
  if (open < 0) return null;
  const gt = raw.indexOf('>', open);
  const close = gt < 0 ? -1 : lower.indexOf(`</${name}`, gt);
  return close < 0 ? null : raw.slice(gt + 1, close);
}

function htmlToBlocks(raw: string): Blocks {
  const lower = raw.toLowerCase();
  const parts: string[] = [];
  let h1Start = -1;
  let h1: string | null = null;
  // The next '>' at or after the scan position: queries only move forward, so one search serves many.
  let nextGt = -1;
  const gtFrom = (from: number): number => {
    if (nextGt === -2) return -1;
    if (nextGt < from) nextGt = raw.indexOf('>', from);
    if (nextGt < 0) nextGt = -2;
    return nextGt < 0 ? -1 : nextGt;
  };
  let i = 0;
  while (i < raw.length) {
    const lt = raw.indexOf('<', i);
    if (lt < 0) {
      parts.push(raw.slice(i));
      break;
    }
    parts.push(raw.slice(i, lt));
    if (raw.startsWith('<!--', lt)) {
      const end = raw.indexOf('-->', lt + 4);
      i = end < 0 ? raw.length : end + 3; // an unclosed comment hides the rest, as in a browser
      continue;
    }
    if (raw[lt + 1] === '!' || raw[lt + 1] === '?') {
      const gt = gtFrom(lt); // <!doctype …>, <![CDATA[…]]>, <?xml …?>
      i = gt < 0 ? raw.length : gt + 1;
      continue;
    }
    TAG_NAME.lastIndex = lt;
    const tag = TAG_NAME.exec(raw);
    if (!tag) {
      parts.push('<'); // "a < b": text, not a tag
      i = lt + 1;
      continue;
    }
    const gt = gtFrom(lt);
    if (gt < 0) break; // a tag that never closes swallows the rest, as in a browser
    const closing = tag[1] === '/';
    const name = (tag[2] as string).toLowerCase();
    i = gt + 1;
    if (!closing && SKIPPED.has(name)) {
      const close = lower.indexOf(`</${name}`, i);
      const end = close < 0 ? -1 : raw.indexOf('>', close);
      i = end < 0 ? raw.length : end + 1;
      parts.push(' ');
      continue;
    }
    if (name === 'h1' && !closing && h1 === null) h1Start = parts.length;
    if (name === 'h1' && closing && h1Start >= 0 && h1 === null) h1 = parts.slice(h1Start).join('');
    parts.push(name === 'br' ? '\n' : BLOCK.has(name) ? '\n\n' : '');
  }
  const clean = (s: string): string => decodeEntities(s).replace(/\s+/g, ' ').trim();
  const blocks = decodeEntities(parts.join(''))
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  // The page's own heading names the article better than <title> (which often carries the site's name).
  const headTitle = elementText(raw, lower, 'title');
  const title = h1 !== null ? clean(h1) : headTitle !== null ? clean(headTitle) : '';
  if (title && blocks[0] === title) blocks.shift();
  return { title, blocks };
}

/** A Markdown heading line's text ("## Budget plans ##" -> "Budget plans"), or null. */
function headingText(line: string): string | null {
  const trimmed = line.trimStart();
  let level = 0;
  while (trimmed[level] === '#') level++;
  if (level < 1 || level > 6 || !/[ \t]/.test(trimmed[level] ?? '')) return null;
  let text = trimmed.slice(level).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  text = text.slice(0, end).trim();
  return text || null;
}

function markdownToBlocks(raw: string): Blocks {
  const blocks: string[] = [];
  let title = '';
  let current: string[] = [];
  const flush = (): void => {
    if (current.length) blocks.push(current.join(' '));
    current = [];
  };
  let inFence = false;
  for (const line of raw.split('\n')) {
    if (/^[ \t]*(?:```|~~~)/.test(line)) {
      inFence = !inFence;
      flush();
      continue;
    }
    if (inFence) continue;
    const heading = headingText(line);
    if (heading !== null) {
      flush();
      if (!title && !blocks.length) title = inlineMarkdown(heading);
      else blocks.push(inlineMarkdown(heading));
      continue;
    }
    if (!line.trim() || /^[ \t]*(?:[-*_][ \t]*){3,}$/.test(line)) {
      flush();
      continue;
    }
    const item = /^[ \t]*(?:[-*+]|\d{1,3}\.)[ \t]+/.exec(line);
    if (item) {
      flush();
      current.push(inlineMarkdown(line.slice(item[0].length)));
      continue;
    }
    current.push(inlineMarkdown(line.replace(/^[ \t]*>[ \t]?/, '')));
  }
  flush();
  return { title, blocks: blocks.map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean) };
}

// Emphasis markers are dropped where they open or close a word, without pairing them: pairing
// needs backtracking (quadratic on "**a **a …"), and on well-formed Markdown the result is the same.
function inlineMarkdown(s: string): string {
  return s
    .replace(/!?\[([^[\]\n]*)\]\([^()\s]*\)/g, '$1')
    .replace(/`/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])[*_](?=\S)/g, '$1')
    .replace(/(\S)[*_](?=[\s).,;:!?]|$)/g, '$1')
    .trim();
}

function plainToBlocks(raw: string): Blocks {
  const lines = raw.split('\n');
  let first = 0;
  while (first < lines.length && !(lines[first] as string).trim()) first++;
  // A first line that runs on into the next ("…met on Tuesday to\ndiscuss the budget") is a wrapped paragraph, not a title.
  const next = (lines[first + 1] ?? '').trimStart().charAt(0);
  const runsOn = next !== '' && next !== next.toUpperCase();
  const title = runsOn ? '' : (lines[first] ?? '').trim();
  const blocks = lines
    .slice(runsOn ? first : first + 1)
    .join('\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { title, blocks };
}

// Page furniture that is not the article. Whole-block labels ("Advertisement", "Share this article");
// unambiguous two-word labels before a caption ("Image caption …"); one-word labels only before a
// colon or bar ("Photo: …", "Copyright | …"), so "Share prices rose" and "Advertising fell" stay; and
// publication stamps followed by a date or time.
const FURNITURE_BLOCK =
  /^(?:advertisements?|advert|sponsored(?: content)?|share(?: this(?: article| page| story)?)?|share on \w+|related (?:topics|articles|stories|content)|read more|more on this story|skip (?:advert|advertisement)|getty images|sign up(?: now)?|subscribe(?: now)?|click here(?: to \w+)?|follow us(?: on \w+)?)[.!:]?$/i;
const FURNITURE_LABEL = /^(?:(?:image|media|photo|picture|video) (?:caption|copyright|source|credit)\b|(?:caption|copyright|photo|picture|image|illustration|video|credit)\s?[:|]|© ?\d{4}\b)/i;
const FURNITURE_STAMP =
  /^(?:(?:first )?published|(?:last )?updated|posted)(?: on| at)?:? (?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|and|&))*\s*(?:[,|–—-][^.!?]*)?$/u;
const CREDIT = /^\((?:photo|picture|image|video|pictured)\b[^)]{0,80}\)$/i;
const FURNITURE_MAX_WORDS = 25;
const BYLINE_MAX_WORDS = 12;

function isFurniture(block: string): boolean {
  if (!hasAtMostWords(block, FURNITURE_MAX_WORDS)) return false;
  return FURNITURE_BLOCK.test(block) || FURNITURE_LABEL.test(block) || FURNITURE_STAMP.test(block) || CREDIT.test(block) || (hasAtMostWords(block, BYLINE_MAX_WORDS) && BYLINE.test(block));
}

// "WASHINGTON —", "NEW YORK, March 3 (AP) —", "LONDON (Reuters) -", "(CNN) —" at the article's start.
// A hyphen counts only after a news agency in brackets ("US - Russia talks" is prose).
const DATELINE =
  /^(?:(?:\p{Lu}[\p{Lu}.'’]{2,}(?:[ ,]{1,2}\p{Lu}[\p{Lu}.'’]+){0,3}(?:,\s?\p{L}{3,9}\.?\s\d{1,2})?\s?)(?:\(\p{L}[\p{L} .&]{1,25}\)\s?)?[—–]{1,2}|(?:\p{Lu}[\p{Lu}.'’]+(?:[ ,]{1,2}\p{Lu}[\p{Lu}.'’]+){0,3}(?:,\s?\p{L}{3,9}\.?\s\d{1,2})?\s)?\(\p{L}[\p{L} .&]{1,25}\)\s?[—–-]{1,2})\s+/u;

/** The paragraph without a leading dateline. */
export function stripDateline(paragraph: string): string {
  return paragraph.replace(DATELINE, '');
}

const HEADLINE_MAX_WORDS = 25;

/** True when the single-spaced `text` has at most `max` words (stops counting there: a paste can be long). */
function hasAtMostWords(text: string, max: number): boolean {
  let at = -1;
  for (let words = 1; words <= max; words++) {
    at = text.indexOf(' ', at + 1);
    if (at < 0) return true;
  }
  return false;
}

/** A line that reads as a headline: short, and one sentence at most. */
function isHeadline(line: string): boolean {
  return hasAtMostWords(line, HEADLINE_MAX_WORDS) && splitSentences(line).length <= 1;
}

/** A title for text that has none: its first sentence, without the full stop, cut at a word near 120 characters. */
function titleFromFirstSentence(paragraph: string): string {
  const head = paragraph.slice(0, 400); // the first sentence, if it is short enough to be a title at all
  const sentence = (splitSentences(head)[0]?.text ?? head).replace(/[.]$/, '');
  if (sentence.length <= 120) return sentence;
  const cut = sentence.lastIndexOf(' ', 117);
  return `${sentence.slice(0, cut > 40 ? cut : 117)}…`;
}

/**
 * Reads a paste (or a .txt/.md/.html file) as a title and paragraphs. Never throws: an
 * empty paste gives an empty SourceText, which generateQuiz reports as a clear error.
 */
export function parsePastedText(raw: string): SourceText {
  const text = stripUnsafeCharacters(raw.replace(/\r\n?/g, '\n'))
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
  const parsed = looksLikeHtml(text) ? htmlToBlocks(text) : looksLikeMarkdown(text) ? markdownToBlocks(text) : plainToBlocks(text);
  const title = parsed.title.replace(/\s+/g, ' ').trim();
  const blocks = parsed.blocks.filter((b) => !isFurniture(b));
  // A first line that is prose, not a headline, belongs to the article.
  const all = title && !isHeadline(title) ? [title, ...blocks] : blocks;
  let headline = title && isHeadline(title) ? title : '';
  if (!headline && all.length > 1 && isHeadline(all[0] as string)) headline = all.shift() as string;
  if (all.length) all[0] = stripDateline(all[0] as string);
  const paragraphs = all.filter(Boolean);
  if (!headline && paragraphs.length) headline = titleFromFirstSentence(paragraphs[0] as string);
  return { title: headline.slice(0, 300), paragraphs };
}
