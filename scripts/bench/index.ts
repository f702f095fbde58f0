// `npm run bench`: every performance claim of Crosscheck, measured on this machine.
import { startDevServer } from '../lib/dev-server.ts';
import { benchGenerator } from './generator.ts';
import { machine } from './measure.ts';
import { benchPages } from './pages.ts';

console.log(`Crosscheck benchmark — ${new Date().toISOString()}\nMachine: ${machine()}`);

await benchGenerator();

const server = await startDevServer();
try {
  console.log(`\nServer: local wrangler dev (workerd) at ${server.origin}`);
  await benchPages(server.origin, {
    home: '/',
    explainer: '/topics/deconfliction-hotline',
    article: '/articles/lavrov-ideal-solution',
  });
} finally {
  await server.stop();
}
