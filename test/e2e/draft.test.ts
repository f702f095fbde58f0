// E2E, issue 11 end to end: a teacher pastes an article and reviews the draft on a laptop (edits
// a stem, changes a key, drops a question, adds their own), reloads and finds everything saved,
// creates the class and finds it under "My classes on this device"; two students on phones take
// the edited quiz (the new key graded right); the teacher drops a question from grading, and the
// dashboard, the CSV and both result pages agree. The same draft without JavaScript (drop, edit a
// stem, create). axe and screenshots at phone and laptop width on every page this changes.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { AXE_CONTEXT, seriousViolations } from './support/axe.ts';
import { DESKTOP, PHONE, screenshot, watchErrors } from './support/browser.ts';
import { DRAFT_URL, joinAs } from './support/classroom.ts';
import { answerAll } from './support/quiz.ts';
import { useServerAndBrowser } from './support/session.ts';
import { BRIDGE_ARTICLE } from '../support/bridge-article.ts';

const session = useServerAndBrowser();

const OWN_STEM = 'Which kind of boat carried commuters while the bridge was closed?';
const TITLE = 'Period 4 bridge check';

const WIDTHS = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const;

const items = (page: Page) => page.locator('.draft-item');
const saved = (page: Page) => page.locator('.save-state', { hasText: 'Saved' }).waitFor();
const stemOf = (item: ReturnType<typeof items>) => item.getByLabel('Question text').inputValue();

/** Starts a draft from /teach with the pasted article. */
async function startDraft(page: Page) {
  await page.goto(session.server.origin + '/teach');
  await page.getByText('Or make a quiz from an article you paste').click();
  await page.getByLabel('Article text').fill(BRIDGE_ARTICLE);
  await page.getByLabel('Assignment title (optional)').fill(TITLE);
  await page.getByRole('button', { name: 'Review the questions' }).click();
  await page.waitForURL(DRAFT_URL);
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

/** Screenshots at phone and laptop width (the whole page), axe at each; the violations go to `found`. */
async function checkPage(page: Page, name: string, found: string[]) {
  for (const { name: width, viewport } of WIDTHS) {
    await page.setViewportSize(viewport);
    await screenshot(page, `${name}-${width}`, { fullPage: true });
    for (const line of await seriousViolations(page)) found.push(`${name} (${width}): ${line}`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, `${name} (${width}) scrolls sideways`);
  }
}

/** A student joins on a phone, answers (`picks` by question wording), submits; the context stays open on their result page (it holds their device cookie). */
async function studentTakes(code: string, name: string, picks: Map<string, number>): Promise<{ context: BrowserContext; page: Page; html: string; count: number }> {
  const context = await session.browser.newContext({ ...PHONE, ...AXE_CONTEXT });
  const page = await context.newPage();
  await joinAs(page, session.server.origin, code, name);
  const html = await page.content();
  const count = await answerAll(page, { practice: false, picks });
  await page.getByRole('button', { name: 'See my result' }).tap();
  await page.waitForURL(/\/r\/[a-z0-9]{10}\./);
  return { context, page, html, count };
}

test('a teacher reviews a draft, creates the class; two students take the edited quiz on phones; a dropped question regrades dashboard, CSV and results alike', async () => {
  const origin = session.server.origin;
  const teacher = await session.browser.newContext({ ...DESKTOP, ...AXE_CONTEXT, acceptDownloads: true });
  const page = await teacher.newPage();
  const errors = watchErrors(page);
  const found: string[] = [];
  await startDraft(page);
  await page.locator('.save-state').waitFor();
  const before = await items(page).count();
  assert.ok(before >= 4, `the article makes ${before} questions`);

  // Edit the first question's stem (a gap question keeps its gap).
  const first = items(page).first();
  const stem = first.getByLabel('Question text');
  const edited = (await stem.inputValue()).replace(/[.?]$/, ', as the council reported.');
  // An empty stem is refused by the server, and the editor says so (what was typed stays on the page).
  await stem.fill('');
  await page.locator('.save-state.error', { hasText: 'Not saved: Question 1 has no text.' }).waitFor();
  await stem.fill(edited);
  await saved(page);
  await first.getByText('Edited').waitFor();

  // Change the key of the first one-answer question with a wrong option to pick.
  const choice = items(page).filter({ has: page.locator('.draft-option input[type=radio]:not(:checked)') }).first();
  const choiceId = (await choice.getAttribute('id'))!;
  const newKey = choice.locator('.draft-option input[type=radio]:not(:checked)').first();
  const newKeyValue = (await newKey.getAttribute('value'))!;
  await newKey.check();
  await saved(page);
  await choice.getByText('The right answer is no longer what the evidence sentence says.').waitFor();

  // Drop the last question.
  const last = items(page).last();
  const droppedStem = await stemOf(last);
  await last.getByRole('button', { name: /^Drop/ }).click();
  await saved(page);
  assert.equal(await items(page).count(), before - 1);

  // Add a question of one's own (a form post, sent once the edits are saved).
  await page.getByText('Add a question of your own').click();
  await page.getByLabel('Question (or, for true or false, the statement)').fill(OWN_STEM);
  for (const [i, option] of ['Ferries', 'Buses', 'Trams'].entries()) await page.getByLabel(`Option ${i + 1}`, { exact: true }).fill(option);
  await page.getByLabel('Option 1 is the right answer').check();
  await page.getByRole('button', { name: 'Add this question' }).click();
  await page.waitForURL(/#item-own-/);
  await page.locator('.draft-item', { hasText: 'Your question' }).waitFor();

  // A reload loses nothing.
  await page.reload();
  assert.equal(await items(page).count(), before);
  assert.equal(await stemOf(items(page).first()), edited);
  assert.equal(await page.locator(`#${choiceId} .draft-option input[type=radio][value="${newKeyValue}"]`).isChecked(), true);
  assert.equal(await stemOf(items(page).last()), OWN_STEM);
  assert.equal(await page.getByText(droppedStem, { exact: true }).count(), 0);
  const rekeyedStem = await stemOf(page.locator(`#${choiceId}`));

  assert.deepEqual(await seriousViolations(page), []);
  await page.evaluate(() => scrollTo(0, 0));
  await screenshot(page, 'draft-1280x800');
  await screenshot(page, 'draft-1280x800-full', { fullPage: true });
  const phone = await session.browser.newContext({ ...PHONE, ...AXE_CONTEXT });
  const small = await phone.newPage();
  await small.goto(page.url().replace(/#.*/, ''));
  await small.locator('.save-state').waitFor();
  assert.deepEqual(await seriousViolations(small), []);
  assert.equal(await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
  await screenshot(small, 'draft-390x844');
  await screenshot(small, 'draft-390x844-full', { fullPage: true });
  await small.locator('.draft-options').first().evaluate((element) => element.scrollIntoView());
  await screenshot(small, 'draft-390x844-options');
  await phone.close();

  await page.getByRole('button', { name: 'Create assignment' }).click();
  await page.waitForURL(/\/teach\/[a-z0-9]{10}\?created=1$/);
  const dashboard = page.url().replace(/\?created=1$/, '');
  const code = (await page.locator('.class-code').textContent())!.replace(/\s/g, '');

  // The dashboard records the class in this browser, and offers Google Classroom a plain link.
  await page.getByText('Listed under').waitFor();
  const studentUrl = await page.getByRole('link', { name: /\/a\// }).getAttribute('href');
  assert.equal(await page.getByRole('link', { name: 'Share to Google Classroom' }).getAttribute('href'), `https://classroom.google.com/share?url=${encodeURIComponent(studentUrl!)}`);
  await page.goto(origin + '/teach');
  const myClasses = page.locator('#my-classes');
  await myClasses.waitFor();
  assert.match((await myClasses.textContent())!, /clearing the browser’s data forgets this list/);
  const listed = myClasses.locator('li', { hasText: TITLE });
  assert.match((await listed.textContent())!, new RegExp(`code ${code.slice(0, 3)} ${code.slice(3)}`));
  await checkPage(page, 'teach-my-classes', found);
  await page.setViewportSize(DESKTOP.viewport!);
  await listed.getByRole('link').click();
  await page.waitForURL(dashboard);

  // Two students see the edited quiz; Ana picks the new key and the teacher's right answer (option 1).
  const anaPicks = new Map([[rekeyedStem, Number(newKeyValue)], [OWN_STEM, 0]]);
  const students = [await studentTakes(code, 'Ana', anaPicks), await studentTakes(code, 'Ben', new Map())];
  for (const { page: taker, html, count } of students) {
    assert.equal(count, before);
    assert.ok(html.includes(edited), 'the edited stem is in the class quiz');
    assert.ok(html.includes(OWN_STEM), 'the teacher’s own question is in the class quiz');
    assert.ok(!html.includes(droppedStem), 'the dropped question is not');
    assert.match((await taker.locator('.review-item', { hasText: OWN_STEM }).locator('.verdict').textContent())!, /Right$/);
  }
  // The changed key is the one graded right.
  assert.match((await students[0]!.page.locator('.review-item', { hasText: rekeyedStem }).locator('.verdict').textContent())!, /Right$/);

  // The teacher drops the most missed question (the first row of the report).
  await page.reload();
  await page.locator('.roster tbody tr').nth(1).waitFor();
  const row = page.locator('.item-analysis tbody tr').first();
  const label = (await row.locator('strong').first().textContent())!.replace('.', '');
  await row.getByText(`Drop ${label} from grading…`).click();
  await row.getByRole('button', { name: `Yes, drop ${label}` }).click();
  await page.waitForURL(/#item-/);
  const dropped = page.locator('.item-analysis tbody tr.dropped');
  assert.equal(await dropped.count(), 1);
  assert.match((await dropped.textContent())!, /Dropped from grading/);

  // Dashboard, CSV and result pages give the same scores.
  const roster = new Map<string, [number, number]>();
  for (const tr of await page.locator('.roster tbody tr').all()) {
    roster.set((await tr.locator('th').textContent())!, scoreIn((await tr.locator('td[data-label="Score"]').textContent())!));
  }
  assert.deepEqual([...roster.keys()].sort(), ['Ana', 'Ben']);
  for (const [, max] of roster.values()) assert.equal(max, before - 1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Grades (CSV)' }).click()]);
  const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.match(csv[0]!, new RegExp(`${label} \\(dropped, not graded\\)`));
  assert.equal(csv.length, 3);
  for (const line of csv.slice(1)) {
    const [name, score, max] = line.split(',');
    assertSameScore(roster.get(name!)!, [Number(score), Number(max)], `${name}: the CSV and the dashboard`);
  }
  for (const [i, name] of ['Ana', 'Ben'].entries()) {
    const { page: result } = students[i]!;
    await result.reload();
    assertSameScore(scoreIn((await result.locator('h1').textContent())!), roster.get(name)!, `${name}: the result page and the dashboard`);
    assert.match((await result.locator('.dropped-note').textContent())!, new RegExp(`dropped question ${label.slice(1)} from grading`));
    if (i === 0) await checkPage(result, 'result-after-drop', found);
  }
  await checkPage(page, 'dashboard-after-drop', found);
  assert.deepEqual(found, []);
  // The refused save above is the one failed request the browser reports.
  assert.deepEqual(errors.filter((error) => !error.includes('status of 422')), []);
  for (const { context } of students) await context.close();
  await teacher.close();
});

test('without JavaScript the teacher drops a question, edits a stem and creates the class with plain form posts', async () => {
  const context = await session.browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
  const page = await context.newPage();
  await startDraft(page);
  const before = await items(page).count();
  const firstStem = await stemOf(items(page).first());
  await page.getByRole('button', { name: 'Drop question 1' }).click();
  await page.waitForURL(DRAFT_URL);
  assert.equal(await items(page).count(), before - 1);
  assert.equal(await page.getByText(firstStem, { exact: true }).count(), 0);

  const stem = items(page).first().getByLabel('Question text');
  const edited = (await stem.inputValue()).replace(/[.?]$/, ', as reported.');
  await stem.fill(edited);
  await page.getByRole('button', { name: 'Save question 1' }).click();
  await page.waitForURL(/#item-/);
  assert.equal(await stemOf(items(page).first()), edited);

  await page.getByRole('button', { name: 'Create assignment' }).click();
  await page.waitForURL(/\/teach\/[a-z0-9]{10}(\?created=1)?$/);
  await context.close();
});

test('a paste with no question the generator can stand behind opens an empty draft: the teacher writes one and creates the class', async () => {
  const context = await session.browser.newContext({ ...PHONE, ...AXE_CONTEXT });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const found: string[] = [];
  await page.goto(session.server.origin + '/teach');
  await page.getByText('Or make a quiz from an article you paste').tap();
  await page.getByLabel('Article text').fill(
    'Garden club plans a quiet spring\n\nMembers of the garden club met in the village hall on a wet evening to talk about the coming season. Most agreed that the borders by the church needed new plants.\n\nVolunteers will meet on weekend mornings to weed and mulch, and anyone who wants to help is welcome to join them.',
  );
  await page.getByRole('button', { name: 'Review the questions' }).tap();
  await page.waitForURL(DRAFT_URL);
  await page.getByText('We found no question we could stand behind in this text.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Make new questions from the same text' }).count(), 0);
  await checkPage(page, 'draft-empty', found);

  await page.getByRole('button', { name: 'Create assignment' }).tap();
  await page.getByText('The quiz has no questions yet').waitFor();
  await page.getByLabel('True or false', { exact: true }).check();
  await page.getByLabel('Question (or, for true or false, the statement)').fill('Volunteers will meet on weekend mornings.');
  await page.getByRole('radio', { name: 'True', exact: true }).check();
  await page.getByRole('button', { name: 'Add this question' }).tap();
  await page.waitForURL(/#item-own-/);
  assert.equal(await items(page).count(), 1);
  await checkPage(page, 'draft-empty-filled', found);
  await page.getByRole('button', { name: 'Create assignment' }).tap();
  await page.waitForURL(/\/teach\/[a-z0-9]{10}(\?created=1)?$/);
  assert.deepEqual(found, []);
  // The refused create above is the one failed request the browser reports.
  assert.deepEqual(errors.filter((error) => !error.includes('status of 422')), []);
  await context.close();
});
