// Quiz generator benchmark: CPU time per 1,000 words in Node and inside workerd (the budget
// is 10 ms per 1,000 words in workerd, the free plan's per-request CPU limit), and the bytes
// the generator adds to the Worker bundle.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { convertV4MiniflareOptions, Miniflare } from 'miniflare';
import { clearGeneratorCaches, generateQuiz, parsePastedText } from '../../core/generator/index.ts';
import type { SourceText } from '../../core/quiz/schema.ts';
import { gzipBytes, kb, median, table } from './measure.ts';

const ROOT = new URL('../../', import.meta.url);
const SEEDS = new URL('../shared/seeds/', ROOT);
const GENERATOR = new URL('core/generator/index.ts', ROOT).pathname;
const RUNS = 40;

/** The seed articles (or, without them, our own launch retellings), each cut to exactly 1,000 words. */
function benchTexts(): { name: string; source: SourceText }[] {
  const out: { name: string; source: SourceText }[] = [];
  const files = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
  for (const f of files) out.push({ name: f, source: toWords(parsePastedText(readFileSync(new URL(f, SEEDS), 'utf8')), 1000) });
  if (!out.length) {
    const dir = new URL('content/articles/', ROOT);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      const paragraphs = [...readFileSync(new URL(f, dir), 'utf8').matchAll(/text: >-\n((?: {6}.*\n?)+)/g)].map((m) => (m[1] as string).replace(/\s+/g, ' ').trim());
      out.push({ name: f, source: toWords({ title: f, paragraphs }, 1000) });
    }
  }
  return out;
}

/** Paragraphs in order (repeated if short) until exactly `words` words; the last one cut at a word. */
function toWords(source: SourceText, words: number): SourceText {
  const paragraphs: string[] = [];
  let left = words;
  for (let i = 0; left > 0 && source.paragraphs.length; i++) {
    const p = (source.paragraphs[i % source.paragraphs.length] as string).split(/\s+/);
    paragraphs.push(p.length <= left ? p.join(' ') : `${p.slice(0, left).join(' ').replace(/[,;:]$/, '')}.`);
    left -= Math.min(left, p.length);
  }
  return { title: source.title, paragraphs };
}

function words(source: SourceText): number {
  return source.paragraphs.join(' ').split(/\s+/).length;
}

function benchNode(texts: { name: string; source: SourceText }[]): { name: string; ms: number }[] {
  return texts.map(({ name, source }) => {
    for (let i = 0; i < 30; i++) generateQuiz(source, { id: 'bench-warmup', source: { kind: 'paste', title: name } });
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Caches emptied first: each run costs what a teacher's new paste costs.
      clearGeneratorCaches();
      // Wall time of one synchronous call (process CPU time would also count V8's compiler and GC threads).
      const start = performance.now();
      generateQuiz(source, { id: 'bench', source: { kind: 'paste', title: name } });
      samples.push((performance.now() - start) * (1000 / words(source)));
    }
    return { name, ms: median(samples) };
  });
}

// The Worker used for the workerd measurement: it generates `n` quizzes from the posted text
// (caches emptied each time, as in Node) and answers when done; the client times it from outside
// because workerd does not advance its clocks during synchronous work.
const BENCH_WORKER = `
import { clearGeneratorCaches, generateQuiz } from ${JSON.stringify(GENERATOR)};
export default {
  async fetch(request) {
    const { source, n } = await request.json();
    let items = 0;
    for (let i = 0; i < n; i++) {
      clearGeneratorCaches();
      items += generateQuiz(source, { id: 'bench', source: { kind: 'paste', title: 'bench' } }).items.length;
    }
    return new Response(String(items));
  },
};`;

async function benchWorkerd(texts: { name: string; source: SourceText }[]): Promise<{ name: string; ms: number }[]> {
  const bundle = await build({
    stdin: { contents: BENCH_WORKER, resolveDir: new URL('.', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    minify: true,
    write: false,
  });
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      workers: [{ name: 'quiz-bench', compatibilityDate: '2026-11-01', modules: [{ type: 'ESModule', path: 'bench.mjs', contents: bundle.outputFiles[0]?.text ?? '' }] }],
    }),
  );
  try {
    const post = async (source: SourceText, n: number): Promise<number> => {
      const start = performance.now();
      const res = await mf.dispatchFetch('http://bench/', { method: 'POST', body: JSON.stringify({ source, n }) });
      await res.text();
      return performance.now() - start;
    };
    const out: { name: string; ms: number }[] = [];
    const perRequest = 10;
    for (const { name, source } of texts) {
      for (let i = 0; i < 3; i++) await post(source, perRequest); // warm up the isolate and its JIT
      const empty: number[] = [];
      const full: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        empty.push(await post(source, 0));
        full.push(await post(source, perRequest));
      }
      const perQuiz = (median(full) - median(empty)) / perRequest;
      out.push({ name, ms: perQuiz * (1000 / words(source)) });
    }
    return out;
  } finally {
    await mf.dispose();
  }
}

/** Minified, gzipped bytes of the generator (with the linter and schema); valibot is counted apart, the Worker ships it anyway. */
async function bundleBytes(): Promise<{ own: number; withValibot: number }> {
  const bytes = async (external: string[]): Promise<number> => {
    const out = await build({ entryPoints: [GENERATOR], bundle: true, format: 'esm', platform: 'neutral', minify: true, write: false, external });
    return gzipBytes(out.outputFiles[0]?.contents ?? new Uint8Array());
  };
  return { own: await bytes(['valibot']), withValibot: await bytes([]) };
}

export async function benchGenerator(): Promise<void> {
  const texts = benchTexts();
  console.log(`\nQuiz generator — ${texts.length} texts of 1,000 words, median of ${RUNS} runs each (budget: 10 ms of CPU per 1,000 words in workerd)`);
  const node = benchNode(texts);
  const workerd = await benchWorkerd(texts);
  console.log(
    table(
      texts.map((t, i) => ({
        text: t.name,
        'Node ms/1k words': (node[i]?.ms ?? NaN).toFixed(2),
        'workerd ms/1k words': (workerd[i]?.ms ?? NaN).toFixed(2),
      })),
    ),
  );
  const size = await bundleBytes();
  console.log(`Generator bundle (minified, gzipped): ${kb(size.own)} (${size.own} B) of its own; ${kb(size.withValibot)} with valibot, which the Worker already ships.`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchGenerator();
