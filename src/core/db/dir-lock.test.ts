import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from './database.ts';
import { lockDataDir, lockPathFor, takeoverGuardPath } from './dir-lock.ts';
import { tempRoots } from './test-temp-root.ts';
import { AppError } from '../errors.ts';

/** A fresh directory under the system temp directory, removed after the tests. */
const tempRoot = tempRoots();

function tempDir(): string {
  const dir = join(tempRoot(), 'pglite');
  mkdirSync(dir);
  return dir;
}

/** The pid of a process that has run and exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  assert.ok(child.pid);
  return child.pid;
}

/** A process that stays alive until the returned stop() is called. */
function liveProcess(): { pid: number; stop: () => void } {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1e9)'], { stdio: 'ignore' });
  assert.ok(child.pid);
  return { pid: child.pid, stop: () => child.kill() };
}

function lockRecord(pid: number, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ pid, host: hostname(), command: 'yiwu import --file old.csv', since: '2020-01-01T00:00:00.000Z', token: `t${pid}`, ...extra });
}

function isInUse(pattern?: RegExp) {
  return (e: unknown) => {
    assert.ok(e instanceof AppError, `expected an AppError, got ${String(e)}`);
    assert.equal(e.code, 'DATA_DIR_IN_USE');
    if (pattern) assert.match(e.message, pattern);
    return true;
  };
}

test('a second open of a held PGlite directory is refused with DATA_DIR_IN_USE naming the holder pid', async () => {
  const dir = tempDir();
  const first = await openDatabase({ dataDir: dir });
  try {
    await assert.rejects(openDatabase({ dataDir: dir }), isInUse(new RegExp(`process ${process.pid} \\(`)));
    await assert.rejects(openDatabase({ dataDir: dir }), isInUse(/POST \/api\/products\/import.*YIWU_DATA_DIR/s));
    // the same directory under another spelling: a symlink, and a file:// URL
    const link = join(dir, '..', 'alias');
    symlinkSync(dir, link);
    await assert.rejects(openDatabase({ dataDir: link }), isInUse());
    await assert.rejects(openDatabase({ dataDir: `file://${dir}` }), isInUse());
    await first.db.selectNoFrom((eb) => eb.lit(1).as('one')).execute(); // the holder is unharmed
  } finally {
    await first.close();
  }
});

test('a lock left by a process that has died is taken over', async () => {
  const dir = tempDir();
  const dead = await deadPid();
  writeFileSync(lockPathFor(dir), lockRecord(dead));
  const database = await openDatabase({ dataDir: dir });
  try {
    const now = JSON.parse(readFileSync(lockPathFor(dir), 'utf8')) as { pid: number };
    assert.equal(now.pid, process.pid);
  } finally {
    await database.close();
  }
});

test('a lock whose pid now belongs to another, later process (pid reuse) is taken over', { skip: !existsSync('/proc/self/stat') }, async () => {
  const dir = tempDir();
  const other = liveProcess();
  try {
    writeFileSync(lockPathFor(dir), lockRecord(other.pid, { procStart: '1' })); // started at another time
    const lock = await lockDataDir(dir);
    assert.equal((JSON.parse(readFileSync(lockPathFor(dir), 'utf8')) as { pid: number }).pid, process.pid);
    lock.release();
  } finally {
    other.stop();
  }
});

test('a lock held by a live process that is not this one is respected', async () => {
  const dir = tempDir();
  const other = liveProcess();
  try {
    writeFileSync(lockPathFor(dir), lockRecord(other.pid, { url: 'http://127.0.0.1:3999/' }));
    await assert.rejects(
      openDatabase({ dataDir: dir }),
      isInUse(
        new RegExp(
          `process ${other.pid} \\(yiwu import --file old.csv\\), since 2020-01-01T00:00:00.000Z, serving http://127.0.0.1:3999/.*POST http://127.0.0.1:3999/api/products/import`,
          's',
        ),
      ),
    );
    assert.equal(readFileSync(lockPathFor(dir), 'utf8'), lockRecord(other.pid, { url: 'http://127.0.0.1:3999/' }));
  } finally {
    other.stop();
  }
});

test('a lock written on another host is never guessed stale, and the message says how to clear it', async () => {
  const dir = tempDir();
  writeFileSync(lockPathFor(dir), lockRecord(await deadPid(), { host: 'some-other-host' }));
  await assert.rejects(lockDataDir(dir), isInUse(/on host some-other-host.*delete .*pglite\.lock/s));
});

test('close releases the lock, so the next process may open the directory', async () => {
  const dir = tempDir();
  const first = await openDatabase({ dataDir: dir });
  assert.ok(existsSync(lockPathFor(dir)));
  await first.close();
  assert.ok(!existsSync(lockPathFor(dir)), 'the lock file is removed on close');
  const second = await openDatabase({ dataDir: dir });
  await second.close();
});

test('a release does not remove a lock that another process has taken since', async () => {
  const dir = tempDir();
  const lock = await lockDataDir(dir);
  const other = liveProcess();
  try {
    writeFileSync(lockPathFor(dir), lockRecord(other.pid)); // e.g. ours was judged stale and replaced
    lock.release();
    assert.equal(readFileSync(lockPathFor(dir), 'utf8'), lockRecord(other.pid));
  } finally {
    other.stop();
  }
});

test('a stale lock that a live process is already taking over is not taken over a second time', async () => {
  const dir = tempDir();
  const stale = lockRecord(await deadPid());
  writeFileSync(lockPathFor(dir), stale);
  const taker = liveProcess();
  try {
    writeFileSync(takeoverGuardPath(lockPathFor(dir), stale, 0), lockRecord(taker.pid));
    await assert.rejects(lockDataDir(dir, { attempts: 3 }), isInUse());
    assert.equal(readFileSync(lockPathFor(dir), 'utf8'), stale, 'the lock is left to the live taker');
  } finally {
    taker.stop();
  }
});

test('a stale lock taken over by another process between our look and our takeover is not overwritten', async () => {
  const dir = tempDir();
  writeFileSync(lockPathFor(dir), lockRecord(await deadPid()));
  const rival = liveProcess();
  try {
    const rivals = lockRecord(rival.pid); // the rival wins the race for the stale lock first
    await assert.rejects(lockDataDir(dir, { beforeTakeOver: () => writeFileSync(lockPathFor(dir), rivals) }), isInUse(new RegExp(`process ${rival.pid} `)));
    assert.equal(readFileSync(lockPathFor(dir), 'utf8'), rivals, "the rival's lock stands");
  } finally {
    rival.stop();
  }
});

test('a takeover abandoned by a process that died half-way does not block the directory for ever', async () => {
  const dir = tempDir();
  const stale = lockRecord(await deadPid());
  writeFileSync(lockPathFor(dir), stale);
  writeFileSync(takeoverGuardPath(lockPathFor(dir), stale, 0), lockRecord(await deadPid()));
  const lock = await lockDataDir(dir);
  assert.equal((JSON.parse(readFileSync(lockPathFor(dir), 'utf8')) as { pid: number }).pid, process.pid);
  lock.release();
  assert.deepEqual(readdirSync(join(dir, '..')).sort(), ['pglite'], 'no lock, guard or temporary file is left behind');
});

test('a lock file that cannot be read is not overwritten', async () => {
  const dir = tempDir();
  writeFileSync(lockPathFor(dir), 'not json');
  await assert.rejects(lockDataDir(dir), isInUse(/cannot be read.*delete /s));
  assert.equal(readFileSync(lockPathFor(dir), 'utf8'), 'not json');
});

test('memory:// databases take no lock: two open side by side', async () => {
  const open: Database[] = [];
  try {
    open.push(await openDatabase({ dataDir: 'memory://' }));
    open.push(await openDatabase({ dataDir: 'memory://' }));
    assert.ok(!existsSync('memory:.lock') && !existsSync('memory:'));
  } finally {
    for (const d of open) await d.close();
  }
});

test('PostgreSQL (DATABASE_URL) takes no directory lock: two pools side by side', { skip: !process.env.TEST_DATABASE_URL }, async () => {
  const url = process.env.TEST_DATABASE_URL ?? '';
  const a = await openDatabase({ url });
  const b = await openDatabase({ url });
  try {
    const one = await Promise.all([a, b].map((d) => d.db.selectNoFrom((eb) => eb.lit(1).as('one')).execute()));
    assert.deepEqual(
      one.map((r) => r[0]?.one),
      [1, 1],
    );
  } finally {
    await a.close();
    await b.close();
  }
});
