// `npm run quiz:lint [-- --items]`: builds the launch quizzes from content/ (with overrides) and
// reports, per quiz, the items by type, the understanding items, what the overrides dropped or
// rewrote, the candidates rejected by reason and any cross-item give-away; then, across the site,
// every fact asked in more than one quiz. `--items` also prints every item with its id and key.
// Exits non-zero if an item fails the linter, one item answers another, a quiz asks one fact twice, a fact is asked in
// MAX_QUIZZES_PER_FACT quizzes or more, or a quiz cannot be built.
import { join, relative } from 'node:path';
import { askedFacts, describeGiveaway, lintQuiz, sameFact, type AskedFact } from '../core/generator/index.ts';
import type { Quiz } from '../core/quiz/schema.ts';
import { ROOT, launchDocuments, loadContent } from './content/load.ts';
import { buildLaunchQuizzes, launchSource, type LaunchDocument, type LaunchQuizReport } from './launch-quizzes.ts';
import { printItem } from './lib/quiz-print.ts';

/** The same fact in this many quizzes is recall of one sentence, not comprehension of each page. */
const MAX_QUIZZES_PER_FACT = 4;

function printQuizReport(quiz: Quiz, r: LaunchQuizReport, doc: LaunchDocument, withItems: boolean): number {
  const types = Object.entries(r.byType).map(([t, n]) => `${n} ${t}`).join(', ');
  const rejected = Object.entries(r.rejected).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0)).map(([c, n]) => `${c} ${n}`).join(', ') || 'none';
  console.log(`${quiz.id}: ${r.items} items (${types}); ${r.understanding} understanding`);
  console.log(`  rejected candidates: ${rejected}`);
  if (r.overridesFile) {
    const list = (ids: string[]): string => (ids.length ? ids.join(' ') : '-');
    console.log(`  overrides ${relative(ROOT, r.overridesFile)}: dropped ${r.dropped.length} (${list(r.dropped)}), restemmed ${r.restemmed.length} (${list(r.restemmed)}), options replaced ${r.optionsReplaced.length} (${list(r.optionsReplaced)})`);
  }
  let failures = 0;
  for (const g of r.giveaways) {
    failures++;
    console.log(`  GIVEAWAY ${describeGiveaway(g)}`);
  }
  for (const g of r.titleGiveaways) {
    failures++;
    console.log(`  GIVEAWAY item ${g.item} is answered by the page's ${g.by}`);
  }
  // The same fact asked twice: practice feedback on the first answers the second.
  const facts = quiz.items.flatMap((item) => askedFacts(item).map((fact) => ({ item: item.id, fact })));
  for (const [i, a] of facts.entries())
    for (const b of facts.slice(i + 1))
      if (a.item !== b.item && sameFact(a.fact, b.fact)) {
        failures++;
        console.log(`  REPEAT ${a.item} and ${b.item} both ask "${a.fact.answer}"`);
      }
  for (const [id, list] of lintQuiz(quiz, { source: launchSource(doc) })) {
    failures++;
    console.log(`  FAIL ${id}: ${list.map((x) => `${x.code} (${x.message})`).join('; ')}`);
  }
  if (withItems) {
    quiz.items.forEach((item, n) => {
      printItem(item, n + 1);
      console.log(`   Focus: ${item.focus ?? 'recall'}`);
    });
    console.log('');
  }
  return failures;
}

interface SiteFact {
  quiz: string;
  item: string;
  fact: AskedFact;
}

/** Groups of facts (with their quiz and item) asked in two quizzes or more. */
function sharedFacts(quizzes: readonly Quiz[]): SiteFact[][] {
  const all: SiteFact[] = quizzes.flatMap((q) => q.items.flatMap((item) => askedFacts(item).map((fact) => ({ quiz: q.id, item: item.id, fact }))));
  // Union-find over every pair from different quizzes (a few hundred facts: quadratic is fine).
  const parent = all.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i] as number)));
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i] as SiteFact;
      const b = all[j] as SiteFact;
      if (a.quiz !== b.quiz && sameFact(a.fact, b.fact)) parent[root(i)] = root(j);
    }
  const groups = new Map<number, SiteFact[]>();
  all.forEach((x, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), x]));
  return [...groups.values()].filter((g) => new Set(g.map((x) => x.quiz)).size > 1);
}

async function main(): Promise<void> {
  const withItems = process.argv.includes('--items');
  const docs = launchDocuments(await loadContent());
  let quizzes;
  let report;
  try {
    ({ quizzes, report } = await buildLaunchQuizzes(docs, join(ROOT, 'content', 'quizzes'), { allowGiveaways: true }));
  } catch (err) {
    console.error(`quiz:lint: ${(err as Error).message}`);
    process.exit(1);
  }
  let failures = 0;
  for (const [i, quiz] of quizzes.entries()) failures += printQuizReport(quiz, report[i] as LaunchQuizReport, docs[i] as LaunchDocument, withItems);

  const items = report.reduce((n, r) => n + r.items, 0);
  const understanding = report.reduce((n, r) => n + r.understanding, 0);
  const edited = report.reduce((n, r) => n + r.dropped.length + new Set([...r.restemmed, ...r.optionsReplaced]).size, 0);
  console.log(`\nsite: ${items} items in ${quizzes.length} quizzes, ${understanding} understanding; ${edited} items dropped or edited by overrides`);
  const shared = sharedFacts(quizzes);
  console.log(`facts asked in more than one quiz: ${shared.length}${shared.length ? '' : ' (none)'}`);
  for (const group of shared) {
    const quizCount = new Set(group.map((x) => x.quiz)).size;
    const first = group[0] as SiteFact;
    const tooMany = quizCount >= MAX_QUIZZES_PER_FACT;
    if (tooMany) failures++;
    console.log(`  ${tooMany ? 'FAIL ' : ''}${quizCount} quizzes ask "${first.fact.answer}" ("${first.fact.sentence}"): ${group.map((x) => `${x.quiz}/${x.item}`).join(', ')}`);
  }
  console.log(failures ? `quiz:lint: ${failures} problem(s).` : `quiz:lint: ${quizzes.length} quizzes, every item passes, no give-aways, no fact in ${MAX_QUIZZES_PER_FACT} quizzes.`);
  process.exit(failures ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
