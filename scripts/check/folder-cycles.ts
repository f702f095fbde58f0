// Folder-level import cycles: dependency-cruiser checks files (the no-cycles rule); this checks
// the graph of folders, counting runtime imports only (an `import type` is erased at build).
// Every folder is a node of its own (a parent and its subfolders too), so any cycle fails `npm test`.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';

interface Cruised {
  modules: { source: string; dependencies: { resolved: string; dependencyTypes: string[]; coreModule: boolean }[] }[];
}

const root = join(import.meta.dirname, '..', '..');
const SOURCES = ['core', 'worker', 'web', 'scripts', 'test'];

// Run with this same Node (wrangler's and dependency-cruiser's engines need Node ≥ 22).
const cli = join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs');
// Its exit code counts rule violations, which the file-level run reports: only the graph matters here.
const { stdout } = spawnSync(process.execPath, [cli, ...SOURCES, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
  stdio: ['ignore', 'pipe', 'ignore'],
});
const cruised = JSON.parse(stdout) as Cruised;

const isSource = (path: string) => SOURCES.some((folder) => path.startsWith(`${folder}/`));

/** Folder -> other folders it imports at runtime. */
const graph = new Map<string, Set<string>>();
for (const module of cruised.modules) {
  if (!isSource(module.source)) continue;
  const from = dirname(module.source);
  for (const dependency of module.dependencies) {
    if (!isSource(dependency.resolved) || dependency.dependencyTypes.includes('type-only')) continue;
    const to = dirname(dependency.resolved);
    if (from === to) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    graph.get(from)!.add(to);
  }
}

/** Strongly connected components of more than one folder (Tarjan's algorithm). */
function cycles(): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const found = cycles();
if (found.length > 0) {
  for (const component of found) console.error(`folder cycle: ${component.join(' <-> ')}`);
  process.exit(1);
}
console.log(`✔ no folder-level runtime import cycles (${graph.size} folders)`);
