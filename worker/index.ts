// Crosscheck's Worker: middleware and routes composed in one visible place.
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import type { AppEnv } from './env.ts';
import { securityHeaders } from './middleware/security.ts';
import { onError } from './routes/errors.tsx';
import { notFound } from './routes/not-found.tsx';
import { pageRoutes } from './routes/pages.tsx';

const app = new Hono<AppEnv>();

app.use(securityHeaders);
app.use(etag());
app.route('/', pageRoutes);
app.notFound(notFound);
app.onError(onError);

export default app;
