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
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
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
    // For a diagnosis: node options for the server (e.g. --trace-gc) and a file for its standard output.
    'server-node-options': { type: 'string', default: '' },
    'server-log': { type: 'string', default: '' },
    // Keep the server's data directory (and so its snapshot) for the next run: its first start then loads it.
    'data-dir': { type: 'string', default: '' },
    // The client: node:http with a keep-alive agent (default), or fetch (undici: its streams cost the client ~1 ms more per answer).
    client: { type: 'string', default: 'http' },
    // Repeat the query set this many times against the same server (each pass's p99 is printed).
    passes: { type: 'string', default: '1' },
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
const dataDir = opt['data-dir'] || mkdtempSync(join(tmpdir(), 'yiwu-search-http-'));
const port = 20_000 + (process.pid % 20_000);
const base = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;

async function start(what: string): Promise<number> {
  const t = performance.now();
  const out = opt['server-log'] ? openSync(opt['server-log'], 'a') : 'ignore';
  server = spawn(process.execPath, [...opt['server-node-options'].split(' ').filter(Boolean), join(root, 'bin', 'yiwu.js'), 'serve', '--port', String(port)], {
    cwd: root,
    // GLIBC_TUNABLES as `yiwu serve` would set it for itself (bin/huge-pages.js), so that the server is this child
    // process (whose RSS is read) rather than one it starts.
    env: { GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1', ...process.env, DATABASE_URL: dbUrl, YIWU_DATA_DIR: dataDir, HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', out, 'pipe'],
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
  const first = await start(`first start (${opt['data-dir'] ? 'snapshot of --data-dir, else ' : ''}index built from the database)`);
  log(`first start: search ready after ${first.toFixed(1)} s; server RSS ${rssMb().toFixed(0)} MB`);
  // The server saves its snapshot after a build; a restart loads it.
  await new Promise((res) => setTimeout(res, 5000));
  await stop();
  const restart = await start('restart (snapshot)');
  log(`restart: search ready after ${restart.toFixed(1)} s (process start, migrations check, snapshot load, catch-up)`);

  const wall = new Map<QueryClass, number[]>();
  const took = new Map<QueryClass, number[]>();
  const all: number[] = [];
  const hydrate: number[] = [];
  const slow: { ms: number; engine: number; hydrate: number; cls: QueryClass; at: number }[] = [];
  const t0 = performance.now();
  let skipped = 0;
  let failed = 0;
  type Answer = { tookMs?: number; items?: { product?: unknown }[] };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (path: string) =>
    new Promise<{ status: number; body: Answer; timing: string }>((resolve, reject) => {
      const req = http.get(`${base}${path}`, { agent, headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (b: Buffer) => parts.push(b));
        res.on('error', reject);
        res.on('end', () => {
          const raw = Buffer.concat(parts);
          const enc = res.headers['content-encoding'];
          const text = (enc === 'br' ? brotliDecompressSync(raw) : enc === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Answer, timing: String(res.headers['server-timing'] ?? '') });
        });
      });
      req.on('error', reject);
    });
  const ask = async (p: URLSearchParams) => {
    const t = performance.now();
    let r: { status: number; body: Answer; timing: string };
    if (opt.client === 'fetch') {
      const res = await fetch(`${base}/api/search?${p}`);
      r = { status: res.status, body: (await res.json()) as Answer, timing: res.headers.get('server-timing') ?? '' };
    } else r = await get(`/api/search?${p}`);
    const dur = (name: string) => Number(new RegExp(`${name};dur=([0-9.]+)`).exec(r.timing)?.[1] ?? Number.NaN);
    return { ms: performance.now() - t, status: r.status, body: r.body, hydrate: dur('hydrate') };
  };
  // Warm-up on a tenth of the queries.
  for (let i = 0; i < queries.length; i += 10) {
    const p = paramsOf(queries[i]!);
    if (p) await ask(p);
  }
  const passes = Math.max(1, Number(opt.passes));
  const passP99: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const from = all.length;
    for (const q of queries) {
      const p = paramsOf(q);
      if (!p) {
        if (pass === 0) skipped++;
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
      hydrate.push(r.hydrate);
      slow.push({ ms: r.ms, engine: r.body.tookMs ?? Number.NaN, hydrate: r.hydrate, cls: q.cls, at: (performance.now() - t0) / 1000 });
    }
    passP99.push(summary(all.slice(from)).p99);
  }
  console.log(
    `scale ${scale.name}; ${all.length} queries over HTTP (${passes} pass${passes > 1 ? 'es' : ''} of ${all.length / passes}), one client (${opt.client === 'fetch' ? 'fetch' : 'node:http'}), keep-alive; server RSS ${rssMb().toFixed(0)} MB; first start ${first.toFixed(1)} s, restart ${restart.toFixed(1)} s; node ${process.version}`,
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
  if (passes > 1) console.log(`p99 per pass ms: ${passP99.map(fmtMs).join(' / ')}`);
  const h = summary(hydrate.filter((x) => !Number.isNaN(x)));
  console.log(`hydration (Server-Timing) p50 / p95 / p99 ms: ${fmtMs(h.p50)} / ${fmtMs(h.p95)} / ${fmtMs(h.p99)}`);
  // The tail: where the slowest answers spent their time (wall − engine − hydration = the rest: JSON, compression,
  // the socket, the client, and waiting behind other work on the server's main thread).
  slow.sort((a, b) => b.ms - a.ms);
  console.log(
    `slowest ${Math.min(12, slow.length)} (wall = engine + hydrate + rest ms, at s): ${slow
      .slice(0, 12)
      .map(
        (x) =>
          `${x.ms.toFixed(1)} = ${x.engine.toFixed(1)} + ${x.hydrate.toFixed(1)} + ${(x.ms - x.engine - x.hydrate).toFixed(1)} (${x.cls}, ${x.at.toFixed(1)})`,
      )
      .join('; ')}`,
  );
  if (skipped) console.log(`(${skipped} queries with district 0 skipped: the API's districts are 1–255)`);
  if (failed) {
    console.log(`${failed} queries failed`);
    process.exitCode = 1;
  }
} finally {
  await stop();
  if (!opt['data-dir']) rmSync(dataDir, { recursive: true, force: true });
  if (opt.drop) {
    const admin = new pg.Client({ connectionString: BENCH_SERVER_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}
