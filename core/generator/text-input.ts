// Pasted text -> SourceText. Plain text: the first line is the title and blank lines separate
// paragraphs (hard-wrapped lines are joined). Markdown and HTML are reduced to their text,
// with headings, paragraphs and list items as paragraph breaks.
import type { SourceText } from '../quiz/schema.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

export function looksLikeHtml(raw: string): boolean {
  return /<(?:p|div|br|h[1-6]|html|body|article|section|span|li|ul|ol|title|a\s)\b[^>]*>/i.test(raw);
}

export function looksLikeMarkdown(raw: string): boolean {
  return /^#{1,6}\s+\S/m.test(raw) || /\[[^\]]+\]\([^)]+\)/.test(raw) || /(?:^|\s)(?:\*\*|__)\S[^*_]*\S(?:\*\*|__)/.test(raw) || /^\s*(?:[-*+]|\d+\.)\s+\S/m.test(raw);
}

function htmlToBlocks(raw: string): { title: string; blocks: string[] } {
  // The page's own heading names the article better than <title> (which often carries the site's name).
  const headTitle = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(raw);
  let html = raw.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html) ?? headTitle;
  html = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:p|div|h[1-6]|li|ul|ol|blockquote|article|section|header|footer|figure|figcaption|table|tr|pre)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]+>/g, '');
  const text = decodeEntities(html);
  const blocks = text.split(/\n\s*\n/).map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const title = h1 ? decodeEntities(h1[1]!.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim() : '';
  if (title && blocks[0] === title) blocks.shift();
  return { title, blocks };
}

function markdownToBlocks(raw: string): { title: string; blocks: string[] } {
  const blocks: string[] = [];
  let title = '';
  let current: string[] = [];
  const flush = (): void => {
    if (current.length) blocks.push(current.join(' '));
    current = [];
  };
  let inFence = false;
  for (const line of raw.split('\n')) {
    if (/^\s*(?:```|~~~)/.test(line)) {
      inFence = !inFence;
      flush();
      continue;
    }
    if (inFence) continue;
    const heading = /^\s*#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      if (!title && !blocks.length) title = inlineMarkdown(heading[1] as string);
      else blocks.push(inlineMarkdown(heading[1] as string));
      continue;
    }
    if (!line.trim() || /^\s*(?:[-*_]\s*){3,}$/.test(line)) {
      flush();
      continue;
    }
    const item = /^\s*(?:[-*+]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      flush();
      current.push(inlineMarkdown(item[1] as string));
      continue;
    }
    current.push(inlineMarkdown(line.replace(/^\s*>\s?/, '')));
  }
  flush();
  return { title, blocks: blocks.map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean) };
}

function inlineMarkdown(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .trim();
}

function plainToBlocks(raw: string): { title: string; blocks: string[] } {
  const lines = raw.split('\n');
  while (lines.length && !lines[0]!.trim()) lines.shift();
  const title = (lines.shift() ?? '').trim();
  const blocks = lines.join('\n').split(/\n\s*\n/).map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return { title, blocks };
}

/**
 * Reads a paste (or a .txt/.md/.html file) as a title and paragraphs. Never throws: an
 * empty paste gives an empty SourceText, which generateQuiz reports as a clear error.
 */
export function parsePastedText(raw: string): SourceText {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/[\u200b-\u200d\u2060]/g, '');
  const { title, blocks } = looksLikeHtml(text) ? htmlToBlocks(text) : looksLikeMarkdown(text) ? markdownToBlocks(text) : plainToBlocks(text);
  if (!title && blocks.length) return { title: (blocks[0] as string).slice(0, 120), paragraphs: blocks.slice(1).length ? blocks.slice(1) : blocks };
  return { title: title.slice(0, 300), paragraphs: blocks };
}
