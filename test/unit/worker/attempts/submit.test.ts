// The submit use case on its own, against real (local) KV behind the counting wrapper.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../../core/classroom/assignment.ts';
import { storedAttemptId } from '../../../../worker/attempts/result-id.ts';
import { submitAttempt, type Submission } from '../../../../worker/attempts/submit.ts';
import { writeAssignment } from '../../../../worker/storage/assignments.ts';
import { countingKv } from '../../../../worker/storage/counting-kv.ts';
import { fixtureQuiz, perfectAnswers } from '../../../support/fixture-quiz.ts';

const assignment: Assignment = {
  v: 1,
  id: 'abcdefghjk',
  quizId: fixtureQuiz.id,
  title: 'Period 3',
  dueAt: null,
  attemptsAllowed: 'one',
  reveal: 'after-submit',
  closed: false,
  classCode: 'ABC23K',
  secretHash: '0'.repeat(64),
  createdAt: 0,
  tzOffset: null,
};

const submission = (attemptId: string, rest: Partial<Submission> = {}): Submission => ({
  attemptId,
  displayName: 'Ana',
  answers: perfectAnswers,
  startedAt: null,
  deviceAttemptId: null,
  ...rest,
});

describe('submitAttempt', () => {
  it('stores an open attempt once and answers a repeat from storage, writing nothing', async () => {
    const first = countingKv(env.KV);
    const stored = await submitAttempt(first.kv, { quiz: fixtureQuiz, assignment: null }, submission('open-attempt-000000000001'));
    expect(stored).toMatchObject({ ok: true, replayed: false, record: { score: 6, maxScore: 6, scope: 'open' } });
    expect(first.counts).toMatchObject({ get: 1, put: 1 });

    const again = countingKv(env.KV);
    const replayed = await submitAttempt(again.kv, { quiz: fixtureQuiz, assignment: null }, submission('open-attempt-000000000001'));
    expect(replayed).toMatchObject({ ok: true, replayed: true });
    expect(again.counts).toMatchObject({ get: 1, put: 0 });
  });

  it('reads the attempt, the device’s attempt and the name claim of a one-attempt class at once, then claims the name', async () => {
    await writeAssignment(env.KV, assignment);
    const { kv, counts } = countingKv(env.KV);
    const target = { quiz: fixtureQuiz, assignment };
    const result = await submitAttempt(kv, target, submission('class-attempt-00000000001', { deviceAttemptId: 'class-attempt-00000000000' }));
    expect(result).toMatchObject({ ok: true, replayed: false });
    expect(counts).toMatchObject({ get: 3, put: 2 }); // attempt + claim written

    const sameName = await submitAttempt(env.KV, target, submission('class-attempt-00000000002', { displayName: ' ANA ' }));
    expect(sameName).toMatchObject({ ok: false, failure: { code: 'attempt-used' } });
    const sameDevice = await submitAttempt(env.KV, target, submission('class-attempt-00000000003', { displayName: 'Ben', deviceAttemptId: await storedAttemptId('class-attempt-00000000001') }));
    expect(sameDevice).toMatchObject({ ok: false, failure: { code: 'attempt-used' } });
  });

  it('returns failures as values and writes nothing for them', async () => {
    const { kv, counts } = countingKv(env.KV);
    const open = { quiz: fixtureQuiz, assignment: null };
    expect(await submitAttempt(kv, { quiz: fixtureQuiz, assignment }, submission('class-attempt-00000000004', { displayName: null }))).toEqual({
      ok: false,
      failure: { code: 'name_required' },
    });
    const invalid = await submitAttempt(kv, open, submission('open-attempt-000000000002', { answers: { 'mc-0001': [0, 1] } }));
    // The message speaks to the student: the item is named by itemId, not in the words.
    expect(invalid).toMatchObject({ ok: false, failure: { code: 'invalid_answer', itemId: 'mc-0001', message: expect.not.stringMatching(/^Item /) } });
    const closed = await submitAttempt(kv, { quiz: fixtureQuiz, assignment: { ...assignment, closed: true } }, submission('class-attempt-00000000005'));
    expect(closed).toMatchObject({ ok: false, failure: { code: 'closed' } });
    expect(counts.put).toBe(0);

    await submitAttempt(env.KV, open, submission('open-attempt-000000000003'));
    const otherQuiz = { ...fixtureQuiz, id: 'another-quiz' };
    expect(await submitAttempt(kv, { quiz: otherQuiz, assignment: null }, submission('open-attempt-000000000003'))).toEqual({
      ok: false,
      failure: { code: 'attempt_conflict' },
    });
  });

  it('bounds startedAt by the assignment’s creation and the submit time', async () => {
    const created = { ...assignment, attemptsAllowed: 'unlimited' as const, createdAt: 1_000_000 };
    const target = { quiz: fixtureQuiz, assignment: created };
    const now = 5_000_000;
    const at = async (attemptId: string, startedAt: number) => {
      const result = await submitAttempt(env.KV, target, submission(attemptId, { startedAt }), now);
      return result.ok ? result.record.startedAt : 'refused';
    };
    expect(await at('class-attempt-00000000010', 0)).toBeNull(); // before the class existed: unknown
    expect(await at('class-attempt-00000000011', 999_999)).toBeNull();
    expect(await at('class-attempt-00000000012', 4_000_000)).toBe(4_000_000);
    expect(await at('class-attempt-00000000013', 9_000_000)).toBe(now); // a clock in the future
    const open = await submitAttempt(env.KV, { quiz: fixtureQuiz, assignment: null }, submission('open-attempt-000000000010', { startedAt: 0 }));
    expect(open.ok && open.record.startedAt).toBeNull();
  });
});
