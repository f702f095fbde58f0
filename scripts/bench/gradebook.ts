// The cost of a teacher's gradebook at 1,000 and 10,000 attempts: time to build the dashboard
// and the KV operations it takes, counted by the Worker's counting KV and reported in its
// Server-Timing header; the bench asserts them (the assignment and its quiz by get, attempts
// by one list per 1,000).
import { median, serverKvCounts, table } from './measure.ts';

const SEED_CONCURRENCY = 16;

/** Creates an assignment through /teach; returns its id and dashboard path. */
export async function createAssignment(origin: string, quizId: string) {
  const res = await fetch(`${origin}/teach`, {
    method: 'POST',
    body: new URLSearchParams({ quizId, title: 'Bench class', attempts: 'unlimited', reveal: 'after-submit' }),
    redirect: 'manual',
  });
  const location = new URL(res.headers.get('location')!, origin);
  return { assignmentId: location.pathname.split('/')[2]!, dashboard: `${location.pathname}?key=${location.searchParams.get('key')}` };
}

/** Submits `count` attempts to the assignment through the public API, as students would. */
export async function seed(origin: string, quizId: string, assignmentId: string, from: number, count: number, answers: Record<string, unknown>) {
  let next = from;
  const end = from + count;
  const worker = async () => {
    while (next < end) {
      const n = next++;
      const res = await fetch(`${origin}/api/attempts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ quizId, assignmentId, attemptId: `bench-class-${String(n).padStart(14, '0')}`, displayName: `Student ${n}`, answers, startedAt: Date.now() - 300_000 }),
      });
      if (res.status !== 201) throw new Error(`seeding attempt ${n}: HTTP ${res.status}`);
      await res.arrayBuffer();
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
  const { assignmentId, dashboard } = await createAssignment(origin, launchQuizId);
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
      const res = await fetch(origin + dashboard);
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
