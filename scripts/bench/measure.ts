// Small measuring tools shared by the benchmark sections.
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';

export const gzipBytes = (body: string | Uint8Array) => gzipSync(body, { level: 9 }).byteLength;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function percentile(samples: number[], p: number): number {
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

/** The KV operations a Worker response reports in Server-Timing (`kv;desc="2 get, 1 list"`), by method. */
export function serverKvCounts(res: Response): Record<string, number> {
  const desc = res.headers.get('server-timing')?.match(/(?:^|,\s*)kv;desc="([^"]*)"/)?.[1];
  if (desc === undefined) throw new Error(`no kv metric in Server-Timing of ${res.url}`);
  return Object.fromEntries([...desc.matchAll(/(\d+) (\w+)/g)].map(([, count, method]) => [method!, Number(count)]));
}
