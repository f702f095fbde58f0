// Attempts in KV: one immutable key each, value schema-checked on read as on write, and the
// gradebook row packed into the key's metadata so a class is listed without a get per attempt.
import * as v from 'valibot';
import { packSummary, unpackSummary, type AttemptSummary } from '../../core/gradebook/summary.ts';
import { AnswerSchema } from '../../core/quiz/answer-schema.ts';
import { kvCall } from './errors.ts';
import { keys } from './keys.ts';

export const ATTEMPT_ID_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;

const AttemptRecordSchema = v.object({
  v: v.literal(1),
  attemptId: v.pipe(v.string(), v.regex(ATTEMPT_ID_PATTERN)),
  quizId: v.string(),
  /** The assignment it was submitted to, or the open scope. */
  scope: v.string(),
  displayName: v.nullable(v.string()),
  results: v.array(
    v.object({
      itemId: v.string(),
      answer: v.nullable(AnswerSchema),
      score: v.number(),
      correct: v.boolean(),
    }),
  ),
  score: v.number(),
  maxScore: v.number(),
  startedAt: v.nullable(v.number()),
  submittedAt: v.number(),
});
export type AttemptRecord = v.InferOutput<typeof AttemptRecordSchema>;

export function durationMs(record: AttemptRecord): number | null {
  return record.startedAt === null ? null : Math.max(0, record.submittedAt - record.startedAt);
}

function summarize(record: AttemptRecord): AttemptSummary {
  return {
    attemptId: record.attemptId,
    name: record.displayName ?? '',
    score: record.score,
    maxScore: record.maxScore,
    durationMs: durationMs(record) ?? 0,
    submittedAt: record.submittedAt,
    answers: record.results.map((r) => r.answer),
    scores: record.results.map((r) => r.score),
  };
}

export async function readAttempt(kv: KVNamespace, scope: string, attemptId: string): Promise<AttemptRecord | null> {
  const stored = await kvCall(() => kv.get(keys.attempt(scope, attemptId), 'json'));
  if (stored === null) return null;
  const parsed = v.safeParse(AttemptRecordSchema, stored);
  if (!parsed.success) throw new Error(`Stored attempt ${scope}/${attemptId} does not match its schema`);
  return parsed.output;
}

export async function writeAttempt(kv: KVNamespace, record: AttemptRecord): Promise<void> {
  const value = JSON.stringify(v.parse(AttemptRecordSchema, record));
  await kvCall(() => kv.put(keys.attempt(record.scope, record.attemptId), value, { metadata: packSummary(summarize(record)) }));
}

export async function deleteAttempt(kv: KVNamespace, scope: string, attemptId: string): Promise<void> {
  await kvCall(() => kv.delete(keys.attempt(scope, attemptId)));
}

interface SummaryPage {
  summaries: AttemptSummary[];
  /** Rows whose metadata could not be read (written by an older version, say). */
  unreadable: number;
  cursor: string | null;
}

/** One `list()` page of a scope's attempts, from metadata alone. */
async function listSummaries(kv: KVNamespace, scope: string, cursor: string | null): Promise<SummaryPage> {
  const page = await kvCall(() => kv.list({ prefix: keys.attemptsOf(scope), cursor: cursor ?? undefined }));
  const summaries: AttemptSummary[] = [];
  let unreadable = 0;
  for (const key of page.keys) {
    const summary = unpackSummary(key.metadata);
    if (summary) summaries.push(summary);
    else unreadable++;
  }
  return { summaries, unreadable, cursor: page.list_complete ? null : page.cursor };
}


/** A whole class: every list page, following cursors (1,000 keys a page), metadata alone. */
export async function listAllSummaries(kv: KVNamespace, scope: string): Promise<{ summaries: AttemptSummary[]; unreadable: number; listCalls: number }> {
  const summaries: AttemptSummary[] = [];
  let unreadable = 0;
  let listCalls = 0;
  let cursor: string | null = null;
  do {
    const page: SummaryPage = await listSummaries(kv, scope, cursor);
    listCalls++;
    summaries.push(...page.summaries);
    unreadable += page.unreadable;
    cursor = page.cursor;
  } while (cursor);
  return { summaries, unreadable, listCalls };
}
