// Writes sample share cards to test-results/ to look at, and times the renderer:
//   npx node scripts/card-preview.ts
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderResultCard, type QuestionResult, type ResultCard } from '../core/cards/result-card.ts';

const outDir = join(import.meta.dirname, '..', 'test-results');

const pattern: QuestionResult[] = ['right', 'right', 'wrong', 'right', 'partial', 'right', 'wrong', 'right', 'right', 'partial'];
const samples: Record<string, ResultCard> = {
  'card-sample': {
    quizTitle: 'Lavrov: “Teaming Up with the US Would Have Been Ideal”',
    score: 7,
    maxScore: 10,
    results: pattern,
  },
  'card-sample-short': { quizTitle: 'The deconfliction hotline', score: 4.5, maxScore: 5, results: ['right', 'right', 'partial', 'right', 'right'] },
  'card-sample-long': {
    quizTitle:
      'Timeline, 2014–2018: two articles, one story — who agreed to what, when, and why the deconfliction hotline outlasted every café summit in Genève, Moscow and Washington 🇺🇸🇷🇺',
    score: 31.25,
    maxScore: 52,
    results: Array.from({ length: 52 }, (_, i) => pattern[i % pattern.length] ?? 'right'),
  },
  'card-sample-40': { quizTitle: 'Who is fighting whom in eastern Syria', score: 29, maxScore: 40, results: Array.from({ length: 40 }, (_, i) => pattern[(i * 7) % pattern.length] ?? 'right') },
  'card-sample-empty': { quizTitle: '', score: 0, maxScore: 0, results: [], siteName: 'Crosscheck' },
  'font-sample': {
    quizTitle: ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~',
    score: 1234567890,
    maxScore: 1234567890,
    results: ['right', 'partial', 'wrong'],
  },
};

await mkdir(outDir, { recursive: true });
for (const [name, card] of Object.entries(samples)) {
  const png = await renderResultCard(card);
  await writeFile(join(outDir, `${name}.png`), png);
  console.log(`${name}.png: ${png.length} bytes`);
}

// Timing: warm up first (the first call compiles the code), then average.
const card = samples['card-sample'];
if (card) {
  for (let i = 0; i < 5; i++) await renderResultCard(card);
  const runs = 40;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < runs; i++) await renderResultCard(card);
  const wall = (performance.now() - start) / runs;
  const cpu = process.cpuUsage(cpuStart);
  console.log(`render: ${wall.toFixed(1)} ms wall, ${((cpu.user + cpu.system) / 1000 / runs).toFixed(1)} ms CPU per card (avg of ${runs})`);
}
