// The dependency rule, checked by `npm test` (npm run check:deps). Dependencies point one way:
//   web/ ───────────────────────────────────────────────────────────────┐
//   worker/routes → worker/middleware → worker/http                     ├→ core/
//        └→ use cases (worker/attempts, classroom, drafts, quiz) → worker/storage ┘
// core/ is pure and knows no Worker, KV, HTTP or DOM; the generator is a library that needs
// nothing but the quiz schema. README "What is where" explains it in prose. Cycles between
// folders are checked by scripts/check/folder-cycles.ts on the graph this config produces.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'No runtime import cycle of any length (a cycle through `import type` only is erased at build).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'core-is-pure',
      comment: 'core/ is shared by the Worker, web/ and scripts: it imports none of them.',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: '^(worker|web|scripts|test)/' },
    },
    {
      name: 'generator-needs-only-the-schema',
      comment: 'The generator is a library: its own files, the quiz schema and npm packages.',
      severity: 'error',
      from: { path: '^core/generator/' },
      to: { pathNot: ['^core/generator/', '^core/quiz/schema\\.ts$', 'node_modules'] },
    },
    {
      name: 'generator-one-entry',
      comment: 'The Worker, web/ and the rest of core/ use the generator through core/generator/index.ts only.',
      severity: 'error',
      from: { path: '^(worker|web|core)/', pathNot: '^core/generator/' },
      to: { path: '^core/generator/', pathNot: '^core/generator/index\\.ts$' },
    },
    {
      name: 'storage-is-a-leaf',
      comment: 'worker/storage owns KV keys, value shapes and the metadata codec; it imports core schemas and types only: no policy, no use case, no HTTP.',
      severity: 'error',
      from: { path: '^worker/storage/' },
      to: { path: ['^worker/(?!storage/)', '^web/', '^core/generator/', 'node_modules/hono/'] },
    },
    {
      name: 'web-knows-no-worker',
      comment: 'web/ renders and hydrates; anything pure it needs comes from core/, never from worker/ (routes, storage, middleware or otherwise).',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^worker/' },
    },
    {
      name: 'use-cases-know-no-http',
      comment: 'Use cases and storage take plain values: no Hono, no routes, middleware or HTTP helpers, no pages.',
      severity: 'error',
      from: { path: '^worker/(attempts|classroom|drafts|quiz|storage|content)/' },
      to: { path: ['^worker/(http|middleware|routes)/', '^worker/(index|env)\\.ts$', '^web/', 'node_modules/hono/'] },
    },
    {
      name: 'middleware-and-http-below-routes',
      comment: 'Loaders and HTTP helpers serve routes; they never import one.',
      severity: 'error',
      from: { path: '^worker/(middleware|http)/' },
      to: { path: '^worker/routes/' },
    },
    {
      name: 'http-below-middleware',
      severity: 'error',
      from: { path: '^worker/http/' },
      to: { path: '^worker/middleware/' },
    },
    {
      name: 'entry-imported-by-tests-only',
      comment: 'worker/index.ts composes the app; nothing imports it for types (bindings come from `wrangler types`).',
      severity: 'error',
      from: { pathNot: '^test/' },
      to: { path: '^worker/index\\.ts$' },
    },
    {
      name: 'resolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // TypeScript 7 has no compiler API yet, so the sources are parsed with swc (type-only imports
    // included); dependency-cruiser still warns "missing-tsc-transpiler", which is harmless here.
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^\\.build/' },
    // The Worker runtime's and the vitest pool's own modules.
    builtInModules: { add: ['cloudflare:workers', 'cloudflare:test'] },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'types', 'default'] },
  },
};
