// The Worker's bindings, declared once (wrangler.toml is the other half of this contract).
import type worker from './index.ts';

interface Bindings {
  /** Attempts, assignments and teacher-made quizzes. */
  KV: KVNamespace;
  /** Workers Static Assets (.build/public). */
  ASSETS: Fetcher;
  /** Slows class-code guessing on /join (Workers Rate Limiting). */
  JOIN_LIMITER: RateLimit;
}

export type Env = Bindings;
export type AppEnv = { Bindings: Env };

declare global {
  namespace Cloudflare {
    interface Env extends Bindings {}
    interface GlobalProps {
      mainModule: { default: typeof worker };
    }
  }
}
