// One wrangler dev and one Chromium per e2e file, started before its tests and stopped after,
// whatever happens: when one of the two fails to start, the other is stopped all the same.
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
    const [server, browser] = await Promise.allSettled([startDevServer(), launchBrowser()]);
    if (server.status === 'fulfilled') session.server = server.value;
    if (browser.status === 'fulfilled') session.browser = browser.value;
    if (server.status === 'rejected') throw server.reason;
    if (browser.status === 'rejected') throw browser.reason;
  });
  after(async () => {
    try {
      await session.browser?.close();
    } finally {
      await session.server?.stop();
    }
  });
  return session;
}
