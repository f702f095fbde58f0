// Requests against the Worker under test, inside workerd.
import { exports } from 'cloudflare:workers';

export const BASE = 'https://crosscheck.test';

export function get(path: string, init?: RequestInit) {
  return exports.default.fetch(new Request(BASE + path, init));
}
