// Every test starts with empty KV: state never leaks from one test into the next. (Deleting the
// keys rather than calling reset() lets a response's pending waitUntil work, a card cache put, finish.)
import { env } from 'cloudflare:workers';
import { afterEach } from 'vitest';

afterEach(async () => {
  let cursor: string | undefined;
  do {
    const page = await env.KV.list({ cursor });
    await Promise.all(page.keys.map((key) => env.KV.delete(key.name)));
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
}, 60_000); // after the 1,500-attempt gradebook test: 1,500 deletes, seconds on a busy machine
