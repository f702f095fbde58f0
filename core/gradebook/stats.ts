// Class statistics for the gradebook: mean, median, a 10-bucket distribution, and a small
// server-rendered SVG bar chart of it. Pure: no DOM.
import type { AttemptSummary } from './summary.ts';
import { escapeXml } from './xml.ts';
import { countOf } from '../format.ts';

const BUCKET_COUNT = 10;

export interface ScoreStats {
  /** Attempts counted (those with a positive max score). */
  count: number;
  /** Mean of the attempts' percentages (score / max * 100); null with no attempts. */
  meanPercent: number | null;
  /** Median percentage (mean of the middle two for an even count); null with no attempts. */
  medianPercent: number | null;
  /** Attempts per bucket: [0,10), [10,20), ..., [80,90), [90,100] (100% lands in the last). */
  buckets: number[];
}

/** An attempt's score as a percentage of its max (0 when the max is 0). */
export function percentOf(attempt: Pick<AttemptSummary, 'score' | 'maxScore'>): number {
  if (!(attempt.maxScore > 0)) return 0;
  // score*100/max, not score/max*100: 7/10*100 is 70.00000000000001.
  return Math.min(100, Math.max(0, (attempt.score * 100) / attempt.maxScore));
}

/** The bucket (0..9) a percentage falls in; the tolerance keeps 69.99999999999999 out of bucket 6. */
export function bucketOf(percent: number): number {
  return Math.min(BUCKET_COUNT - 1, Math.max(0, Math.floor(percent / 10 + 1e-9)));
}

export function scoreStats(attempts: readonly Pick<AttemptSummary, 'score' | 'maxScore'>[]): ScoreStats {
  const percents = attempts.filter((a) => a.maxScore > 0).map(percentOf);
  const buckets = new Array<number>(BUCKET_COUNT).fill(0);
  for (const p of percents) buckets[bucketOf(p)]!++;
  if (percents.length === 0) return { count: 0, meanPercent: null, medianPercent: null, buckets };
  const sorted = [...percents].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const mean = percents.reduce((sum, p) => sum + p, 0) / percents.length;
  return { count: percents.length, meanPercent: mean, medianPercent: median, buckets };
}

/** "0–10%" … "90–100%". */
export function bucketLabel(index: number): string {
  return `${index * 10}–${index * 10 + 10}%`;
}

export interface DistributionSvgOptions {
  /** The chart's accessible title; default "Score distribution". */
  title?: string;
}

/**
 * A bar chart of the 10 buckets as an SVG string, for inlining in server-rendered HTML.
 * Strict-CSP safe: no style attributes or elements, only presentation attributes (fill,
 * font-size, text-anchor); bars and labels carry classes (`dist-bar`, `dist-count`,
 * `dist-label`) so a stylesheet may restyle them. Accessible: role="img", an aria-label that
 * reads out every bucket, a <title>, and visible text labels (count above each bar, range
 * below). Bars use fill="currentColor" so they follow the surrounding text colour.
 */
export function distributionSvg(buckets: readonly number[], options: DistributionSvgOptions = {}): string {
  const title = options.title ?? 'Score distribution';
  const counts = Array.from({ length: BUCKET_COUNT }, (_, i) => {
    const n = buckets[i] ?? 0;
    return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
  });
  const total = counts.reduce((a, b) => a + b, 0);
  const max = Math.max(1, ...counts);
  const slot = 40;
  const barWidth = 30;
  const top = 16; // room for the count above the tallest bar
  const plot = 100;
  const width = slot * BUCKET_COUNT;
  const height = top + plot + 20;
  const described = counts.map((n, i) => `${bucketLabel(i)}: ${n}`).join(', ');
  const label = `${title}, ${countOf(total, 'attempt')}. ${described}.`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(label)}" class="dist-chart">`,
    `<title>${escapeXml(label)}</title>`,
  ];
  counts.forEach((n, i) => {
    const h = Math.round((n / max) * plot);
    const x = i * slot + (slot - barWidth) / 2;
    const cx = i * slot + slot / 2;
    if (h > 0) parts.push(`<rect class="dist-bar" x="${x}" y="${top + plot - h}" width="${barWidth}" height="${h}" fill="currentColor"/>`);
    parts.push(`<text class="dist-count" x="${cx}" y="${top + plot - h - 4}" font-size="11" text-anchor="middle" fill="currentColor">${n}</text>`);
    parts.push(`<text class="dist-label" x="${cx}" y="${top + plot + 14}" font-size="9" text-anchor="middle" fill="currentColor">${escapeXml(bucketLabel(i))}</text>`);
  });
  parts.push(`<line x1="0" y1="${top + plot}" x2="${width}" y2="${top + plot}" stroke="currentColor" stroke-width="1"/>`);
  parts.push('</svg>');
  return parts.join('');
}
