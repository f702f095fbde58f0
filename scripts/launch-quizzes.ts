// Build step for the launch quizzes: one quiz per article and topic, generated from our own
// content, with the editor's overrides (content/quizzes/<quiz-id>.yaml) applied and every
// item linted again. Called by scripts/build.ts; throws with a clear message on any problem.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describeGiveaway, findGiveaways, GenerationError, generateQuizWithReport, lintItem, type Giveaway, type LintReason } from '../core/generator/index.ts';
import { givenAwayByTitle } from '../core/generator/giveaways.ts';
import { applyOverrides, parseOverrides } from '../core/quiz/overrides.ts';
import type { ItemType, Quiz, SourceText } from '../core/quiz/schema.ts';

export interface LaunchDocument {
  kind: 'article' | 'topic';
  slug: string;
  title: string;
  /** The page's subtitle (its hook line on the home card): shown with the title, so it must not answer an item either. */
  hook?: string;
  /** Plain text; paragraph N (1-based) is paragraphs[N - 1]. */
  paragraphs: string[];
}

export interface LaunchQuizReport {
  id: string;
  items: number;
  byType: Partial<Record<ItemType, number>>;
  /** Items that need the reader to connect stated facts (item.focus). */
  understanding: number;
  /** Candidate items the linter refused during generation, by reason. */
  rejected: Partial<Record<LintReason, number>>;
  dropped: string[];
  restemmed: string[];
  /** Items with a wrong option replaced by the editor. */
  optionsReplaced: string[];
  /** Items of the final quiz that another item answers (the build refuses any). */
  giveaways: Giveaway[];
  /** Items whose answer the page's title or hook states (the build refuses any). */
  titleGiveaways: { item: string; by: 'title' | 'hook' }[];
  overridesFile?: string;
}

/** The seed every launch quiz is generated with (kept fixed so override ids stay valid). */
const LAUNCH_SEED = 1;

function launchQuizId(doc: Pick<LaunchDocument, 'kind' | 'slug'>): string {
  return `${doc.kind}-${doc.slug}`;
}

/** The generator's input for a document: exactly the text its evidence will quote (already plain: see launchDocuments). */
export function launchSource(doc: LaunchDocument): SourceText {
  return { title: doc.title, paragraphs: doc.paragraphs };
}

async function readOverrideFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  let names: string[] = [];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return files;
    throw err;
  }
  for (const name of names) if (/\.ya?ml$/.test(name)) files.set(name.replace(/\.ya?ml$/, ''), join(dir, name));
  return files;
}

/** An override file's parsed content (YAML already read) and its path, for messages. */
export interface OverrideInput {
  data: unknown;
  file: string;
}

/**
 * One launch quiz: generated from the document, the editor's overrides applied, every item
 * linted again and checked for cross-item give-aways. Throws on a failing item, a stale or
 * malformed override, or (unless `allowGiveaways`, for the report) an item another one answers.
 */
export function buildLaunchQuiz(doc: LaunchDocument, overrides?: OverrideInput, { allowGiveaways = false } = {}): { quiz: Quiz; entry: LaunchQuizReport } {
  const id = launchQuizId(doc);
  const source = launchSource(doc);
  let generated;
  try {
    generated = generateQuizWithReport(source, { id, source: { kind: doc.kind, slug: doc.slug, title: source.title }, seed: LAUNCH_SEED });
  } catch (err) {
    if (err instanceof GenerationError) throw new Error(`quiz ${id}: cannot generate a quiz from ${doc.kind} "${doc.slug}": ${err.message} (${err.code})`);
    throw err;
  }
  let quiz = generated.quiz;
  const entry: LaunchQuizReport = { id, items: 0, byType: {}, understanding: 0, rejected: generated.rejected, dropped: [], restemmed: [], optionsReplaced: [], giveaways: [], titleGiveaways: [] };
  const where = overrides ? ` (overrides: ${overrides.file})` : '';
  if (overrides) {
    const parsed = parseOverrides(overrides.data, overrides.file);
    quiz = applyOverrides(quiz, parsed, source, overrides.file);
    entry.overridesFile = overrides.file;
    entry.dropped = parsed.drop;
    entry.restemmed = Object.keys(parsed.stems);
    entry.optionsReplaced = Object.keys(parsed.options);
  }
  // An editor's stem or option goes through the same gate as the generator's.
  for (const item of quiz.items) {
    const issues = lintItem(item, { source });
    if (issues.length) throw new Error(`quiz ${id}${where}: item ${item.id} fails the linter: ${issues.map((i) => `${i.code} (${i.message})`).join('; ')}`);
  }
  entry.items = quiz.items.length;
  entry.understanding = quiz.items.filter((item) => item.focus === 'understanding').length;
  for (const item of quiz.items) entry.byType[item.type] = (entry.byType[item.type] ?? 0) + 1;
  entry.giveaways = findGiveaways(quiz.items);
  // The page shows its title and hook above the quiz: the generator's selection sees the title only.
  const heads = [{ by: 'title' as const, text: doc.title }, { by: 'hook' as const, text: doc.hook ?? '' }];
  entry.titleGiveaways = quiz.items.flatMap((item) => heads.filter((h) => givenAwayByTitle(item, h.text)).map((h) => ({ item: item.id, by: h.by })));
  if ((entry.giveaways.length || entry.titleGiveaways.length) && !allowGiveaways) {
    const lines = [
      ...entry.giveaways.map((g) => `quiz ${id}${where}: ${describeGiveaway(g)}`),
      ...entry.titleGiveaways.map((g) => `quiz ${id}${where}: item ${g.item} is answered by the page's ${g.by} ("${g.by === 'title' ? doc.title : doc.hook}")`),
    ];
    throw new Error(`${lines.join('\n')}\nNo item may be answered by another item or by the page's title or hook: drop or restem it (content/quizzes/${id}.yaml), or reword the hook.`);
  }
  return { quiz, entry };
}

/** Every launch quiz, with the override files of `overridesDir`; throws as buildLaunchQuiz does, or on a file naming no quiz. */
export async function buildLaunchQuizzes(
  docs: LaunchDocument[],
  overridesDir: string,
  options: { allowGiveaways?: boolean } = {},
): Promise<{ quizzes: Quiz[]; report: LaunchQuizReport[] }> {
  const overrideFiles = await readOverrideFiles(overridesDir);
  const ids = new Set(docs.map(launchQuizId));
  for (const [id, file] of overrideFiles) {
    if (!ids.has(id)) throw new Error(`${file}: there is no launch quiz "${id}" (quizzes: ${[...ids].join(', ')}).`);
  }
  const quizzes: Quiz[] = [];
  const report: LaunchQuizReport[] = [];
  for (const doc of docs) {
    const file = overrideFiles.get(launchQuizId(doc));
    const overrides = file ? { data: parseYaml(await readFile(file, 'utf8')), file } : undefined;
    const { quiz, entry } = buildLaunchQuiz(doc, overrides, options);
    quizzes.push(quiz);
    report.push(entry);
  }
  return { quizzes, report };
}
