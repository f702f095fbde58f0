// Crosscheck's Worker: middleware and routes composed in one visible place.
import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { etag } from 'hono/etag';
import { timing } from 'hono/timing';
import type { AppEnv } from './env.ts';
import { notFound } from './http/not-found.tsx';
import { onError } from './http/on-error.tsx';
import { kvMetrics } from './middleware/kv-metrics.ts';
import { noStoreErrors } from './middleware/no-store-errors.ts';
import { securityHeaders } from './middleware/security.ts';
import { attemptApi } from './routes/api/attempts.ts';
import { quizApi } from './routes/api/quizzes.ts';
import { assignmentRoutes } from './routes/assignments.tsx';
import { draftRoutes } from './routes/drafts.tsx';
import { pageRoutes } from './routes/pages.tsx';
import { quizRoutes } from './routes/quiz.tsx';
import { resultRoutes } from './routes/results.tsx';
import { teachRoutes } from './routes/teach.tsx';

const app = new Hono<AppEnv>();

app.use(timing({ totalDescription: 'Worker' }));
app.use(kvMetrics);
app.use(securityHeaders);
app.use(noStoreErrors);
// Every form POST (class actions, /teach, /join, the student's plain-form submit) must come from
// this site: Sec-Fetch-Site same-origin, or an Origin equal to the request's; else 403.
app.use(csrf());
app.use(etag());
app.route('/', pageRoutes);
app.route('/quiz', quizRoutes);
app.route('/r', resultRoutes);
app.route('/', assignmentRoutes);
// Before /teach: a draft's path would otherwise read as a dashboard's.
app.route('/teach/draft', draftRoutes);
app.route('/teach', teachRoutes);
app.route('/api/quizzes', quizApi);
app.route('/api/attempts', attemptApi);
app.notFound(notFound);
app.onError(onError);

export default app;
