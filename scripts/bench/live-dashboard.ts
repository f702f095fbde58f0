// What an open teacher dashboard costs in KV list operations per hour, for a class of 30: the
// free Workers KV plan allows 1,000 list operations a day, and every refresh of the gradebook
// lists the class. Measured, not assumed: the list count of one refresh comes from the Worker's
// counting KV (Server-Timing); the number of refreshes an hour from each island's schedule.
import { FIRST_POLL_DELAY_MS, MAX_POLL_DELAY_MS, POLL_BACKOFF, nextPollDelay } from '../../web/islands/poll-schedule.ts';
import { classQuiz, createAssignment, sampleAnswers, seed } from './gradebook.ts';
import { serverKvCounts, table } from './measure.ts';

const CLASS_SIZE = 30;
const HOUR_MS = 3_600_000;
/** The old LiveGradebook re-fetched the whole dashboard page every 15 s, visible or not, open or closed. */
const OLD_POLL_MS = 15_000;

/** Polls the new island makes in an hour when results arrive at `arrivals` (ms from the start). */
function pollsPerHour(arrivals: number[]): number {
  let polls = 0;
  let delay = FIRST_POLL_DELAY_MS;
  let last = 0;
  for (let t = delay; t <= HOUR_MS; t += delay) {
    polls++;
    const changed = arrivals.some((at) => at > last && at <= t);
    last = t;
    delay = nextPollDelay(delay, changed);
  }
  return polls;
}

export async function benchLiveDashboard(origin: string, launchQuizId: string): Promise<void> {
  const { assignmentId, dashboard, headers } = await createAssignment(origin, launchQuizId);
  const quiz = await classQuiz(origin, assignmentId);
  await seed(origin, quiz.id, assignmentId, 0, CLASS_SIZE, sampleAnswers(quiz));

  // Before: one poll was one full dashboard page.
  const page = await fetch(origin + dashboard, { headers });
  const pageBytes = (await page.arrayBuffer()).byteLength;
  const listsPerPage = serverKvCounts(page).list!;
  // After: one poll is the results fragment, 304 when unchanged (the list is still made).
  const results = `${dashboard}/results`;
  const first = await fetch(origin + results, { headers });
  const fragmentBytes = (await first.arrayBuffer()).byteLength;
  const listsPerPoll = serverKvCounts(first).list!;
  const again = await fetch(origin + results, { headers: { ...headers, 'if-none-match': first.headers.get('etag') ?? '' } });
  if (again.status !== 304) throw new Error(`unchanged results answered ${again.status}, not 304`);

  const before = (HOUR_MS / OLD_POLL_MS) * listsPerPage;
  const steady = Array.from({ length: CLASS_SIZE }, (_, i) => (i + 1) * 40_000); // one result every 40 s for 20 minutes
  const rows = [
    { 'dashboard open for an hour': 'any (old: full page every 15 s, visible or hidden, open or closed)', polls: HOUR_MS / OLD_POLL_MS, 'list ops/hour': before },
    { 'dashboard open for an hour': 'visible, 30 results in the first 20 min (one every 40 s)', polls: pollsPerHour(steady), 'list ops/hour': pollsPerHour(steady) * listsPerPoll },
    { 'dashboard open for an hour': 'visible, no new results', polls: pollsPerHour([]), 'list ops/hour': pollsPerHour([]) * listsPerPoll },
    { 'dashboard open for an hour': 'visible, a new result before every poll (worst case)', polls: HOUR_MS / FIRST_POLL_DELAY_MS, 'list ops/hour': (HOUR_MS / FIRST_POLL_DELAY_MS) * listsPerPoll },
    { 'dashboard open for an hour': 'tab hidden, or assignment closed', polls: 0, 'list ops/hour': 0 },
  ];
  console.log(
    `\nLive dashboard, class of ${CLASS_SIZE}: KV list operations per hour (one refresh lists ${listsPerPage} page(s), counted via Server-Timing;` +
      ` polls from ${FIRST_POLL_DELAY_MS / 1000} s backing off ×${POLL_BACKOFF} to ${MAX_POLL_DELAY_MS / 1000} s; an unchanged poll is a 304, ${fragmentBytes} B fragment vs ${pageBytes} B page)`,
  );
  console.log(table(rows));
}
