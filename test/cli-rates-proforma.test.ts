/**
 * `yiwu rates list|set|import` and `yiwu orders proforma` over a PGlite data
 * directory (the fx and trade modules themselves are tested on both engines).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openDatabase, optionsFromEnv } from '../src/core/db/database.ts';
import { migrateAll } from '../src/platform/migrations.ts';
import { loadDemo, scaleOf } from '../src/modules/demo/index.ts';
import { createProduct } from '../src/modules/catalog/index.ts';
import { checkout } from '../src/modules/trade/index.ts';
import type { Actor } from '../src/core/auth/index.ts';
import { sampleProduct } from './fixtures.ts';
import { runYiwu } from './cli-runner.ts';
import { pdfText } from './pdf-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'yiwu-cli-rates-'));
const env: NodeJS.ProcessEnv = { ...process.env, YIWU_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' };
delete env.DATABASE_URL;
let orderId = 0;

before(async () => {
  const d = await openDatabase(optionsFromEnv(env));
  try {
    await migrateAll(d);
    await loadDemo(d, scaleOf('tiny'));
    const users = await d.db.selectFrom('users').select(['id', 'username', 'role', 'entity_id']).execute();
    const actor = (n: string): Actor => {
      const u = users.find((x) => x.username === n)!;
      return { userId: u.id, role: u.role, entityId: u.entity_id };
    };
    const leaf = await d.db.selectFrom('categories').select('code').where('level', '=', 3).orderBy('code').executeTakeFirstOrThrow();
    const p = await createProduct(d.db, actor('merchant'), sampleProduct(leaf.code, 'CLI-PI'));
    const { purchase } = await checkout(d.db, actor('buyer'), 'cli-proforma-0001', { lines: [{ productId: p.id, qty: 500 }] });
    orderId = purchase.orders[0]!.id;
  } finally {
    await d.close();
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the operator sets, imports and lists rates from the command line; bad input exits 1 with the reason', async () => {
  const set = await runYiwu(['rates', 'set', 'USD=7.25', 'JPY=4.8/100', '--date', '2024-02-01', '--source', 'PBOC'], env);
  assert.equal(set.code, 0, set.err);
  assert.match(set.out, /2024-02-01\tJPY\t0\.048\tPBOC/);
  const csv = join(dir, 'rates.csv');
  writeFileSync(csv, '日期,币种,汇率\n2024-02-02,USD,7.26\n2024-02-02,EUR,7.81\n');
  const imp = await runYiwu(['rates', 'import', csv], env);
  assert.equal(imp.code, 0, imp.err);
  assert.match(imp.out, /imported 2 rates \(EUR, USD\) from 2024-02-02 to 2024-02-02/);
  const list = await runYiwu(['rates', 'list', '--date', '2024-02-04'], env);
  assert.equal(list.code, 0, list.err);
  assert.match(list.out, /USD\t7\.26\tof 2024-02-02\trates\.csv/);
  assert.match(list.out, /JPY\t0\.048\tof 2024-02-01\tPBOC/);
  const history = await runYiwu(['rates', 'list', '--currency', 'usd', '--date', '2024-02-28'], env);
  assert.deepEqual(history.out.trim().split('\n').slice(0, 2), ['2024-02-02\tUSD\t7.26\trates.csv', '2024-02-01\tUSD\t7.25\tPBOC']);
  const bad = await runYiwu(['rates', 'set', 'CNY=1'], env);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /error VALIDATION: .*reference currency/);
  const garbled = await runYiwu(['rates', 'set', 'USD:7'], env);
  assert.equal(garbled.code, 1);
  assert.match(garbled.err, /is not CUR=rate/);
});

test('yiwu orders proforma writes the PDF and the xlsx; an unknown order exits 1', async () => {
  const pdfPath = join(dir, 'pi.pdf');
  const pdf = await runYiwu(['orders', 'proforma', String(orderId), '--lang', 'en', '--out', pdfPath], env);
  assert.equal(pdf.code, 0, pdf.err);
  const number = /wrote (PI-\d{4}-\d{6}) \(pdf, en\)/.exec(pdf.out)?.[1];
  assert.ok(number, pdf.out);
  const bytes = readFileSync(pdfPath);
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  const text = pdfText(bytes).join('\n');
  assert.ok(text.includes(number) && text.includes('PROFORMA INVOICE') && text.includes('CLI-PI'), text.slice(0, 400));

  const xlsxPath = join(dir, 'pi.xlsx');
  const xlsx = await runYiwu(['orders', 'proforma', String(orderId), '--out', xlsxPath], env);
  assert.equal(xlsx.code, 0, xlsx.err);
  assert.match(xlsx.out, /\(xlsx, zh\)/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsxPath);
  assert.equal(wb.worksheets[0]!.name, '形式发票');

  const missing = await runYiwu(['orders', 'proforma', '99999999', '--out', join(dir, 'x.pdf')], env);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /error NOT_FOUND/);
  const badLang = await runYiwu(['orders', 'proforma', String(orderId), '--lang', 'fr', '--out', pdfPath], env);
  assert.equal(badLang.code, 1);
  assert.match(badLang.err, /--lang fr/);
});
