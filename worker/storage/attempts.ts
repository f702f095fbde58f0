// Attempts in KV: one immutable key each, value schema-checked on read as on write, and the
// gradebook row packed into the key's metadata so a class is listed without a get per attempt.
import * as v from 'valibot';
import type { AttemptSummary } from '../../core/gradebook/summary.ts';
import { AttemptIdSchema } from '../../core/schemas.ts';
import { AnswerSchema } from '../../core/quiz/answer-schema.ts';
import { packSummary, unpackSummary } from './attempt-metadata.ts';
import { kvCall, parseStored } from './errors.ts';
import { keys } from './keys.ts';

const AttemptRecordSchema = v.object({
  v: v.literal(1),
  /** The id it is stored and shared under (a hash of the attempt id the client chose). */
  attemptId: AttemptIdSchema,
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
/** One submitted attempt as stored: immutable once written. */
export type AttemptRecord = v.InferOutput<typeof AttemptRecordSchema>;

/** Time taken, or null when the start time is unknown. */
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

/** The attempt, or null when there is none; a stored value off its schema is a storage fault. */
export async function readAttempt(kv: KVNamespace, scope: string, attemptId: string): Promise<AttemptRecord | null> {
  const stored = await kvCall(() => kv.get(keys.attempt(scope, attemptId), 'json'));
  if (stored === null) return null;
  return parseStored(AttemptRecordSchema, stored, `attempt ${scope}/${attemptId}`);
}

/** Writes an attempt with its gradebook row as metadata. */
export async function writeAttempt(kv: KVNamespace, record: AttemptRecord): Promise<void> {
  const value = JSON.stringify(v.parse(AttemptRecordSchema, record));
  await kvCall(() => kv.put(keys.attempt(record.scope, record.attemptId), value, { metadata: packSummary(summarize(record)) }));
}

/** Removes an attempt (the teacher's "Remove"). */
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
export async function listAllSummaries(kv: KVNamespace, scope: string): Promise<{ summaries: AttemptSummary[]; unreadable: number }> {
  const summaries: AttemptSummary[] = [];
  let unreadable = 0;
  let cursor: string | null = null;
  do {
    const page: SummaryPage = await listSummaries(kv, scope, cursor);
    summaries.push(...page.summaries);
    unreadable += page.unreadable;
    cursor = page.cursor;
  } while (cursor);
  return { summaries, unreadable };
}
