/**
 * The module boundaries of yiwu, checked by dependency-cruiser
 * (`npm run check:boundaries`, in CI). docs/architecture.md, "Boundaries",
 * explains each rule. Paths are relative to the repository root.
 *
 * Layers: src/core (database, errors, auth, spreadsheets: knows no module)
 *   ← src/modules/<m> (one capability each, entered only through index.ts)
 *   ← src/flows (work that spans modules) and src/platform (the assembled
 *     schema, the test database)
 *   ← src/http, src/cli (delivery; thin over the modules).
 */

/** Test code: *.test.ts anywhere, a module's test helpers (test-*.ts, testdata.ts), test/ and bench/. */
const TEST = '(^test/|^bench/|\\.test\\.ts$|/test-[^/]+\\.ts$|/testdata\\.ts$)';
/** A module's public face. */
const MODULE_INDEX = '^src/modules/[^/]+/index\\.ts$';
/** Database code: core's database layer and the drivers. */
const DATABASE = '(^src/core/db/|(^|/)node_modules/(kysely|pg|pg-[^/]+|@electric-sql/pglite)/)';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No circular dependencies: every cycle makes load order and ownership unclear.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-knows-no-module',
      severity: 'error',
      comment: 'src/core is below every module: it may not import modules, flows, the platform assembly, HTTP or the CLI.',
      from: { path: '^src/core/' },
      to: { path: '^(src/(modules|flows|platform|http|cli)/|web/)' },
    },
    {
      name: 'module-entered-through-index',
      severity: 'error',
      comment:
        'A module imports another module only through its index.ts (its own files freely). ' +
        'Group $1 is the importing module.',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/', pathNot: ['^src/modules/$1/', MODULE_INDEX] },
    },
    {
      name: 'outside-enters-module-through-index',
      severity: 'error',
      comment:
        'From outside src/modules (flows, platform, HTTP, CLI, test/), only src/modules/<m>/index.ts may be imported. ' +
        'Exceptions: test/ may import a module\'s test helpers (test-*.ts); bench/<m>/ measures the internals of ' +
        'module <m> (rule bench-measures-own-module).',
      from: { pathNot: ['^src/modules/', '^bench/'] },
      to: { path: '^src/modules/', pathNot: [MODULE_INDEX, '^src/modules/[^/]+/test-[^/]+\\.ts$'] },
    },
    {
      name: 'bench-measures-own-module',
      severity: 'error',
      comment: 'bench/<m>/ may import the internals of module <m> (what it measures); every other module through index.ts.',
      from: { path: '^bench/([^/]+)/' },
      to: { path: '^src/modules/', pathNot: ['^src/modules/$1/', MODULE_INDEX] },
    },
    {
      name: 'bench-root-uses-module-index',
      severity: 'error',
      comment: 'Benchmarks directly under bench/ use modules through index.ts.',
      from: { path: '^bench/[^/]+$' },
      to: { path: '^src/modules/', pathNot: MODULE_INDEX },
    },
    {
      name: 'flows-know-no-delivery',
      severity: 'error',
      comment: 'Flows (src/flows) compose modules through their index.ts (rule above) and know no HTTP, CLI or web UI.',
      from: { path: '^src/flows/' },
      to: { path: '^(src/(http|cli)/|web/)' },
    },
    {
      name: 'modules-know-no-delivery',
      severity: 'error',
      comment: 'Modules know no HTTP, CLI, web UI or flow: those call the modules, never the other way.',
      from: { path: '^src/modules/' },
      to: { path: '^(src/(http|cli|flows)/|web/)' },
    },
    {
      name: 'modules-below-platform',
      severity: 'error',
      comment:
        'src/platform assembles the modules; a module may not import it. Exception: a module\'s tests and test ' +
        'helpers may use src/platform/testing.ts (a fresh database with the whole schema).',
      from: { path: '^src/modules/' },
      to: { path: '^src/platform/', pathNot: '^src/platform/testing\\.ts$' },
    },
    {
      name: 'module-tests-only-use-platform-testing',
      severity: 'error',
      comment: 'Only test code of a module may import src/platform/testing.ts.',
      from: { path: '^src/modules/', pathNot: TEST },
      to: { path: '^src/platform/' },
    },
    {
      name: 'pure-code-touches-no-database',
      severity: 'error',
      comment:
        'The load planner, the index formulas and the export declaration rule are pure: they may not reach core\'s ' +
        'database layer, kysely, pg or PGlite, directly or through anything they import.',
      from: { path: '^src/modules/(load-planner/|commodity-index/formulas/|export/declarations/)', pathNot: TEST },
      to: { path: DATABASE, reachable: true },
    },
    {
      name: 'production-never-imports-demo',
      severity: 'error',
      comment:
        'Demo data is not production code. Only the demo itself, test code, and the CLI\'s demo entry points ' +
        '(src/cli/commands/platform.ts: `yiwu start` loads the demo into an empty database, `yiwu demo` loads it on ' +
        'demand, `serve` prints the published demo accounts) may import src/modules/demo.',
      from: { pathNot: ['^src/modules/demo/', TEST, '^src/cli/commands/platform\\.ts$'] },
      to: { path: '^src/modules/demo/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import resolves (a moved file whose importers were not updated).',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^web/dist/', '^node_modules/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: {
      mermaid: { minify: false },
    },
  },
};
