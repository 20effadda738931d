/**
 * Search over HTTP (issue 15: p99 ≤ 30 ms at full scale including hydration). A real `yiwu serve`
 * process on PostgreSQL answers the corpus-statistics query classes of bench/search/run.ts through
 * `GET /api/search` (facets, exact totals, hits hydrated from the database); this process is the
 * client. Prints per class the wall time p50 / p95 / p99 and the engine's own time (`tookMs`), the
 * server's first start (index built from the database) and a restart (snapshot load and catch-up).
 *
 *   node --expose-gc --max-old-space-size=12000 --import tsx bench/search/http.ts \
 *     [--scale full] [--db yiwu_bench_search_http_full] [--snapshot /tmp/full.snap] [--per-class 50]
 *     [--drop]
 *
 * The database NAME on the server of BENCH_DATABASE_URL is created and loaded with the generated
 * market of --scale when it holds no products, and kept for the next run (--drop drops it after);
 * bench/orders --reuse NAME at the same scale makes the same products. The queries are drawn from
 * an index of the same generated corpus: loaded from --snapshot when that file exists (as
 * bench/search/run.ts --snapshot writes it), else built here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../../src/core/db/database.ts';
import { loadDemo, scaleOf } from '../../src/modules/demo/index.ts';
import { SearchIndex } from '../../src/modules/search/index.ts';
import { migrateAll } from '../../src/platform/migrations.ts';
import { BENCH_SERVER_URL } from '../bench-db.ts';
import { CLASSES, Corpus, filtersOf, makeStatQueries, type BenchQuery, type QueryClass } from './corpus.ts';
import { fmtMs, summary } from './stats.ts';

const { values: opt } = parseArgs({
  options: {
    scale: { type: 'string', default: 'full' },
    db: { type: 'string', default: '' },
    snapshot: { type: 'string', default: '' },
    'per-class': { type: 'string', default: '50' },
    drop: { type: 'boolean', default: false },
  },
});
const scale = scaleOf(opt.scale);
const dbName = opt.db || `yiwu_bench_search_http_${opt.scale.replace(/[^a-z0-9]/gi, '_')}`;
if (!/^[a-z_][a-z0-9_]*$/.test(dbName)) throw new Error(`--db takes a database name such as yiwu_bench_search_http_full, got ${dbName}`);
const log = (s: string) => process.stderr.write(`${s}\n`);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dbUrl = BENCH_SERVER_URL.replace(/\/[^/]*$/, `/${dbName}`);

// ── the database ────────────────────────────────────────────────────────────
{
  const admin = new pg.Client({ connectionString: BENCH_SERVER_URL });
  await admin.connect();
  if (!(await admin.query('select 1 from pg_database where datname = $1', [dbName])).rowCount) await admin.query(`create database ${dbName}`);
  await admin.end();
  const database = await openDatabase({ url: dbUrl });
  await migrateAll(database);
  const n = await sql<{ n: number }>`select count(*)::int as n from products`.execute(database.db);
  if (n.rows[0]!.n === 0) {
    const t = performance.now();
    log(`loading the ${scale.name} market into ${dbName}…`);
    await loadDemo(database, scale);
    log(`  loaded in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
  const m = await sql<{ n: number }>`select count(*)::int as n from products where status = 'active'`.execute(database.db);
  log(`${dbName}: ${m.rows[0]!.n} active products`);
  await database.close();
}

// ── the queries ─────────────────────────────────────────────────────────────
/** The query set, from a local index that is dropped before the server starts (it holds its own). */
async function makeQueries(): Promise<BenchQuery[]> {
  const corpus = new Corpus(opt.scale);
  const local = opt.snapshot && existsSync(opt.snapshot) ? await SearchIndex.load(opt.snapshot) : await SearchIndex.build(corpus.docs());
  return makeStatQueries(local, corpus, Number(opt['per-class']));
}
const queries = await makeQueries();
globalThis.gc?.();

const paramsOf = (q: BenchQuery): URLSearchParams | undefined => {
  const p = new URLSearchParams({ q: q.text });
  const f = filtersOf(q);
  if (f?.category) p.set('category', f.category);
  if (f?.priceMin !== undefined) p.set('priceMin', String(f.priceMin));
  if (f?.priceMax !== undefined) p.set('priceMax', String(f.priceMax));
  if (f?.moqMax !== undefined) p.set('moqMax', String(f.moqMax));
  if (f?.district !== undefined) {
    if (f.district < 1) return undefined; // the API's districts are 1–255
    p.set('district', String(f.district));
  }
  if (q.sort) p.set('sort', q.sort);
  if (q.page) p.set('page', String(q.page));
  if (q.pageSize) p.set('pageSize', String(q.pageSize));
  return p;
};

// ── the server ──────────────────────────────────────────────────────────────
const dataDir = mkdtempSync(join(tmpdir(), 'yiwu-search-http-'));
const port = 20_000 + (process.pid % 20_000);
const base = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;

async function start(what: string): Promise<number> {
  const t = performance.now();
  server = spawn(process.execPath, [join(root, 'bin', 'yiwu.js'), 'serve', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: dbUrl, YIWU_DATA_DIR: dataDir, HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  server.stderr!.on('data', (b: Buffer) => {
    err = (err + b.toString()).slice(-4000);
  });
  const exited = new Promise<never>((_, rej) => server!.once('exit', (code) => rej(new Error(`the server exited (${code}) during ${what}: ${err}`))));
  for (let i = 0; ; i++) {
    const r = await Promise.race([
      fetch(`${base}/api/search?q=${encodeURIComponent('杯')}&facets=false`).then(
        (res) => res.status,
        () => 0,
      ),
      exited,
    ]);
    if (r === 200) break;
    if (i % 30 === 0) log(`  ${what}: waiting for search (HTTP ${r || 'not listening'}, ${((performance.now() - t) / 1000).toFixed(0)} s)`);
    await new Promise((res) => setTimeout(res, 1000));
  }
  const s = (performance.now() - t) / 1000;
  server.removeAllListeners('exit');
  return s;
}

async function stop(): Promise<void> {
  const s = server;
  if (!s || s.exitCode !== null) return;
  const done = new Promise((res) => s.once('exit', res));
  s.kill('SIGTERM');
  await Promise.race([done, new Promise((res) => setTimeout(res, 60_000))]);
  if (s.exitCode === null) s.kill('SIGKILL');
}

const rssMb = () => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server!.pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
};

try {
  const first = await start('first start (index built from the database)');
  log(`first start: search ready after ${first.toFixed(1)} s; server RSS ${rssMb().toFixed(0)} MB`);
  // The server saves its snapshot after a build; a restart loads it.
  await new Promise((res) => setTimeout(res, 5000));
  await stop();
  const restart = await start('restart (snapshot)');
  log(`restart: search ready after ${restart.toFixed(1)} s (process start, migrations check, snapshot load, catch-up)`);

  const wall = new Map<QueryClass, number[]>();
  const took = new Map<QueryClass, number[]>();
  const all: number[] = [];
  let skipped = 0;
  let failed = 0;
  const ask = async (p: URLSearchParams) => {
    const t = performance.now();
    const res = await fetch(`${base}/api/search?${p}`);
    const body = (await res.json()) as { tookMs?: number; items?: { product?: unknown }[] };
    return { ms: performance.now() - t, status: res.status, body };
  };
  // Warm-up on a tenth of the queries.
  for (let i = 0; i < queries.length; i += 10) {
    const p = paramsOf(queries[i]!);
    if (p) await ask(p);
  }
  for (const q of queries) {
    const p = paramsOf(q);
    if (!p) {
      skipped++;
      continue;
    }
    const r = await ask(p);
    if (r.status !== 200) {
      failed++;
      if (failed <= 3) log(`  HTTP ${r.status} for ${p}: ${JSON.stringify(r.body).slice(0, 200)}`);
      continue;
    }
    (wall.get(q.cls) ?? wall.set(q.cls, []).get(q.cls)!).push(r.ms);
    (took.get(q.cls) ?? took.set(q.cls, []).get(q.cls)!).push(r.body.tookMs ?? Number.NaN);
    all.push(r.ms);
  }
  console.log(
    `scale ${scale.name}; ${all.length} queries over HTTP, one client, keep-alive; server RSS ${rssMb().toFixed(0)} MB; first start ${first.toFixed(1)} s, restart ${restart.toFixed(1)} s; node ${process.version}`,
  );
  console.log('| class | n | wall p50 / p95 / p99 ms | engine p50 / p95 / p99 ms |');
  console.log('|---|---|---|---|');
  for (const c of CLASSES) {
    const w = wall.get(c);
    if (!w) continue;
    const a = summary(w);
    const b = summary(took.get(c)!);
    console.log(`| ${c} | ${w.length} | ${fmtMs(a.p50)} / ${fmtMs(a.p95)} / ${fmtMs(a.p99)} | ${fmtMs(b.p50)} / ${fmtMs(b.p95)} / ${fmtMs(b.p99)} |`);
  }
  const s = summary(all);
  console.log(`| all | ${all.length} | ${fmtMs(s.p50)} / ${fmtMs(s.p95)} / ${fmtMs(s.p99)} | |`);
  if (skipped) console.log(`(${skipped} queries with district 0 skipped: the API's districts are 1–255)`);
  if (failed) {
    console.log(`${failed} queries failed`);
    process.exitCode = 1;
  }
} finally {
  await stop();
  rmSync(dataDir, { recursive: true, force: true });
  if (opt.drop) {
    const admin = new pg.Client({ connectionString: BENCH_SERVER_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}
