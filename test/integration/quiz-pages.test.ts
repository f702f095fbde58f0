import { beforeEach, describe, expect, it } from 'vitest';
import { site } from '../../worker/content/site.ts';
import { get, postForm } from '../support/fetch.ts';
import { fixtureQuiz } from '../support/fixture-quiz.ts';
import { allKeys, storeFixtureQuiz } from '../support/kv.ts';

const attemptId = 'form-attempt-00000000001';
/** The form fields a student fills in with JavaScript off (see QuestionFields). */
const perfectForm = {
  attemptId,
  startedAt: String(Date.now() - 90_000),
  displayName: 'Ana <script>',
  'mc-0001': '1',
  'cloze-0002': '0',
  'tf-0003': '0',
  'who-0004': '0',
  // timeline: position of each event (key order is 1, 0, 2)
  'time-0005.0': '1',
  'time-0005.1': '0',
  'time-0005.2': '2',
  'match-0006.0': '2',
  'match-0006.1': '1',
  'match-0006.2': '0',
};

function islandProps(html: string, name: string) {
  const match = html.match(new RegExp(`data-island="${name}" data-props="([^"]*)"`));
  return JSON.parse(match![1]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>'));
}

beforeEach(storeFixtureQuiz);

describe('quiz page /quiz/:id (integration)', () => {
  it('renders a plain form that posts to the server, with the quiz island and no answer keys', async () => {
    const res = await get(`/quiz/${fixtureQuiz.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain(`<form class="quiz-form" method="post" action="/quiz/${fixtureQuiz.id}">`);
    expect(html).toMatch(/<input type="radio" name="mc-0001" value="1"/);
    expect(html).toContain('name="time-0005.2"');
    expect(html).toContain('name="match-0006.0"');
    const props = islandProps(html, 'QuizRunner');
    expect(props.attemptId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(JSON.stringify(props)).not.toMatch(/"key"|"evidence"|"explanation"/);
    expect(html).toMatch(/<script type="module" src="\/assets\/hydrate-[A-Z0-9]+\.js">/);
  });

  it('every launch article and explainer links to its quiz, and each quiz page renders', async () => {
    for (const page of [...site.topics.map((t) => `/topics/${t.slug}`), ...site.articles.map((a) => `/articles/${a.slug}`)]) {
      const html = await (await get(page)).text();
      const quizLink = html.match(/href="(\/quiz\/[a-z0-9-]+)"/)?.[1];
      expect(quizLink, page).toBeDefined();
      expect((await get(quizLink!)).status, quizLink).toBe(200);
    }
  });

  it('answers an unknown quiz with the 404 page', async () => {
    expect((await get('/quiz/no-such-quiz')).status).toBe(404);
    expect((await get('/quiz/%00bad')).status).toBe(404);
  });
});

describe('form submit with JavaScript off (integration)', () => {
  it('grades, stores and redirects to the result page', async () => {
    const res = await postForm(`/quiz/${fixtureQuiz.id}`, perfectForm);
    expect(res.status).toBe(303);
    // The share link names the stored attempt, never the attempt id that would replay the submit.
    const location = res.headers.get('location')!;
    expect(location).toMatch(/^\/r\/[0-9a-f]{32}$/);
    expect(location).not.toContain(attemptId);
    const page = await get(location, { headers: { cookie: res.headers.get('set-cookie')!.split(';')[0]! } });
    const html = await page.text();
    expect(html).toContain('scored 6/6');
    expect(html).toContain('Ana &lt;script');
    expect(html).not.toContain('Ana <script>');
  });

  it('a blank question counts as unanswered', async () => {
    const { 'mc-0001': _, ...rest } = perfectForm;
    const res = await postForm(`/quiz/${fixtureQuiz.id}`, rest);
    expect(await (await get(res.headers.get('location')!)).text()).toContain('scored 5/6');
  });

  it.each([
    ['a half-filled timeline', { ...perfectForm, 'time-0005.2': '-1' }, 422, /only partly answered/],
    ['two events in one position', { ...perfectForm, 'time-0005.2': '0' }, 422, /different position/],
    ['a missing attempt id', { ...perfectForm, attemptId: '' }, 400, /could not read that form/],
  ])('refuses %s with a page that says why, and writes nothing', async (_, fields, status, message) => {
    const res = await postForm(`/quiz/${fixtureQuiz.id}`, fields);
    expect(res.status).toBe(status);
    expect(await res.text()).toMatch(message);
    expect(await allKeys('attempt:')).toEqual([]);
  });
});

describe('result page /r/:id (integration)', () => {
  let resultPath = '';
  /** The student's own device: the cookie its submit set. */
  let ownDevice: RequestInit = {};
  beforeEach(async () => {
    const res = await postForm(`/quiz/${fixtureQuiz.id}`, { ...perfectForm, 'mc-0001': '0', displayName: 'Ana' });
    resultPath = res.headers.get('location')!;
    ownDevice = { headers: { cookie: res.headers.get('set-cookie')!.split(';')[0]! } };
  });

  it('shows score, time taken and a review with evidence links, plus share and try-again', async () => {
    const res = await get(resultPath, ownDevice);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Ana scored 5/6');
    expect(html).toMatch(/in 1 min 3\d s/);
    expect(html).toContain('<strong>Your answer:</strong> John Kerry');
    expect(html).toContain('<strong>Right answer:</strong> Sergei Lavrov');
    expect(html).toContain('href="/articles/lavrov-ideal-solution#p2"');
    expect(html).toContain(`href="/quiz/${fixtureQuiz.id}"`);
    expect(html).toContain('Challenge a friend');
    expect(html).toContain('aria-label="Right and wrong, question by question"');
    // The blockquote marks the evidence as quoted: a sentence that holds its own quotation keeps its marks, undoubled.
    expect(html).toContain('<blockquote>Lavrov said this would have been &quot;the ideal solution.&quot; <a');
  });

  it('carries Open Graph and Twitter card tags that spoil no answer', async () => {
    const html = await (await get(resultPath, ownDevice)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain(`<meta property="og:image" content="https://crosscheck.test${resultPath}/card.png"/>`);
    expect(head).toContain('<meta property="og:image:width" content="1200"/>');
    expect(head).toContain('<meta name="twitter:card" content="summary_large_image"/>');
    // The owner's tab names them; what an unfurl shows to others never does.
    expect(head).toContain('<title>Ana scored 5/6 on “Fixture: every item type”');
    expect(head).toContain('<meta property="og:title" content="Someone scored 5/6 on “Fixture: every item type”"/>');
    for (const option of ['Sergei Lavrov', 'John Kerry', '2014']) expect(head).not.toContain(option);
  });

  it('serves the card as a 1200x630 PNG, cached as immutable', async () => {
    const res = await get(`${resultPath}/card.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toContain('immutable');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const view = new DataView(bytes.buffer);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  });

  it.each(['/r/unknown-attempt-000000000', '/r/x', '/r/a.b.c', `/r/${'a'.repeat(120)}`, '/r/unknown-attempt-000000000/card.png'])('answers %s with 404', async (path) => {
    expect((await get(path)).status).toBe(404);
  });
});
