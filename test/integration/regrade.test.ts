import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { renderResultCard } from '../../core/cards/result-card.ts';
import { packSummary } from '../../worker/storage/attempt-metadata.ts';
import { classGradebook } from '../../worker/classroom/gradebook.ts';
import { countingKv } from '../../worker/storage/counting-kv.ts';
import { keys } from '../../worker/storage/keys.ts';
import { readAssignment } from '../../worker/storage/assignments.ts';
import { createFixtureAssignment, submit, teacher, teacherGet } from '../support/classroom.ts';
import { BASE, get, postForm } from '../support/fetch.ts';
import { brokenKv } from '../support/kv.ts';
import { fixtureQuiz } from '../support/fixture-quiz.ts';
import app from '../../worker/index.ts';

const itemPath = (id: string, itemId: string, change: string) => `/teach/${id}/items/${itemId}/${change}`;

/** Every key and value in KV: what "nothing written" is checked against. */
async function snapshot(): Promise<Map<string, string | null>> {
  const names = (await env.KV.list()).keys.map((key) => key.name);
  return new Map(await Promise.all(names.map(async (name) => [name, await env.KV.get(name)] as const)));
}

/** The CSV's data rows as name -> [score, max, percent]. */
function csvScores(csv: string): Map<string, string[]> {
  const rows = csv.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
  return new Map(rows.map((row) => row.split(',')).map((cells) => [cells[0]!, cells.slice(1, 4)]));
}

describe('dropping a question from grading (integration)', () => {
  it('recomputes 1,500 attempts from list() metadata alone: the drop is one read and one write, the gradebook two list pages', async () => {
    const { id, secret, dashboard } = await createFixtureAssignment();
    await Promise.all(
      Array.from({ length: 1500 }, (_, i) => {
        const attemptId = `bulk-attempt-${String(i).padStart(12, '0')}`;
        // Q1 right for every fourth student, the other five items right for all: 5 or 6 of 6.
        const scores = [i % 4 === 1 ? 1 : 0, 1, 1, 1, 1, 1];
        const metadata = packSummary({
          attemptId,
          name: `Student ${i}`,
          score: scores.reduce((a, b) => a + b, 0),
          maxScore: 6,
          durationMs: 60_000,
          submittedAt: 1_700_000_000_000 + i,
          answers: [i % 4, 0, 0, 0, [1, 0, 2], [2, 1, 0]],
          scores,
        });
        // Not a valid record: a regrade that read an attempt would fail on it.
        return env.KV.put(keys.attempt(id, attemptId), 'not read by a regrade', { metadata });
      }),
    );

    const drop = await postForm(itemPath(id, 'mc-0001', 'drop'), {}, teacher(secret));
    expect(drop.status).toBe(303);
    expect(drop.headers.get('location')).toBe(`${dashboard}#item-mc-0001`);
    // The assignment by get (the test's quiz is in the bundle), and its one put: no attempt touched.
    expect(drop.headers.get('server-timing')).toContain('kv;desc="1 get, 1 put"');

    const assignment = (await readAssignment(env.KV, id))!;
    const { kv, counts } = countingKv(env.KV);
    const gradebook = await classGradebook(kv, assignment, fixtureQuiz);
    expect(counts).toEqual({ get: 0, getWithMetadata: 0, list: 2, put: 0, delete: 0 });
    expect(gradebook.attempts).toHaveLength(1500);
    // Without Q1 every student has the other five right.
    expect(gradebook.attempts.every((a) => a.score === 5 && a.maxScore === 5)).toBe(true);
    expect(gradebook.stats.meanPercent).toBe(100);
    expect(gradebook.items.find((item) => item.itemId === 'mc-0001')).toMatchObject({ dropped: true, facility: 25 });

    const page = await teacherGet(dashboard, secret);
    const html = await page.text();
    expect(page.headers.get('server-timing')).toContain('kv;desc="1 get, 2 list"');
    expect(html).toContain('<dt>Average</dt><dd>100%</dd>');
    expect(html).toContain('Scores now count 5 of 6 questions.');
    expect(html).toContain('Count Q1 again');

    const csv = await (await teacherGet(`/teach/${id}/grades.csv`, secret)).text();
    expect(csv).toContain('Q1 (dropped, not graded): Who is Russia’s foreign minister?');
    expect(csvScores(csv).get('Student 1')).toEqual(['5', '5', '100']);
    expect(csv).toMatch(/\r\nStudent 1,5,5,100,60,[^,]+,,1,1,1,1,1\r\n/);

    // Undo: every score as it was, again from metadata alone.
    const restore = await postForm(itemPath(id, 'mc-0001', 'restore'), {}, teacher(secret));
    expect(restore.headers.get('server-timing')).toContain('kv;desc="1 get, 1 put"');
    const restored = await classGradebook(env.KV, (await readAssignment(env.KV, id))!, fixtureQuiz);
    expect(restored.attempts.filter((a) => a.score === 6)).toHaveLength(375);
    expect(restored.attempts.every((a) => a.maxScore === 6)).toBe(true);
  }, 120_000); // 1,500 KV writes to set up: seconds on a busy 2-core machine

  it('keeps the result page, the card, the roster and the CSV in agreement, and tells the student', async () => {
    const { id, secret, dashboard } = await createFixtureAssignment();
    // Ana misses Q1 and Q3; Ben misses Q3 only.
    const ana = await submit(id, 'Ana', undefined, { 'mc-0001': 0, 'cloze-0002': 0, 'tf-0003': 1, 'who-0004': 0, 'time-0005': [1, 0, 2], 'match-0006': [2, 1, 0] });
    const ben = await submit(id, 'Ben', undefined, { 'mc-0001': 1, 'cloze-0002': 0, 'tf-0003': 1, 'who-0004': 0, 'time-0005': [1, 0, 2], 'match-0006': [2, 1, 0] });
    const anaResult = (await ana.json<{ resultUrl: string }>()).resultUrl;
    const anaDevice = { headers: { cookie: ana.headers.get('set-cookie')!.split(';')[0]! } };
    expect((await ben.json<{ resultUrl: string }>()).resultUrl).toMatch(/^\/r\//);

    expect((await postForm(itemPath(id, 'tf-0003', 'drop'), {}, teacher(secret))).status).toBe(303);
    await postForm(`/teach/${id}/status`, { closed: 'true' }, teacher(secret));

    const result = await (await get(anaResult, anaDevice)).text();
    expect(result).toContain('Ana scored 4/5');
    expect(result).toContain('The teacher dropped question 3 from grading: it does not count, so this score is out of 5.');
    expect(result).toContain('Dropped from grading: it does not count');
    // The unfurl card names the regrade it shows, so a card cached before the drop is never served.
    expect(result).toContain(`<meta property="og:image" content="${BASE}${anaResult}/card.png?v=1"/>`);

    const ctx = createExecutionContext();
    const card = await app.fetch(new Request(`${BASE}${anaResult}/card.png?v=1`), env, ctx);
    await waitOnExecutionContext(ctx);
    expect(card.headers.get('cache-control')).toContain('immutable');
    const expected = await renderResultCard({ quizTitle: fixtureQuiz.title, score: 4, maxScore: 5, results: ['wrong', 'right', 'right', 'right', 'right'] });
    expect(new Uint8Array(await card.arrayBuffer())).toEqual(expected);
    // Asked for under a revision that is not the current one: served as now, never cached as final.
    expect((await get(`${anaResult}/card.png`)).headers.get('cache-control')).toBe('public, max-age=60');

    const roster = await (await teacherGet(dashboard, secret)).text();
    expect(roster).toMatch(/>Ana<\/a><\/th><td data-label="Score">4\/5 \(80%\)/);
    expect(roster).toMatch(/>Ben<\/a><\/th><td data-label="Score">5\/5 \(100%\)/);
    const csv = csvScores(await (await teacherGet(`/teach/${id}/grades.csv`, secret)).text());
    expect(csv.get('Ana')).toEqual(['4', '5', '80']);
    expect(csv.get('Ben')).toEqual(['5', '5', '100']);

    // The teacher's view of one attempt agrees too; the exports leave the dropped question out.
    expect(await (await teacherGet(`/teach/${id}/attempts/${anaResult.split('.').pop()}`, secret)).text()).toContain('Ana scored 4/5');
    const gift = await (await teacherGet(`/teach/${id}/quiz.gift`, secret)).text();
    expect(gift).not.toContain('Turkey is a NATO member');
    expect(gift).toContain('Who is Russia’s foreign minister?');
  });

  it('corrects a stem and shows it as corrected, on the dashboard and the result page', async () => {
    const { id, secret, dashboard } = await createFixtureAssignment();
    const submitted = await submit(id, 'Ana');
    const { resultUrl } = await submitted.json<{ resultUrl: string }>();
    const ownDevice = { headers: { cookie: submitted.headers.get('set-cookie')!.split(';')[0]! } };
    const res = await postForm(itemPath(id, 'mc-0001', 'stem'), { stem: '  Who is Russia’s foreign   minister today? ' }, teacher(secret));
    expect(res.status).toBe(303);
    const html = await (await teacherGet(dashboard, secret)).text();
    expect(html).toContain('Who is Russia’s foreign minister today?<span class="edited-mark"> (wording corrected)</span>');
    const result = await (await get(resultUrl, ownDevice)).text();
    expect(result).toContain('Who is Russia’s foreign minister today?<span class="edited-mark"> (wording corrected by the teacher)</span>');
    // Options and key as they were: the score stands.
    expect(result).toContain('scored 6/6');
  });

  it.each([
    ['an unknown question', 'mc-9999', 'drop', {}, 404, 'This quiz has no such question'],
    ['new options', 'mc-0001', 'stem', { stem: 'Who leads Russia’s diplomacy?', options: 'A' }, 409, 'The options and the right answer cannot change'],
    ['a new key', 'mc-0001', 'stem', { stem: 'Who leads Russia’s diplomacy?', key: '2' }, 409, 'The options and the right answer cannot change'],
    ['an empty stem', 'mc-0001', 'stem', { stem: '   ' }, 400, 'A question cannot be empty'],
    ['no stem at all', 'mc-0001', 'stem', {}, 400, 'Send the corrected wording of the question.'],
    ['a stem too long', 'mc-0001', 'stem', { stem: 'x'.repeat(401) }, 400, 'A question can be 400 characters at most.'],
    ['a body too large to read', 'mc-0001', 'stem', { stem: 'x'.repeat(20_000) }, 413, 'A question can be 400 characters at most.'],
    ['a fill-in-the-gap stem without its gap', 'cloze-0002', 'stem', { stem: 'The coalition was created in which year?' }, 422, 'must keep its gap'],
    ['a fill-in-the-gap stem with two gaps', 'cloze-0002', 'stem', { stem: 'The _____ was created in _____.' }, 422, 'must keep its gap'],
    ['a change that is not one', 'mc-0001', 'rename', {}, 404, ''],
    ['a malformed question id', 'MC 1', 'drop', {}, 404, ''],
  ])('refuses %s, and writes nothing', async (_, itemId, change, fields, status, message) => {
    const { id, secret } = await createFixtureAssignment();
    await submit(id, 'Ana');
    const before = await snapshot();
    const res = await postForm(itemPath(id, encodeURIComponent(itemId), change), fields as Record<string, string>, teacher(secret));
    expect(res.status).toBe(status);
    expect(await res.text()).toContain(message);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to drop the last question still graded, and anyone without the dashboard secret', async () => {
    const { id, secret } = await createFixtureAssignment();
    await submit(id, 'Ana');
    for (const item of fixtureQuiz.items.slice(1)) expect((await postForm(itemPath(id, item.id, 'drop'), {}, teacher(secret))).status).toBe(303);
    const before = await snapshot();
    const last = await postForm(itemPath(id, 'mc-0001', 'drop'), {}, teacher(secret));
    expect(last.status).toBe(409);
    expect(await last.text()).toContain('At least one question must still count');
    expect((await postForm(itemPath(id, 'mc-0001', 'restore'), {}, { cookie: 'cc_teach=' + 'x'.repeat(43) })).status).toBe(404);
    // A form from another site: refused before anything is read.
    expect((await postForm(itemPath(id, 'mc-0001', 'restore'), {}, { ...teacher(secret), origin: 'https://evil.test' })).status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it('answers a failed write with a 503 and leaves the class as it was', async () => {
    const { id, secret } = await createFixtureAssignment();
    await submit(id, 'Ana');
    const before = await snapshot();
    const ctx = createExecutionContext();
    const request = new Request(`${BASE}${itemPath(id, 'mc-0001', 'drop')}`, { method: 'POST', headers: { origin: BASE, ...teacher(secret) }, redirect: 'manual' });
    const res = await app.fetch(request, { ...env, KV: brokenKv({ failWritesTo: 'assignment:' }) }, ctx);
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(503);
    expect(await snapshot()).toEqual(before);
  });
});
