// `npm run quiz:lint`: builds the launch quizzes from content/ (with overrides) and reports,
// per quiz, the items emitted by type and the candidates rejected by reason code. Exits
// non-zero if an emitted item fails the linter or the build of a quiz fails.
// Loads content/ itself with a tiny YAML reader; the shared content loader can replace loadLaunchDocuments.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { lintQuiz } from '../worker/quiz/lint.ts';
import { buildLaunchQuizzes, launchSource, type LaunchDocument } from './launch-quizzes.ts';

const ROOT = new URL('..', import.meta.url).pathname;

interface Para {
  text?: string;
}

async function yamlFiles(dir: string): Promise<{ file: string; data: Record<string, unknown> }[]> {
  let names: string[] = [];
  try {
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return [];
  }
  return Promise.all(names.map(async (n) => ({ file: join(dir, n), data: parseYaml(await readFile(join(dir, n), 'utf8')) as Record<string, unknown> })));
}

export async function loadLaunchDocuments(contentDir = join(ROOT, 'content')): Promise<LaunchDocument[]> {
  const docs: LaunchDocument[] = [];
  for (const { data } of await yamlFiles(join(contentDir, 'articles'))) {
    const paragraphs = ((data.paragraphs as Para[] | undefined) ?? []).map((p) => String(p.text ?? ''));
    docs.push({ kind: 'article', slug: String(data.slug), title: String(data.title), paragraphs });
  }
  for (const { data } of await yamlFiles(join(contentDir, 'topics'))) {
    const summary = ((data.summary as Para[] | undefined) ?? []).map((p) => String(p.text ?? ''));
    const sections = ((data.sections as { paragraphs?: Para[] }[] | undefined) ?? []).flatMap((s) => (s.paragraphs ?? []).map((p) => String(p.text ?? '')));
    docs.push({ kind: 'topic', slug: String(data.slug), title: String(data.title), paragraphs: [...summary, ...sections] });
  }
  return docs;
}

async function main(): Promise<void> {
  const docs = await loadLaunchDocuments();
  if (!docs.length) {
    console.error('quiz:lint: no launch documents found in content/articles or content/topics.');
    process.exit(1);
  }
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
