/**
 * One process per PGlite data directory. PGlite is PostgreSQL in WebAssembly with
 * no postmaster: two processes that open the same directory each think they own
 * it, and their writes interleave into corrupt pages and indexes, silently. So
 * whoever opens a directory first writes `<dir>.lock` (beside the directory, by its
 * real path), and every other process is refused with DATA_DIR_IN_USE, told who
 * holds it and what to do instead.
 *
 * - The lock appears whole and at once: the record is written to a temporary file
 *   and hard-linked into place, which fails atomically if the lock exists (O_EXCL
 *   semantics; `wx` where the file system has no hard links).
 * - A lock is stale when its holder is gone: same host, and the pid no longer
 *   exists, is a zombie, or now belongs to a process that started at another time
 *   (pid reuse, read from /proc). A lock from another host is never guessed stale.
 * - Taking over a stale lock is serialised: only the process that creates the
 *   guard file named after that exact lock record (a hash of its bytes, which
 *   include a random token) may replace it, and it checks the record is still the
 *   same before renaming its own over it. A guard left by a process that died in
 *   the middle is skipped by using the next guard number, never deleted in a race.
 * - The lock is removed by close() and, as a last resort, when the process exits.
 */
import { createHash, randomBytes } from 'node:crypto';
import { linkSync, readFileSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../errors.ts';

export interface LockRecord {
  pid: number;
  host: string;
  /** The command line of the holder, e.g. `yiwu serve --port 3000`. */
  command: string;
  /** ISO time the lock was taken. */
  since: string;
  /** Random, so that two records are never equal. */
  token: string;
  /** Kernel start time of the holder (Linux /proc), to tell a reused pid apart. */
  procStart?: string;
  /** The holder's HTTP address once it serves. */
  url?: string;
}

export interface DirLock {
  readonly path: string;
  readonly record: LockRecord;
  /** Remove the lock if it is still ours. Idempotent and synchronous. */
  release(): void;
}

const held = new Map<string, DirLock>(); // lock path → our lock
let exitHookInstalled = false;

/** The lock file for a data directory (which must exist): `<realpath>.lock`. */
export function lockPathFor(dir: string): string {
  return `${realpathSync(dir)}.lock`;
}

/** The n-th guard that serialises taking over the stale lock whose bytes are `raw`. */
export function takeoverGuardPath(lockPath: string, raw: string, n: number): string {
  return `${lockPath}.takeover-${createHash('sha256').update(raw).digest('hex').slice(0, 16)}.${n}`;
}

/** Take the lock of an existing data directory, or throw AppError('DATA_DIR_IN_USE'). */
export async function lockDataDir(
  dir: string,
  opts: { attempts?: number /** Called between judging a lock stale and taking it over (tests race here). */; beforeTakeOver?: () => void } = {},
): Promise<DirLock> {
  const lockPath = lockPathFor(dir);
  const record = newRecord();
  const raw = JSON.stringify(record);
  let last: string | undefined;
  for (let attempt = 0; attempt < (opts.attempts ?? 40); attempt++) {
    if (attempt > 0) await sleep(25);
    if (createExclusive(lockPath, raw)) return hold(lockPath, record);
    const seen = readRaw(lockPath);
    if (seen === undefined) continue; // released just now: try again
    last = seen;
    const holder = parse(seen);
    if (!holder || alive(holder)) throw inUse(dir, lockPath, holder);
    opts.beforeTakeOver?.();
    if (takeOver(lockPath, seen, raw)) return hold(lockPath, record);
  }
  throw inUse(dir, lockPath, last === undefined ? undefined : parse(last));
}

/** Record the URL this process serves on in every lock it holds (shown to whoever is refused). */
export function noteServerUrl(url: string): void {
  for (const lock of held.values()) {
    lock.record.url = url;
    replace(lock.path, JSON.stringify(lock.record));
  }
}

function hold(lockPath: string, record: LockRecord): DirLock {
  const lock: DirLock = {
    path: lockPath,
    record,
    release() {
      if (held.get(lockPath) !== lock) return;
      held.delete(lockPath);
      const now = parse(readRaw(lockPath) ?? '');
      if (now?.token === record.token) tryUnlink(lockPath);
    },
  };
  held.set(lockPath, lock);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const l of [...held.values()]) l.release();
    });
  }
  return lock;
}

function newRecord(): LockRecord {
  const procStart = procStartOf(process.pid);
  return {
    pid: process.pid,
    host: hostname(),
    command: commandLine(),
    since: new Date().toISOString(),
    token: randomBytes(12).toString('hex'),
    ...(procStart ? { procStart } : {}),
  };
}

function commandLine(): string {
  const script = process.argv[1] ? basename(process.argv[1]).replace(/\.[cm]?[jt]s$/, '') : basename(process.argv0);
  return [script, ...process.argv.slice(2)].join(' ').slice(0, 200);
}

/** Whether the process that wrote this record still runs (unknown → assume it does). */
function alive(r: LockRecord): boolean {
  if (r.pid === process.pid) return [...held.values()].some((l) => l.record.token === r.token);
  if (r.host !== hostname()) return true;
  try {
    process.kill(r.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const stat = procStat(r.pid);
  if (stat?.state === 'Z' || stat?.state === 'X') return false;
  if (r.procStart && stat && stat.start !== r.procStart) return false;
  return true;
}

function procStat(pid: number): { state: string; start: string } | undefined {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return f[19] ? { state: f[0] ?? '', start: f[19] } : undefined;
  } catch {
    return undefined;
  }
}

function procStartOf(pid: number): string | undefined {
  return procStat(pid)?.start;
}

/** Replace the stale lock `staleRaw` with `raw`, unless another process does or did. */
function takeOver(lockPath: string, staleRaw: string, raw: string): boolean {
  const guard = JSON.stringify(newRecord());
  for (let n = 0; n < 16; n++) {
    const g = takeoverGuardPath(lockPath, staleRaw, n);
    if (createExclusive(g, guard)) {
      try {
        if (readRaw(lockPath) !== staleRaw) return false; // taken over or released meanwhile
        replace(lockPath, raw);
        for (let k = 0; k < n; k++) tryUnlink(takeoverGuardPath(lockPath, staleRaw, k));
        return true;
      } finally {
        tryUnlink(g);
      }
    }
    const otherRaw = readRaw(g);
    if (otherRaw === undefined) continue; // finished just now: the lock has changed, or try the next guard
    const other = parse(otherRaw);
    if (!other || alive(other)) return false; // a live (or unknown) process is taking it over
    // its taker died half-way: try the next guard
  }
  return false;
}

/** Create `path` holding `raw` only if it does not exist; the content appears whole. */
function createExclusive(path: string, raw: string): boolean {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, raw, { flag: 'wx' });
  try {
    linkSync(tmp, path);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
    // no hard links on this file system: exclusive create, then write
    try {
      writeFileSync(path, raw, { flag: 'wx' });
      return true;
    } catch (e2) {
      if ((e2 as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e2;
    }
  } finally {
    tryUnlink(tmp);
  }
}

function replace(path: string, raw: string): void {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, raw, { flag: 'wx' });
  renameSync(tmp, path);
}

function readRaw(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

function parse(raw: string): LockRecord | undefined {
  try {
    const r = JSON.parse(raw) as Partial<LockRecord>;
    if (typeof r.pid === 'number' && Number.isInteger(r.pid) && r.pid > 0 && typeof r.host === 'string' && typeof r.token === 'string') {
      return { command: '?', since: '?', ...r } as LockRecord;
    }
  } catch {
    // fall through
  }
  return undefined;
}

function tryUnlink(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

function inUse(dir: string, lockPath: string, h: LockRecord | undefined): AppError {
  const who = h
    ? `process ${h.pid} (${h.command})${h.host !== hostname() ? ` on host ${h.host}` : ''}, since ${h.since}${h.url ? `, serving ${h.url}` : ''}`
    : 'another process (its lock file cannot be read)';
  const base = h?.url ? h.url.replace(/\/?$/, '/') : undefined;
  const api = base
    ? `use that server instead: its HTTP API (e.g. POST ${base}api/products/import to import a sheet; all endpoints at ${base}docs)`
    : 'if it is a yiwu server, use its HTTP API instead (e.g. POST /api/products/import to import a sheet; all endpoints at /docs)';
  const stop = h && h.host === hostname() ? `stop it (Ctrl-C in its terminal, or kill ${h.pid}) and run this again` : 'stop it and run this again';
  const unsure = !h || h.host !== hostname() ? ` If no such process runs any more, delete ${lockPath}.` : '';
  return new AppError(
    'DATA_DIR_IN_USE',
    `the data directory ${dir} is in use by ${who}. An embedded (PGlite) database can be opened by one process at a time; ` +
      `a second one would corrupt it. Either ${stop}, or ${api}, or set YIWU_DATA_DIR to another directory.${unsure}`,
    { dataDir: dir, lockPath, holder: h ?? null },
  );
}
