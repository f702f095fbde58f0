// Small measuring tools shared by the benchmark sections.
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';

export const gzipBytes = (body: string | Uint8Array) => gzipSync(body, { level: 9 }).byteLength;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
export const median = (samples: number[]) => percentile(samples, 50);

/** Median latency (ms) of `count` sequential GETs after a short warm-up. */
export async function medianLatency(url: string, count = 200): Promise<number> {
  for (let i = 0; i < 20; i++) await (await fetch(url)).arrayBuffer();
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await (await fetch(url)).arrayBuffer();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`;
}

export function table(rows: Record<string, string | number>[]): string {
  const headers = Object.keys(rows[0] ?? {});
  const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h]).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(headers.map((h) => String(r[h]))))].join('\n');
}
