// Small display formatters shared by pages.
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${seconds % 60} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

// One rule for showing scores, on the result page, the dashboard, the share card and share texts.

/** To one decimal, never negative or NaN. */
const roundToTenth = (value: number) => (Number.isFinite(value) ? Math.max(0, Math.round(value * 10) / 10) : 0);

/** "7", "7.5": one decimal only when needed. */
const tenths = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/**
 * A score as shown: "7.5/10" and "75%", to a tenth of a point. A score short of the maximum never
 * reads as full marks (14.97/15 is "14.9/15" and "99%", not "15/15" and "100%").
 */
export function scoreText(score: number, maxScore: number): { fraction: string; percent: string } {
  const max = roundToTenth(maxScore);
  const short = Number.isFinite(score) && score < maxScore;
  let shown = roundToTenth(score);
  if (short && shown >= max) shown = Math.max(0, Math.floor(score * 10) / 10);
  return { fraction: `${tenths(shown)}/${tenths(max)}`, percent: `${percent(score, maxScore)}%` };
}

/** The fraction alone: "7.5/10" (scoreText's rule). */
export const formatScore = (score: number, maxScore: number) => scoreText(score, maxScore).fraction;

/** The whole percentage (scoreText's rule): 99, never 100, for a score short of full marks. */
export function percent(score: number, maxScore: number): number {
  const ratio = maxScore > 0 && Number.isFinite(score) ? Math.min(1, Math.max(0, score / maxScore)) : 0;
  const rounded = Math.round(ratio * 100);
  return rounded === 100 && score < maxScore ? 99 : rounded;
}

/** How one question went: right, partly right (some credit), or wrong (unanswered included). */
export type Outcome = 'right' | 'partial' | 'wrong';

/** A graded question's outcome. */
export const outcomeOf = (result: { correct: boolean; score: number }): Outcome => (result.correct ? 'right' : result.score > 0 ? 'partial' : 'wrong');

/** The mark of each outcome, the same on the page, in the quiz and on the card (drawn there). */
export const OUTCOME_MARK: Record<Outcome, string> = { right: '✓', partial: '◐', wrong: '✗' };

/**
 * A moment as "2026-12-02 09:00" at a UTC offset (minutes as Date#getTimezoneOffset gives them:
 * Chicago in winter is 360), labelled with that offset — "2026-12-02 09:00 (UTC−06:00)" — or in
 * UTC when the offset is unknown ("2026-12-02 15:00 UTC"). The server's text for a time; the
 * LocalTime component shows the viewer's own clock once the browser can.
 */
export function formatDateTime(epochMs: number, offsetMinutes: number | null = null): string {
  const at = (minutes: number) => new Date(epochMs - minutes * 60_000).toISOString().replace('T', ' ').slice(0, 16);
  if (offsetMinutes === null) return `${at(0)} UTC`;
  const east = -offsetMinutes;
  const sign = east < 0 ? '−' : '+';
  const hours = String(Math.floor(Math.abs(east) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(east) % 60).padStart(2, '0');
  return `${at(offsetMinutes)} (UTC${sign}${hours}:${minutes})`;
}

/** "1st", "2nd", "3rd", "4th", … "11th", "12th", "13th", "21st". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/** "1 question", "3 questions": a count with its noun, singular for one. */
export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
