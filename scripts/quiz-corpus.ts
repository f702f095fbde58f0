// Quality report over a folder of real articles: what the generator makes of text nobody here wrote.
//   npm run quiz:corpus -- DIR [--sample N] [--seed S] [--json]
// DIR holds .txt articles (first line the headline, then blank-line-separated paragraphs), e.g.
// ../shared/corpus/news. Prints one line per article and the totals; --sample N then prints N
// items drawn at random (seeded by --seed, default 1: the same N items every run) in full for a
// person to judge against the rubric; --json prints the measures as JSON instead.
import { existsSync, statSync } from 'node:fs';
import type { Item } from '../core/quiz/schema.ts';
import { printItem } from './lib/quiz-print.ts';
import { allWrongOptions, corpusTotals, LONG_ARTICLE_WORDS, measureArticle, OPTION_KINDS, readCorpus, UNDERSTANDING_ARTICLE_WORDS, type ArticleMetrics, type CorpusTotals } from './lib/quiz-metrics.ts';

function usage(): never {
  console.error('usage: npm run quiz:corpus -- DIR [--sample N] [--seed S] [--json]');
  process.exit(2);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const numberArg = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const n = Number(args[i + 1]);
  if (!Number.isInteger(n) || n < 0) usage();
  return n;
};
const sample = numberArg('--sample', 0);
const seed = numberArg('--seed', 1);
const dir = args.find((a, i) => !a.startsWith('--') && !['--sample', '--seed'].includes(args[i - 1] ?? ''));
if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) usage();

const articles = readCorpus(dir);
if (!articles.length) {
  console.error(`No .txt articles in ${dir}`);
  process.exit(1);
}
measureArticle(articles[0]!); // warm-up: the first call pays for compiling the generator; `npm run bench` measures that cost
const measured = articles.map((a) => measureArticle(a));
const totals = corpusTotals(measured);

const pct = (part: number, whole: number): string => (whole ? `${((part * 100) / whole).toFixed(1)}%` : 'n/a');
const fixed = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const list = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ') || 'none';

function articleLine(a: ArticleMetrics): string {
  const head = `${a.file.padEnd(20)} ${String(a.words).padStart(5)} words`;
  if (a.error) return `${head}  no quiz (${a.error})  ${a.ms.toFixed(1)} ms`;
  const wrong = allWrongOptions(a.wrongOptions);
  return [
    head,
    `${String(a.items).padStart(2)} items`,
    `${fixed(a.itemsPerThousandWords).padStart(5)}/1k`,
    `types ${Object.entries(a.types).map(([t, n]) => `${t} ${n}`).join(', ')}`,
    `absent ${wrong.absent}/${wrong.total}`,
    `T/F true ${a.trueFalse.trueKeys}/${a.trueFalse.items}`,
    `key in title ${a.keyInTitle.length}, in stem ${a.keyInOtherStem.length}`,
    `suspicious ${a.suspicious.length}`,
    `understanding ${a.understanding ?? 'n/a'}`,
    `${a.ms.toFixed(1)} ms`,
  ].join(' · ');
}

function printTotals(t: CorpusTotals): void {
  const wrong = allWrongOptions(t.wrongOptions);
  const byKind = OPTION_KINDS.filter((k) => t.wrongOptions[k].total)
    .map((k) => `${k} ${t.wrongOptions[k].absent}/${t.wrongOptions[k].total}`)
    .join(', ');
  console.log(`\nTOTAL ${t.articles} articles, ${t.quizzes} quizzes (no quiz: ${list(t.errors)}); ${t.words} words; ${t.items} items; ${fixed(t.itemsPerThousandWords)} items per 1,000 words`);
  console.log(`types: ${list(t.types)}`);
  console.log(`wrong options absent from the article: ${wrong.absent}/${wrong.total} (${pct(wrong.absent, wrong.total)}); by kind (${t.kindsFromGenerator ? "the generator's marking" : 'heuristic on the option text'}): ${byKind || 'none'}`);
  console.log(`true/false: ${t.trueFalse.trueKeys}/${t.trueFalse.items} keys True (${pct(t.trueFalse.trueKeys, t.trueFalse.items)}); quizzes with 2+ T/F outside 35–65% True: ${t.trueFalse.quizzesOutsideBalance}/${t.trueFalse.quizzesWithTwoOrMore}`);
  console.log(`key in the title: ${t.keyInTitle} items; key in another emitted stem: ${t.keyInOtherStem} items`);
  console.log(`suspicious options: ${Object.values(t.suspicious).reduce((a, b) => a + b, 0)} (${list(t.suspicious)})`);
  const longer = t.understandingOnLonger;
  console.log(
    `understanding items: ${t.understanding === null ? 'n/a (items carry no marker)' : `${t.understanding}/${t.items} (${pct(t.understanding, t.items)}); on ${UNDERSTANDING_ARTICLE_WORDS}+ word articles ${longer.understanding}/${longer.items} (${pct(longer.understanding, longer.items)})`}`,
  );
  console.log(`generation (after one warm-up call; caches cleared before each article): total ${fixed(t.ms.total, 0)} ms, median ${fixed(t.ms.median)} ms, max ${fixed(t.ms.max)} ms (${t.ms.maxFile})`);
  console.log(`articles of ${LONG_ARTICLE_WORDS}+ words: ${t.long.articles}; median ${fixed(t.long.medianItemsPerThousandWords)} items per 1,000 words; median ${fixed(t.long.medianTypes)} types per article`);
}

/** A seeded draw (mulberry32), so `--sample N --seed S` shows the same items every run. */
function seededDraw<T>(pool: readonly T[], n: number, s: number): T[] {
  let state = s >>> 0 || 0x9e3779b9;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), state | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const copy = pool.slice();
  const out: T[] = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0] as T);
  return out;
}

const pool: { article: ArticleMetrics; item: Item }[] = measured.flatMap((a) => (a.quiz ? a.quiz.items.map((item) => ({ article: a, item })) : []));
const drawn = seededDraw(pool, sample, seed);

if (json) {
  const perArticle = measured.map(({ quiz: _quiz, source: _source, ...rest }) => rest);
  console.log(JSON.stringify({ articles: perArticle, totals, sample: drawn.map(({ article, item }) => ({ file: article.file, title: article.title, item })) }, null, 2));
} else {
  for (const a of measured) console.log(articleLine(a));
  printTotals(totals);
  drawn.forEach(({ article, item }, i) => {
    console.log(`\n--- sample ${i + 1}/${drawn.length}: ${article.file} — ${article.title}`);
    printItem(item, i + 1);
  });
}
