// E2E for issue 10 in the browser: the /teach form's radios, answers kept through a refusal,
// times in the viewer's clock, keyboard focus in an ordering question, axe on every page type,
// and the screenshots a person looks at (teach, dashboard, a class result as a visitor).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useServerAndBrowser } from './support/session.ts';
import { DESKTOP, PHONE, screenshot, watchErrors } from './support/browser.ts';
import { AXE_CONTEXT, seriousViolations } from './support/axe.ts';
import { createAssignment, joinAs } from './support/classroom.ts';
import { answerAll } from './support/quiz.ts';

const session = useServerAndBrowser();
const SIZES: [string, BrowserContextOptions][] = [
  ['phone', PHONE],
  ['desktop', DESKTOP],
];

/** How far the page scrolls sideways (0 when it fits its viewport). */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The answers a quiz island keeps in localStorage, per attempt. */
const storedAnswers = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('crosscheck:attempt:'))
      .map((key) => (JSON.parse(localStorage.getItem(key)!) as { answers: Record<string, unknown> }).answers),
  );

for (const [size, viewport] of SIZES) {
  test(`/teach at ${size} width: the attempts and answers choices are normal radios, and nothing scrolls sideways`, async () => {
    const context = await session.browser.newContext(viewport);
    const page = await context.newPage();
    await page.goto(session.server.origin + '/teach');
    const radios = page.locator('input[type=radio]');
    assert.equal(await radios.count(), 4);
    for (let i = 0; i < 4; i++) {
      const box = (await radios.nth(i).boundingBox())!;
      assert.ok(box.width <= 24 && box.height <= 24, `radio ${i} is ${box.width}×${box.height} px`);
    }
    // Each label reads on one line beside its radio, not one letter wide.
    const label = (await page.getByText('After I close the assignment').boundingBox())!;
    assert.ok(label.width > 150, `label is ${label.width} px wide`);
    assert.equal(await sidewaysOverflow(page), 0);
    await page.getByRole('group', { name: 'Attempts per student' }).scrollIntoViewIfNeeded();
    await screenshot(page, `teach-${size}`);
    await context.close();
  });
}

test('mid-quiz, a closed assignment keeps the answers on the device; reopened, they go through; a second try links the result', async () => {
  const teacher = await (await session.browser.newContext(DESKTOP)).newPage();
  const { code } = await createAssignment(teacher, session.server.origin, { attempts: 'One' });
  const student = await session.browser.newContext(PHONE);
  const page = await student.newPage();
  const errors = watchErrors(page);
  await joinAs(page, session.server.origin, code, 'Cleo');
  // A second tab of the same student, started before the first submits: its own attempt.
  const secondTab = await student.newPage();
  await secondTab.goto(page.url());
  await secondTab.locator('.quiz-runner').waitFor();
  const total = await answerAll(page, { practice: false });

  await teacher.getByRole('button', { name: 'Close the assignment' }).click();
  await teacher.getByRole('button', { name: 'Reopen the assignment' }).waitFor();
  await page.getByRole('button', { name: 'See my result' }).tap();
  await page.getByText('Your answers are kept on this device.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Start a new attempt' }).count(), 0, 'nothing offers to drop the answers');
  const kept = await storedAnswers(page);
  assert.equal(kept.length, 1);
  assert.equal(Object.keys(kept[0]!).length, total);

  await teacher.getByRole('button', { name: 'Reopen the assignment' }).click();
  await teacher.getByRole('button', { name: 'Close the assignment' }).waitFor();
  await page.getByRole('button', { name: 'See my result' }).tap();
  await page.waitForURL(/\/r\//);
  const resultUrl = page.url();
  assert.equal(await page.getByText('No answer').count(), 0, 'every kept answer arrived');

  // Back on the assignment's page, the one attempt used: the refusal leads to the result.
  await page.goto(`${new URL(resultUrl).origin}/a/${new URL(resultUrl).pathname.split('/')[2]!.split('.')[0]}`);
  const resultLink = page.getByRole('link', { name: 'See your result' });
  await resultLink.waitFor();
  assert.equal(await resultLink.getAttribute('href'), new URL(resultUrl).pathname);

  // One attempt: the other tab is refused, and shown the way to the result it already has.
  await answerAll(secondTab, { practice: false });
  await secondTab.getByRole('button', { name: 'See my result' }).tap();
  const link = secondTab.getByRole('link', { name: 'See your result' });
  await link.waitFor();
  assert.equal(new URL((await link.getAttribute('href'))!, resultUrl).pathname, new URL(resultUrl).pathname);
  // The refusals are 403 answers, which Chromium logs; nothing else may go wrong.
  assert.deepEqual(errors.filter((error) => !error.includes('status of 403')), []);
  await student.close();
  await teacher.context().close();
});

test('times show in the viewer’s clock; without JavaScript, at the teacher’s offset, labelled', async () => {
  const chicago = await (await session.browser.newContext({ ...DESKTOP, locale: 'en-US', timezoneId: 'America/Chicago' })).newPage();
  const { code } = await createAssignment(chicago, session.server.origin, { due: '2030-01-15T09:00' });
  const due = chicago.locator('.lede time');
  assert.equal(await due.getAttribute('datetime'), '2030-01-15T15:00:00.000Z');
  await chicago.waitForFunction(() => /CST/.test(document.querySelector('.lede time')?.textContent ?? ''));
  assert.equal(await due.textContent(), 'Jan 15, 2030, 9:00 AM CST');

  const tokyo = await (await session.browser.newContext({ ...PHONE, locale: 'en-US', timezoneId: 'Asia/Tokyo' })).newPage();
  await tokyo.goto(session.server.origin + '/join');
  await tokyo.getByLabel('Class code').fill(code);
  await tokyo.getByRole('button', { name: 'Join' }).tap();
  await tokyo.waitForFunction(() => /GMT\+9/.test(document.querySelector('.lede time')?.textContent ?? ''));
  assert.equal(await tokyo.locator('.lede time').textContent(), 'Jan 16, 2030, 12:00 AM GMT+9');

  const plain = await (await session.browser.newContext({ ...PHONE, javaScriptEnabled: false })).newPage();
  await plain.goto(tokyo.url());
  assert.equal(await plain.locator('.lede time').textContent(), '2030-01-15 09:00 (UTC−06:00), the teacher’s time');
  await Promise.all([chicago.context().close(), tokyo.context().close(), plain.context().close()]);
});

test('an ordering question keeps keyboard focus on the events after each pick', async () => {
  const context = await session.browser.newContext(DESKTOP);
  // No launch quiz has an ordering item today: the page's quiz gets one in place of its first item.
  await context.route('**/quiz/topic-safe-zones', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/data-props="([^"]*)"/, (_, props: string) => {
      const decode = (text: string) => text.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
      const runner = JSON.parse(decode(props)) as { quiz: { items: Record<string, unknown>[] } };
      runner.quiz.items[0] = { ...runner.quiz.items[0], type: 'timeline', stem: 'Put the events in order, earliest first.', options: ['First event', 'Second event', 'Third event'] };
      return `data-props="${JSON.stringify(runner).replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
    });
    await route.fulfill({ response, body: html });
  });
  const page = await context.newPage();
  await page.goto(session.server.origin + '/quiz/topic-safe-zones');
  const events = page.locator('.quiz-runner .ordering .choices button');
  await events.first().waitFor();
  await events.first().focus();
  const focusedIs = (want: string) => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim()}` === want;
  for (const expected of ['BUTTON Second event', 'BUTTON Third event', 'BUTTON Undo last']) {
    await page.keyboard.press('Enter');
    // The island re-renders just after the keypress resolves: give the focus a moment to settle.
    const settled = await page.waitForFunction(focusedIs, expected, { timeout: 2000 }).then(() => true, () => false);
    const actual = await page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim()}`);
    assert.ok(settled, `focus should be on "${expected}", is on "${actual}"`);
  }
  await context.close();
});

test('axe: no serious or critical violation on any page type, at phone and laptop width; screenshots of the dashboard and a class result as a visitor', async () => {
  const teacherContext = await session.browser.newContext({ ...DESKTOP, ...AXE_CONTEXT });
  const teacher = await teacherContext.newPage();
  const { code, dashboard } = await createAssignment(teacher, session.server.origin, { due: '2030-01-15T09:00' });
  const studentContext = await session.browser.newContext({ ...PHONE, ...AXE_CONTEXT });
  const student = await studentContext.newPage();
  await joinAs(student, session.server.origin, code, 'Dana');
  await answerAll(student, { practice: false });
  await student.getByRole('button', { name: 'See my result' }).tap();
  await student.waitForURL(/\/r\//);
  const result = student.url();
  await teacher.goto(dashboard);
  await teacher.locator('.roster tbody tr').first().waitFor();

  const found: string[] = [];
  const check = async (page: Page, name: string) => {
    for (const line of await seriousViolations(page)) found.push(`${name}: ${line}`);
  };
  const origin = session.server.origin;
  const pages: [string, string][] = [
    ['home', '/'],
    ['topic', '/topics/deconfliction-hotline'],
    ['article', '/articles/joint-operation-possible'],
    ['join', '/join'],
    ['teach', '/teach'],
  ];
  for (const [size, viewport] of SIZES) {
    const visitorContext = await session.browser.newContext({ ...viewport, ...AXE_CONTEXT });
    const visitor = await visitorContext.newPage();
    for (const [name, path] of pages) {
      await visitor.goto(origin + path);
      await check(visitor, `${name} (${size})`);
    }
    await visitor.goto(origin + '/quiz/topic-deconfliction-hotline');
    await visitor.locator('.quiz-runner').waitFor();
    await check(visitor, `quiz (${size})`);
    await visitor.goto(result);
    await check(visitor, `result as a visitor (${size})`);
    await screenshot(visitor, `class-result-visitor-${size}`, { fullPage: true });
    await visitorContext.close();

    await student.setViewportSize(viewport.viewport!);
    await student.goto(result);
    await check(student, `result as its owner (${size})`);
    await student.goto(origin + `/a/${new URL(dashboard).pathname.split('/')[2]}`);
    await check(student, `assignment (${size})`);

    await teacher.setViewportSize(viewport.viewport!);
    await teacher.goto(dashboard);
    await teacher.locator('.roster tbody tr').first().waitFor();
    await check(teacher, `dashboard (${size})`);
    assert.equal(await sidewaysOverflow(teacher), 0, `the dashboard fits at ${size} width`);
    await screenshot(teacher, `dashboard-${size}`, { fullPage: true });
    await teacher.goto(dashboard + '/print');
    await check(teacher, `print (${size})`);
  }
  await Promise.all([teacherContext.close(), studentContext.close()]);
  assert.deepEqual(found, []);
});
