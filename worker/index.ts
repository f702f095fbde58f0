// Crosscheck's Worker: middleware and routes composed in one visible place.
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import type { AppEnv } from './env.ts';
import { securityHeaders } from './middleware/security.ts';
import { onError } from './routes/errors.tsx';
import { notFound } from './routes/not-found.tsx';
import { attemptApi } from './routes/api/attempts.ts';
import { assignmentRoutes } from './routes/assignments.tsx';
import { quizApi } from './routes/api/quizzes.ts';
import { pageRoutes } from './routes/pages.tsx';
import { quizRoutes } from './routes/quiz.tsx';
import { resultRoutes } from './routes/results.tsx';
import { teachRoutes } from './routes/teach.tsx';

const app = new Hono<AppEnv>();

app.use(securityHeaders);
app.use(etag());
app.route('/', pageRoutes);
app.route('/quiz', quizRoutes);
app.route('/r', resultRoutes);
app.route('/', assignmentRoutes);
app.route('/teach', teachRoutes);
app.route('/api/quizzes', quizApi);
app.route('/api/attempts', attemptApi);
app.notFound(notFound);
app.onError(onError);

export default app;
