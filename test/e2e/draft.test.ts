// E2E: a teacher pastes an article, reviews the draft on a laptop (edits a stem, changes a key,
// drops a question, adds their own), reloads and finds everything saved, creates the class; a
// student on a phone takes the edited quiz. The same draft without JavaScript (drop, edit a stem,
// create), axe on the draft page, and its screenshots at laptop and phone width.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { AXE_CONTEXT, seriousViolations } from './support/axe.ts';
import { DESKTOP, PHONE, screenshot, watchErrors } from './support/browser.ts';
import { DRAFT_URL, joinAs } from './support/classroom.ts';
import { answerAll } from './support/quiz.ts';
import { useServerAndBrowser } from './support/session.ts';
import { BRIDGE_ARTICLE } from '../support/bridge-article.ts';

const session = useServerAndBrowser();


const OWN_STEM = 'Which kind of boat carried commuters while the bridge was closed?';

const items = (page: Page) => page.locator('.draft-item');
const saved = (page: Page) => page.locator('.save-state', { hasText: 'Saved' }).waitFor();

/** Starts a draft from /teach: the pasted article, or a launch quiz. */
async function startDraft(page: Page, { article }: { article?: string } = {}) {
  await page.goto(session.server.origin + '/teach');
  if (article) {
    await page.getByText('Or make a quiz from an article you paste').click();
    await page.getByLabel('Article text').fill(article);
  }
  await page.getByLabel('Assignment title (optional)').fill('Period 4 bridge check');
  await page.getByRole('button', { name: 'Review the questions' }).click();
  await page.waitForURL(DRAFT_URL);
}

test('a teacher edits a pasted article’s draft, reloads, creates the class; a student on a phone takes the edited quiz', async () => {
  const teacher = await session.browser.newContext({ ...DESKTOP, ...AXE_CONTEXT });
  const page = await teacher.newPage();
  const errors = watchErrors(page);
  await startDraft(page, { article: BRIDGE_ARTICLE });
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
  const choiceId = await choice.getAttribute('id');
  const newKey = choice.locator('.draft-option input[type=radio]:not(:checked)').first();
  const newKeyValue = await newKey.getAttribute('value');
  await newKey.check();
  await saved(page);
  await choice.getByText('The right answer is no longer what the evidence sentence says.').waitFor();

  // Drop the last question.
  const last = items(page).last();
  const droppedStem = await last.getByLabel('Question text').inputValue();
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
  assert.equal(await items(page).first().getByLabel('Question text').inputValue(), edited);
  assert.equal(await page.locator(`#${choiceId} .draft-option input[type=radio][value="${newKeyValue}"]`).isChecked(), true);
  assert.equal(await items(page).last().getByLabel('Question text').inputValue(), OWN_STEM);
  assert.equal(await page.getByText(droppedStem, { exact: true }).count(), 0);

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
  const code = (await page.locator('.class-code').textContent())!.replace(/\s/g, '');
  // The refused save above is the one failed request the browser reports.
  assert.deepEqual(errors.filter((error) => !error.includes('status of 422')), []);

  const student = await session.browser.newContext(PHONE);
  const taker = await student.newPage();
  await joinAs(taker, session.server.origin, code, 'Ana');
  assert.equal((await taker.locator('.quiz-runner .question .stem').textContent())?.trim(), edited);
  const html = await taker.content();
  assert.ok(html.includes(OWN_STEM), 'the teacher’s own question is in the class quiz');
  assert.ok(!html.includes(droppedStem), 'the dropped question is not');
  assert.equal(await answerAll(taker, { practice: false }), before);
  await taker.getByRole('button', { name: 'See my result' }).tap();
  await taker.waitForURL(/\/r\/[a-z0-9]{10}\./);
  await Promise.all([teacher.close(), student.close()]);
});

test('without JavaScript the teacher drops a question, edits a stem and creates the class with plain form posts', async () => {
  const context = await session.browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
  const page = await context.newPage();
  await startDraft(page, { article: BRIDGE_ARTICLE });
  const before = await items(page).count();
  const firstStem = await items(page).first().getByLabel('Question text').inputValue();
  await page.getByRole('button', { name: 'Drop question 1' }).click();
  await page.waitForURL(DRAFT_URL);
  assert.equal(await items(page).count(), before - 1);
  assert.equal(await page.getByText(firstStem, { exact: true }).count(), 0);

  const stem = items(page).first().getByLabel('Question text');
  const edited = (await stem.inputValue()).replace(/[.?]$/, ', as reported.');
  await stem.fill(edited);
  await page.getByRole('button', { name: 'Save question 1' }).click();
  await page.waitForURL(/#item-/);
  assert.equal(await items(page).first().getByLabel('Question text').inputValue(), edited);

  await page.getByRole('button', { name: 'Create assignment' }).click();
  await page.waitForURL(/\/teach\/[a-z0-9]{10}(\?created=1)?$/);
  await context.close();
});
