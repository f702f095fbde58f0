// Class fixtures for the integration tests: an assignment created through /teach, the teacher's
// browser (the dashboard secret in its cookie), and a student's submit through the API.
import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import { keys } from '../../worker/storage/keys.ts';
import { get, postForm } from './fetch.ts';
import { fixtureQuiz, perfectAnswers } from './fixture-quiz.ts';
import { storeFixtureQuiz } from './kv.ts';

/** A launch quiz a teacher can assign. */
export const LAUNCH_QUIZ = 'topic-deconfliction-hotline';

/** A request from the teacher's browser: the dashboard secret in its path-scoped cookie. */
export const teacher = (secret: string) => ({ cookie: `cc_teach=${secret}` });
/** A GET from the teacher's browser. */
export const teacherGet = (path: string, secret: string, headers: Record<string, string> = {}) => get(path, { headers: { ...teacher(secret), ...headers } });

/** An assignment as /teach created it, with what its teacher's browser holds. */
export interface Created {
  id: string;
  secret: string;
  dashboard: string;
  code: string;
}

/** Starts a draft through /teach; returns its page's path. */
export async function startDraft(fields: Record<string, string> = {}): Promise<string> {
  const res = await postForm('/teach', { quizId: LAUNCH_QUIZ, title: 'Period 3', attempts: 'one', reveal: 'after-submit', ...fields });
  expect(res.status).toBe(303);
  const location = res.headers.get('location')!;
  expect(location).toMatch(/^\/teach\/draft\/[A-Za-z0-9_-]{22}$/);
  return location;
}

/** Creates the assignment from a draft as its "Create assignment" form does (settings as on /teach unless `fields` say otherwise). */
export async function createFromDraft(draft: string, fields: Record<string, string> = {}): Promise<Created> {
  const res = await postForm(`${draft}/create`, { title: 'Period 3', attempts: 'one', reveal: 'after-submit', ...fields });
  expect(res.status).toBe(303);
  const location = new URL(res.headers.get('location')!, 'https://crosscheck.test');
  const id = location.pathname.split('/')[2]!;
  // The creating browser holds the secret in the dashboard's cookie, never in the URL.
  const secret = res.headers.get('set-cookie')!.match(/^cc_teach=([^;]+)/)![1]!;
  const assignment = await env.KV.get<{ classCode: string }>(keys.assignment(id), 'json');
  return { id, secret, dashboard: `/teach/${id}`, code: assignment!.classCode };
}

/** Creates an assignment through /teach and its draft, unedited (a launch quiz, one attempt, answers after submit unless `fields` say otherwise). */
export async function createAssignment(fields: Record<string, string> = {}): Promise<Created> {
  return createFromDraft(await startDraft(fields), fields);
}

/** An assignment of the fixture quiz (every item type), created in KV the way /teach would. */
export async function createFixtureAssignment(fields: Record<string, string> = {}) {
  await storeFixtureQuiz();
  const created = await createAssignment(fields);
  const stored = await env.KV.get<Record<string, unknown>>(keys.assignment(created.id), 'json');
  await env.KV.put(keys.assignment(created.id), JSON.stringify({ ...stored, quizId: fixtureQuiz.id }));
  return created;
}

let attemptCounter = 0;
/** A student's submit through the API, with a fresh attempt id; `cookie` is their device's. */
export function submit(assignmentId: string, displayName: string, cookie?: string, answers: Record<string, unknown> = perfectAnswers) {
  const attemptId = `class-attempt-${String(++attemptCounter).padStart(12, '0')}`;
  return get('/api/attempts', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie && { cookie }) },
    body: JSON.stringify({ quizId: fixtureQuiz.id, attemptId, displayName, answers, assignmentId, startedAt: Date.now() - 120_000 }),
  });
}
