// The cost of a teacher's gradebook at 1,000 and 10,000 attempts: time to build the dashboard
// and the KV operations it takes, counted by the Worker's counting KV and reported in its
// Server-Timing header; the bench asserts them (the assignment and its quiz by get, attempts
// by one list per 1,000).
import { median, serverKvCounts, table } from './measure.ts';

const SEED_CONCURRENCY = 16;

/**
 * Creates an assignment as a teacher does: /teach makes a draft, the draft's form creates the
 * class. Returns its id, its dashboard path and the headers that open it (the secret's cookie).
 */
export async function createAssignment(origin: string, quizId: string) {
  const settings = { title: 'Bench class', attempts: 'unlimited', reveal: 'after-submit' };
  // A form post names its origin, as a browser's does (the Worker refuses cross-site forms).
  const post = (path: string, fields: Record<string, string>) => fetch(origin + path, { method: 'POST', headers: { origin }, body: new URLSearchParams(fields), redirect: 'manual' });
  const draft = (await post('/teach', { quizId, ...settings })).headers.get('location');
  if (!draft?.startsWith('/teach/draft/')) throw new Error(`/teach did not make a draft (location ${draft})`);
  const created = await post(`${draft}/create`, settings);
  const location = new URL(created.headers.get('location') ?? '', origin);
  const cookie = created.headers.getSetCookie().find((line) => line.startsWith('cc_teach='))?.split(';')[0];
  if (!cookie) throw new Error(`the draft did not make a class (HTTP ${created.status})`);
  return { assignmentId: location.pathname.split('/')[2]!, dashboard: location.pathname, headers: { cookie } };
}

const SEED_RETRIES = 3;

/** Submits `count` attempts to the assignment through the public API, as students would. */
export async function seed(origin: string, quizId: string, assignmentId: string, from: number, count: number, answers: Record<string, unknown>) {
  let next = from;
  const end = from + count;
  const worker = async () => {
    while (next < end) {
      const n = next++;
      const body = JSON.stringify({ quizId, assignmentId, attemptId: `bench-class-${String(n).padStart(14, '0')}`, displayName: `Student ${n}`, answers, startedAt: Date.now() - 300_000 });
      // A 503 (local KV busy under thousands of writes) says Retry-After: a student's page retries, and so does the seeding
      // (the same attemptId, so a retry never counts twice).
      for (let attempt = 1; ; attempt++) {
        const res = await fetch(`${origin}/api/attempts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        await res.arrayBuffer();
        if (res.status === 201 || res.status === 200) break;
        if (res.status !== 503 || attempt === SEED_RETRIES) throw new Error(`seeding attempt ${n}: HTTP ${res.status}`);
        await new Promise((resolve) => setTimeout(resolve, 1000 * Number(res.headers.get('retry-after') ?? 1)));
      }
    }
  };
  await Promise.all(Array.from({ length: SEED_CONCURRENCY }, worker));
}

interface ClassQuiz {
  id: string;
  items: { id: string; type: string; options: string[]; prompts?: string[] }[];
}

/** The class's own quiz, as a student's page hands it to the quiz island. */
export async function classQuiz(origin: string, assignmentId: string): Promise<ClassQuiz> {
  const html = await (await fetch(`${origin}/a/${assignmentId}/quiz?name=Bench`)).text();
  const props = html.match(/data-island="QuizRunner" data-props="([^"]*)"/)![1]!;
  const json = props.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
  return (JSON.parse(json) as { quiz: ClassQuiz }).quiz;
}

/** Answers to every item of `quiz` (some right, some wrong). */
export const sampleAnswers = (quiz: ClassQuiz) =>
  Object.fromEntries(
    quiz.items.map((item, i) => [item.id, item.type === 'timeline' ? item.options.map((_, j) => j) : item.type === 'matching' ? item.prompts!.map(() => 0) : i % item.options.length]),
  );

export async function benchGradebook(origin: string, launchQuizId: string): Promise<void> {
  const { assignmentId, dashboard, headers } = await createAssignment(origin, launchQuizId);
  const quiz = await classQuiz(origin, assignmentId);
  const quizId = quiz.id;
  const answers = sampleAnswers(quiz);
  const rows = [];
  let seeded = 0;
  for (const size of [1000, 10_000]) {
    const start = performance.now();
    const added = size - seeded;
    await seed(origin, quizId, assignmentId, seeded, added, answers);
    const seedRate = added / ((performance.now() - start) / 1000);
    seeded = size;
    const samples: number[] = [];
    let counts: Record<string, number> = {};
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      const res = await fetch(origin + dashboard, { headers });
      const html = await res.text();
      samples.push(performance.now() - t);
      counts = serverKvCounts(res);
      if (!html.includes(`(${size})`)) throw new Error(`dashboard does not show ${size} attempts`);
    }
    const expected = { get: 2, list: Math.ceil(size / 1000) };
    if (JSON.stringify(counts) !== JSON.stringify(expected)) throw new Error(`dashboard of ${size}: KV ${JSON.stringify(counts)}, expected ${JSON.stringify(expected)}`);
    rows.push({
      attempts: size,
      'dashboard median ms': median(samples).toFixed(0),
      'KV operations (counted, Server-Timing)': `${counts.get} get + ${counts.list} list`,
      'seeding rate (POST /api/attempts)': `${Math.round(seedRate)} attempts/s`,
    });
  }
  console.log('\nGradebook (dashboard built from KV list() pages and metadata alone; 7 loads each)');
  console.log(table(rows));
}
