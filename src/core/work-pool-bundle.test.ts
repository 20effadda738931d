import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from './errors.ts';
import { WorkPool } from './work-pool.ts';
import { TO_APP_ERROR, workerBundle } from './work-pool-bundle.ts';

const TASKS = new URL('./work-pool-fixture.ts', import.meta.url);
// YIWU_WORKERS_TSX=1 turns bundling off (workers load the sources through tsx)
const skip = process.env.YIWU_WORKERS_TSX === '1';
const SHEETS = new URL('./spreadsheet/sheet-reader.ts', import.meta.url);

test('a TypeScript task module is bundled once per process into plain JavaScript that loads packages from where they are installed', { skip }, async () => {
  const code = await workerBundle(TASKS.href);
  assert.ok(code, 'the fixture was bundled');
  assert.equal(await workerBundle(TASKS.href), code, 'the same text the second time');
  // the errors module's toAppError travels with every bundle
  assert.match(code, new RegExp(`as ${TO_APP_ERROR}\\b`));
  // a package import is an absolute file: URL (a data: module cannot resolve a bare name), a built-in stays as it is
  assert.doesNotMatch(code, /from\s*["']zod["']|import\(["']zod["']\)/);
  assert.match(code, /["']file:\/\/[^"']*\/node_modules\/zod\/[^"']+["']/);
  assert.doesNotMatch(code, /tsx/);
  const sheets = await workerBundle(SHEETS.href);
  assert.ok(sheets);
  assert.match(sheets, /["']node:zlib["']/);
});

test("import.meta.url in a bundled file is that source file's own URL", { skip }, async () => {
  // read-sheet.ts names its task module relative to itself, and work-pool.ts (which it imports) its boot file
  const code = await workerBundle(new URL('./spreadsheet/read-sheet.ts', import.meta.url).href);
  assert.ok(code);
  assert.doesNotMatch(code, /import\.meta\.url/);
  assert.ok(code.includes(JSON.stringify(new URL('./work-pool.ts', import.meta.url).href)), 'work-pool.ts keeps its own URL');
  assert.ok(code.includes(JSON.stringify(new URL('./spreadsheet/read-sheet.ts', import.meta.url).href)), 'read-sheet.ts keeps its own URL');
});

test('a module that is not TypeScript, or not a file, is left to the worker (no bundle)', async () => {
  assert.equal(await workerBundle(new URL('./work-pool-boot.mjs', import.meta.url).href), undefined);
  assert.equal(await workerBundle('data:text/javascript,export const x = 1'), undefined);
});

test('a bundled task runs in the pool, and its errors cross the thread by code as before', { skip }, async () => {
  const pool = new WorkPool({ name: 'test', size: 1 });
  try {
    assert.deepEqual(await pool.run(TASKS, 'echo', { a: [1, 2] }), { a: [1, 2] });
    // the second job on the same worker is sent without the bundle's text
    assert.equal(await pool.run(TASKS, 'echo', 'again'), 'again');
    await assert.rejects(pool.run(TASKS, 'refuse', null), (e: unknown) => e instanceof AppError && e.code === 'VALIDATION');
    await assert.rejects(pool.run(TASKS, 'zodRefuse', null), (e: unknown) => e instanceof AppError && e.code === 'VALIDATION');
    await assert.rejects(pool.run(TASKS, 'missing', null), /has no export missing/);
    // a payload that cannot cross the thread fails its job alone
    await assert.rejects(
      pool.run(TASKS, 'echo', () => 1),
      (e: unknown) => e instanceof Error && e.name === 'DataCloneError',
    );
    assert.equal(await pool.run(TASKS, 'echo', 'after'), 'after');
    assert.equal(pool.load().running, 0);
    // the task's code came from its bundle, not from the .ts file through tsx; the trace names it briefly
    const stack = await pool.run<string>(new URL('./work-pool-bundle-fixture.ts', import.meta.url), 'stackOfTask', null);
    assert.match(stack, /work-pool-bundle-fixture\.ts\?bundle:\d+:\d+/);
    assert.doesNotMatch(stack, /data:/);
  } finally {
    await pool.close();
  }
});
