/**
 * `yiwu service list|sweep|index|report` over a PGlite data directory with the
 * tiny demo market (whose service desk has items in every state, two of them
 * overdue). The module itself is tested on both engines.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openDatabase, optionsFromEnv } from '../src/core/db/database.ts';
import { migrateAll } from '../src/platform/migrations.ts';
import { loadDemo, scaleOf } from '../src/modules/demo/index.ts';
import { runYiwu } from './cli-runner.ts';

const dir = mkdtempSync(join(tmpdir(), 'yiwu-cli-service-'));
const env: NodeJS.ProcessEnv = { ...process.env, YIWU_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' };
delete env.DATABASE_URL;

before(async () => {
  const d = await openDatabase(optionsFromEnv(env));
  try {
    await migrateAll(d);
    await loadDemo(d, scaleOf('tiny'));
  } finally {
    await d.close();
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('yiwu service: overdue items listed, a sweep with nothing new to escalate, the index and the monthly report', async () => {
  const setup = await runYiwu(['service', 'setup'], env);
  assert.equal(setup.code, 0, setup.err);
  assert.match(setup.out, /7 departments/);
  const overdue = await runYiwu(['service', 'list', '--overdue'], env);
  assert.equal(overdue.code, 0, overdue.err);
  assert.match(overdue.out, /^2 items/);
  assert.match(overdue.out, /OVERDUE escalated:market_office\tcustoms/);
  assert.match(overdue.out, /OVERDUE escalated:department_head\tproperty/);
  const sweep = await runYiwu(['service', 'sweep'], env);
  assert.equal(sweep.code, 0, sweep.err);
  assert.match(sweep.out, /0 escalated, 0 closed/, 'the demo already swept');
  const index = await runYiwu(['service', 'index'], env);
  assert.match(index.out, /^month\tdepartment/);
  const months = index.out
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t')[0]!)
    .filter(Boolean);
  assert.ok(months.length > 0, 'the demo has half a year of handled items');
  const month = months.at(-1)!;
  const out = join(dir, 'report.xlsx');
  const report = await runYiwu(['service', 'report', '--month', month, '--out', out, '--lang', 'en'], env);
  assert.equal(report.code, 0, report.err);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  assert.deepEqual(
    wb.worksheets.map((w) => w.name),
    ['Service index', 'Items'],
  );
  assert.ok(wb.worksheets[1]!.rowCount >= 2, "the month's items are listed");
  const bad = await runYiwu(['service', 'report', '--month', '2026-13', '--out', out], env);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /error VALIDATION: month/);
});
