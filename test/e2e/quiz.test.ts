// E2E: a student takes a launch quiz on a phone, shares the result; the same quiz without
// JavaScript; and a submit that fails offline and arrives once back online.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { APIResponse } from 'playwright-core';
import { useServerAndBrowser } from './support/session.ts';
import { PHONE, screenshot, watchErrors } from './support/browser.ts';
import { answerAll, answerCurrentQuestion } from './support/quiz.ts';

// The launch quiz with the most questions (the runner's resume and progress need more than one).
const QUIZ = '/quiz/topic-timeline-2014-2018';
const session = useServerAndBrowser();

test('phone: take a quiz by tapping, with feedback; resume after reload; share the result', async () => {
  const context = await session.browser.newContext(PHONE);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(session.server.origin + QUIZ);
  await page.locator('.quiz-runner').waitFor();
  await screenshot(page, 'quiz-phone');

  // Answer the first question, reload: the attempt resumes where it was.
  await answerCurrentQuestion(page);
  await page.getByRole('button', { name: 'Check answer' }).tap();
  const feedback = page.locator('.feedback');
  await feedback.waitFor();
  assert.match((await feedback.locator('.verdict').textContent()) ?? '', /Right|Not quite|Partly/);
  assert.match((await feedback.locator('blockquote a').first().getAttribute('href')) ?? '', /^\/topics\/timeline-2014-2018#p\d+$/);
  await screenshot(page, 'quiz-feedback-phone');
  await page.reload();
  await page.locator('.quiz-runner .feedback').waitFor();
  assert.match((await page.locator('.progress span').textContent()) ?? '', /^Question 1 of \d+$/);
  await page.getByRole('button', { name: /Next question|Finish/ }).tap();

  // The rest of the quiz, from question 2.
  const total = Number((await page.locator('.progress span').textContent())!.match(/of (\d+)/)![1]);
  for (let i = 1; i < total; i++) {
    await answerCurrentQuestion(page);
    await page.getByRole('button', { name: 'Check answer' }).tap();
    await page.locator('.feedback').waitFor();
    await page.getByRole('button', { name: i + 1 < total ? 'Next question' : 'Finish' }).tap();
  }
  await page.getByLabel('Your name on the result (optional)').fill('Ana');
  await page.getByRole('button', { name: 'See my result' }).tap();
  await page.waitForURL(/\/r\/[a-f0-9]{32}$/);
  const heading = await page.locator('h1').textContent();
  assert.match(heading ?? '', new RegExp(`^Ana scored [\\d.]+/${total}$`));
  assert.equal(await page.locator('.review-item').count(), total);
  await page.getByRole('button', { name: 'Challenge a friend' }).waitFor();
  await screenshot(page, 'result-phone');
  assert.deepEqual(errors, []);

  // The share link, opened by someone else: the same score without the name, card tags, and the card image.
  const friend = await session.browser.newContext(PHONE);
  const friendPage = await friend.newPage();
  await friendPage.goto(page.url());
  assert.equal(await friendPage.locator('h1').textContent(), heading!.replace(/^Ana/, 'Someone'));
  const image = await friendPage.locator('meta[property="og:image"]').getAttribute('content');
  assert.equal(image, `${page.url()}/card.png`);
  assert.equal(await friendPage.locator('meta[name="twitter:card"]').getAttribute('content'), 'summary_large_image');
  // The same PNG on every fetch (the first one fills the cache; later ones are served from it).
  const cards: Buffer[] = [];
  for (const fetch of [1, 2, 3]) {
    const card: APIResponse = await friendPage.request.get(image!);
    assert.equal(card.status(), 200, `fetch ${fetch}`);
    assert.equal(card.headers()['content-type'], 'image/png');
    cards.push(await card.body());
  }
  assert.ok(cards[1]!.equals(cards[0]!) && cards[2]!.equals(cards[0]!));
  await Promise.all([context.close(), friend.close()]);
});

test('phone with JavaScript off: the quiz is a plain form graded by the server', async () => {
  const context = await session.browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(session.server.origin + QUIZ);
  const questions = page.locator('form.quiz-form fieldset.question');
  const total = await questions.count();
  assert.ok(total >= 3);
  // The page says what the plain form does, not what the island would.
  const text = (await page.locator('main').textContent())!;
  assert.doesNotMatch(text, /after each/);
  assert.match(text, new RegExp(`All ${total} questions are on this page: answer them, then send them at once`));
  for (let i = 0; i < total; i++) {
    const question = questions.nth(i);
    const radios = question.locator('input[type=radio]');
    if ((await radios.count()) > 0) {
      await radios.first().check();
      continue;
    }
    const selects = question.locator('select');
    // Distinct positions for timeline rows; any option for matching rows.
    for (let row = 0; row < (await selects.count()); row++) await selects.nth(row).selectOption({ index: row + 1 });
  }
  await page.locator('input[name=displayName]').fill('No-JS Nia');
  await page.getByRole('button', { name: 'See my result' }).tap();
  await page.waitForURL(/\/r\//);
  assert.match((await page.locator('h1').textContent()) ?? '', new RegExp(`^No-JS Nia scored [\\d.]+/${total}$`));
  assert.equal(await page.locator('.review-item').count(), total);
  await context.close();
});

test('phone: offline at submit, the answers stay on the device and arrive once back online', async () => {
  const context = await session.browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(session.server.origin + QUIZ);
  await page.locator('.quiz-runner').waitFor();
  const total = await answerAll(page, { practice: true });
  await context.setOffline(true);
  await page.getByRole('button', { name: 'See my result' }).tap();
  await page.getByText('Your answers are safe on this device.').waitFor();
  // A reload while still offline is served from nowhere; the attempt waits in localStorage.
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('crosscheck:attempt:')).map((key) => JSON.parse(localStorage.getItem(key)!)));
  assert.equal(stored.length, 1);
  assert.equal(stored[0].pending, true);
  assert.equal(Object.keys(stored[0].answers).length, total);
  await context.setOffline(false);
  await page.waitForURL(/\/r\//);
  assert.equal(await page.locator('.review-item').count(), total);
  assert.equal(await page.getByText('No answer').count(), 0, 'every answer arrived');
  await context.close();
});

test('phone on a slow network: an answer ticked before the quiz code arrives is kept', async () => {
  const context = await session.browser.newContext(PHONE);
  await context.route('**/assets/chunks/QuizRunner-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto(session.server.origin + QUIZ);
  const question = page.locator('form.quiz-form fieldset.question:has(input[type=radio])').first();
  const itemId = (await question.locator('legend').getAttribute('id'))!.slice('stem-'.length);
  await question.locator('input[type=radio]').nth(1).check();
  await page.locator('.quiz-runner').waitFor();
  const answers = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((name) => name.startsWith('crosscheck:attempt:'));
    return key ? (JSON.parse(localStorage.getItem(key)!) as { answers: Record<string, unknown> }).answers : {};
  });
  assert.equal(answers[itemId], 1);
  await context.close();
});
