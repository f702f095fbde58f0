// Requests against the Worker under test, inside workerd.
import { exports } from 'cloudflare:workers';

export const BASE = 'https://crosscheck.test';

export function get(path: string, init?: RequestInit) {
  return exports.default.fetch(new Request(BASE + path, init));
}

/** A form POST from this site's own page (hono/csrf refuses one without a same-site Origin). */
export function postForm(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return get(path, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual', headers: { origin: BASE, ...headers } });
}
