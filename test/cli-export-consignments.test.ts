/**
 * `yiwu export consignments list|show|documents` over a PGlite data directory
 * with a consignment whose plan is final (the module and the API are tested on
 * both engines); `yiwu export declarations` still needs no database.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, optionsFromEnv } from '../src/core/db/database.ts';
import { migrateAll } from '../src/platform/migrations.ts';
import { loadDemo, scaleOf } from '../src/modules/demo/index.ts';
import type { Actor } from '../src/core/auth/index.ts';
import { loadPlanTask, saveLoadPlan, setInspection } from '../src/modules/export/index.ts';
import { planWithList } from '../src/modules/load-planner/index.ts';
import { openConsignmentForBuyer } from '../src/flows/open-consignment.ts';
import { receiveLotFromRecord } from '../src/flows/receive-lot.ts';
import { consolidationMarket, measures } from './export-consolidation-fixtures.ts';
import { runYiwu } from './cli-runner.ts';

const dir = mkdtempSync(join(tmpdir(), 'yiwu-cli-consignments-'));
const env: NodeJS.ProcessEnv = { ...process.env, YIWU_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' };
delete env.DATABASE_URL;
let id = 0;

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
    const f = await consolidationMarket(m);
    id = (await openConsignmentForBuyer(d.db, f.agent, { buyerId: m.buyer.entityId, destination: 'AEJEA', incoterm: 'FOB' })).id;
    const a = await receiveLotFromRecord(d.db, f.agent, id, measures(f.record, 1, 8, true));
    const b = await receiveLotFromRecord(d.db, f.agent, id, measures(f.record2, 1, 6));
    await setInspection(d.db, f.customs, { lotIds: [a.id, b.id], status: 'released' });
    const { task, lotIds } = await loadPlanTask(d.db, f.agent, id, { timeLimitSeconds: 1 });
    await saveLoadPlan(d.db, f.agent, id, lotIds, planWithList(task));
  } finally {
    await d.close();
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the operator lists and shows consignments and writes their documents from the command line', async () => {
  const list = await runYiwu(['export', 'consignments', 'list'], env);
  assert.equal(list.code, 0, list.err);
  assert.match(list.out, new RegExp(`#${id}\\b.*AEJEA FOB\\topen\\tlots 2 \\(pending 0, released 2, held 0, returned 0\\)\\tplan final`));
  const show = await runYiwu(['export', 'consignments', 'show', String(id)], env);
  assert.equal(show.code, 0, show.err);
  assert.match(show.out, /released\tmerchant \d+\t9617001900 不锈钢保温杯\t8 ctn 520×380×305 mm ↑/);
  assert.match(show.out, /plan: final, 1 container\(s\)/);
  const json = join(dir, 'docs.json');
  const r = await runYiwu(['export', 'consignments', 'documents', String(id), '--type', 'json', '--save', json], env);
  assert.equal(r.code, 0, r.err);
  const docs = JSON.parse(readFileSync(json, 'utf8'));
  assert.equal(docs.goodsList.totals.cartons, 14);
  const xlsx = join(dir, 'packing.xlsx');
  assert.equal((await runYiwu(['export', 'consignments', 'documents', String(id), '--kind', 'packing-list', '--save', xlsx], env)).code, 0);
  assert.equal(readFileSync(xlsx).subarray(0, 2).toString(), 'PK');
  const bad = await runYiwu(['export', 'consignments', 'documents', String(id), '--kind', 'invoice', '--save', xlsx], env);
  assert.equal(bad.code, 1);
  assert.match(bad.err + bad.out, /error VALIDATION: --kind/);
  const missing = await runYiwu(['export', 'consignments', 'show', '99999'], env);
  assert.equal(missing.code, 1);
  assert.match(missing.err + missing.out, /error NOT_FOUND/);
});
