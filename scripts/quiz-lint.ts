// `npm run quiz:lint`: builds the launch quizzes from content/ (with overrides) and reports,
// per quiz, the items emitted by type and the candidates rejected by reason code. Exits
// non-zero if an emitted item fails the linter or the build of a quiz fails.
import { join } from 'node:path';
import { lintQuiz } from '../core/generator/index.ts';
import { ROOT, launchDocuments, loadContent } from './content/load.ts';
import { buildLaunchQuizzes, launchSource, type LaunchDocument } from './launch-quizzes.ts';

async function main(): Promise<void> {
  const docs = launchDocuments(await loadContent());
  let quizzes;
  let report;
  try {
    ({ quizzes, report } = await buildLaunchQuizzes(docs, join(ROOT, 'content', 'quizzes')));
  } catch (err) {
    console.error(`quiz:lint: ${(err as Error).message}`);
    process.exit(1);
  }
  let failures = 0;
  for (const [i, quiz] of quizzes.entries()) {
    const r = report[i];
    const doc = docs[i] as LaunchDocument;
    const types = Object.entries(r?.byType ?? {}).map(([t, n]) => `${n} ${t}`).join(', ');
    const rejected = Object.entries(r?.rejected ?? {}).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0)).map(([c, n]) => `${c} ${n}`).join(', ') || 'none';
    const issues = lintQuiz(quiz, { source: launchSource(doc) });
    console.log(`${quiz.id}: ${quiz.items.length} items (${types})`);
    console.log(`  rejected candidates: ${rejected}`);
    if (r?.overridesFile) console.log(`  overrides ${r.overridesFile}: dropped ${r.dropped.length}, restemmed ${r.restemmed.length}`);
    for (const [id, list] of issues) {
      failures++;
      console.log(`  FAIL ${id}: ${list.map((x) => `${x.code} (${x.message})`).join('; ')}`);
    }
  }
  console.log(failures ? `quiz:lint: ${failures} emitted item(s) fail the linter.` : `quiz:lint: ${quizzes.length} quizzes, every emitted item passes.`);
  process.exit(failures ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
