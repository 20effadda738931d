/**
 * The real `yiwu` binary: every expected failure prints `error CODE: message` on
 * stderr and exits non-zero (1 for bad data), with no stack trace — including
 * database constraint errors, which the CLI translates as the HTTP layer does.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { testEngines } from '../src/core/db/testing.ts';
import { runYiwu, type Ran } from './cli-runner.ts';

const dir = mkdtempSync(join(tmpdir(), 'yiwu-cli-errors-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function yiwu(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  return runYiwu(args, { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: '', YIWU_DATA_DIR: join(dir, 'data'), DEBUG: '', ...env });
}

function assertFails(r: Ran, code: string, message: RegExp, exit = 1): void {
  assert.equal(r.code, exit, `exit code; stderr: ${r.err}`);
  assert.match(r.err, new RegExp(`^error ${code}: `), r.err);
  assert.match(r.err, message);
  assert.doesNotMatch(r.err, /\n\s+at .*:\d+:\d+/, 'no stack trace');
}

const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('yiwu without a database: load plan and index compute', { concurrency: true }, () => {
  test('load plan with a BR file that does not exist prints FILE_ACCESS and exits 1', async () => {
    assertFails(await yiwu(['load', 'plan', '--br', join(dir, 'missing-br.txt'), '--problem', '1']), 'FILE_ACCESS', /missing-br\.txt: no such file/);
  });

  test('load plan with a truncated BR file prints BAD_BR_FILE and exits 1 (was a bare "error:" with no code)', async () => {
    assertFails(
      await yiwu(['load', 'plan', '--br', file('bad-br.txt', '1\n1 5\n10 10 10\n1\n1 5 1 5 1 5'), '--problem', '1']),
      'BAD_BR_FILE',
      /unexpected end of file/,
    );
  });

  test('load plan with a bad lots row prints BAD_SPREADSHEET naming the row', async () => {
    const lots = file('lots.csv', 'lot,owner,count,length_cm,width_cm,height_cm,gross_kg\nA,M,x,1,1,1,1\n');
    assertFails(await yiwu(['load', 'plan', '--lots', lots]), 'BAD_SPREADSHEET', /row 2: count must be a number/);
  });

  test('a terminal escape sequence in a bad cell is printed visibly (\\u001b), never sent raw to the terminal', async () => {
    const lots = file('esc-lots.csv', 'lot,owner,count,length_cm,width_cm,height_cm,gross_kg\nA,M,\u001b[2J\u001b[31mx,1,1,1,1\n');
    const r = await yiwu(['load', 'plan', '--lots', lots]);
    assertFails(r, 'BAD_SPREADSHEET', /got "\\u001b\[2J\\u001b\[31mx"/);
    assert.ok(!r.err.includes('\u001b'), 'no raw ESC on stderr');
  });

  test('load plan with a bad option prints VALIDATION and keeps the usage exit code 2', async () => {
    assertFails(await yiwu(['load', 'plan', '--br', 'x', '--problem', 'zero']), 'VALIDATION', /--problem must be a positive integer/, 2);
  });

  test('index compute over a CSV with bad rows prints IMPORT_REJECTED with every bad line and exits 1', async () => {
    const bad = file('bad-obs.csv', 'period,product,price\n1,a,1\n2,a,0\n');
    const r = await yiwu(['index', 'compute', '--input', bad, '--formula', 'carli']);
    assertFails(r, 'IMPORT_REJECTED', /\n {2}line 3, column price: price must be > 0, got 0\n/);
  });

  test('a commander usage error (unknown option) still exits non-zero', async () => {
    const r = await yiwu(['load', 'plan', '--no-such-option']);
    assert.notEqual(r.code, 0);
    assert.match(r.err, /unknown option/);
  });
});

for (const engine of testEngines()) {
  describe(`yiwu against a database on ${engine}`, () => {
    const env: NodeJS.ProcessEnv = { YIWU_DATA_DIR: join(dir, `data-${engine}`) };
    let dropDb: (() => Promise<void>) | undefined;
    before(async () => {
      const url = process.env.TEST_DATABASE_URL;
      if (engine !== 'postgres' || !url) return;
      const name = `yiwu_cli_${randomBytes(5).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const u = new URL(url);
      u.pathname = `/${name}`;
      env.DATABASE_URL = u.toString();
      dropDb = async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`drop database if exists ${name}`);
        await c.end();
      };
    });
    after(async () => dropDb?.());

    test('import for a merchant that does not exist prints NOT_FOUND and exits 1', async () => {
      const sheet = file('goods.csv', 'sku\nX\n');
      assertFails(await yiwu(['import', '--merchant', '999999', '--file', sheet], env), 'NOT_FOUND', /market entity 999999 does not exist/);
    });

    test('user create with a username that exists prints DUPLICATE and exits 1 (a raw 23505 was printed as a database message)', async () => {
      const args = ['user', 'create', '--username', 'clerk', '--role', 'operator'];
      const first = await yiwu(args, { ...env, YIWU_NEW_PASSWORD: 'a-long-password' });
      assert.equal(first.code, 0, first.err);
      assertFails(await yiwu(args, { ...env, YIWU_NEW_PASSWORD: 'a-long-password' }), 'DUPLICATE', /already exists/);
    });
  });
}
