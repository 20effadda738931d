/**
 * `yiwu export declarations --input consignment.json [--json]`, the real
 * command: the same declarations as the module, a readable table, and bad input
 * as `error CODE: message` naming the lot and field, exit 1, no stack trace.
 * The command needs no database (the data directory is never created), and the
 * catalogue's `yiwu export --merchant … --out …` still asks for its options.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitDeclarations } from '../src/modules/export/index.ts';
import { runYiwu } from './cli-runner.ts';

const dir = mkdtempSync(join(tmpdir(), 'yiwu-cli-export-'));
const dataDir = join(dir, 'data');
const env: NodeJS.ProcessEnv = { ...process.env, YIWU_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
delete env.DATABASE_URL;
after(() => rmSync(dir, { recursive: true, force: true }));

const lot = (id: string, hs: string, valueMinor: number, more: object = {}) => ({
  id,
  merchant: 'M-0001',
  goodsName: `goods ${hs}`,
  hs,
  quantity: 100,
  unit: 'pcs',
  cartons: 10,
  valueMinor,
  currency: 'CNY',
  netKg: 50,
  grossKg: 55.5,
  ...more,
});
const consignment = {
  date: '2026-11-30',
  rates: [{ currency: 'CNY', perUsd: 7.1 }],
  lots: [
    lot('L1', '9503002100', 120_000_000, { goodsName: '毛绒玩具' }),
    lot('L2', '6307900000', 5_000_000),
    lot('L3', '3926909000', 700_000),
    lot('L4', '3926100000', 600_000),
    lot('L5', '4202220000', 500_000),
    lot('L6', '9505100000', 400_000),
    lot('L7', '9503009000', 300_000),
  ],
};
const file = (name: string, body: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body));
  return path;
};

test('--json prints {"declarations": […]} exactly as the module computes them; without it, a table with the lower bound', async () => {
  const input = file('consignment.json', consignment);
  const json = await runYiwu(['export', 'declarations', '--input', input, '--json'], env);
  assert.equal(json.code, 0, json.err);
  assert.deepEqual(JSON.parse(json.out), { declarations: splitDeclarations(consignment).declarations });
  const table = await runYiwu(['export', 'declarations', '--input', input], env);
  assert.equal(table.code, 0, table.err);
  assert.match(table.out, /^declaration 1 of 2 {2}USD 1\d\d,\d{3}\.\d\d/m);
  assert.match(table.out, /毛绒玩具/);
  assert.match(table.out, /\(1 merged by HS chapter, marked \*\)/);
  assert.match(table.out, /^2 declarations of at most USD 150,000\.00 for 7 lots \(1 cut by whole cartons\), USD 179,577\.47 in all; lower bound 2$/m);
  assert.ok(!existsSync(dataDir), 'no database was opened');
});

test('bad input exits 1 with the code and the lot and field, never a stack trace', async () => {
  const cases: [string, unknown, RegExp][] = [
    [
      'bad-hs.json',
      { ...consignment, lots: [lot('L1', '9503002100', 100), lot('L-x', '950300', 100)] },
      /^error VALIDATION: lot "L-x" \(lots\[1\]\) hs: a 10-digit Chinese HS code/,
    ],
    ['no-rate.json', { ...consignment, rates: [] }, /^error VALIDATION: lot "L1" \(lots\[0\]\) currency: no rate for CNY/],
    [
      'gold.json',
      { ...consignment, lots: [lot('gold', '7113190000', 1_100_000_000, { cartons: 1 })] },
      /^error CARTON_OVER_CAP: lot "gold" \(lots\[0\]\) cartons: one carton is worth/,
    ],
    ['broken.json', '{"date": "2026-11-30", "lots": [', /^error VALIDATION: .*broken\.json is not JSON/],
  ];
  for (const [name, body, want] of cases) {
    const r = await runYiwu(['export', 'declarations', '--input', file(name, body), '--json'], env);
    assert.equal(r.code, 1, `${name}: ${r.err}`);
    assert.equal(r.out, '');
    assert.match(r.err, want);
    assert.doesNotMatch(r.err, /^\s+at /m, 'no stack trace');
  }
  const missing = await runYiwu(['export', 'declarations', '--input', join(dir, 'nope.json')], env);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /^error FILE_ACCESS: cannot read .*nope\.json: no such file/);
  const products = await runYiwu(['export', '--out', join(dir, 'p.csv')], env);
  assert.notEqual(products.code, 0);
  assert.match(products.err, /required option '--merchant/, 'the catalogue export still needs its merchant');
});
