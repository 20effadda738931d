/**
 * `yiwu stalls evaluate` and `yiwu stalls round recompute` over a PGlite data
 * directory with the tiny demo (which has two published rounds).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, optionsFromEnv } from '../src/core/db/database.ts';
import { migrateAll } from '../src/platform/migrations.ts';
import { loadDemo, scaleOf } from '../src/modules/demo/index.ts';
import { ANONYMOUS } from '../src/core/auth/actor.ts';
import { listRounds } from '../src/modules/stall-evaluation/index.ts';
import { runYiwu } from './cli-runner.ts';

const dir = mkdtempSync(join(tmpdir(), 'yiwu-cli-stalls-'));
const env: NodeJS.ProcessEnv = { ...process.env, YIWU_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' };
delete env.DATABASE_URL;
let roundId = 0;

before(async () => {
  const d = await openDatabase(optionsFromEnv(env));
  try {
    await migrateAll(d);
    await loadDemo(d, scaleOf('tiny'));
    roundId = (await listRounds(d.db, ANONYMOUS)).find((r) => r.published)!.id;
  } finally {
    await d.close();
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the operator evaluates a quarter and re-computes a published round to its recorded winner', async () => {
  const ev = await runYiwu(['stalls', 'evaluate', '--period', '2030Q1'], env);
  assert.equal(ev.code, 0, ev.err);
  assert.match(ev.out, /^2030Q1: \d+ stalls evaluated/);
  assert.match(ev.out, /★★★★★ \d+/);
  const bad = await runYiwu(['stalls', 'evaluate', '--period', '2030Q7'], env);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /error VALIDATION/);
  const re = await runYiwu(['stalls', 'round', 'recompute', String(roundId)], env);
  assert.equal(re.code, 0, re.err);
  assert.match(re.out, /same winner and ranking as recorded/);
  const missing = await runYiwu(['stalls', 'round', 'recompute', '999999'], env);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /error NOT_FOUND/);
});
