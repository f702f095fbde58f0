import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// Unit and integration tests run inside workerd, with the bindings from wrangler.toml
// (KV is emptied after every test by test/support/reset-storage.ts).
export default defineConfig({
  // PUBLIC_ORIGIN is the tests' own origin (test/support/fetch.ts), as a deployment sets its own.
  plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' }, miniflare: { bindings: { PUBLIC_ORIGIN: 'https://crosscheck.test' } } })],
  test: {
    setupFiles: ['test/support/reset-storage.ts'],
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.{ts,tsx}'],
  },
});
