// E2E: a student on a phone reads an explainer and checks a claim against its source.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useServerAndBrowser } from './support/session.ts';
import { DESKTOP, PHONE, screenshot, watchErrors } from './support/browser.ts';

const session = useServerAndBrowser();

test('phone: home -> explainer -> citation -> highlighted paragraph -> key term', async () => {
  const context = await session.browser.newContext(PHONE);
  const page = await context.newPage();
  const errors = watchErrors(page);

  await page.goto(session.server.origin + '/');
  assert.equal(await page.locator('h1').textContent(), 'Crosscheck');
  await screenshot(page, 'home-phone');

  await page.locator('#explainers .card a').first().tap();
  await page.waitForURL(/\/topics\//);
  const topicUrl = page.url();
  await screenshot(page, 'explainer-phone');

  // The share island hydrated: its button is visible only once JavaScript runs.
  await page.locator('.share button').waitFor({ state: 'visible' });

  const citation = page.locator('.summary .cite').first();
  const href = (await citation.getAttribute('href'))!;
  assert.match(href, /^\/articles\/[a-z0-9-]+#p\d+$/);
  await citation.tap();
  await page.waitForURL((url) => url.pathname + url.hash === href);
  const target = page.locator(`${href.slice(href.indexOf('#'))}`);
  assert.equal(await target.evaluate((el) => el.matches(':target')), true);
  const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'the cited paragraph is highlighted');
  assert.equal(await target.isVisible(), true);
  await screenshot(page, 'article-cited-paragraph-phone');

  await page.goto(topicUrl);
  const term = page.locator('details.term').first();
  assert.equal(await term.getAttribute('open'), null);
  await term.locator('summary').tap();
  assert.notEqual(await term.getAttribute('open'), null);
  assert.equal(await term.locator('.term-definition').isVisible(), true);
  await screenshot(page, 'key-term-open-phone');

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no horizontal scrolling at 390 px');
  assert.deepEqual(errors, []);
  await context.close();
});

test('phone: key terms open without JavaScript', async () => {
  const context = await session.browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(session.server.origin + '/topics/deconfliction-hotline');
  const term = page.locator('details.term').first();
  await term.locator('summary').tap();
  assert.equal(await term.locator('.term-definition').isVisible(), true);
  await context.close();
});

test('desktop: pages read at desktop width and unknown pages get the helpful 404', async () => {
  const context = await session.browser.newContext(DESKTOP);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(session.server.origin + '/');
  assert.equal(await page.locator('#explainers .card').count() >= 6, true);
  await screenshot(page, 'home-desktop');
  const res = await page.goto(session.server.origin + '/topics/not-a-topic');
  assert.equal(res?.status(), 404);
  assert.match((await page.locator('h1').textContent()) ?? '', /couldn't find/);
  const asset = await page.request.get(session.server.origin + '/favicon.svg');
  assert.equal(asset.status(), 200);
  assert.match(asset.headers()['content-security-policy'] ?? '', /default-src 'none'/);
  assert.deepEqual(errors.filter((e) => !e.includes('404')), []);
  await context.close();
});
