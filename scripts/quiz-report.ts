// Review tool: prints the quiz generated from an article for a person to judge.
//   npm run quiz:report -- <file.txt|file.md|file.html> [--json] [--seed N] [--max N]
// A .txt file is read as: first line the title, blank-line-separated paragraphs after it.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { GenerationError, generateQuizWithReport, parsePastedText } from '../core/generator/index.ts';
import { printItem } from './lib/quiz-print.ts';

function usage(): never {
  console.error('usage: npm run quiz:report -- <file.txt|file.md|file.html> [--json] [--seed N] [--max N]');
  process.exit(2);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const numberArg = (name: string): number | undefined => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const n = Number(args[i + 1]);
  if (!Number.isInteger(n)) usage();
  return n;
};
const seed = numberArg('--seed');
const maxItems = numberArg('--max');
const file = args.find((a, i) => !a.startsWith('--') && !['--seed', '--max'].includes(args[i - 1] ?? ''));
if (!file) usage();

const source = parsePastedText(readFileSync(file, 'utf8'));
const slug = basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50) || 'article';
try {
  const report = generateQuizWithReport(source, {
    id: `paste-${slug}`,
    source: { kind: 'paste', title: source.title },
    ...(seed !== undefined ? { seed } : {}),
    ...(maxItems !== undefined ? { maxItems } : {}),
  });
  if (json) {
    console.log(JSON.stringify(report.quiz, null, 2));
  } else {
    printQuiz(report);
  }
} catch (err) {
  if (err instanceof GenerationError) {
    console.error(`No quiz (${err.code}): ${err.message}`);
    process.exit(1);
  }
  throw err;
}

function printQuiz(report: ReturnType<typeof generateQuizWithReport>): void {
  const { quiz } = report;
  const byType = new Map<string, number>();
  for (const item of quiz.items) byType.set(item.type, (byType.get(item.type) ?? 0) + 1);
  console.log(`${quiz.title}`);
  console.log(`${quiz.id} · ${quiz.generator} · seed ${quiz.seed} · ${quiz.items.length} items (${[...byType].map(([t, c]) => `${c} ${t}`).join(', ')})`);
  const rejected = Object.entries(report.rejected).sort((a, b) => (b[1] as number) - (a[1] as number));
  console.log(`${report.candidates} candidates; linter rejections: ${rejected.map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}; quotations dropped for an unclear speaker: ${report.droppedQuotes}`);
  quiz.items.forEach((item, i) => printItem(item, i + 1));
}
