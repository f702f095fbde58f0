import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { storedAttemptId } from '../../worker/attempts/result-id.ts';
import app from '../../worker/index.ts';
import { BASE, get } from '../support/fetch.ts';
import { fixtureQuiz, perfectAnswers } from '../support/fixture-quiz.ts';
import { allKeys, brokenKv, storeFixtureQuiz } from '../support/kv.ts';

const attemptId = (n = 1) => `test-attempt-${String(n).padStart(10, '0')}`;
/** The KV key an open attempt is stored under (a hash of its attempt id). */
const openKey = async (n = 1) => `attempt:open:${await storedAttemptId(attemptId(n))}`;
const post = (path: string, body: unknown, init: RequestInit = {}) =>
  get(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body), ...init });
const validAttempt = (overrides: Record<string, unknown> = {}) => ({
  quizId: fixtureQuiz.id,
  attemptId: attemptId(),
  displayName: 'Ana',
  answers: perfectAnswers,
  startedAt: Date.now() - 60_000,
  ...overrides,
});

beforeEach(storeFixtureQuiz);

describe('GET /api/quizzes/:id (integration)', () => {
  it('returns the quiz without keys, evidence or explanations', async () => {
    const res = await get(`/api/quizzes/${fixtureQuiz.id}`);
    expect(res.status).toBe(200);
    const text = await res.text();
    const quiz = JSON.parse(text);
    expect(quiz.items).toHaveLength(fixtureQuiz.items.length);
    expect(quiz.items[5]).toEqual({ id: 'match-0006', type: 'matching', stem: fixtureQuiz.items[5]!.stem, prompts: expect.any(Array), options: expect.any(Array) });
    expect(text).not.toMatch(/"key"|"evidence"|"explanation"|"difficulty"/);
  });

  it('answers an unknown quiz with 404 and a malformed id with 400', async () => {
    expect((await get('/api/quizzes/no-such-quiz')).status).toBe(404);
    const bad = await get('/api/quizzes/NOT%20valid');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'invalid_request' });
  });
});

describe('POST /api/quizzes/:id/check (integration)', () => {
  it('reveals the key, evidence and explanation of the answered item only', async () => {
    const res = await post(`/api/quizzes/${fixtureQuiz.id}/check`, { itemId: 'mc-0001', answer: 3 });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      itemId: 'mc-0001',
      correct: false,
      score: 0,
      key: 1,
      explanation: 'Paragraph 2 names Sergei Lavrov as foreign minister.',
      evidence: [{ paragraph: 2, sentence: 'Russian Foreign Minister Sergei Lavrov spoke to El País.', href: '/articles/lavrov-ideal-solution#p2' }],
    });
  });

  it('refuses an unknown item and a wrongly shaped answer', async () => {
    expect((await post(`/api/quizzes/${fixtureQuiz.id}/check`, { itemId: 'zzzz-0000', answer: 1 })).status).toBe(404);
    expect((await post(`/api/quizzes/${fixtureQuiz.id}/check`, { itemId: 'time-0005', answer: 1 })).status).toBe(422);
  });
});

describe('POST /api/attempts (integration)', () => {
  it('grades, stores one immutable key with its gradebook summary, and returns the result', async () => {
    const res = await post('/api/attempts', validAttempt({ answers: { ...perfectAnswers, 'mc-0001': 0 } }));
    expect(res.status).toBe(201);
    const body = await res.json<{ results: unknown[] }>();
    expect(body).toMatchObject({ attemptId: attemptId(), resultUrl: `/r/${await storedAttemptId(attemptId())}`, score: 5, maxScore: 6, replayed: false });
    expect(body.results[0]).toEqual({ itemId: 'mc-0001', score: 0, correct: false });
    expect(await allKeys('attempt:')).toEqual([await openKey()]);
    const { metadata } = await env.KV.getWithMetadata(await openKey());
    expect(metadata).toBeTruthy();
  });

  it('is idempotent: the same attempt id returns the stored result and writes nothing new', async () => {
    await post('/api/attempts', validAttempt());
    const stored = await env.KV.get(await openKey());
    expect(stored).not.toBeNull();
    const again = await post('/api/attempts', validAttempt({ answers: { 'mc-0001': 0 }, displayName: 'Someone else' }));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ score: 6, replayed: true });
    expect(await env.KV.get(await openKey())).toBe(stored);
    expect(await allKeys('attempt:')).toHaveLength(1);
  });

  it('cleans the display name: control characters stripped, spaces collapsed, 40 characters at most', async () => {
    await post('/api/attempts', validAttempt({ displayName: ' Ana\u0000\u202e  <b>Maria</b>\n' + 'x'.repeat(60) }));
    const record = await env.KV.get<{ displayName: string }>(await openKey(), 'json');
    expect(record!.displayName).toBe(('Ana <b>Maria</b> ' + 'x'.repeat(60)).slice(0, 40));
  });

  it.each([
    ['an unknown quiz', validAttempt({ quizId: 'no-such-quiz' }), 404, 'quiz_not_found'],
    ['an unknown item', validAttempt({ answers: { 'zzzz-9999': 1 } }), 422, 'invalid_answer'],
    ['an answer of the wrong shape for its item', validAttempt({ answers: { 'time-0005': [0, 0, 1] } }), 422, 'invalid_answer'],
    ['an option index out of range', validAttempt({ answers: { 'mc-0001': 7 } }), 422, 'invalid_answer'],
    ['a non-numeric answer', validAttempt({ answers: { 'mc-0001': 'Sergei Lavrov' } }), 400, 'invalid_request'],
    ['an attempt id that is too short (under 128 bits)', validAttempt({ attemptId: 'abc123' }), 400, 'invalid_request'],
    ['an attempt id with other characters', validAttempt({ attemptId: 'a/b+c='.repeat(5) }), 400, 'invalid_request'],
    ['a missing quiz id', { attemptId: attemptId(), answers: {} }, 400, 'invalid_request'],
    ['an unexpected field', validAttempt({ score: 100 }), 400, 'invalid_request'],
    ['an empty display name', validAttempt({ displayName: ' \u0007 ' }), 400, 'invalid_request'],
    ['too many answers', validAttempt({ answers: Object.fromEntries(Array.from({ length: 61 }, (_, i) => [`item-${1000 + i}`, 0])) }), 400, 'invalid_request'],
  ])('refuses %s with a clear 4xx and writes nothing', async (_, body, status, error) => {
    const res = await post('/api/attempts', body);
    expect(res.status).toBe(status);
    const json = await res.json();
    expect(json).toMatchObject({ error, message: expect.any(String) });
    expect(await allKeys('attempt:')).toEqual([]);
  });

  it('refuses malformed JSON and an oversize body', async () => {
    const malformed = await post('/api/attempts', '{"quizId": ');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: 'bad_request' });
    const huge = await post('/api/attempts', JSON.stringify(validAttempt({ displayName: 'x'.repeat(40_000) })));
    expect(huge.status).toBe(413);
    expect(await allKeys('attempt:')).toEqual([]);
  });

  it('refuses reusing an attempt id for another quiz', async () => {
    await post('/api/attempts', validAttempt());
    const launchQuiz = 'topic-deconfliction-hotline';
    const res = await post('/api/attempts', validAttempt({ quizId: launchQuiz, answers: {} }));
    expect(res.status).toBe(409);
  });

  it('answers 503 with a retry hint when KV cannot write, and nothing is half-written', async () => {
    const ctx = createExecutionContext();
    const res = await app.fetch(
      new Request(`${BASE}/api/attempts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(validAttempt()) }),
      { ...env, KV: brokenKv() },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await res.json()).toMatchObject({ error: 'storage_unavailable', retryAfterSeconds: 5 });
    expect(await allKeys('attempt:')).toEqual([]);
    // The client's retry with the same attempt id then goes through.
    expect((await post('/api/attempts', validAttempt())).status).toBe(201);
  });

  it('never answers random JSON with a 500 (property)', async () => {
    const nearlyValid = fc.record(
      {
        quizId: fc.oneof(fc.constant(fixtureQuiz.id), fc.string()),
        attemptId: fc.oneof(fc.constant(attemptId(7)), fc.string(), fc.base64String({ minLength: 22, maxLength: 70 })),
        displayName: fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.integer()),
        answers: fc.oneof(
          fc.dictionary(fc.constantFrom(...fixtureQuiz.items.map((i) => i.id), 'zzzz-0000'), fc.oneof(fc.integer({ min: -2, max: 9 }), fc.array(fc.integer({ min: -1, max: 9 }), { maxLength: 9 }), fc.jsonValue())),
          fc.jsonValue(),
        ),
        startedAt: fc.oneof(fc.integer(), fc.double(), fc.string()),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), nearlyValid), async (body) => {
        const res = await post('/api/attempts', body);
        expect(res.status).toBeLessThan(500);
        await res.body?.cancel();
      }),
      { numRuns: 150 },
    );
  });
});
