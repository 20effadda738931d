import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'yiwu.js');

/** Run `yiwu start` until it prints its banner, then stop it; returns everything it printed. */
function startUntilReady(env: NodeJS.ProcessEnv, args: string[] = []): Promise<{ out: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'start', '--port', '0', ...args], {
      cwd: ROOT,
      env: { ...process.env, HOST: '', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const onData = (b: Buffer) => {
      out += b.toString();
      if (/demo accounts|no demo accounts in this database/.test(out) && /\n\n$/.test(out)) child.kill('SIGTERM');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ out, code }));
  });
}

async function adminQuery(url: string, text: string): Promise<pg.QueryResult> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await c.query(text);
  } finally {
    await c.end();
  }
}

describe('npm start never exposes the published demo passwords by accident', () => {
  const dirs: string[] = [];
  after(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  test('the embedded first run loads the demo, says it is a demo database and listens on this machine only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yiwu-start-'));
    dirs.push(dir);
    const { out } = await startUntilReady({ YIWU_DATA_DIR: dir, DATABASE_URL: '' }, ['--scale', 'tiny']);
    assert.match(out, /THIS IS A DEMO DATABASE/);
    assert.match(out, /operator\s+\/ operator123/);
    assert.match(out, /http:\/\/127\.0\.0\.1:\d+\//);
    assert.match(out, /this machine only/);
  });

  const url = process.env.TEST_DATABASE_URL;
  test('an empty PostgreSQL database gets no demo market and no published accounts unless asked', {
    skip: !url && 'TEST_DATABASE_URL is not set',
  }, async () => {
    const base = new URL(url!);
    const name = `yiwu_start_${process.pid}`;
    const admin = new URL(base);
    admin.pathname = '/postgres';
    await adminQuery(admin.href, `drop database if exists ${name}`);
    await adminQuery(admin.href, `create database ${name}`);
    const dbUrl = new URL(base);
    dbUrl.pathname = `/${name}`;
    try {
      const dir = mkdtempSync(join(tmpdir(), 'yiwu-start-'));
      dirs.push(dir);
      const { out } = await startUntilReady({ DATABASE_URL: dbUrl.href, YIWU_DATA_DIR: dir });
      assert.match(out, /starting without demo data/);
      assert.doesNotMatch(out, /operator123/);
      assert.match(out, /no demo accounts in this database/);
      const users = await adminQuery(dbUrl.href, 'select count(*)::int as n from users');
      const markets = await adminQuery(dbUrl.href, 'select count(*)::int as n from markets');
      assert.equal(users.rows[0].n, 0);
      assert.equal(markets.rows[0].n, 0);
    } finally {
      await adminQuery(admin.href, `drop database if exists ${name} with (force)`);
    }
  });
});
