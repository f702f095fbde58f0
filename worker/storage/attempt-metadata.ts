// The attempt-metadata codec: the gradebook row of one attempt (an AttemptSummary), packed into
// its KV key's metadata so a class's gradebook is built from `list()` pages alone (no `get` per
// attempt). Storage owns it because it is a value shape of KV, like the keys beside it.
//
// Workers KV caps metadata at 1,024 bytes of serialized JSON (UTF-8). The packed form:
//
//   { "v": 1,                       format version
//     "i": "<attempt id>",          ATTEMPT_ID (core/ids.ts)
//     "n": "<display name>",        cleanDisplayName (core/names.ts): at most 40 code points
//     "s": 7.5, "m": 10,            score (2 decimals) and max score
//     "d": 183000,                  time taken, ms
//     "t": 1700000000000,           submitted at, epoch ms
//     "a": "1.0.3.2013.120.",       answers, one field per quiz item, '.'-separated:
//                                   '' unanswered, one digit = a choice index, two or more
//                                   digits = an index list (timeline order / matching)
//     "q": "~#~!#P" }               per-item scores in hundredths, 1 or 2 chars each
//                                   (see SCORE_CHARS)
//
// Worst case for 60 items, every one an 8-index list with a 2-char score, a 64-char attempt
// id, 40 four-byte code points of name and 16-digit numbers: 977 bytes (measured in
// test/unit/worker/storage/attempt-metadata.test.ts), so 60 items and a 40-code-point name always fit.
// A typical 10-item attempt is about 150 bytes.
import * as v from 'valibot';
import type { AttemptSummary } from '../../core/gradebook/summary.ts';
import { ATTEMPT_ID } from '../../core/ids.ts';
import { DISPLAY_NAME_MAX, cleanDisplayName } from '../../core/names.ts';
import type { Answer } from '../../core/quiz/grade.ts';

export const METADATA_LIMIT_BYTES = 1024;
const SUMMARY_FORMAT_VERSION = 1;

export interface SummaryMetadata {
  v: typeof SUMMARY_FORMAT_VERSION;
  i: string;
  n: string;
  s: number;
  m: number;
  d: number;
  t: number;
  a: string;
  q: string;
}

/**
 * Per-item scores are stored exactly to two decimals (gradeItem rounds to two decimals), as
 * hundredths k = 0..100, in chars that never need a JSON escape (one byte each). SCORE_CHARS
 * holds the 91 printable ASCII chars '#'..'~' but the backslash: k = 0..89 is SCORE_CHARS[k] and
 * k = 100 (fully right) is SCORE_CHARS[90], one char each; the rare k = 90..99 is '!' followed
 * by SCORE_CHARS[k - 90]. So a right or wrong item costs 1 byte, the worst case 2. Only a full
 * score of 1 packs to k = 100 and only 0 to k = 0, so "fully right" survives exactly.
 */
const SCORE_CHARS = Array.from({ length: 0x7e - 0x23 + 1 }, (_, i) => String.fromCharCode(0x23 + i))
  .filter((c) => c !== '\\')
  .join('');
const SCORE_ESCAPE = '!';

function packScore(score: number): string {
  let k: number;
  if (!(score > 0)) k = 0; // also NaN
  else if (score >= 1) k = 100;
  else k = Math.min(99, Math.max(1, Math.round(score * 100)));
  if (k === 100) return SCORE_CHARS[90]!;
  return k < 90 ? SCORE_CHARS[k]! : SCORE_ESCAPE + SCORE_CHARS[k - 90]!;
}

/** The per-item scores in `q`, or null when `q` is malformed. */
function unpackScores(q: string): number[] | null {
  const scores: number[] = [];
  for (let i = 0; i < q.length; i++) {
    let k: number;
    if (q[i] === SCORE_ESCAPE) {
      const next = q[++i];
      const low = next === undefined ? -1 : SCORE_CHARS.indexOf(next);
      if (low < 0 || low > 9) return null;
      k = 90 + low;
    } else {
      const code = SCORE_CHARS.indexOf(q[i]!);
      if (code < 0) return null;
      k = code === 90 ? 100 : code;
    }
    scores.push(k / 100);
  }
  return scores;
}

// One field per item: '', one digit, or 2..8 digits (AnswerSchema: indices 0..7, lists of 2..8).
const ANSWER_FIELD = /^(?:[0-7]|[0-7]{2,8})?$/;


function packAnswer(answer: Answer | null): string {
  if (answer === null) return '';
  return typeof answer === 'number' ? String(answer) : answer.join('');
}

function unpackAnswer(field: string): Answer | null {
  if (field === '') return null;
  if (field.length === 1) return Number(field);
  return Array.from(field, Number);
}

function wholeNonNegative(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.round(n) : 0;
}

/** UTF-8 size of the metadata as KV measures it (its JSON serialisation). */
export function metadataBytes(metadata: unknown): number {
  return new TextEncoder().encode(JSON.stringify(metadata)).length;
}

/** Throws a RangeError when `metadata` would exceed KV's metadata limit. */
export function assertMetadataSize(metadata: unknown): void {
  const bytes = metadataBytes(metadata);
  if (bytes > METADATA_LIMIT_BYTES) {
    throw new RangeError(`Attempt metadata is ${bytes} bytes; KV allows ${METADATA_LIMIT_BYTES}`);
  }
}

/**
 * Packs a summary for KV metadata. Throws (RangeError) on a summary that cannot be a real
 * attempt (bad attempt id, answers/scores of different lengths, an answer outside
 * AnswerSchema's shape) and when the result exceeds 1,024 bytes, which cannot happen up to
 * 60 items (see the budget above).
 */
export function packSummary(summary: AttemptSummary): SummaryMetadata {
  if (!ATTEMPT_ID.test(summary.attemptId)) throw new RangeError('Attempt id must be 22 to 64 URL-safe characters');
  if (summary.answers.length !== summary.scores.length) {
    throw new RangeError(`${summary.answers.length} answers but ${summary.scores.length} item scores`);
  }
  const fields = summary.answers.map(packAnswer);
  const bad = fields.findIndex((field) => !ANSWER_FIELD.test(field));
  if (bad >= 0) throw new RangeError(`Answer ${bad + 1} is not an option index 0-7 or a list of 2-8 of them`);
  const metadata: SummaryMetadata = {
    v: SUMMARY_FORMAT_VERSION,
    i: summary.attemptId,
    // Already clean from the edge; cleaned again so no caller can break the byte budget.
    n: cleanDisplayName(summary.name),
    s: Number.isFinite(summary.score) && summary.score > 0 ? Math.round(summary.score * 100) / 100 : 0,
    m: wholeNonNegative(summary.maxScore),
    d: wholeNonNegative(summary.durationMs),
    t: wholeNonNegative(summary.submittedAt),
    a: fields.join('.'),
    q: summary.scores.map(packScore).join(''),
  };
  assertMetadataSize(metadata);
  return metadata;
}

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const MetadataSchema = v.object({
  v: v.literal(SUMMARY_FORMAT_VERSION),
  i: v.pipe(v.string(), v.regex(ATTEMPT_ID)),
  n: v.pipe(v.string(), v.maxLength(DISPLAY_NAME_MAX * 2)),
  s: v.pipe(v.number(), v.finite(), v.minValue(0)),
  m: count,
  d: count,
  t: count,
  a: v.pipe(v.string(), v.regex(/^[0-7.]*$/)),
  q: v.pipe(v.string(), v.maxLength(1000)),
});

/** The summary in a key's metadata, or null when the metadata is missing or malformed. */
export function unpackSummary(metadata: unknown): AttemptSummary | null {
  const parsed = v.safeParse(MetadataSchema, metadata);
  if (!parsed.success) return null;
  const m = parsed.output;
  const scores = unpackScores(m.q);
  if (scores === null) return null;
  const items = scores.length;
  // "".split('.') is [''] (one unanswered item), so an empty score string means no items.
  const fields = items === 0 ? (m.a === '' ? [] : null) : m.a.split('.');
  if (fields === null || fields.length !== items || !fields.every((f) => ANSWER_FIELD.test(f))) return null;
  if (m.s > m.m) return null;
  return {
    attemptId: m.i,
    name: m.n,
    score: m.s,
    maxScore: m.m,
    durationMs: m.d,
    submittedAt: m.t,
    answers: fields.map(unpackAnswer),
    scores,
  };
}
