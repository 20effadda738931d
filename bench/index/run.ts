/**
 * bench/index: one week's index over N price observations (default 10 million),
 * all levels of the category tree, on PGlite or PostgreSQL — with a plain
 * aggregate scan of the same observations as the baseline, in the same run.
 *
 *   node --import tsx bench/index/run.ts [--obs 10000000] [--engine pglite|postgres]
 *   (postgres: BENCH_DATABASE_URL or TEST_DATABASE_URL; a fresh schema is created and dropped)
 *
 * Set-up (not timed): the category tree, N/2 items spread over the lowest
 * categories, the observations of week W (every item priced Monday and
 * Thursday; 3 % of the sample not priced this week → imputed, 2 % new items,
 * 0.1 % keying errors → outliers), and what the previous weekly run left
 * behind for week W−1: its release, its state (the items' reference prices
 * and categories) and its activity. The observations go in by COPY, so the
 * triggers pack them as in production. Timed: `runIndex` for week W — the
 * production code path: read the state, pull the week's packs, elementary
 * links, aggregation up the tree, prosperity, publish the release and store
 * the new state. Meanwhile a cheap query is sent every 5 ms: its longest wait
 * is how long a request could stall behind the run (docs §13.8).
 *
 *   --keep keeps the database (--schema <name> / --dir <path> to name it)
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pg from 'pg';
import { sql, type KyselyPlugin } from 'kysely';
import { openDatabase, type Database } from '../../src/core/db/database.ts';
import { migrateAll } from '../../src/platform/migrations.ts';
import { SYSTEM } from '../../src/core/auth/actor.ts';
import { seedCategories } from '../../src/modules/catalog/index.ts';
import { loadTree, runIndex, weekLabel, weekStart, addDays, METHOD } from '../../src/modules/commodity-index/index.ts';

const { values: opt } = parseArgs({
  options: {
    obs: { type: 'string', default: '10000000' },
    engine: { type: 'string', default: 'pglite' },
    keep: { type: 'boolean', default: false },
    schema: { type: 'string' },
    dir: { type: 'string', default: '' },
  },
});
const N = Number(opt.obs);
const engine = opt.engine;
const KEEP = opt.keep;
const WEEK = '2025-W20';
const W = weekStart(WEEK);
const PREV = addDays(W, -7);

async function open(): Promise<{ d: Database; cleanup: () => Promise<void> }> {
  if (engine === 'postgres') {
    const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('set BENCH_DATABASE_URL (or TEST_DATABASE_URL) for --engine postgres');
    const schema = opt.schema ?? `bench_index_${randomBytes(4).toString('hex')}`;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`create schema ${schema}`);
    await c.end();
    const d = await openDatabase({ url, schema });
    return {
      d,
      cleanup: async () => {
        await d.close();
        if (KEEP) return void process.stderr.write(`kept schema ${schema}\n`);
        const c2 = new pg.Client({ connectionString: url });
        await c2.connect();
        await c2.query(`drop schema ${schema} cascade`);
        await c2.end();
      },
    };
  }
  const dir = opt.dir || mkdtempSync(join(tmpdir(), 'yiwu-bench-index-'));
  const d = await openDatabase({ dataDir: dir, sharedBuffers: '512MB' });
  return {
    d,
    cleanup: async () => {
      await d.close();
      if (KEEP) process.stderr.write(`kept ${dir}\n`);
      else rmSync(dir, { recursive: true, force: true });
    },
  };
}

const secs = (t0: number) => (performance.now() - t0) / 1000;
let seed = 12345;
const rnd = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const { d, cleanup } = await open();
try {
  process.stderr.write(`bench/index: ${N.toLocaleString()} observations in ${WEEK} on ${d.description}\n`);
  let t0 = performance.now();
  await migrateAll(d);
  await seedCategories(d.db);
  const tree = await loadTree(d.db);
  const leaves = tree.categoryIdOf.filter((_, i) => i > 0 && tree.order.isLeaf[i]);
  const nItems = Math.ceil(N / 2);
  const newItems = Math.floor(nItems * 0.02);
  const missing = Math.floor(nItems * 0.03);
  const catOf = new Int32Array(nItems + 1);
  const prevPrice = new Float64Array(nItems + 1).fill(Number.NaN);
  const drift = leaves.map(() => 0.02 * (rnd() - 0.5));
  const leafIdx = new Int32Array(nItems + 1);
  // items: product = item, merchant = item / 40
  function* itemRows() {
    let buf = '';
    for (let i = 1; i <= nItems; i++) {
      const l = Math.floor(rnd() * leaves.length);
      leafIdx[i] = l;
      catOf[i] = leaves[l]!;
      if (i > newItems) prevPrice[i] = Math.round(100 + 5000 * rnd());
      buf += `${i},${i},${1 + Math.floor(i / 40)},${catOf[i]},online,CNY,${i > newItems ? '2024-01-01' : W}\n`;
      if (i % 50000 === 0) {
        yield buf;
        buf = '';
      }
    }
    if (buf) yield buf;
  }
  await d.copyCsv('index_items', ['id', 'product_id', 'merchant_id', 'category_id', 'price_type', 'currency', 'first_week'], itemRows());
  // week W: items missing this week are the last `missing` ones; each priced Monday and Thursday
  const thursday = addDays(W, 3);
  let written = 0;
  function* obsRows() {
    let buf = '';
    let k = 0;
    for (let i = 1; written < N; i = (i % (nItems - missing)) + 1) {
      const base = Number.isNaN(prevPrice[i] as number) ? 100 + 5000 * rnd() : (prevPrice[i] as number);
      const rel = Math.exp((drift[leafIdx[i] as number] as number) + 0.01 * (rnd() - 0.5)) * (rnd() < 0.001 ? 8 : 1);
      const p = Math.max(1, Math.round(base * rel));
      const date = k++ % 2 === 0 ? W : thursday;
      buf += `${i},${i},${1 + Math.floor(i / 40)},${catOf[i]},${date},${date},${p},,,listed\n`;
      written++;
      if (written % 50000 === 0) {
        yield buf;
        buf = '';
      }
    }
    if (buf) yield buf;
  }
  // each item gets two consecutive rows (Monday, Thursday)
  let flip = 0;
  function* paired() {
    let buf = '';
    for (let i = 1; written < N; i = (i % (nItems - missing)) + 1) {
      const base = Number.isNaN(prevPrice[i] as number) ? 100 + 5000 * rnd() : (prevPrice[i] as number);
      for (const date of [W, thursday]) {
        if (written >= N) break;
        const rel = Math.exp((drift[leafIdx[i] as number] as number) + 0.01 * (rnd() - 0.5)) * (rnd() < 0.001 ? 8 : 1);
        buf += `${i},${i},${1 + Math.floor(i / 40)},${catOf[i]},${date},${date},${Math.max(1, Math.round(base * rel))},${flip++ % 10 === 0 ? '10' : ''},,listed\n`;
        written++;
      }
      if (written % 50000 < 2) {
        yield buf;
        buf = '';
      }
    }
    if (buf) yield buf;
  }
  void obsRows;
  await d.copyCsv(
    'index_observations',
    ['item_id', 'product_id', 'merchant_id', 'category_id', 'obs_date', 'collection_date', 'price', 'quantity', 'value', 'source'],
    paired(),
  );
  await sql`select setval(pg_get_serial_sequence('index_items', 'id'), ${nItems + 1}, false)`.execute(d.db);
  // what the run of week W−1 left behind: release, state, weights, activity
  const weights = new Map<number, number>();
  for (let i = 1; i <= nItems; i++) if (i > newItems) weights.set(catOf[i]!, (weights.get(catOf[i]!) ?? 0) + (prevPrice[i] as number));
  await d.db
    .insertInto('index_weights')
    .values([...weights].map(([category_id, weight]) => ({ year: 2025, category_id, weight, reference: 'bench' })))
    .execute();
  const rel = await d.db
    .insertInto('index_releases')
    .values({ kind: 'regular', first_week: PREV, last_week: PREV, method: METHOD, note: 'bench: week W−1' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const codes = tree.codes;
  const all100 = Object.fromEntries(codes.map((c) => [c, 100]));
  const ones = Object.fromEntries(codes.map((c) => [c, 1]));
  const wByCode = Object.fromEntries(tree.categoryIdOf.map((id, i) => [codes[i]!, weights.get(id) ?? 0]));
  await d.db
    .insertInto('index_values')
    .values(codes.map((node) => ({ release_id: rel.id, series: 'price' as const, node, week: PREV, value: 100, detail: null })))
    .execute();
  const runs = new Uint16Array(nItems + 1);
  // the previous run knew the category of every item priced before (the new items are unknown to it)
  const knownCat = Int32Array.from(catOf, (c, i) => (i > newItems ? c : 0));
  await sql`insert into index_states (week, item_count, ref_price, imputed_runs, item_category, aggregate) values (${PREV}::date, ${nItems + 1},
    decode(${Buffer.from(prevPrice.buffer).toString('base64')}, 'base64'), decode(${Buffer.from(runs.buffer).toString('base64')}, 'base64'),
    decode(${Buffer.from(knownCat.buffer).toString('base64')}, 'base64'),
    ${JSON.stringify({ weightYear: 2025, weights: wByCode, leafLevel: ones, linkLevel: all100, levels: all100 })}::jsonb)`.execute(d.db);
  const act = [...weights.keys()].map((category_id) => ({
    week: PREV,
    category_id,
    traded_value: 1e6,
    volume: 1000,
    order_count: 0,
    active_merchants: 50,
    active_buyers: 0,
    new_listings: 1,
  }));
  for (let i = 0; i < act.length; i += 1000)
    await d.db
      .insertInto('index_activity')
      .values(act.slice(i, i + 1000))
      .execute();
  await sql`analyze`.execute(d.db);
  process.stderr.write(`set-up (not timed): ${nItems.toLocaleString()} items, ${written.toLocaleString()} observations in ${secs(t0).toFixed(1)} s\n`);

  // baseline: a plain aggregate scan of the same observations
  t0 = performance.now();
  const scan = await sql<{ category_id: number; n: number; m: number }>`
    select category_id, count(*)::int as n, avg(ln(price)) as m from index_observations
    where collection_date >= ${W}::date and collection_date < ${W}::date + 7 group by category_id`.execute(d.db);
  const tScan = secs(t0);
  // the weekly run, with a cheap query sent every 5 ms meanwhile: how long does it wait behind the run?
  const waits: number[] = [];
  let probing = true;
  const prober = (async () => {
    while (probing) {
      const t = performance.now();
      await sql`select count(*) from index_releases`.execute(d.db);
      waits.push(performance.now() - t);
      await new Promise((res) => setTimeout(res, 5));
    }
  })();
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  // every statement of the run timed (from compile to result: includes waiting for the connection)
  const statements: { ms: number; what: string }[] = [];
  const started = new Map<unknown, { t: number; what: string }>();
  const timer: KyselyPlugin = {
    transformQuery(a) {
      const n = a.node as { kind: string; sqlFragments?: readonly string[]; into?: { table?: { identifier?: { name?: string } } } };
      const what = n.sqlFragments ? n.sqlFragments.join('…').replace(/\s+/g, ' ').trim().slice(0, 70) : n.kind;
      started.set(a.queryId, { t: performance.now(), what });
      return a.node;
    },
    async transformResult(a) {
      const s0 = started.get(a.queryId);
      if (s0) statements.push({ ms: performance.now() - s0.t, what: s0.what });
      started.delete(a.queryId);
      return a.result;
    },
  };
  const timed: Database = {
    db: d.db.withPlugin(timer),
    engine: d.engine,
    description: d.description,
    copyCsv: (...a) => d.copyCsv(...a),
    close: () => d.close(),
  };
  t0 = performance.now();
  const r = await runIndex(timed, SYSTEM, { week: WEEK }, new Date(`${addDays(W, 8)}T12:00:00Z`));
  const tRun = secs(t0);
  probing = false;
  await prober;
  loop.disable();
  waits.sort((a, b) => a - b);
  const pct = (q: number) => waits[Math.min(waits.length - 1, Math.floor(q * waits.length))] ?? 0;
  const s = await d.db
    .selectFrom('index_values')
    .select(['node', 'value'])
    .where('release_id', '=', r.release!.id)
    .where('series', '=', 'price')
    .where('node', 'in', ['ALL', '04'])
    .execute();
  const rows = scan.rows.reduce((a, x) => a + x.n, 0);
  const parts = Object.entries(r.timings)
    .map(([k, v]) => `${k} ${v.toFixed(2)}`)
    .join(', ');
  process.stdout.write(
    `engine ${d.engine}; ${rows.toLocaleString()} observations of ${WEEK}, ${nItems.toLocaleString()} items, ${codes.length} nodes\n` +
      `baseline aggregate scan (category, count, avg ln price): ${tScan.toFixed(2)} s\n` +
      `weekly run, all levels, published: ${tRun.toFixed(2)} s (${r.status}; ${parts})\n` +
      `  = ${(tRun / tScan).toFixed(2)} × the baseline scan; market index ${s.find((x) => x.node === 'ALL')?.value.toFixed(4)}\n` +
      `cheap query during the run (every 5 ms, ${waits.length} sent): longest wait ${pct(1).toFixed(0)} ms, p99 ${pct(0.99).toFixed(0)} ms, median ${pct(0.5).toFixed(1)} ms; ` +
      `event loop longest delay ${(loop.max / 1e6).toFixed(0)} ms — beside the run's ${tRun.toFixed(2)} s\n` +
      `the run's statements: ${statements.length}, the publish transaction ${((r.timings.publish ?? 0) * 1000).toFixed(0)} ms; longest statements: ` +
      statements
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5)
        .map((x) => `${x.ms.toFixed(0)} ms ${x.what}`)
        .join(' | ') +
      '\n',
  );
  void weekLabel;
} finally {
  await cleanup();
}
