/**
 * The data-directory lock against real second processes: a process that opens a
 * held directory, the `yiwu` CLI run beside a holder, and several processes racing
 * for one stale lock.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, sql } from './database.ts';
import { migrate } from './migrate.ts';
import { lockPathFor } from './dir-lock.ts';
import { tempRoots } from './test-temp-root.ts';

/** A fresh directory under the system temp directory, removed after the tests. */
const tempRoot = tempRoots();

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DATABASE_TS = new URL('./database.ts', import.meta.url).href;
const DIR_LOCK_TS = new URL('./dir-lock.ts', import.meta.url).href;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runNode(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

/** path → sha256 of every file under dir (the bytes a second process must not touch). */
function fingerprint(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

test('a second process opening a held PGlite directory exits with DATA_DIR_IN_USE and leaves the data untouched', async () => {
  const dir = join(tempRoot(), 'pglite');
  const holder = await openDatabase({ dataDir: dir });
  try {
    await migrate(holder, []);
    await sql`create table lock_probe (n int primary key)`.execute(holder.db);
    await sql`insert into lock_probe select generate_series(1, 1000)`.execute(holder.db);
    await sql`checkpoint`.execute(holder.db);
    const before = fingerprint(dir);
    const script =
      `const { openDatabase } = await import(${JSON.stringify(DATABASE_TS)});` +
      `try { const d = await openDatabase({ dataDir: ${JSON.stringify(dir)} }); await d.db.deleteFrom('lock_probe').execute(); process.exit(0); }` +
      `catch (e) { process.stderr.write(e.code + ': ' + e.message); process.exit(e.code === 'DATA_DIR_IN_USE' ? 3 : 1); }`;
    const second = await runNode(['--import', 'tsx', '--input-type=module', '-e', script]);
    assert.equal(second.code, 3, second.stderr);
    assert.match(second.stderr, new RegExp(`^DATA_DIR_IN_USE: .*process ${process.pid} \\(`));
    assert.deepEqual(fingerprint(dir), before, 'no file of the data directory changed');
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from lock_probe`.execute(holder.db);
    assert.equal(rows[0]?.n, 1000);
  } finally {
    await holder.close();
  }
});

test('`yiwu import` beside a running holder refuses with DATA_DIR_IN_USE and points to the HTTP import', async () => {
  const dataRoot = tempRoot();
  const holder = await openDatabase({ dataDir: join(dataRoot, 'pglite') });
  try {
    const sheet = join(dataRoot, 'goods.csv');
    writeFileSync(sheet, 'name_zh\n保温杯\n');
    const cli = await runNode(['bin/yiwu.js', 'import', '--merchant', '1', '--file', sheet], { YIWU_DATA_DIR: dataRoot, DATABASE_URL: '' });
    assert.equal(cli.code, 1, cli.stderr);
    assert.match(cli.stderr, /^error DATA_DIR_IN_USE: the data directory .*pglite is in use by process \d+ /);
    assert.match(cli.stderr, new RegExp(`kill ${process.pid}\\b`));
    assert.match(cli.stderr, /POST \/api\/products\/import/);
  } finally {
    await holder.close();
  }
});

test('several processes racing to take over one stale lock: exactly one wins', async () => {
  const dir = join(tempRoot(), 'pglite');
  mkdirSync(dir);
  const dead = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => dead.once('exit', resolve));
  const stale = JSON.stringify({ pid: dead.pid, host: hostname(), command: 'yiwu serve', since: '2020-01-01T00:00:00.000Z', token: 'stale' });
  writeFileSync(lockPathFor(dir), stale);
  // each racer waits for a go file, tries once, reports, then holds until its stdin closes
  const go = join(dir, '..', 'go');
  const script =
    `const { lockDataDir } = await import(${JSON.stringify(DIR_LOCK_TS)}); const fs = await import('node:fs');` +
    `while (!fs.existsSync(${JSON.stringify(go)})) await new Promise((r) => setTimeout(r, 2));` +
    `try { await lockDataDir(${JSON.stringify(dir)}); console.log('won'); } catch (e) { console.log(e.code); }` +
    `process.stdin.resume(); process.stdin.on('end', () => process.exit(0));`;
  const racers = Array.from({ length: 4 }, () =>
    spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] }),
  );
  const answers = racers.map(
    (r) =>
      new Promise<string>((resolve) => {
        let out = '';
        r.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('\n')) resolve(out.trim());
        });
        r.once('exit', () => resolve(out.trim() || 'exited'));
      }),
  );
  await new Promise((r) => setTimeout(r, 1500)); // let every racer load and start polling for the go file
  writeFileSync(go, '');
  const results = await Promise.all(answers);
  try {
    assert.equal(results.filter((x) => x === 'won').length, 1, results.join(', '));
    assert.equal(results.filter((x) => x === 'DATA_DIR_IN_USE').length, 3, results.join(', '));
    const winner = racers[results.indexOf('won')];
    assert.equal((JSON.parse(readFileSync(lockPathFor(dir), 'utf8')) as { pid: number }).pid, winner?.pid);
  } finally {
    for (const r of racers) r.stdin.end();
    await Promise.all(racers.map((r) => new Promise((resolve) => (r.exitCode === null ? r.once('exit', resolve) : resolve(null)))));
  }
  assert.deepEqual(readdirSync(join(dir, '..')).sort(), ['go', 'pglite'], 'every racer released or never held; no guard left');
});

test('a process that exits without closing its database leaves no lock behind', async () => {
  const dir = join(tempRoot(), 'pglite');
  mkdirSync(dir);
  const script = `const { lockDataDir } = await import(${JSON.stringify(DIR_LOCK_TS)}); await lockDataDir(${JSON.stringify(dir)}); console.log('held'); process.exit(0);`;
  const run = await runNode(['--import', 'tsx', '--input-type=module', '-e', script]);
  assert.equal(run.stdout.trim(), 'held', run.stderr);
  assert.ok(!existsSync(lockPathFor(dir)), 'the exit hook removed the lock');
});

test('`yiwu serve` on a port in use says so, exits 1 and lets go of the data directory', async () => {
  const dataRoot = tempRoot();
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  const port = (busy.address() as AddressInfo).port;
  try {
    const serve = await runNode(['bin/yiwu.js', 'serve', '--port', String(port), '--host', '127.0.0.1'], {
      YIWU_DATA_DIR: dataRoot,
      DATABASE_URL: '',
      LOG_LEVEL: 'silent',
    });
    assert.equal(serve.code, 1, serve.stderr);
    assert.match(serve.stderr, new RegExp(`^error CONFLICT: port ${port} is in use`, 'm'));
    assert.ok(!existsSync(lockPathFor(join(dataRoot, 'pglite'))), 'the data directory is not left held');
  } finally {
    busy.close();
  }
});
