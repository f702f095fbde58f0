// `npm run bench`: every performance claim of Crosscheck, measured on this machine.
import { startDevServer } from '../lib/dev-server.ts';
import { benchGenerator } from './generator.ts';
import { benchGradebook } from './gradebook.ts';
import { benchLiveDashboard } from './live-dashboard.ts';
import { benchLoad } from './load.ts';
import { machine } from './measure.ts';
import { benchPages } from './pages.ts';

const QUIZ = 'topic-deconfliction-hotline';

console.log(`Crosscheck benchmark — ${new Date().toISOString()}\nMachine: ${machine()}`);

await benchGenerator();

const server = await startDevServer();
try {
  console.log(`\nServer: local wrangler dev (workerd) at ${server.origin}`);
  await benchPages(server.origin, {
    home: '/',
    explainer: '/topics/deconfliction-hotline',
    article: '/articles/lavrov-ideal-solution',
    quiz: `/quiz/${QUIZ}`,
  });
  await benchLoad(server.origin, QUIZ);
  await benchLiveDashboard(server.origin, QUIZ);
  await benchGradebook(server.origin, QUIZ);
} finally {
  await server.stop();
}
