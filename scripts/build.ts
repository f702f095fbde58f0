// `npm run build`: validates content/, generates the launch quizzes, bundles islands and CSS
// into content-hashed files, and writes .build/ (site.json for the Worker, public/ for assets).
import { build } from 'esbuild';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ContentError, validateContent, type ContentFile } from './content/validate.ts';
import { buildLaunchQuizzes } from './launch-quizzes.ts';
import { plainText } from '../worker/content/terms.ts';
import type { SiteData } from '../worker/content/site.ts';

const root = join(import.meta.dirname, '..');
const out = join(root, '.build');
const publicDir = join(out, 'public');

async function readYamlFolder(folder: string): Promise<ContentFile[]> {
  const dir = join(root, 'content', folder);
  const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
  return Promise.all(names.map(async (name) => ({ path: relative(root, join(dir, name)), text: await readFile(join(dir, name), 'utf8') })));
}

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
    content = validateContent(await readYamlFolder('articles'), await readYamlFolder('topics'));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(`Content is invalid (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}):\n${error.message}`);
    process.exit(1);
  }

  const documents = [
    ...content.articles.map((article) => ({
      kind: 'article' as const,
      slug: article.slug,
      title: article.title,
      paragraphs: article.paragraphs.map((p) => p.text),
    })),
    ...content.topics.map((topic) => ({
      kind: 'topic' as const,
      slug: topic.slug,
      title: topic.title,
      paragraphs: [...topic.summary, ...topic.sections.flatMap((s) => s.paragraphs)].map((p) => plainText(p.text)),
    })),
  ];
  const { quizzes } = await buildLaunchQuizzes(documents, join(root, 'content/quizzes'));

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
