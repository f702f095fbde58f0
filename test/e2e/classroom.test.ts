// E2E: a teacher assigns a quiz on a laptop; two students join by code on phones and submit;
// the dashboard shows both with the right statistics; the grades CSV downloads.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { useServerAndBrowser } from './support/session.ts';
import { DESKTOP, PHONE, screenshot, watchErrors } from './support/browser.ts';
import { createAssignment, joinAs } from './support/classroom.ts';
import { answerAll } from './support/quiz.ts';

const session = useServerAndBrowser();

async function studentTakes(code: string, name: string): Promise<string> {
  const context = await session.browser.newContext(PHONE);
  const page = await context.newPage();
  await joinAs(page, session.server.origin, code, name);
  await answerAll(page, { practice: false });
  await page.getByRole('button', { name: 'See my result' }).tap();
  await page.waitForURL(/\/r\/[a-z0-9]{10}\./);
  const heading = (await page.locator('h1').textContent())!;
  await screenshot(page, `classroom-result-${name.toLowerCase()}-phone`);
  await context.close();
  return heading;
}

test('teacher creates an assignment; two students join by code and submit; the dashboard and CSV show them', async () => {
  const teacher = await session.browser.newContext({ ...DESKTOP, acceptDownloads: true });
  const page = await teacher.newPage();
  const errors = watchErrors(page);
  const { code } = await createAssignment(page, session.server.origin);
  assert.equal(await page.getByRole('heading', { name: 'Bookmark this page now' }).isVisible(), true);
  assert.equal(await page.locator('.qr-box svg').isVisible(), true);
  await screenshot(page, 'dashboard-created-desktop');

  const scores = [await studentTakes(code, 'Ana'), await studentTakes(code, 'Ben')];
  for (const heading of scores) assert.match(heading, /^(Ana|Ben) scored [\d.]+\/\d+$/);

  // The live gradebook picks both up without a manual reload (local KV is immediate).
  await page.locator('.roster tbody tr').nth(1).waitFor({ timeout: 30_000 });
  const roster = await page.locator('.roster tbody th').allTextContents();
  assert.deepEqual([...roster].sort(), ['Ana', 'Ben']);
  assert.equal(await page.locator('.stats div', { hasText: 'Submitted' }).locator('dd').textContent(), '2');
  assert.ok((await page.locator('.item-analysis tbody tr').count()) > 0);
  await screenshot(page, 'dashboard-results-desktop');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Grades (CSV)' }).click()]);
  const csv = await readFile((await download.path())!, 'utf8');
  const lines = csv.trim().split('\r\n');
  assert.equal(lines.length, 3);
  assert.match(lines[1]!, /^Ana,/);
  assert.match(lines[2]!, /^Ben,/);
  // The average from the CSV's scores (two decimals), not from the headings' tenths: with partial
  // credit, 1.33/3 shows as "1.3/3", and a mean of rounded scores can round the other way.
  const percents = lines.slice(1).map((line) => {
    const [, score, max] = line.split(',');
    return (Number(score) * 100) / Number(max);
  });
  const mean = Math.round((percents[0]! + percents[1]!) / 2);
  assert.equal(await page.locator('.stats div', { hasText: 'Average' }).locator('dd').textContent(), `${mean}%`);
  assert.deepEqual(errors, []);
  await teacher.close();
});
