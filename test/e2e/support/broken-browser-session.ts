// Run by cleanup.test.ts in a child process with a Chromium that does not exist: the session
// must fail, and must still stop the wrangler dev it started.
import { test } from 'node:test';
import { useServerAndBrowser } from './session.ts';

useServerAndBrowser();

test('cannot run: the browser does not start', () => {});
