// Quiz generator benchmark: CPU time per 1,000 words in Node and inside workerd (the budget
// is 10 ms per 1,000 words in workerd, the free plan's per-request CPU limit); generation on
// real corpus text at 1,000, 5,000 and 20,000 words, warm and on the first call in a fresh
// workerd isolate; the hostile pastes that once blocked the parser; and the bytes the
// generator adds to the Worker bundle.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { convertV4MiniflareOptions, Miniflare } from 'miniflare';
import { clearGeneratorCaches, GenerationError, generateQuiz, MAX_WORDS, parsePastedText } from '../../core/generator/index.ts';
import type { SourceText } from '../../core/quiz/schema.ts';
import { readCorpus } from '../lib/quiz-metrics.ts';
import { gzipBytes, kb, median, table } from './measure.ts';
import { busiestThreadMs, mainThreadCpuMs, threadCpu, threadCpuAvailable, workerdPids } from './thread-cpu.ts';

const ROOT = new URL('../../', import.meta.url);
const SEEDS = new URL('../shared/seeds/', ROOT);
const CORPUS = new URL('../shared/corpus/news/', ROOT);
const CORPUS_SIZES = [1_000, 5_000, 20_000];
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

/**
 * Node's clock: the main thread's CPU time (Linux scheduler counter) where it can be read. Like the
 * Workers limit it leaves out V8's compiler and GC helper threads and time spent waiting on a busy
 * machine. Wall time elsewhere.
 */
const nodeClock: { name: 'CPU' | 'wall'; now: () => number } = threadCpuAvailable ? { name: 'CPU', now: mainThreadCpuMs } : { name: 'wall', now: () => performance.now() };

// The thread counter advances in steps of up to a scheduler tick (4 ms here): a sample repeats the
// call until at least this much time has passed, and reports the time per call.
const SAMPLE_MS = 40;

/** Time (ms, nodeClock) per call of `fn`, from enough back-to-back calls to span SAMPLE_MS. */
function perCall(fn: () => void): number {
  const start = nodeClock.now();
  let calls = 0;
  let elapsed = 0;
  do {
    fn();
    calls++;
    elapsed = nodeClock.now() - start;
  } while (elapsed < SAMPLE_MS);
  return elapsed / calls;
}

/** One generation as a teacher's new paste costs it: caches emptied first. */
function freshGeneration(source: SourceText): void {
  clearGeneratorCaches();
  generateQuiz(source, { id: 'bench', source: { kind: 'paste', title: 'bench' } });
}

function benchNode(texts: { name: string; source: SourceText }[]): { name: string; ms: number }[] {
  return texts.map(({ name, source }) => {
    for (let i = 0; i < 30; i++) generateQuiz(source, { id: 'bench-warmup', source: { kind: 'paste', title: name } });
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(perCall(() => freshGeneration(source)) * (1000 / words(source)));
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

interface BenchWorker {
  /** What `post` measures: the request thread's CPU time (Linux) or the request's wall time. */
  measures: 'CPU' | 'wall';
  /** Milliseconds of one request that generates `n` quizzes from `source`, measured from outside. */
  post(source: SourceText, n: number): Promise<number>;
  /** Replaces the isolate by a new one (the script, or `code` instead, is loaded), as for a request that lands on a cold Worker. */
  fresh(code?: string): Promise<void>;
  dispose(): Promise<void>;
}

/** BENCH_WORKER bundled with the generator, minified as the Worker ships it. */
async function benchWorkerModule(): Promise<string> {
  const bundle = await build({
    stdin: { contents: BENCH_WORKER, resolveDir: new URL('.', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    minify: true,
    write: false,
  });
  return bundle.outputFiles[0]?.text ?? '';
}

/** A workerd isolate running `code` (an ES module whose fetch handler reads `{ source, n }`). */
async function startBenchWorker(first: string): Promise<BenchWorker> {
  let code = first;
  let generation = 0;
  // A comment that changes with each call makes workerd load the script into a new isolate.
  const options = () =>
    convertV4MiniflareOptions({
      workers: [{ name: 'quiz-bench', compatibilityDate: '2026-11-01', modules: [{ type: 'ESModule', path: 'bench.mjs', contents: `${code}\n// isolate ${generation}` }] }],
    });
  const mf = new Miniflare(options());
  await mf.ready;
  let pid = threadCpuAvailable ? workerdPids()[0] : undefined;
  return {
    measures: pid === undefined ? 'wall' : 'CPU',
    async post(source, n) {
      const body = JSON.stringify({ source, n });
      const before = pid === undefined ? null : threadCpu(pid);
      const start = performance.now();
      const res = await mf.dispatchFetch('http://bench/', { method: 'POST', body });
      await res.text();
      const wall = performance.now() - start;
      return before && pid !== undefined ? busiestThreadMs(before, threadCpu(pid)) : wall;
    },
    async fresh(next) {
      if (next !== undefined) code = next;
      generation++;
      await mf.setOptions(options());
      await mf.ready;
      if (pid !== undefined) pid = workerdPids()[0] ?? pid;
    },
    dispose: () => mf.dispose(),
  };
}

async function benchWorkerd(worker: BenchWorker, texts: { name: string; source: SourceText }[]): Promise<{ name: string; ms: number }[]> {
  const out: { name: string; ms: number }[] = [];
  const perRequest = 10;
  for (const { name, source } of texts) {
    for (let i = 0; i < 3; i++) await worker.post(source, perRequest); // warm up the isolate and its JIT
    const empty: number[] = [];
    const full: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      empty.push(await worker.post(source, 0));
      full.push(await worker.post(source, perRequest));
    }
    const perQuiz = (median(full) - median(empty)) / perRequest;
    out.push({ name, ms: perQuiz * (1000 / words(source)) });
  }
  return out;
}

/** Corpus articles in file order, joined until `size` words (the last paragraph cut at a word). */
function corpusText(size: number): SourceText | null {
  if (!existsSync(CORPUS)) return null;
  const articles = readCorpus(CORPUS.pathname);
  if (!articles.length) return null;
  return toWords({ title: articles[0]!.source.title, paragraphs: articles.flatMap((a) => a.source.paragraphs) }, size);
}

/** Runs for a size: fewer for long texts, so the section takes seconds, not minutes. */
const runsFor = (size: number): number => Math.max(5, Math.round(RUNS * Math.min(1, 1000 / size) * 2));

/** The median time (ms, nodeClock) of one synchronous generateQuiz call in Node, warm, caches cleared before each. */
function nodeWarm(source: SourceText, runs: number): number {
  for (let i = 0; i < 5; i++) generateQuiz(source, { id: 'bench-warmup', source: { kind: 'paste', title: 'bench' } });
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(perCall(() => freshGeneration(source)));
  return median(samples);
}

/**
 * workerd, warm: (median request that generates k times − median request that does not) / k, in
 * one isolate after warm-up. First call: the same request as the first generation of a new isolate
 * (a fresh isolate per sample; its startup request, which evaluates the module, is not counted).
 */
async function workerdCosts(worker: BenchWorker, source: SourceText, runs: number): Promise<{ warm: number; first: number }> {
  await worker.fresh();
  // Several generations per warm request, so the thread counter's steps (a scheduler tick) do not dominate.
  const perRequest = Math.max(1, Math.round(5000 / words(source)));
  for (let i = 0; i < 3; i++) await worker.post(source, perRequest);
  const empty: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < runs; i++) {
    empty.push(await worker.post(source, 0));
    full.push(await worker.post(source, perRequest));
  }
  const baseline = median(empty);
  const first: number[] = [];
  for (let i = 0; i < Math.min(runs, 9); i++) {
    await worker.fresh();
    await worker.post(source, 0); // the isolate is up and the module evaluated
    first.push((await worker.post(source, 1)) - baseline);
  }
  return { warm: (median(full) - baseline) / perRequest, first: median(first) };
}

/** Prints the corpus table; returns the workerd warm figure of the shortest size (null without a corpus). */
async function benchCorpusSizes(worker: BenchWorker): Promise<number | null> {
  const sizes = CORPUS_SIZES.map((size) => ({ size, source: corpusText(size) }));
  if (!sizes[0]?.source) {
    console.log(`\nGeneration on corpus text: skipped (no corpus at ${CORPUS.pathname})`);
    return null;
  }
  console.log(
    `\nGeneration on real news (../shared/corpus/news: articles joined in file order, cut to N words; MAX_WORDS ${MAX_WORDS}).` +
      `\nOne synchronous generateQuiz call, caches cleared. Node: ${nodeClock.name === 'CPU' ? "the main thread's CPU time" : 'wall time'}, median, timed in-process after warm-up. workerd (miniflare):` +
      `\n${worker.measures === 'CPU' ? "CPU time of the request's thread (Linux per-thread counters, read from outside: workerd's clock stands still during synchronous work)" : 'wall time timed from outside (no per-thread CPU counters here)'};` +
      `\nwarm = (median request with k generations − median request without) / k, in one isolate after warm-up (k = 5,000 words / N, at least 1);` +
      `\nfirst call = the first generation in a new isolate (the script reloaded for each sample, its module evaluated first), same subtraction` +
      `\n(one call, so within a scheduler tick, about 4 ms, of the truth; warm figures average several calls).`,
  );
  const rows: Record<string, string>[] = [];
  let shortestWarm: number | null = null;
  for (const { size, source } of sizes) {
    if (!source) continue;
    const runs = runsFor(size);
    const node = nodeWarm(source, runs);
    const { warm, first } = await workerdCosts(worker, source, runs);
    shortestWarm ??= warm;
    rows.push({ words: String(size), runs: String(runs), [`Node warm ${nodeClock.name} ms`]: node.toFixed(1), [`workerd warm ${worker.measures} ms`]: warm.toFixed(1), [`workerd first call ${worker.measures} ms`]: first.toFixed(1) });
  }
  console.log(table(rows));
  return shortestWarm;
}

/** The first and the second generation from `source` in a new isolate running `code`, each less an empty request there (ms). */
async function firstCallsIn(worker: BenchWorker, code: string, source: SourceText): Promise<[number, number]> {
  await worker.fresh(code);
  const empty = Math.min(await worker.post(source, 0), await worker.post(source, 0));
  const first = (await worker.post(source, 1)) - empty;
  return [first, (await worker.post(source, 1)) - empty];
}

/** The regular expressions (source, flags) that one generation from `source` executes, read in Node. */
function regexesOfOneGeneration(source: SourceText): [string, string][] {
  const seen = new Map<string, [string, string]>();
  const exec = RegExp.prototype.exec;
  // With exec replaced, split, replace, test and match all call it; split's sticky (y) copies are its own.
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    const flags = this.flags.replace('y', '');
    seen.set(`/${this.source}/${flags}`, [this.source, flags]);
    return exec.call(this, text);
  };
  try {
    freshGeneration(source);
  } finally {
    RegExp.prototype.exec = exec;
  }
  return [...seen.values()];
}

/**
 * What the first call in a fresh isolate pays for, beyond a warm call: the second call in the same
 * isolate (caches cleared) no longer compiles the generator's functions and regular expressions,
 * but still runs mostly unoptimised code; compiling alone, in a new isolate, each regular
 * expression one generation executes (three times on one paragraph of the text, so that V8 also
 * tiers it up) shows what the expressions cost.
 */
async function firstCallBreakdown(module: string, source: SourceText, warm: number): Promise<void> {
  const runs = 9;
  const regexes = regexesOfOneGeneration(source);
  const regexModule = `const RX = ${JSON.stringify(regexes)}.map(([s, f]) => new RegExp(s, f));
const TEXT = ${JSON.stringify(source.paragraphs[0] ?? '')};
export default {
  async fetch(request) {
    const { n } = await request.json();
    for (let k = 0; k < n; k++) for (const r of RX) for (let i = 0; i < 3; i++) { r.lastIndex = 0; r.exec(TEXT); }
    return new Response('ok');
  },
};`;
  // The two kinds of isolate take turns, so that a machine busier at one moment weighs on both alike.
  const first: number[] = [];
  const second: number[] = [];
  const compile: number[] = [];
  const worker = await startBenchWorker(module);
  try {
    for (let i = 0; i < runs; i++) {
      const [a, b] = await firstCallsIn(worker, module, source);
      first.push(a);
      second.push(b);
      compile.push((await firstCallsIn(worker, regexModule, source))[0]);
    }
  } finally {
    await worker.dispose();
  }
  const [f, s, r] = [median(first), median(second), median(compile)];
  console.log(
    `\nWhat the first call on ${words(source)} words pays for (workerd, CPU ms, median of ${runs} new isolates; warm ${warm.toFixed(1)} ms):` +
      `\n  first call ${f.toFixed(1)}; second call in the same isolate ${s.toFixed(1)}: compiling code on first use costs about ${(f - s).toFixed(1)},` +
      `\n  of which the ${regexes.length} regular expressions one generation executes take ${r.toFixed(1)} (compiled alone in a new isolate);` +
      `\n  the second call's ${(s - warm).toFixed(1)} over a warm call is code still running unoptimised (V8 optimises hot functions after a few calls).`,
  );
}

/** Pastes that made the old parser quadratic (13.8 s, 3.3 s, 5.1 s at 200 KB), and others found since: parse, then generate. */
const HOSTILE_PASTES: { name: string; text: string }[] = [
  { name: '"**a " repeated', text: '**a '.repeat(50_000) },
  { name: 'unclosed "<p " repeated', text: '<p '.repeat(66_667) },
  { name: 'unclosed "<!--" repeated', text: `<p>x</p>${'<!--'.repeat(50_000)}` },
  { name: 'unclosed "[a" links', text: `# t\n\n${'[a](b'.repeat(40_000)}` },
  { name: 'a run of full stops', text: `Dots\n\n${'.'.repeat(199_990)}a` },
  { name: 'one 10,000-word sentence', text: `Council budget\n\n${'the council said Mr Smith paid £1,400 in Leeds on 3 March 2005 because prices rose '.repeat(625)}.` },
];

function benchHostilePastes(): void {
  console.log(`\nHostile pastes in Node (${nodeClock.name} ms per call; budget 100 ms to parse): parse, then parse + generate (a refusal is fine)`);
  const rows = HOSTILE_PASTES.map(({ name, text }) => {
    parsePastedText(text.slice(0, 2000)); // compile the parser first
    const parse = perCall(() => parsePastedText(text));
    let outcome = 'quiz';
    const both = perCall(() => {
      try {
        generateQuiz(parsePastedText(text), { id: 'bench', source: { kind: 'paste', title: 'bench' } });
      } catch (err) {
        if (!(err instanceof GenerationError)) throw err;
        outcome = `refused (${err.code})`;
      }
    });
    return { paste: name, bytes: String(text.length), 'parse ms': parse.toFixed(1), 'parse + generate ms': both.toFixed(1), outcome };
  });
  console.log(table(rows));
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
  console.log(`\nQuiz generator — ${texts.length} launch texts of 1,000 words, median of ${RUNS} runs each (budget: 10 ms of CPU per 1,000 words in workerd)`);
  const node = benchNode(texts);
  const module = await benchWorkerModule();
  const worker = await startBenchWorker(module);
  let warm: number | null = null;
  try {
    const workerd = await benchWorkerd(worker, texts);
    console.log(
      table(
        texts.map((t, i) => ({
          text: t.name,
          [`Node ${nodeClock.name} ms/1k words`]: (node[i]?.ms ?? NaN).toFixed(2),
          [`workerd ${worker.measures} ms/1k words`]: (workerd[i]?.ms ?? NaN).toFixed(2),
        })),
      ),
    );
    warm = await benchCorpusSizes(worker);
  } finally {
    await worker.dispose();
  }
  const source = corpusText(CORPUS_SIZES[0] as number);
  if (source && warm !== null) await firstCallBreakdown(module, source, warm);
  benchHostilePastes();
  const size = await bundleBytes();
  console.log(`Generator bundle (minified, gzipped): ${kb(size.own)} (${size.own} B) of its own; ${kb(size.withValibot)} with valibot, which the Worker already ships.`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchGenerator();
