// Counts the KV operations each request makes and reports them in Server-Timing (hono/timing),
// e.g. `kv;desc="2 get, 1 list"`: the real cost of a page, read by the bench and the tests.
import { createMiddleware } from 'hono/factory';
import { setMetric } from 'hono/timing';
import type { AppEnv } from '../env.ts';
import { countingKv, describeKvCounts } from '../storage/counting-kv.ts';

/** Puts a counting KV in `c.var.kv`; after the route, adds its counts to Server-Timing. */
export const kvMetrics = createMiddleware<AppEnv>(async (c, next) => {
  const { kv, counts } = countingKv(c.env.KV);
  c.set('kv', kv);
  await next();
  setMetric(c, 'kv', describeKvCounts(counts));
});
