// E2E: a teacher creates a class on a laptop and finds it under "My classes on this device" on
// /teach; two students submit on phones; the teacher drops a question from grading; the scores
// on the dashboard, in the CSV and on the students' result pages agree, and the result says the
// question was dropped. axe and screenshots at phone and laptop width on the pages this changes.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { AXE_CONTEXT, seriousViolations } from './support/axe.ts';
import { DESKTOP, PHONE, screenshot, watchErrors } from './support/browser.ts';
import { createAssignment, joinAs } from './support/classroom.ts';
import { answerAll } from './support/quiz.ts';
import { useServerAndBrowser } from './support/session.ts';

const session = useServerAndBrowser();

const WIDTHS = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const;

/** A student joins and submits on a phone; the context stays open (it holds their device cookie) on their result page. */
async function studentTakes(code: string, name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await session.browser.newContext({ ...PHONE, ...AXE_CONTEXT });
  const page = await context.newPage();
  await joinAs(page, session.server.origin, code, name);
  await answerAll(page, { practice: false });
  await page.getByRole('button', { name: 'See my result' }).tap();
  await page.waitForURL(/\/r\/[a-z0-9]{10}\./);
  return { context, page };
}

/** [3.5, 5] from a text such as "Ana scored 3.5/5" (pages show tenths). */
function scoreIn(text: string): [number, number] {
  const [, score, max] = text.match(/(\d+(?:\.\d+)?)\/(\d+)/)!;
  return [Number(score), Number(max)];
}

/** The same score, as a page (tenths) and the CSV (hundredths) write it. */
function assertSameScore(actual: [number, number], expected: [number, number], what: string) {
  assert.ok(Math.abs(actual[0] - expected[0]) <= 0.05 && actual[1] === expected[1], `${what}: ${actual.join('/')} vs ${expected.join('/')}`);
}

/** Axe at both widths, and a screenshot at each. */
async function checkPage(page: Page, name: string, found: string[]) {
  for (const { name: width, viewport } of WIDTHS) {
    await page.setViewportSize(viewport);
    await screenshot(page, `regrade-${name}-${width}`, { fullPage: true });
    for (const line of await seriousViolations(page)) found.push(`${name} (${width}): ${line}`);
  }
}

test('a teacher drops a question after two students answered: dashboard, CSV and result pages agree; My classes lists the class', async () => {
  const origin = session.server.origin;
  const teacher = await session.browser.newContext({ ...DESKTOP, ...AXE_CONTEXT, acceptDownloads: true });
  const page = await teacher.newPage();
  const errors = watchErrors(page);
  const found: string[] = [];
  const { dashboard, code } = await createAssignment(page, origin, { title: 'Period 5 regrade check' });

  // The dashboard records the class in this browser, and offers Google Classroom a plain link.
  await page.getByText('Listed under').waitFor();
  const share = page.getByRole('link', { name: 'Share to Google Classroom' });
  const studentUrl = await page.getByRole('link', { name: /\/a\// }).getAttribute('href');
  assert.equal(await share.getAttribute('href'), `https://classroom.google.com/share?url=${encodeURIComponent(studentUrl!)}`);

  await page.goto(origin + '/teach');
  const myClasses = page.locator('#my-classes');
  await myClasses.waitFor();
  assert.match((await myClasses.textContent())!, /clearing the browser’s data forgets this list/);
  const listed = myClasses.locator('li', { hasText: 'Period 5 regrade check' });
  assert.match((await listed.textContent())!, new RegExp(`code ${code.slice(0, 3)} ${code.slice(3)}`));
  await checkPage(page, 'teach', found);
  await page.setViewportSize(DESKTOP.viewport!);
  await listed.getByRole('link').click();
  await page.waitForURL(dashboard);

  const students = [await studentTakes(code, 'Ana'), await studentTakes(code, 'Ben')];
  await page.reload();
  await page.locator('.roster tbody tr').nth(1).waitFor();

  // Drop the most missed question (the first row of the report).
  const row = page.locator('.item-analysis tbody tr').first();
  const label = (await row.locator('strong').first().textContent())!.replace('.', '');
  await row.getByText(`Drop ${label} from grading…`).click();
  await row.getByRole('button', { name: `Yes, drop ${label}` }).click();
  await page.waitForURL(/#item-/);
  const dropped = page.locator('.item-analysis tbody tr.dropped');
  assert.equal(await dropped.count(), 1);
  assert.match((await dropped.textContent())!, /Dropped from grading/);

  const roster = new Map<string, [number, number]>();
  for (const tr of await page.locator('.roster tbody tr').all()) {
    roster.set((await tr.locator('th').textContent())!, scoreIn((await tr.locator('td[data-label="Score"]').textContent())!));
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Grades (CSV)' }).click()]);
  const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.match(csv[0]!, new RegExp(`${label} \\(dropped, not graded\\)`));
  for (const line of csv.slice(1)) {
    const [name, score, max] = line.split(',');
    assertSameScore(roster.get(name!)!, [Number(score), Number(max)], `${name}: the CSV and the dashboard`);
  }

  for (const [i, name] of ['Ana', 'Ben'].entries()) {
    const { page: result } = students[i]!;
    await result.reload();
    const heading = (await result.locator('h1').textContent())!;
    assertSameScore(scoreIn(heading), roster.get(name)!, `${name}: the result page and the dashboard`);
    assert.match((await result.locator('.dropped-note').textContent())!, new RegExp(`dropped question ${label.slice(1)} from grading`));
    if (i === 0) await checkPage(result, 'result', found);
  }

  await page.goto(dashboard);
  await page.locator('.item-analysis tbody tr.dropped').waitFor();
  await checkPage(page, 'dashboard', found);
  assert.deepEqual(found, []);
  assert.deepEqual(errors, []);
  for (const { context } of students) await context.close();
  await teacher.close();
});
