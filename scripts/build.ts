// `npm run build`: validates content/, generates the launch quizzes, bundles islands and CSS
// into content-hashed files, and writes .build/ (site.json for the Worker, public/ for assets).
import { build } from 'esbuild';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { SiteData } from '../worker/content/site.ts';
import { ROOT as root, launchDocuments, loadContent } from './content/load.ts';
import { ContentError } from './content/validate.ts';
import { buildLaunchQuizzes } from './launch-quizzes.ts';

const out = join(root, '.build');
const publicDir = join(out, 'public');

async function bundleAssets(): Promise<SiteData['assets']> {
  const result = await build({
    entryPoints: { hydrate: join(root, 'web/islands/hydrate.ts'), site: join(root, 'web/styles/site.css') },
    outdir: join(publicDir, 'assets'),
    entryNames: '[name]-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: ['es2022', 'safari15'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    metafile: true,
    logLevel: 'warning',
  });
  const urlOf = (entry: string) => {
    const file = Object.entries(result.metafile.outputs).find(([, meta]) => meta.entryPoint?.endsWith(entry))?.[0];
    if (!file) throw new Error(`esbuild produced no output for ${entry}`);
    return '/' + relative(publicDir, join(root, file)).replaceAll('\\', '/');
  };
  return { css: urlOf('web/styles/site.css'), hydrate: urlOf('web/islands/hydrate.ts') };
}

async function main() {
  let content;
  try {
    content = await loadContent();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(`Content is invalid (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}):\n${error.message}`);
    process.exit(1);
  }

  let quizzes;
  try {
    ({ quizzes } = await buildLaunchQuizzes(launchDocuments(content), join(root, 'content/quizzes')));
  } catch (error) {
    // A stale override, an item failing the linter, an article the generator cannot read: all say what to fix.
    console.error(`The launch quizzes could not be built:\n${(error as Error).message}`);
    process.exit(1);
  }

  await rm(out, { recursive: true, force: true });
  await mkdir(publicDir, { recursive: true });
  await cp(join(root, 'web/static'), publicDir, { recursive: true });
  const assets = await bundleAssets();

  const site: SiteData = { ...content, quizzes, assets };
  await writeFile(join(out, 'site.json'), JSON.stringify(site));
  // Types the JSON import for the Worker without making TypeScript infer the whole document.
  await writeFile(join(out, 'site.d.json.ts'), "declare const site: import('../worker/content/site.ts').SiteData;\nexport default site;\n");
  const items = quizzes.reduce((sum, quiz) => sum + quiz.items.length, 0);
  console.log(
    `Built ${content.topics.length} explainers, ${content.articles.length} articles, ${quizzes.length} quizzes (${items} items); assets ${assets.css}, ${assets.hydrate}`,
  );
}

await main();
