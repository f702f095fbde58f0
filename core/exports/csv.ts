// Grades as CSV (RFC 4180): CRLF line ends, a field is quoted when it holds a comma, a double
// quote, CR or LF, and quotes inside are doubled. Text cells a spreadsheet could read as a
// formula (starting with = + - @, tab or CR, per OWASP "CSV Injection") get a leading
// apostrophe; numbers we format ourselves are never touched. Pure.
import type { Quiz } from '../quiz/schema.ts';
import { percentOf } from '../gradebook/stats.ts';
import type { AttemptSummary } from '../gradebook/summary.ts';

/** Prepend to the CSV text if it must open in Excel with non-ASCII names intact. */
export const CSV_BOM = '\uFEFF';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe for spreadsheets (leading apostrophe before a formula trigger). */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field: quoted when it holds , " CR or LF, quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A cell: strings are user text (neutralised, then quoted as needed); numbers are ours. */
export type CsvCell = string | number;

function cell(value: CsvCell): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return csvField(neutraliseFormula(value));
}

/** Rows to CSV text, each line ended by CRLF (the last too). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(cell).join(',') + '\r\n').join('');
}

function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}

/** ISO 8601 UTC to the second, e.g. 2025-03-01T09:30:00Z. */
function isoSeconds(epochMs: number): string {
  const date = new Date(epochMs);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const CSV_FIXED_HEADERS = ['Name', 'Score', 'Max', 'Percent', 'Time taken (s)', 'Submitted at (ISO 8601 UTC)'] as const;

/**
 * The gradebook as CSV, one row per attempt in the order given. Columns: the fixed headers,
 * then one per quiz item headed "Q1: <stem>" holding that item's score 0..1 (two decimals;
 * unanswered scores 0). Percent has one decimal; time taken is whole seconds. An item in
 * `dropped` keeps its column, headed "Q3 (dropped, not graded): …" and left empty, so the item
 * cells of a row still add up to its score.
 */
export function gradesCsv(quiz: Quiz, attempts: readonly AttemptSummary[], dropped: ReadonlySet<string> = new Set()): string {
  const header: CsvCell[] = [...CSV_FIXED_HEADERS, ...quiz.items.map((item, i) => `Q${i + 1}${dropped.has(item.id) ? ' (dropped, not graded)' : ''}: ${item.stem}`)];
  const rows = attempts.map((a): CsvCell[] => [
    a.name,
    round(a.score, 2),
    a.maxScore,
    round(percentOf(a), 1),
    Math.round(a.durationMs / 1000),
    isoSeconds(a.submittedAt),
    ...quiz.items.map((item, i) => (dropped.has(item.id) ? '' : round(a.scores[i] ?? 0, 2))),
  ]);
  return toCsv([header, ...rows]);
}
