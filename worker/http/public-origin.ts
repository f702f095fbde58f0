// The origin printed in absolute URLs (og:url, og:image, the class link and its QR code). It is
// configured (wrangler.toml's PUBLIC_ORIGIN), because the Host header is the client's to choose and
// must not be echoed into pages others see; only local development (wrangler dev on this machine)
// uses the request's own origin, so its links work on whatever port it runs.
import type { Context } from 'hono';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The origin for absolute URLs: the configured public one, or the request's in local dev. */
export function publicOrigin<E extends { Bindings: Env }>(c: Context<E>): string {
  const requested = new URL(c.req.url);
  return LOCAL_HOSTS.has(requested.hostname) ? requested.origin : c.env.PUBLIC_ORIGIN;
}
