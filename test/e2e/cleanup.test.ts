// E2E: a run that fails (here: Chromium missing) leaves no wrangler dev behind.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Command lines of every running process that mention `text`. */
async function processesMentioning(text: string): Promise<string[]> {
  const found: string[] = [];
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes(text)) found.push(`${pid}: ${cmdline.replaceAll('\0', ' ')}`);
  }
  return found;
}

test('a session whose browser cannot start stops its wrangler dev and removes its state', async () => {
  // The server's state folder lands in this temporary folder, which names it on its command line.
  const scratch = await mkdtemp(join(tmpdir(), 'crosscheck-cleanup-'));
  // A "Chromium" that fails only after wrangler dev has been spawned, as a broken install does.
  const brokenChromium = join(scratch, 'broken-chromium');
  await writeFile(brokenChromium, '#!/bin/sh\nsleep 3\nexit 1\n');
  await chmod(brokenChromium, 0o755);
  try {
    // Without the parent runner's NODE_TEST_CONTEXT, so the child reports (and exits) as a run of its own.
    const { NODE_TEST_CONTEXT: _, ...env } = process.env;
    const child = run(process.execPath, ['--test', join(import.meta.dirname, 'support', 'broken-browser-session.ts')], {
      env: { ...env, CHROMIUM_PATH: brokenChromium, TMPDIR: scratch },
      timeout: 120_000,
    });
    await assert.rejects(child, 'the session fails');
    assert.deepEqual(await processesMentioning(scratch), [], 'no process of that run is left');
    const left = (await readdir(scratch)).filter((name) => name.startsWith('crosscheck-state-'));
    assert.deepEqual(left, [], 'its state folder is removed');
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});
