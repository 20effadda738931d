/**
 * `yiwu procurement …` over a PGlite data directory holding the tiny demo
 * market with a buyer's order: register the agent, buyer and merchant, keep the
 * HS list, record a trade (a prohibited one refused with its reason), list the
 * records and payments, write the VAT report (the module itself is tested on
 * both engines).
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
import type { Actor } from '../src/core/auth/index.ts';
import { procurementMarket } from './procurement-fixtures.ts';
import { runYiwu } from './cli-runner.ts';

const dir = mkdtempSync(join(tmpdir(), 'yiwu-cli-proc-'));
const env: NodeJS.ProcessEnv = { ...process.env, YIWU_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' };
delete env.DATABASE_URL;
let ids = { agent: 0, buyer: 0, merchant: 0, order: 0 };

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
    const m = { d, merchant: actor('merchant'), merchant2: actor('merchant2'), buyer: actor('buyer'), operator: actor('operator'), categoryLeaf: leaf.code };
    const p = await procurementMarket(m);
    ids = { agent: p.agent.entityId!, buyer: m.buyer.entityId!, merchant: m.merchant.entityId!, order: p.order };
  } finally {
    await d.close();
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the operator registers the parties, keeps the HS list, records a trade and writes the VAT report from the command line', async () => {
  const yiwu = async (...args: string[]) => {
    const r = await runYiwu(['procurement', ...args], env);
    assert.equal(r.code, 0, `${args.join(' ')}: ${r.err}`);
    return r.out;
  };
  assert.match(await yiwu('register', '--kind', 'agent', '--entity', String(ids.agent), '--customs-code', '3318960001'), /registered agent/);
  const buyer = await yiwu(
    'register',
    '--kind',
    'buyer',
    '--entity',
    String(ids.buyer),
    '--nationality',
    'AE',
    '--doc-number',
    'P7654321',
    '--agent',
    String(ids.agent),
  );
  assert.match(buyer, /registered buyer/);
  await yiwu('register', '--kind', 'merchant', '--entity', String(ids.merchant), '--agent', String(ids.agent));
  assert.match(await yiwu('list', '--kind', 'buyer'), /AE passport P7654321/);

  assert.match(await yiwu('hs-list', 'list'), /^93\tprohibited/m);
  await yiwu('hs-list', 'add', '0508', 'restricted', '珊瑚', 'Coral', '--source', 'CITES');
  assert.match(await yiwu('hs-list', 'list'), /^0508\trestricted\t珊瑚 \/ Coral\tCITES/m);
  await yiwu('hs-list', 'remove', '0508');
  assert.match(await yiwu('hs-list', 'edits'), /remove\t0508/);

  const refused = await runYiwu(['procurement', 'record', String(ids.order), '--agent', String(ids.agent)], env);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /error NOT_QUALIFIED: .*HS 9304000000 is prohibited/);
  assert.match(await yiwu('record', String(ids.order), '--agent', String(ids.agent), '--lines', '1'), /trade record #\d+: 1 line\(s\), CNY 1250\.00/);
  const month = new Date().toISOString().slice(0, 7);
  const sheet = join(dir, 'vat.xlsx');
  const out = await yiwu('vat-report', '--month', month, '--out', sheet, '--lang', 'en');
  assert.match(out, /1 merchant row\(s\)/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sheet);
  assert.equal(wb.worksheets[0]!.getRow(2).getCell(6).value, 'VAT-exempt export sales');
  assert.equal(wb.worksheets[0]!.getRow(3).getCell(6).value, 1250);
  assert.match(await yiwu('records'), /^1 trade records\n#\d+\t\d{4}-\d\d-\d\d\torder \d+\tmerchant/);
  assert.match(await yiwu('payments'), /^0 payments/);
});
