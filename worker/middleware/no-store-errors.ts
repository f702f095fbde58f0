// No error answer is ever cacheable: a 4xx or 5xx page must not outlive its cause in a browser or
// a shared cache, whatever headers a route had set before it failed (the share card's long
// immutable Cache-Control once leaked onto its 500 page this way).
import { createMiddleware } from 'hono/factory';

/** Marks every response with status 400 or above `Cache-Control: no-store`. */
export const noStoreErrors = createMiddleware(async (c, next) => {
  await next();
  if (c.res.status >= 400) c.header('Cache-Control', 'no-store');
});
