/**
 * `yiwu credit ip list|show|file|takedown|decide` over a PGlite data directory
 * with the tiny demo (its complaints in every state): a complaint filed from the
 * command line takes its listing down, an upheld decision keeps it hidden and
 * records the credit event, bad input is a clear error and nothing is written.
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
import { runYiwu } from './cli-runner.ts';

const dir = mkdtempSync(join(tmpdir(), 'yiwu-cli-ip-'));
const env: NodeJS.ProcessEnv = { ...process.env, YIWU_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' };
delete env.DATABASE_URL;
let product = 0;

/** A listing's status and hold, read straight from the data directory (the CLI must have closed it). */
async function listing(id: number): Promise<{ status: string; ip_hold: boolean }> {
  const d = await openDatabase(optionsFromEnv(env));
  try {
    const r = await sql<{ status: string; ip_hold: boolean }>`select status, ip_hold from products where id = ${id}`.execute(d.db);
    return { status: r.rows[0]!.status, ip_hold: r.rows[0]!.ip_hold };
  } finally {
    await d.close();
  }
}

before(async () => {
  const d = await openDatabase(optionsFromEnv(env));
  try {
    await migrateAll(d);
    await loadDemo(d, scaleOf('tiny'));
    // an active listing no demo complaint is about
    const p = await sql<{ id: number }>`select id from products where status = 'active' and not ip_hold order by id limit 1`.execute(d.db);
    product = p.rows[0]!.id;
  } finally {
    await d.close();
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('list shows the demo complaints in every state, and filters by state', async () => {
  const all = await runYiwu(['credit', 'ip', 'list'], env);
  assert.equal(all.code, 0, all.err);
  for (const s of ['filed', 'taken_down', 'countered', 'upheld', 'rejected']) assert.match(all.out, new RegExp(`\\t${s}\\t`), s);
  const upheld = await runYiwu(['credit', 'ip', 'list', '--status', 'upheld'], env);
  assert.equal(upheld.code, 0, upheld.err);
  const lines = upheld.out.trim().split('\n').slice(1);
  assert.ok(lines.length >= 1);
  for (const l of lines) assert.match(l, /\tupheld\t/);
});

test('file, take down and uphold from the command line: the listing stays down under the hold, with a credit event', async () => {
  const filed = await runYiwu(
    [
      'credit',
      'ip',
      'file',
      '--product',
      String(product),
      '--complainant',
      '义乌某品牌有限公司',
      '--right',
      'trademark',
      '--ref',
      'TM-12345678',
      '--claim',
      'The listing uses our registered mark on its goods.',
      '--evidence',
      'EV-1',
      'EV-2',
    ],
    env,
  );
  assert.equal(filed.code, 0, filed.err);
  const id = Number(/^#(\d+)\tfiled\t/m.exec(filed.out)?.[1]);
  assert.ok(id > 0, filed.out);
  assert.match(filed.out, /evidence: EV-1; EV-2/);
  assert.deepEqual(await listing(product), { status: 'active', ip_hold: false });

  const down = await runYiwu(['credit', 'ip', 'takedown', String(id), '--reason', 'clear on the evidence'], env);
  assert.equal(down.code, 0, down.err);
  assert.match(down.out, new RegExp(`^#${id}\\ttaken_down\\t`, 'm'));
  assert.deepEqual(await listing(product), { status: 'hidden', ip_hold: true });

  const decided = await runYiwu(['credit', 'ip', 'decide', String(id), '--outcome', 'upheld', '--reason', 'infringing'], env);
  assert.equal(decided.code, 0, decided.err);
  assert.match(decided.out, /upheld .*: infringing \(credit event \d+\)/);
  assert.deepEqual(await listing(product), { status: 'hidden', ip_hold: true });

  const shown = await runYiwu(['credit', 'ip', 'show', String(id)], env);
  assert.equal(shown.code, 0, shown.err);
  assert.match(shown.out, /taken down .*: clear on the evidence/);
});

test('bad input is refused with a clear error and writes nothing', async () => {
  const before = await runYiwu(['credit', 'ip', 'list'], env);
  const badId = await runYiwu(['credit', 'ip', 'show', 'abc'], env);
  assert.equal(badId.code, 1);
  assert.match(badId.err + badId.out, /VALIDATION.*positive integer/s);
  const missing = await runYiwu(['credit', 'ip', 'show', '999999'], env);
  assert.equal(missing.code, 1);
  assert.match(missing.err + missing.out, /NOT_FOUND/);
  const badOutcome = await runYiwu(['credit', 'ip', 'decide', '1', '--outcome', 'maybe', '--reason', 'x'], env);
  assert.equal(badOutcome.code, 1);
  assert.match(badOutcome.err + badOutcome.out, /VALIDATION|CONFLICT/);
  const after = await runYiwu(['credit', 'ip', 'list'], env);
  assert.equal(after.out, before.out);
});
