import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

/** Run the project's boundary rules over a small tree; returns "rule: from → to" for each violation. */
function violations(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'yiwu-boundaries-'));
  try {
    cpSync(join(ROOT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
    cpSync(join(ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    let out: string;
    try {
      out = execFileSync(
        process.execPath,
        [DEPCRUISE, ...new Set(Object.keys(files).map((f) => f.split('/')[0]!)), '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
        { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 },
      );
    } catch (e) {
      out = (e as { stdout: string }).stdout;
    }
    const result = JSON.parse(out) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
    return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to.replace(/^.*node_modules\//, 'node_modules/')}`).sort();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const MODULES = {
  'src/core/db/database.ts': `import { sql } from 'kysely';\nexport const db = sql;\n`,
  'src/core/errors.ts': `export class AppError extends Error {}\n`,
  'src/modules/catalog/index.ts': `export { products } from './products.ts';\n`,
  'src/modules/catalog/products.ts': `import { db } from '../../core/db/database.ts';\nexport const products = db;\n`,
  'src/modules/demo/index.ts': `import { products } from '../catalog/index.ts';\nexport const demo = products;\n`,
  'src/modules/load-planner/index.ts': `import { AppError } from '../../core/errors.ts';\nexport const plan = AppError;\n`,
};

test('a tree that keeps the boundaries passes the check', () => {
  assert.deepEqual(
    violations({
      ...MODULES,
      'src/http/app.ts': `import { products } from '../modules/catalog/index.ts';\nimport { plan } from '../modules/load-planner/index.ts';\nexport const app = [products, plan];\n`,
      'src/flows/record-order.ts': `import { products } from '../modules/catalog/index.ts';\nexport const flow = products;\n`,
      'test/demo.test.ts': `import { demo } from '../src/modules/demo/index.ts';\nexport const t = demo;\n`,
    }),
    [],
  );
});

test('core importing a module, a deep import, production importing demo, a module importing HTTP, the planner reaching the database through another module, the formulas importing pg, and a cycle are each refused', () => {
  assert.deepEqual(
    violations({
      ...MODULES,
      'src/core/auth.ts': `import { products } from '../modules/catalog/index.ts';\nexport const a = products;\n`,
      'src/http/app.ts': `import { products } from '../modules/catalog/products.ts';\nimport { demo } from '../modules/demo/index.ts';\nexport const app = [products, demo];\n`,
      'src/modules/load-planner/lots.ts': `import { products } from '../catalog/index.ts';\nexport const lots = products;\n`,
      'src/modules/catalog/cli-hook.ts': `import { app } from '../../http/app.ts';\nexport const hook = app;\n`,
      'src/modules/commodity-index/formulas/index.ts': `import pg from 'pg';\nexport const f = pg;\n`,
      'src/flows/a.ts': `import { b } from './b.ts';\nexport const a = () => b;\n`,
      'src/flows/b.ts': `import { a } from './a.ts';\nexport const b = () => a;\n`,
    }),
    [
      'core-knows-no-module: src/core/auth.ts → src/modules/catalog/index.ts',
      'modules-know-no-delivery: src/modules/catalog/cli-hook.ts → src/http/app.ts',
      'no-circular: src/flows/a.ts → src/flows/b.ts',
      'outside-enters-module-through-index: src/http/app.ts → src/modules/catalog/products.ts',
      'production-never-imports-demo: src/http/app.ts → src/modules/demo/index.ts',
      'pure-code-touches-no-database: src/modules/commodity-index/formulas/index.ts → node_modules/pg/esm/index.mjs',
      'pure-code-touches-no-database: src/modules/load-planner/lots.ts → node_modules/kysely/dist/index.js',
      'pure-code-touches-no-database: src/modules/load-planner/lots.ts → src/core/db/database.ts',
    ],
  );
});
