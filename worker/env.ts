// The Worker's Hono environment. Bindings are typed by `wrangler types` from wrangler.toml into
// worker-configuration.d.ts (the global `Env`); `npm test` fails when that file is stale.
import type { TimingVariables } from 'hono/timing';

/** What every route can read: bindings, and the per-request KV that counts its operations. */
export type AppEnv = {
  Bindings: Env;
  Variables: TimingVariables & {
    /** The KV binding behind a counter (middleware/kv-metrics.ts): routes read and write through it. */
    kv: KVNamespace;
  };
};
