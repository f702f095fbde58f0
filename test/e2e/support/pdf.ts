// Reading a PDF back for the print checks, with poppler-utils (Debian): `pdftotext` for each
// page's text and `pdftoppm` for page images to look at.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Text compared without whitespace and hyphens: a wrapped line must read as one, and
 * pdftotext joins a word hyphenated at a line end ("Islamist-" + "led" -> "Islamistled").
 */
export const comparable = (text: string) => text.replace(/[\s\-\u2010]+/g, '');

/** The text of every page, in comparable form. */
export async function pdfPages(path: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-']);
  // pdftotext ends every page with a form feed.
  return stdout.split('\f').slice(0, -1).map(comparable);
}

/** Renders every page to `<prefix>-<n>.png` (for a person to look at). */
export async function pdfToPngs(path: string, prefix: string): Promise<void> {
  await run('pdftoppm', ['-png', '-r', '60', path, prefix]);
}

/** A block of the printed text: where it starts and the last text it must still show. */
export interface Block {
  label: string;
  first: string;
  last: string;
}

/**
 * Finds each block in reading order, from its first text to its last, and names those that
 * start on one page and end on another.
 */
export function blocksSplitAcrossPages(pages: string[], blocks: Block[]): string[] {
  const text = pages.join('');
  const pageAt = (offset: number) => {
    let end = 0;
    for (const [index, page] of pages.entries()) {
      end += page.length;
      if (offset < end) return index + 1;
    }
    return pages.length;
  };
  const split: string[] = [];
  let cursor = 0;
  for (const block of blocks) {
    const [first, lastText] = [comparable(block.first), comparable(block.last)];
    const start = text.indexOf(first, cursor);
    if (start < 0) throw new Error(`${block.label}: "${block.first}" is not in the PDF text after offset ${cursor}`);
    const last = text.indexOf(lastText, start + first.length);
    if (last < 0) throw new Error(`${block.label}: "${block.last}" is not in the PDF text after its start`);
    const end = last + lastText.length - 1;
    if (pageAt(start) !== pageAt(end)) split.push(`${block.label} (pages ${pageAt(start)}–${pageAt(end)})`);
    cursor = end + 1;
  }
  return split;
}
