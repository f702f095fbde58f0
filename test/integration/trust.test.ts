// Issue 10's server half: sharing and the classroom you can trust. Each test pins one defect found
// by using and probing the site (the item number is in the describe block's name).
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import app from '../../worker/index.ts';
import { keys } from '../../worker/storage/keys.ts';
import { createAssignment, createFixtureAssignment, submit, teacher, teacherGet } from '../support/classroom.ts';
import { BASE, get, postForm } from '../support/fetch.ts';
import { fixtureQuiz, perfectAnswers } from '../support/fixture-quiz.ts';
import { allKeys, brokenKv } from '../support/kv.ts';

/** The cookie a response set, as a browser sends it back. */
const cookieOf = (res: Response) => res.headers.get('set-cookie')!.split(';')[0]!;

/** The app with some bindings replaced, as one request sees them. */
async function fetchWith(request: Request, bindings: Partial<Env>) {
  const ctx = createExecutionContext();
  const res = await app.fetch(request, { ...env, ...bindings }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

const postAttempt = (body: Record<string, unknown>, cookie?: string) =>
  get('/api/attempts', { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie && { cookie }) }, body: JSON.stringify(body) });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('item 1: the share card (integration)', () => {
  it('serves the same PNG on every fetch, from the edge cache after the first', async () => {
    const { id, secret } = await createFixtureAssignment();
    const { resultUrl } = await (await submit(id, 'Ana')).json<{ resultUrl: string }>();
    // While the class is open the card is the score alone and short-lived; once closed it is final.
    expect((await get(`${resultUrl}/card.png`)).headers.get('cache-control')).toBe('public, max-age=60');
    await postForm(`/teach/${id}/status`, { closed: 'true' }, teacher(secret));
    const cards = [];
    for (let i = 0; i < 3; i++) {
      const ctx = createExecutionContext();
      const res = await app.fetch(new Request(`${BASE}${resultUrl}/card.png`), env, ctx);
      await waitOnExecutionContext(ctx); // the first fetch's cache put finishes before the next
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      cards.push(new Uint8Array(await res.arrayBuffer()));
    }
    expect(cards[1]).toEqual(cards[0]);
    expect(cards[2]).toEqual(cards[0]);
  });

  it('never lets an error response be cached', async () => {
    const missing = await get('/r/unknown-attempt-000000000/card.png');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
    const { id } = await createAssignment();
    const outage = await fetchWith(new Request(`${BASE}/a/${id}`), { KV: brokenKv({ failReads: true }) });
    expect(outage.status).toBe(503);
    expect(outage.headers.get('cache-control')).toBe('no-store');
  });
});

describe('items 2 and 3: what a class result shows, and to whom (integration)', () => {
  it('shows others the quiz and the score only: no name, and no keys while the class is open', async () => {
    const { id } = await createFixtureAssignment(); // answers shown after submit: to the student
    const res = await submit(id, 'Ana López', undefined, { ...perfectAnswers, 'mc-0001': 0 });
    const { resultUrl } = await res.json<{ resultUrl: string }>();

    const visitor = await (await get(resultUrl)).text();
    expect(visitor).not.toContain('Ana');
    expect(visitor).toContain('<title>Someone scored 5/6 on “Fixture: every item type”');
    expect(visitor).not.toMatch(/Right answer:|Your answer:|score-grid|Sergei Lavrov/);
    expect((await get(resultUrl)).headers.get('cache-control')).toBe('private, no-cache');

    const own = await (await get(resultUrl, { headers: { cookie: cookieOf(res) } })).text();
    expect(own).toContain('<title>Ana López scored 5/6');
    expect(own).toContain('<meta property="og:title" content="Someone scored 5/6 on “Fixture: every item type”"/>');
    expect(own).toContain('<strong>Right answer:</strong> Sergei Lavrov');
  });

  it('shows the teacher every student’s full review from the dashboard, even while answers are hidden', async () => {
    const { id, secret } = await createFixtureAssignment({ reveal: 'after-close' });
    const { resultUrl } = await (await submit(id, 'Ana López', undefined, { ...perfectAnswers, 'mc-0001': 0 })).json<{ resultUrl: string }>();
    const review = await teacherGet(`/teach/${id}/attempts/${resultUrl.split('.')[1]}`, secret);
    expect(review.headers.get('cache-control')).toBe('no-store');
    const html = await review.text();
    expect(html).toContain('Ana López scored 5/6');
    expect(html).toContain('<strong>Right answer:</strong> Sergei Lavrov');
    expect((await get(`/teach/${id}/attempts/${resultUrl.split('.')[1]}`)).status).toBe(404);
  });

  it('says nothing per question in the API while answers are hidden, not even on a replay', async () => {
    const { id } = await createFixtureAssignment({ reveal: 'after-close' });
    const body = { quizId: fixtureQuiz.id, attemptId: 'hidden-answers-attempt-0001', displayName: 'Ana', answers: { 'tf-0003': 1 }, assignmentId: id };
    for (const res of [await postAttempt(body), await postAttempt(body)]) {
      const json = await res.json<Record<string, unknown>>();
      expect(Object.keys(json).sort()).toEqual(['attemptId', 'maxScore', 'replayed', 'resultUrl', 'score']);
      expect(JSON.stringify(json)).not.toMatch(/correct|results/);
    }
  });

  it('shares a link that cannot replay the attempt: its id is not the idempotency key', async () => {
    const { id } = await createFixtureAssignment({ attempts: 'unlimited', reveal: 'after-close' });
    const body = { quizId: fixtureQuiz.id, attemptId: 'classmate-attempt-000000001', displayName: 'Ana', answers: perfectAnswers, assignmentId: id };
    const { resultUrl } = await (await postAttempt(body)).json<{ resultUrl: string }>();
    expect(resultUrl).not.toContain(body.attemptId);
    // A classmate re-posts the id from the share link as their own attempt: a new attempt, not Ana's.
    const sharedId = resultUrl.split('.')[1]!;
    const probe = await postAttempt({ ...body, attemptId: sharedId, displayName: 'Ben', answers: {} });
    expect(await probe.json()).toMatchObject({ replayed: false, score: 0 });
  });
});

describe('item 4: absolute URLs (integration)', () => {
  it('uses the configured public origin whatever the Host header says, and the request origin only in local dev', async () => {
    const { id } = await createFixtureAssignment();
    const { resultUrl } = await (await submit(id, 'Ana')).json<{ resultUrl: string }>();
    const spoofed = await (await exports.default.fetch(new Request(`https://evil.test${resultUrl}`))).text();
    expect(spoofed).toContain(`<meta property="og:url" content="https://crosscheck.test${resultUrl}"/>`);
    expect(spoofed).not.toContain('evil.test');
    const local = await (await exports.default.fetch(new Request(`http://127.0.0.1:8787${resultUrl}`))).text();
    expect(local).toContain(`<meta property="og:image" content="http://127.0.0.1:8787${resultUrl}/card.png"/>`);
  });
});

describe('item 5: joining from one school address (integration)', () => {
  it('lets 40 students behind one address join within a minute', async () => {
    const { id, code } = await createAssignment();
    for (let i = 0; i < 40; i++) {
      const res = await postForm('/join', { code }, { 'cf-connecting-ip': '192.0.2.40' });
      expect(res.status, `student ${i + 1}`).toBe(303);
      expect(res.headers.get('location')).toBe(`/a/${id}`);
    }
  });

  it('slows wrong codes, and then refuses every code from that address for the minute', async () => {
    const { code } = await createAssignment();
    const address = { 'cf-connecting-ip': '192.0.2.41' };
    for (let i = 0; i < 10; i++) expect((await postForm('/join', { code: 'ZZZ999' }, address)).status).toBe(404);
    expect((await postForm('/join', { code: 'ZZZ998' }, address)).status).toBe(429);
    // A guesser over the limit must not tell a right code from a wrong one.
    const right = await postForm('/join', { code }, address);
    expect(right.status).toBe(429);
    expect(right.headers.get('retry-after')).toBe('60');
    expect((await postForm('/join', { code }, { 'cf-connecting-ip': '192.0.2.42' })).status).toBe(303);
  });

  it('fails open, and logs, when the rate limiter fails', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = { limit: () => Promise.reject(new Error('limiter down (simulated)')) } as unknown as RateLimit;
    const request = new Request(`${BASE}/join`, { method: 'POST', body: new URLSearchParams({ code: 'ZZZ999' }), headers: { origin: BASE } });
    const res = await fetchWith(request, { JOIN_LIMITER: broken });
    expect(res.status).toBe(404);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('rate limiter failed'), expect.any(Error));
  });
});

describe('item 7: the /teach form on an error (integration)', () => {
  const article = 'The Hotline Nobody Trusted\n\nA paragraph a teacher pasted & would hate to paste again.';

  it('keeps everything typed and says what is wrong in plain words', async () => {
    const res = await postForm('/teach', { quizId: 'topic-deconfliction-hotline', article, title: 'Period 3', due: '2001-01-01T09:00', tzOffset: '360', attempts: 'unlimited', reveal: 'after-close' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('The due time is in the past.');
    expect(html).toContain('A paragraph a teacher pasted &amp; would hate to paste again.');
    expect(html).toContain('value="Period 3"');
    expect(html).toContain('value="2001-01-01T09:00"');
    expect(html).toMatch(/value="unlimited" checked/);
    expect(html).toMatch(/value="after-close" checked/);
  });

  it.each([
    [{ quizId: undefined }, 'Pick a quiz from the list, or paste an article.'],
    [{ tzOffset: '12345' }, 'Your browser sent a time zone we could not read.'],
    [{ due: 'next friday' }, 'The due time could not be read.'],
    [{ attempts: 'three' }, 'Choose one attempt per student, or unlimited attempts.'],
  ])('explains an invalid field without validator internals (%o)', async (changed, message) => {
    const fields = Object.entries({ quizId: 'topic-deconfliction-hotline', article, attempts: 'one', reveal: 'after-submit', ...changed }).filter(([, value]) => value !== undefined);
    const res = await postForm('/teach', Object.fromEntries(fields) as Record<string, string>);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(message);
    expect(html).not.toMatch(/Expected|received|\.\.</);
    expect(html).toContain('would hate to paste again');
  });
});

describe('item 8: the teacher’s time zone (integration)', () => {
  it('records the teacher’s UTC offset at creation and shows times in it, labelled, with their instant', async () => {
    const { id, secret } = await createFixtureAssignment({ due: '2099-01-01T09:00', tzOffset: '360' });
    const stored = await env.KV.get<Record<string, unknown>>(keys.assignment(id), 'json');
    expect(stored).toMatchObject({ tzOffset: 360, dueAt: Date.UTC(2099, 0, 1, 15) });
    const dashboard = await (await teacherGet(`/teach/${id}`, secret)).text();
    expect(dashboard).toContain('<time datetime="2099-01-01T15:00:00.000Z" data-local-time>2099-01-01 09:00 (UTC−06:00)');
    // A Chicago teacher's 09:00 due time, passed: the refusal says 09:00 in their zone, not 15:00 UTC.
    await env.KV.put(keys.assignment(id), JSON.stringify({ ...stored, dueAt: Date.UTC(2001, 0, 1, 15) }));
    expect(await (await submit(id, 'Ana')).json()).toMatchObject({ error: 'past-due', message: expect.stringContaining('2001-01-01 09:00 (UTC−06:00)') });
  });

  it('leaves the zone unknown when the browser did not say it (JavaScript off), and shows UTC', async () => {
    const { id } = await createAssignment();
    expect(await env.KV.get(keys.assignment(id), 'json')).toMatchObject({ tzOffset: null });
  });
});

describe('item 9: refusals that keep the way back (integration)', () => {
  it('links a student refused a second attempt to their own result, with JavaScript or without', async () => {
    const { id } = await createFixtureAssignment();
    const first = await submit(id, 'Ana');
    const { resultUrl } = await first.json<{ resultUrl: string }>();
    const again = await submit(id, 'Ana', cookieOf(first));
    expect(again.status).toBe(403);
    expect(await again.json()).toMatchObject({ error: 'attempt-used', resultUrl });
    for (const path of [`/a/${id}`, `/a/${id}/quiz?name=Ana`]) {
      const page = await get(path, { headers: { cookie: cookieOf(first) } });
      expect(page.status).toBe(403);
      expect(await page.text()).toContain(`<a href="${resultUrl}">See your result</a>`);
    }
  });

  it('answers a submit after the class closed with a code the quiz can keep the answers by', async () => {
    const { id, secret } = await createFixtureAssignment();
    await postForm(`/teach/${id}/status`, { closed: 'true' }, teacher(secret));
    const res = await submit(id, 'Ana');
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: 'closed', message: expect.any(String) });
  });
});

describe('item 10: one attempt per name, whatever letters spell it (integration)', () => {
  it('refuses a second attempt under a look-alike or padded spelling of a name, from another device', async () => {
    const { id, secret } = await createFixtureAssignment();
    expect((await submit(id, 'Ann')).status).toBe(201);
    // Cyrillic А; Armenian ո for n; Braille blank, Hangul filler and a combining grapheme joiner appended.
    for (const lookAlike of ['\u0410nn', 'An\u0578', 'Ann\u2800', 'Ann\u3164', 'Ann\u034f', ' ANN ']) {
      const res = await submit(id, lookAlike);
      expect(res.status, JSON.stringify(lookAlike)).toBe(403);
      expect(await res.json()).toMatchObject({ error: 'attempt-used' });
    }
    const roster = await (await teacherGet(`/teach/${id}`, secret)).text();
    expect(roster.match(/>Ann</g) ?? [], roster.slice(roster.indexOf('<tbody'), roster.indexOf('</tbody>'))).toHaveLength(1);
  });
});

describe('item 11: the dashboard secret leaves the URL (integration)', () => {
  it('moves the bookmarked secret into an HttpOnly, Secure, SameSite=Strict cookie for that dashboard, then a clean URL', async () => {
    const { id, secret } = await createAssignment();
    const opened = await get(`/teach/${id}?key=${secret}`);
    expect(opened.status).toBe(200);
    expect(opened.headers.get('cache-control')).toBe('no-store');
    expect(opened.headers.get('set-cookie')).toBe(`cc_teach=${secret}; Max-Age=34560000; Path=/teach/${id}; HttpOnly; Secure; SameSite=Strict`);
    expect(await opened.text()).toContain(`<meta http-equiv="refresh" content="0; url=/teach/${id}"/>`);

    const page = await teacherGet(`/teach/${id}`, secret);
    const html = await page.text();
    expect(html).toContain(`https://crosscheck.test/teach/${id}?key=${secret}`); // the link to bookmark
    expect(html.replace(`/teach/${id}?key=${secret}`, '')).not.toContain(secret);
    expect(html).toContain(`href="/teach/${id}/grades.csv"`);
  });

  it('takes the secret from the cookie only: not from the query of a poll, an export or an action', async () => {
    const { id, secret } = await createAssignment();
    expect((await teacherGet(`/teach/${id}/results`, secret)).status).toBe(200);
    expect((await teacherGet(`/teach/${id}/grades.csv`, secret)).status).toBe(200);
    const keyed = await postForm(`/teach/${id}/status?key=${secret}`, { closed: 'true' });
    expect(keyed.status).toBe(404);
    expect(await env.KV.get(keys.assignment(id), 'json')).toMatchObject({ closed: false });
  });
});

describe('item 12: cross-site form posts (integration)', () => {
  it('refuses every form POST from another site with 403, and writes nothing', async () => {
    const { id, secret } = await createFixtureAssignment();
    const foreign = { origin: 'https://evil.test', 'sec-fetch-site': 'cross-site' };
    const posts = [
      postForm('/teach', { quizId: 'topic-deconfliction-hotline', attempts: 'one', reveal: 'after-submit' }, foreign),
      postForm('/join', { code: 'ZZZ999' }, foreign),
      postForm(`/teach/${id}/status`, { closed: 'true' }, { ...foreign, ...teacher(secret) }),
      postForm(`/a/${id}/quiz`, { attemptId: 'cross-site-attempt-000001', displayName: 'Ana', 'mc-0001': '1' }, foreign),
      postForm(`/quiz/${fixtureQuiz.id}`, { attemptId: 'cross-site-attempt-000002', 'mc-0001': '1' }, foreign),
    ];
    for (const res of await Promise.all(posts)) expect(res.status).toBe(403);
    expect(await allKeys('attempt:')).toEqual([]);
    expect(await allKeys('assignment:')).toHaveLength(1);
    expect(await env.KV.get(keys.assignment(id), 'json')).toMatchObject({ closed: false });
  });
});

describe('item 13: class quizzes stay in their class (integration)', () => {
  it('does not serve a class quiz from the quiz API', async () => {
    const { id } = await createAssignment();
    const res = await get(`/api/quizzes/class-${id}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('item 14: storage faults (integration)', () => {
  it('answers an unreadable stored assignment with 503 and Retry-After on every route that reads it', async () => {
    const { id, secret } = await createFixtureAssignment();
    await env.KV.put(keys.assignment(id), JSON.stringify({ v: 1, id, title: 'half-written' }));
    const responses = [
      await get(`/a/${id}`),
      await get(`/a/${id}/quiz?name=Ana`),
      await teacherGet(`/teach/${id}`, secret),
      await teacherGet(`/teach/${id}/grades.csv`, secret),
      await submit(id, 'Ana'),
    ];
    for (const res of responses) {
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
    }
  });
});

describe('item 15: time taken (integration)', () => {
  it('does not take a start time before the assignment existed', async () => {
    const { id } = await createFixtureAssignment();
    const res = await postAttempt({ quizId: fixtureQuiz.id, attemptId: 'epoch-start-attempt-00001', displayName: 'Ana', answers: perfectAnswers, assignmentId: id, startedAt: 0 });
    expect(res.status).toBe(201);
    const [key] = await allKeys(`attempt:${id}:`);
    expect(await env.KV.get(key!, 'json')).toMatchObject({ startedAt: null });
  });
});
