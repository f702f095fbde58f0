// Load on the API and the share page, with a static asset as the baseline, against local
// wrangler dev on loopback. Each run is bounded in time (and so in requests).
import autocannon from 'autocannon';
import { table } from './measure.ts';

const DURATION_SECONDS = 5;
const CONNECTIONS = 10;

interface Row {
  [column: string]: string | number;
}

async function run(name: string, options: autocannon.Options): Promise<Row> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION_SECONDS, ...options });
  return {
    target: name,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    requests: result.requests.total,
    'non-2xx': result.non2xx,
    errors: result.errors,
  };
}

/** Submits one attempt to have a result page to load. */
async function seedAttempt(origin: string, quizId: string, answers: Record<string, number | number[]>): Promise<string> {
  const res = await fetch(`${origin}/api/attempts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ quizId, attemptId: 'bench-result-page-0000001', displayName: 'Bench', answers }),
  });
  const { resultUrl } = (await res.json()) as { resultUrl: string };
  return resultUrl;
}

export async function benchLoad(origin: string, quizId: string): Promise<void> {
  const quiz = (await (await fetch(`${origin}/api/quizzes/${quizId}`)).json()) as { items: { id: string; type: string; options: string[]; prompts?: string[] }[] };
  const answers = Object.fromEntries(
    quiz.items.map((item) => [item.id, item.type === 'timeline' ? item.options.map((_, i) => i) : item.type === 'matching' ? item.prompts!.map(() => 0) : 0]),
  );
  const resultUrl = await seedAttempt(origin, quizId, answers);
  let counter = 0;
  const rows = [
    await run('static asset /favicon.svg (baseline)', { url: `${origin}/favicon.svg` }),
    await run('POST /api/attempts (new attempt each)', {
      url: `${origin}/api/attempts`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify({ quizId, attemptId: `bench-load-${String(counter++).padStart(14, '0')}`, answers, startedAt: Date.now() - 60_000 }),
          }),
        },
      ],
    }),
    await run(`GET ${resultUrl}`, { url: origin + resultUrl }),
  ];
  console.log(`\nLoad (autocannon, ${CONNECTIONS} connections × ${DURATION_SECONDS} s each, loopback)`);
  console.log(table(rows));
}
