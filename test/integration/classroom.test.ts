import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { packSummary } from '../../worker/storage/attempt-metadata.ts';
import { countingKv } from '../../worker/storage/counting-kv.ts';
import { keys } from '../../worker/storage/keys.ts';
import { listAllSummaries } from '../../worker/storage/attempts.ts';
import { storedAttemptId } from '../../worker/attempts/result-id.ts';
import { LAUNCH_QUIZ, createAssignment, createFixtureAssignment, createFromDraft, startDraft, submit, teacher, teacherGet } from '../support/classroom.ts';
import { get, postForm } from '../support/fetch.ts';
import { fixtureQuiz, perfectAnswers } from '../support/fixture-quiz.ts';
import { allKeys, brokenKv } from '../support/kv.ts';
import app from '../../worker/index.ts';

describe('creating an assignment (integration)', () => {
  it('creates from a draft: student link, class code, QR, and a private dashboard whose secret is stored only hashed', async () => {
    const created = await createAssignment();
    expect(created.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(created.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const res = await teacherGet(`${created.dashboard}?created=1`, created.secret);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await res.text();
    expect(html).toContain('Bookmark this page now');
    expect(html).toContain(`${created.code.slice(0, 3)} ${created.code.slice(3)}`);
    expect(html).toContain(`https://crosscheck.test/a/${created.id}`);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*class="qr"/);
    expect(html).not.toMatch(/<svg[^>]* style=/);

    // The secret appears nowhere in storage; its SHA-256 does.
    for (const name of await allKeys()) {
      expect(name).not.toContain(created.secret);
      expect((await env.KV.get(name)) ?? '').not.toContain(created.secret);
    }
    const stored = await env.KV.get<{ secretHash: string }>(keys.assignment(created.id), 'json');
    expect(stored!.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await env.KV.get(keys.classCode(created.code))).toBe(created.id);
  });

  it.each([
    ['an unknown launch quiz', { quizId: 'not-a-quiz' }],
    ['a bad attempts setting', { attempts: 'three' }],
    ['a malformed due time', { due: 'next friday' }],
    ['a due time that is not a real date', { due: '2099-13-01T10:00' }],
    ['a due time in the past', { due: '2001-01-01T09:00' }],
  ])('refuses %s with a 400 page and writes nothing', async (_, fields) => {
    const res = await postForm('/teach', { quizId: LAUNCH_QUIZ, attempts: 'one', reveal: 'after-submit', ...fields });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('notice error');
    expect(await allKeys()).toEqual([]);
  });

  it('makes a quiz from a pasted article at request time', async () => {
    const article = [
      'The Hotline Nobody Trusted',
      'In September 2015, Russian President Vladimir Putin offered to form a broad coalition against the Islamic State at the United Nations. The offer was not accepted by Washington.',
      'In September 2016, Secretary of State John Kerry and Foreign Minister Sergei Lavrov agreed on a plan for a Joint Executive Center in Geneva. The Pentagon objected to the plan because it would reveal how the United States used intelligence.',
      'In 2017, the Syrian Democratic Forces advanced on Raqqa with American support, while the Syrian army moved east with Russian air cover. "We will not share targeting data," a Pentagon spokesman, Captain Jeff Davis, said in Washington.',
      'By November 2018, the only coordination between the two militaries was a deconfliction hotline, which both sides used to avoid accidents in the crowded skies over eastern Syria.',
    ].join('\n\n');
    const draft = await startDraft({ article, attempts: 'unlimited', reveal: 'after-close' });
    // Nothing is assigned before the teacher has reviewed the questions.
    expect(await allKeys('quiz:')).toEqual([]);
    expect(await allKeys('assignment:')).toEqual([]);
    const created = await createFromDraft(draft, { attempts: 'unlimited', reveal: 'after-close' });
    const [quizKey] = await allKeys('quiz:paste-');
    expect(quizKey).toBeDefined();
    const dashboard = await (await teacherGet(created.dashboard, created.secret)).text();
    expect(dashboard).toContain('The Hotline Nobody Trusted');
    // A teacher's quiz is taken only through its class: no open page, no open attempts, no feedback API.
    const quizId = quizKey!.slice('quiz:'.length);
    expect((await get(`/quiz/${quizId}`)).status).toBe(404);
    const open = await get('/api/attempts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ quizId, attemptId: 'open-attempt-at-paste-0001', answers: {} }),
    });
    expect(open.status).toBe(404);
    expect((await get(`/api/quizzes/${quizId}/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"itemId":"abcd-0000","answer":0}' })).status).toBe(404);
  });

  it('gives the class its own copy of a launch quiz, so a redeploy cannot shift its items', async () => {
    const { id } = await createAssignment();
    const assignment = await env.KV.get<{ quizId: string }>(keys.assignment(id), 'json');
    expect(assignment!.quizId).toBe(`class-${id}`);
    const copy = await env.KV.get<{ items: unknown[]; source: { slug: string } }>(keys.quiz(`class-${id}`), 'json');
    expect(copy!.source.slug).toBe('deconfliction-hotline');
  });

  it('explains why a pasted text cannot make a quiz, and writes no assignment', async () => {
    const res = await postForm('/teach', { quizId: LAUNCH_QUIZ, article: 'Too short to quiz.', attempts: 'one', reveal: 'after-submit' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('We could not make a quiz from that text');
    expect(await allKeys('assignment:')).toEqual([]);
  });
});

describe('joining a class (integration)', () => {
  it('takes the class code forgivingly (case, spaces, dashes) and leads to the name step', async () => {
    const { id, code } = await createAssignment();
    const typed = ` ${code.slice(0, 3).toLowerCase()} -${code.slice(3)} `;
    const res = await postForm('/join', { code: typed }, { 'cf-connecting-ip': '198.51.100.1' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/a/${id}`);
    const landing = await (await get(`/a/${id}`)).text();
    expect(landing).toContain('Period 3');
    expect(landing).toContain(`action="/a/${id}/quiz"`);
  });

  it('says clearly when a code is malformed or unknown', async () => {
    const malformed = await postForm('/join', { code: 'AB' }, { 'cf-connecting-ip': '198.51.100.2' });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toContain('A class code has 6 letters and digits');
    const unknown = await postForm('/join', { code: 'ZZZ999' }, { 'cf-connecting-ip': '198.51.100.2' });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('No class uses that code');
  });

  it('slows code guessing: the 11th try in a minute from one address is refused', async () => {
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await postForm('/join', { code: 'ZZZ999' }, { 'cf-connecting-ip': '203.0.113.9' })).status);
    expect(statuses.slice(0, 10).every((status) => status === 404)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('renders the assignment quiz without practice feedback and with the name fixed', async () => {
    const { id } = await createFixtureAssignment();
    const html = await (await get(`/a/${id}/quiz?name=Ana`)).text();
    const props = html.match(/data-island="QuizRunner" data-props="([^"]*)"/)![1]!.replaceAll('&quot;', '"');
    expect(JSON.parse(props)).toMatchObject({ scope: id, practice: false, displayName: 'Ana', action: `/a/${id}/quiz` });
    expect((await get(`/a/${id}/quiz`, { redirect: 'manual' })).status).toBe(303);
  });
});

describe('submitting to an assignment (integration)', () => {
  it('stores the attempt under the assignment and links its result', async () => {
    const { id } = await createFixtureAssignment();
    const res = await submit(id, 'Ana');
    expect(res.status).toBe(201);
    const body = await res.json<{ resultUrl: string }>();
    expect(body.resultUrl).toMatch(new RegExp(`^/r/${id}\\.[0-9a-f]{32}$`));
    const device = res.headers.get('set-cookie')!;
    expect(device).toMatch(new RegExp(`^cc_done_${id}=[0-9a-f]{32}; Max-Age=31536000; Path=/; HttpOnly; Secure; SameSite=Lax$`));
    // The student's own device sees their name; anyone else with the link does not.
    expect(await (await get(body.resultUrl, { headers: { cookie: device.split(';')[0]! } })).text()).toContain('Ana scored 6/6');
    expect(await (await get(body.resultUrl)).text()).not.toContain('Ana');
  });

  it('refuses a second attempt from the same device or the same name when one is allowed', async () => {
    const { id } = await createFixtureAssignment();
    const first = await submit(id, 'Ana');
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    const sameDevice = await submit(id, 'Someone Else', cookie);
    expect(sameDevice.status).toBe(403);
    expect(await sameDevice.json()).toMatchObject({ error: 'attempt-used' });
    const sameName = await submit(id, '  ANA ');
    expect(sameName.status).toBe(403);
    expect(await allKeys(`attempt:${id}:`)).toHaveLength(1);
  });

  it('completes the name claim when a submit is retried after the claim write failed', async () => {
    const { id } = await createFixtureAssignment();
    const body = JSON.stringify({ quizId: fixtureQuiz.id, attemptId: 'retried-attempt-000000001', displayName: 'Ana', answers: perfectAnswers, assignmentId: id });
    const request = () => new Request(`https://crosscheck.test/api/attempts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const ctx = createExecutionContext();
    const failed = await app.fetch(request(), { ...env, KV: brokenKv({ failWritesTo: 'claim:' }) }, ctx);
    await waitOnExecutionContext(ctx);
    expect(failed.status).toBe(503);
    const retryCtx = createExecutionContext();
    const retried = await app.fetch(request(), env, retryCtx);
    await waitOnExecutionContext(retryCtx);
    expect(retried.status).toBe(200);
    expect(retried.headers.get('set-cookie')).toContain(`cc_done_${id}=${await storedAttemptId('retried-attempt-000000001')}`);
    expect((await submit(id, 'ana')).status).toBe(403);
  });

  it('takes any number of attempts when unlimited', async () => {
    const { id } = await createFixtureAssignment({ attempts: 'unlimited' });
    expect((await submit(id, 'Ana')).status).toBe(201);
    expect((await submit(id, 'Ana')).status).toBe(201);
  });

  it('refuses submissions past the due time, with a clear message', async () => {
    const { id } = await createFixtureAssignment({ due: '2099-01-01T09:00' });
    // Time passes: the due time is now behind us.
    const stored = await env.KV.get<Record<string, unknown>>(keys.assignment(id), 'json');
    await env.KV.put(keys.assignment(id), JSON.stringify({ ...stored, dueAt: Date.UTC(2001, 0, 1, 9) }));
    const res = await submit(id, 'Ana');
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: 'past-due', message: expect.stringContaining('2001-01-01 09:00 UTC') });
    expect((await get(`/a/${id}`)).status).toBe(403);
  });

  it('refuses submissions once closed, and takes them again when reopened', async () => {
    const { id, secret, dashboard } = await createFixtureAssignment();
    const close = await postForm(`/teach/${id}/status`, { closed: 'true' }, teacher(secret));
    expect(close.status).toBe(303);
    expect(close.headers.get('location')).toBe(dashboard);
    expect(await (await submit(id, 'Ana')).json()).toMatchObject({ error: 'closed' });
    await postForm(`/teach/${id}/status`, { closed: 'false' }, teacher(secret));
    expect((await submit(id, 'Ana')).status).toBe(201);
  });

  it('hides the right answers until the teacher closes an after-close assignment', async () => {
    const { id, secret } = await createFixtureAssignment({ reveal: 'after-close' });
    const submitted = await submit(id, 'Ana', undefined, { 'mc-0001': 0 });
    const { resultUrl } = await submitted.json<{ resultUrl: string }>();
    const ownDevice = { headers: { cookie: submitted.headers.get('set-cookie')!.split(';')[0]! } };
    const before = await (await get(resultUrl, ownDevice)).text();
    expect(before).toContain('Your teacher will show the answers, question by question, when the assignment closes.');
    // Not even right/wrong per question: a true/false verdict is its key.
    expect(before).not.toMatch(/Right answer:|Your answer:|score-grid/);
    const hiddenCard = await get(`${resultUrl}/card.png`);
    expect(hiddenCard.headers.get('cache-control')).toBe('public, max-age=60');
    await postForm(`/teach/${id}/status`, { closed: 'true' }, teacher(secret));
    const after = await (await get(resultUrl, ownDevice)).text();
    expect(after).toContain('<strong>Right answer:</strong> Sergei Lavrov');
    expect(after).toContain('score-grid');
    expect((await get(`${resultUrl}/card.png`)).headers.get('cache-control')).toContain('immutable');
  });
});

describe('failures (integration)', () => {
  it('answers a KV outage on a page with a 503 page and a retry hint, not a 500', async () => {
    const { id } = await createAssignment();
    const ctx = createExecutionContext();
    const res = await app.fetch(new Request(`https://crosscheck.test/a/${id}`), { ...env, KV: brokenKv({ failReads: true }) }, ctx);
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await res.text()).toContain('Crosscheck is briefly unavailable');
  });

  it.each([`/quiz/${'topic-deconfliction-hotline'}`, '/teach'])('answers a malformed multipart body on %s with a 4xx', async (path) => {
    const res = await get(path, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=zzz' }, body: '--zzz\r\nbroken' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});

describe('the dashboard (integration)', () => {
  it('answers a missing or wrong secret exactly like an unknown assignment', async () => {
    const { id, secret } = await createAssignment();
    const wrongSecret = secret.slice(0, -1) + (secret.endsWith('A') ? 'B' : 'A');
    const unknown = await get(`/teach/zzzzzzzzzz?key=${secret}`);
    const answers = [await get(`/teach/${id}`), await teacherGet(`/teach/${id}`, wrongSecret), await get(`/teach/${id}?key=short`), unknown];
    for (const res of answers) {
      expect(res.status).toBe(404);
      const html = await res.text();
      expect(html).toContain("We couldn't find that page");
      expect(html).not.toContain('Period 3');
    }
    for (const path of [`/teach/${id}/grades.csv`, `/teach/${id}/print`]) expect((await teacherGet(path, wrongSecret)).status).toBe(404);
    expect((await get(`/teach/${id}/quiz.gift`)).status).toBe(404);
    const close = await postForm(`/teach/${id}/status`, { closed: 'true' }, teacher(wrongSecret));
    expect(close.status).toBe(404);
    expect(await env.KV.get<{ closed: boolean }>(keys.assignment(id), 'json')).toMatchObject({ closed: false });
  });

  it('shows the roster, statistics and item analysis, escaping names', async () => {
    const { id, dashboard, secret } = await createFixtureAssignment({ attempts: 'unlimited' });
    await submit(id, 'Ana <img src=x onerror=alert(1)>');
    await submit(id, 'Ben', undefined, { ...perfectAnswers, 'mc-0001': 3 });
    const html = await (await teacherGet(dashboard, secret)).text();
    expect(html).toContain('Results <span class="count">(2)</span>');
    expect(html).toContain('Ana &lt;img src=x onerror=alert(1)>');
    expect(html).not.toContain('<img src=x');
    expect(html).toMatch(/<dt>Average<\/dt><dd>92%<\/dd>/);
    expect(html).toContain('Joseph Dunford (1)');
    // most missed first: Q1 (50% right) leads the item table
    expect(html).toMatch(/<tbody><tr[^>]*><td><strong>Q1\.<\/strong>[^]*?<td[^>]*>50%<\/td>/);
  });

  it('serves the live results fragment with an ETag: 304 while nothing changed, new results when they come', async () => {
    const { id, secret } = await createFixtureAssignment({ attempts: 'unlimited' });
    const results = `/teach/${id}/results`;
    await submit(id, 'Ana');
    const first = await teacherGet(results, secret);
    expect(first.status).toBe(200);
    const fragment = await first.text();
    expect(fragment).toMatch(/^<section id="gradebook"[^>]* data-closed="false"/);
    expect(fragment).toContain('Results <span class="count">(1)</span>');
    expect(fragment).not.toContain('<html');
    expect(first.headers.get('cache-control')).toBe('no-store');
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    // One poll costs the assignment (get; the test's quiz is in the bundle) and one list page.
    expect(first.headers.get('server-timing')).toContain('kv;desc="1 get, 1 list"');

    const unchanged = await teacherGet(results, secret, { 'if-none-match': etag });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');

    await submit(id, 'Ben');
    const changed = await teacherGet(results, secret, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain('Results <span class="count">(2)</span>');

    await postForm(`/teach/${id}/status`, { closed: 'true' }, teacher(secret));
    expect(await (await teacherGet(results, secret)).text()).toMatch(/^<section id="gradebook"[^>]* data-closed="true"/);
    expect((await teacherGet(results, `${secret.slice(0, -1)}x`)).status).toBe(404);
  });

  it('removes one attempt after confirmation, freeing the name for another try', async () => {
    const { id, secret } = await createFixtureAssignment();
    const { resultUrl } = await (await submit(id, 'Ana')).json<{ resultUrl: string }>();
    const attemptId = resultUrl.split('.')[1]!;
    const dashboardHtml = await (await teacherGet(`/teach/${id}`, secret)).text();
    expect(dashboardHtml).toContain(`action="/teach/${id}/attempts/${attemptId}/delete"`);
    const res = await postForm(`/teach/${id}/attempts/${attemptId}/delete`, {}, teacher(secret));
    expect(res.status).toBe(303);
    expect(await allKeys(`attempt:${id}:`)).toEqual([]);
    expect((await submit(id, 'Ana')).status).toBe(201);
  });

  it('exports grades as RFC 4180 CSV with formula injection neutralised', async () => {
    const { id, secret } = await createFixtureAssignment({ attempts: 'unlimited' });
    await submit(id, '=HYPERLINK("http://evil.test","click")');
    await submit(id, 'Smith, "Jo"');
    const res = await teacherGet(`/teach/${id}/grades.csv`, secret);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="period-3-grades\.csv"$/);
    // A UTF-8 byte order mark first, so Excel keeps accented names (text() below decodes it away).
    expect([...new Uint8Array(await res.clone().arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = await res.text();
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^Name,Score,Max,Percent,/);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.test"",""click"")"`);
    expect(csv).toContain('"Smith, ""Jo"""');
  });

  it('exports the quiz as GIFT and as a QTI 2.1 package that parses back as XML', async () => {
    const { id, secret } = await createFixtureAssignment();
    const gift = await (await teacherGet(`/teach/${id}/quiz.gift`, secret)).text();
    expect(gift).toContain('Who is Russia’s foreign minister? {\n\t~John Kerry\n\t=Sergei Lavrov');
    const zip = unzipSync(new Uint8Array(await (await teacherGet(`/teach/${id}/quiz-qti21.zip`, secret)).arrayBuffer()));
    const names = Object.keys(zip);
    expect(names).toContain('imsmanifest.xml');
    expect(names.filter((name) => name.startsWith('items/'))).toHaveLength(fixtureQuiz.items.length);
    for (const name of names) expect(XMLValidator.validate(strFromU8(zip[name]!)), name).toBe(true);
  });

  it('prints the quiz with an answer key', async () => {
    const { id, secret } = await createFixtureAssignment();
    const html = await (await teacherGet(`/teach/${id}/print`, secret)).text();
    expect(html).toContain('Answer key');
    expect(html).toContain('<strong>Sergei Lavrov</strong> (B)');
  });

  it('builds a gradebook of 1,500 attempts from list pages and metadata alone', async () => {
    const { id, dashboard, secret } = await createFixtureAssignment();
    const puts = Array.from({ length: 1500 }, (_, i) => {
      const attemptId = `bulk-attempt-${String(i).padStart(12, '0')}`;
      const score = i % 7;
      const metadata = packSummary({
        attemptId,
        name: `Student ${i}`,
        score,
        maxScore: 6,
        durationMs: 60_000,
        submittedAt: 1_700_000_000_000 + i,
        answers: [i % 4, 0, 0, 0, [1, 0, 2], [2, 1, 0]],
        scores: [i % 4 === 1 ? 1 : 0, 1, 1, 1, 1, 1],
      });
      // The value is deliberately not a valid record: the gradebook must never read it.
      return env.KV.put(keys.attempt(id, attemptId), 'not read by the gradebook', { metadata });
    });
    await Promise.all(puts);
    const { kv, counts } = countingKv(env.KV);
    const { summaries } = await listAllSummaries(kv, id);
    expect(summaries).toHaveLength(1500);
    expect(counts).toEqual({ get: 0, getWithMetadata: 0, list: 2, put: 0, delete: 0 });
    const res = await teacherGet(dashboard, secret);
    expect(await res.text()).toContain('Results <span class="count">(1500)</span>');
    // The dashboard counts its own KV operations the same way: the assignment by get (the test's
    // quiz is in the bundle, so it costs no get), the 1,500 attempts by two list pages.
    expect(res.headers.get('server-timing')).toContain('kv;desc="1 get, 2 list"');
  }, 60_000); // 1,500 KV writes to set up: seconds on a busy 2-core machine
});
