/**
 * `yiwu credit draw --campaign <id>`, `yiwu credit draw --verify <id>`,
 * `yiwu credit blacklist list` and `yiwu credit redlist --year` over a PGlite
 * data directory (the module itself is tested on both engines).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase, optionsFromEnv } from '../src/core/db/database.ts';
import { migrateAll } from '../src/platform/migrations.ts';
import { loadDemo, scaleOf } from '../src/modules/demo/index.ts';
import { defineCampaign, listManually } from '../src/modules/credit/index.ts';
import type { Actor } from '../src/core/auth/index.ts';
import { runYiwu } from './cli-runner.ts';

const dir = mkdtempSync(join(tmpdir(), 'yiwu-cli-credit-'));
const env: NodeJS.ProcessEnv = { ...process.env, YIWU_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' };
delete env.DATABASE_URL;
const REGULATOR: Actor = { userId: null, role: 'regulator', entityId: null };
let campaign = 0;
let listed = 0;

before(async () => {
  const d = await openDatabase(optionsFromEnv(env));
  try {
    await migrateAll(d);
    await loadDemo(d, scaleOf('tiny'));
    campaign = (
      await defineCampaign(d.db, REGULATOR, {
        name: 'CLI test campaign',
        population: { kind: 'merchant' },
        size: 6,
        rates: { A: 0.1, B: 0.2, C: 0.4, D: 0.8 },
        inspectors: ['王明', '李华', '张伟'],
        seed: 7,
      })
    ).id;
    const m = await d.db.selectFrom('entities').select('id').where('kind', '=', 'merchant').orderBy('id', 'desc').executeTakeFirstOrThrow();
    listed = m.id;
    await listManually(d.db, REGULATOR, { entityId: listed, reason: 'CLI test: forged licence', evidenceRefs: ['CASE-CLI-1'] });
  } finally {
    await d.close();
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('draw, verify (matches; a tampered list does not), blacklist and red list from the command line', async () => {
  const drawn = await runYiwu(['credit', 'draw', '--campaign', String(campaign)], env);
  assert.equal(drawn.code, 0, drawn.err);
  assert.match(drawn.out, /6 drawn of \d+ \(seed 7, stratified-mulberry32-v1\)/);
  const again = await runYiwu(['credit', 'draw', '--campaign', String(campaign)], env);
  assert.equal(again.code, 1);
  assert.match(again.err + again.out, /CONFLICT/);
  const ok = await runYiwu(['credit', 'draw', '--verify', String(campaign)], env);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /MATCHES/);

  const d = await openDatabase(optionsFromEnv(env));
  try {
    await sql`update credit_campaign_draws set entity_id = entity_id where campaign_id = ${campaign}`.execute(d.db);
    await sql`update credit_campaign_population set class = case class when 'A' then 'D' else 'A' end where campaign_id = ${campaign}`.execute(d.db);
  } finally {
    await d.close();
  }
  const bad = await runYiwu(['credit', 'draw', '--verify', String(campaign)], env);
  assert.equal(bad.code, 1);
  assert.match(bad.out, /DOES NOT MATCH/);

  const bl = await runYiwu(['credit', 'blacklist', 'list'], env);
  assert.equal(bl.code, 0, bl.err);
  assert.match(bl.out, new RegExp(`entity ${listed}\\b.*manual.*active.*forged licence`));
  const rl = await runYiwu(['credit', 'redlist', '--year', '2026'], env);
  assert.equal(rl.code, 0, rl.err);
  assert.match(rl.out, /^red list 2026/);
});
