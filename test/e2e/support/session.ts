// One wrangler dev and one Chromium per e2e file, started before its tests and stopped after.
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { startDevServer, type DevServer } from '../../../scripts/lib/dev-server.ts';
import { launchBrowser } from './browser.ts';

export interface E2eSession {
  server: DevServer;
  browser: Browser;
}

export function useServerAndBrowser(): E2eSession {
  const session = {} as E2eSession;
  before(async () => {
    [session.server, session.browser] = await Promise.all([startDevServer(), launchBrowser()]);
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}
