// E2E: the printable quiz of an assignment, printed to PDF by Chromium (A4 and US Letter):
// no question and no answer-key entry may start on one page and end on the next. The pages
// are also rendered to PNG in test-results/ for a person to look at.
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Quiz } from '../../core/quiz/schema.ts';
import { printedKey } from '../../web/pages/print-key.ts';
import { DESKTOP, SCREENSHOTS, watchErrors } from './support/browser.ts';
import { createAssignment } from './support/classroom.ts';
import { blocksSplitAcrossPages, pdfPages, pdfToPngs, type Block } from './support/pdf.ts';
import { useServerAndBrowser } from './support/session.ts';

const session = useServerAndBrowser();
const site = JSON.parse(await readFile(join(import.meta.dirname, '..', '..', '.build', 'site.json'), 'utf8')) as { quizzes: Quiz[] };

const head = (text: string) => text.slice(0, 40);
const tail = (text: string) => text.slice(-40);

/** Each printed question from its stem to its last line, then each key entry from its answer to its last evidence. */
function printedBlocks(quiz: Quiz): Block[] {
  const questions = quiz.items.map((item, i) => ({ label: `question ${i + 1}`, first: head(item.stem), last: tail(item.options.at(-1)!) }));
  const key = quiz.items.map((item, i) => {
    const { marks, names } = printedKey(item);
    const answer = item.type === 'matching' || item.type === 'timeline' ? `${marks} (${names}` : `${names} (${marks})`;
    return { label: `key entry ${i + 1}`, first: head(answer), last: tail(item.evidence.at(-1)!.sentence) };
  });
  return [...questions, ...key];
}

for (const quizId of ['article-lavrov-ideal-solution', 'topic-timeline-2014-2018']) {
  test(`the printed ${quizId} quiz splits no question or key entry across pages`, async () => {
    const quiz = site.quizzes.find((q) => q.id === quizId)!;
    const context = await session.browser.newContext(DESKTOP);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await createAssignment(page, session.server.origin, { quizId });
    await page.getByRole('link', { name: 'Printable quiz with answer key' }).click();
    await page.locator('.answer-key').waitFor();
    await page.emulateMedia({ media: 'print' });
    await mkdir(SCREENSHOTS, { recursive: true });
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = join(SCREENSHOTS, `print-${quizId}-${format}.pdf`);
      await page.pdf({ path: pdf, format, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
      const pages = await pdfPages(pdf);
      assert.ok(pages.length >= 2, `${format}: the key starts on a page of its own`);
      assert.deepEqual(blocksSplitAcrossPages(pages, printedBlocks(quiz)), [], `${format}: blocks split across pages`);
      await pdfToPngs(pdf, pdf.slice(0, -4));
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}
