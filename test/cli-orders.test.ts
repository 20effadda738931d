/**
 * `yiwu orders list|show|export` over a PGlite data directory with a purchase
 * in it (the trade module itself is tested on both engines).
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
import { createProduct } from '../src/modules/catalog/index.ts';
import { checkout } from '../src/modules/trade/index.ts';
import type { Actor } from '../src/core/auth/index.ts';
import { sampleProduct } from './fixtures.ts';
import { runYiwu } from './cli-runner.ts';

const dir = mkdtempSync(join(tmpdir(), 'yiwu-cli-orders-'));
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
    const p = await createProduct(d.db, actor('merchant'), sampleProduct(leaf.code, 'CLI-ORDER'));
    const { purchase } = await checkout(d.db, actor('buyer'), 'cli-orders-0001', { lines: [{ productId: p.id, qty: 500 }] });
    orderId = purchase.orders[0]!.id;
  } finally {
    await d.close();
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the operator lists, shows and exports orders from the command line; amounts in the sheet are numbers', async () => {
  const list = await runYiwu(['orders', 'list', '--status', 'placed'], env);
  assert.equal(list.code, 0, list.err);
  assert.match(list.out, new RegExp(`#${orderId}\\b.*placed.*CNY 5900\\.00`));
  const show = await runYiwu(['orders', 'show', String(orderId)], env);
  assert.equal(show.code, 0, show.err);
  assert.match(show.out, /CLI-ORDER .* × 500 pcs @ CNY 11\.80 = CNY 5900\.00/);
  assert.match(show.out, /— → placed/);
  const missing = await runYiwu(['orders', 'show', '999999'], env);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /error NOT_FOUND/);

  const out = join(dir, 'orders.xlsx');
  const exp = await runYiwu(['orders', 'export', '--out', out, '--lang', 'en'], env);
  assert.equal(exp.code, 0, exp.err);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.worksheets[0]!;
  assert.equal(ws.getRow(1).getCell(7).value, 'Order total');
  const row = ws.getRow(2);
  assert.equal(row.getCell(1).value, orderId);
  assert.equal(row.getCell(7).value, 5900, 'the order total is a number Excel can sum');
  assert.equal(row.getCell(17).value, 500);
});
