/**
 * Trade benchmark (issue 11, "Speed").
 *
 * 1. Checkout: purchases per second and latency of checking out a 2-merchant,
 *    5-line purchase list, with C concurrent clients, beside a baseline measured
 *    in the same run: a bare transaction inserting 5 rows into a table without
 *    keys (what one round of BEGIN, one multi-row INSERT, COMMIT costs on this
 *    machine), and the ratio of the two. Each row also gives the CPU spent per
 *    call by this process (client: Node, driver, module code) and by the
 *    machine's PostgreSQL processes (server, read from /proc; other databases
 *    on the machine count too, so measure on a quiet one): on a 2-core machine
 *    the two together bound the rate.
 * 2. Listings (with --orders N): N orders (and N/5 inquiry threads of 3
 *    messages) are bulk-loaded straight into the tables with generate_series,
 *    spread over the market's merchants and buyers with a heavy head (the
 *    busiest merchant gets a few per cent of everything, as in a real market);
 *    then the listing functions of the trade module are timed one call at a
 *    time: a merchant's orders in one state newest first (first page, and five
 *    pages deep by cursor), a buyer's orders, and both inboxes, for parties
 *    drawn as the orders fall (busy ones more often) and for the busiest merchant.
 *
 *   node --import tsx bench/orders/run.ts [--scale tiny|demo|medium|full] [--engines postgres,pglite]
 *        [--clients 8] [--seconds 10] [--rounds 5] [--orders 1000000] [--calls 400] [--reuse [NAME]]
 *
 * PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
 * a fresh database is created and dropped, or with --reuse the database NAME
 * (default yiwu_bench_orders_<scale>) is kept and loaded only once (the full
 * market takes about 10 minutes to generate; the orders of --orders stay too). PGlite runs with 1 client (one connection).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { BENCH_SERVER_URL, openBenchDatabase } from '../bench-db.ts';
import type { Actor } from '../../src/core/auth/index.ts';
import { openDatabase, type Database } from '../../src/core/db/database.ts';
import { migrateAll } from '../../src/platform/migrations.ts';
import { loadDemo, scaleOf } from '../../src/modules/demo/index.ts';
import { entityIdsOfKind } from '../../src/modules/market/index.ts';
import { checkout, checkoutLineStats, inbox, listOrders } from '../../src/modules/trade/index.ts';

const { values: opt } = parseArgs({
  options: {
    scale: { type: 'string', default: 'tiny' },
    engines: { type: 'string', default: 'postgres,pglite' },
    clients: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '5' },
    orders: { type: 'string', default: '0' },
    calls: { type: 'string', default: '400' },
    reuse: { type: 'string' },
  },
});
const scale = scaleOf(opt.scale);
const seconds = Number(opt.seconds);
const rounds = Math.max(1, Number(opt.rounds));
const orderCount = Number(opt.orders);
const calls = Number(opt.calls);

function pct(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : Number.NaN;
}

interface Measured {
  ops: number;
  perS: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** Client CPU (this process) per call, ms. */
  cpuPerOp: number;
  /** CPU of every PostgreSQL process on this machine per call, ms (NaN where it cannot be read). */
  serverPerOp: number;
}

interface Sample {
  lat: number[];
  s: number;
  errors: number;
  /** CPU time this process (the clients: Node, driver, module code) spent, ms. */
  cpu: number;
  /** CPU time the machine's PostgreSQL processes spent, ms. */
  server: number;
}

/**
 * CPU time (user + system, ms) of every process named postgres on this machine, from /proc (Linux;
 * NaN elsewhere). The bench's server is local, so over a measurement this is what the server spent,
 * plus whatever other databases on the machine did meanwhile.
 */
function postgresCpuMs(): number {
  let ticks = 0;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue; // ended meanwhile
      }
      const close = stat.lastIndexOf(')');
      if (!stat.slice(stat.indexOf('(') + 1, close).startsWith('postgres')) continue;
      const fields = stat.slice(close + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
  } catch {
    return Number.NaN;
  }
  return ticks * 10; // USER_HZ = 100
}

/** Run `op` from `clients` concurrent loops for `secs` seconds (or `count` calls in all); every call's latency (ms). */
async function sample(clients: number, op: (client: number, n: number) => Promise<void>, secs: number, count = Number.POSITIVE_INFINITY): Promise<Sample> {
  const lat: number[] = [];
  let errors = 0;
  let started = 0;
  const end = performance.now() + secs * 1000;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const server0 = postgresCpuMs();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let n = 0; Number.isFinite(count) ? started < count : performance.now() < end; n++) {
        started++;
        const t = performance.now();
        try {
          await op(c, n);
          lat.push(performance.now() - t);
        } catch (e) {
          errors++;
          if (errors === 1) console.error(`  first error: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  return { lat, s: (performance.now() - t0) / 1000, errors, cpu: (cpu.user + cpu.system) / 1000, server: postgresCpuMs() - server0 };
}

/** Samples taken as one measurement: calls per second over their summed time, latency percentiles over all calls. */
function summarize(samples: readonly Sample[]): Measured {
  const lat = samples.flatMap((x) => x.lat).sort((a, b) => a - b);
  const s = samples.reduce((t, x) => t + x.s, 0);
  const errors = samples.reduce((t, x) => t + x.errors, 0);
  const cpu = samples.reduce((t, x) => t + x.cpu, 0);
  const server = samples.reduce((t, x) => t + x.server, 0);
  const n = Math.max(1, lat.length);
  return { ops: lat.length, perS: lat.length / s, p50: pct(lat, 50), p95: pct(lat, 95), p99: pct(lat, 99), errors, cpuPerOp: cpu / n, serverPerOp: server / n };
}

/** `count` calls of `op` one at a time. */
async function drive(clients: number, op: (client: number, n: number) => Promise<void>, count: number): Promise<Measured> {
  return summarize([await sample(clients, op, Number.POSITIVE_INFINITY, count)]);
}

/** The bench database: fresh and dropped after, or (--reuse, PostgreSQL) kept and loaded once. */
async function open(engine: string): Promise<{ database: Database; cleanup: () => Promise<void>; loaded: boolean }> {
  if (!(opt.reuse !== undefined && engine === 'postgres')) {
    const { database, cleanup } = await openBenchDatabase(engine, { name: 'yiwu_bench_orders', sharedBuffers: '512MB' });
    return { database, cleanup, loaded: false };
  }
  const name = opt.reuse || `yiwu_bench_orders_${scale.name}`;
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`--reuse takes a database name such as yiwu_bench_orders_${scale.name}`);
  const admin = new pg.Client({ connectionString: BENCH_SERVER_URL });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount;
  if (!exists) await admin.query(`create database ${name}`);
  await admin.end();
  const database = await openDatabase({ url: BENCH_SERVER_URL.replace(/\/[^/]*$/, `/${name}`) });
  await migrateAll(database);
  const n = await sql<{ n: number }>`select count(*)::int as n from (select 1 from products limit 1) p`.execute(database.db);
  return { database, cleanup: () => database.close(), loaded: n.rows[0]!.n > 0 };
}

const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
const row = (engine: string, clients: number | string, what: string, m: Measured) =>
  console.log(
    `| ${engine} | ${clients} | ${what} | ${m.ops} | ${f(m.perS)} | ${f(m.p50)} | ${f(m.p95)} | ${f(m.p99)} | ${m.cpuPerOp.toFixed(2)} | ${engine === 'postgres' ? m.serverPerOp.toFixed(2) : '—'} | ${m.errors} |`,
  );

console.log(`scale ${scale.name}; ${seconds} s per checkout measurement, in ${rounds} rounds alternating with the baseline; node ${process.version}`);
console.log('| engine | clients | what | ops | per second | p50 ms | p95 ms | p99 ms | client CPU ms/op | server CPU ms/op | errors |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const engine of opt.engines.split(',')) {
  const clients = engine === 'pglite' ? 1 : Number(opt.clients);
  const { database, cleanup, loaded } = await open(engine);
  try {
    if (!loaded) {
      const t = performance.now();
      await migrateAll(database);
      await loadDemo(database, scale);
      console.error(`  ${engine}: ${scale.name} market generated in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    }
    const db = database.db;
    // Each client checks out its own 2 merchants × (3 + 2) products (buyers spread over many stalls, as in the market);
    // their stock is made plentiful so that no run is refused for stock.
    const merchants = await entityIdsOfKind(db, 'merchant', 2 * clients);
    if (merchants.length < 2 * clients) throw new Error(`the ${scale.name} market has ${merchants.length} merchants; ${2 * clients} are needed`);
    const linesOf: { productId: number; qty: number }[][] = [];
    for (let c = 0; c < clients; c++) {
      const lines: { productId: number; qty: number }[] = [];
      for (const [i, m] of [merchants[2 * c]!, merchants[2 * c + 1]!].entries()) {
        const ps = await db
          .selectFrom('products')
          .select(['id', 'moq'])
          .where('merchant_id', '=', m)
          .where('status', '=', 'active')
          .orderBy('id')
          .limit(i === 0 ? 3 : 2)
          .execute();
        for (const p of ps) lines.push({ productId: p.id, qty: p.moq });
      }
      if (lines.length !== 5) throw new Error(`expected 5 lines from 2 merchants, found ${lines.length}`);
      await sql`update products set stock = 1000000000 where id = any(${sql.val(lines.map((l) => l.productId))}::bigint[])`.execute(db);
      linesOf.push(lines);
    }
    const buyers = await entityIdsOfKind(db, 'buyer', clients);
    const actor = (c: number): Actor => ({ userId: null, role: 'buyer', entityId: buyers[c % buyers.length]! });
    const feedBefore = await sql<{ n: number }>`select count(*)::int as n from product_changes`.execute(db);

    await sql`drop table if exists bench_baseline`.execute(db);
    await sql`create table bench_baseline (a bigint, b bigint, c text)`.execute(db);
    const baseline = (c: number, n: number) =>
      db.transaction().execute(async (tx) => {
        await sql`insert into bench_baseline (a, b, c) values (${c}, ${n}, 'x'), (${c}, ${n}, 'x'), (${c}, ${n}, 'x'), (${c}, ${n}, 'x'), (${c}, ${n}, 'x')`.execute(
          tx,
        );
      });
    const run = `${process.pid}-${Date.now()}`;
    const buy = (round: number) => (c: number, n: number) =>
      checkout(db, actor(c), `bench-${run}-${round}-${c}-${n}`, { lines: linesOf[c]! }).then(() => undefined);
    // Warm both up (connections, plans), then alternate them in short rounds so that a change in the
    // machine's load falls on both alike (this machine is shared).
    await sample(clients, baseline, 1);
    await sample(clients, buy(-1), 1);
    const baseSamples: Sample[] = [];
    const coSamples: Sample[] = [];
    for (let r = 0; r < rounds; r++) {
      baseSamples.push(await sample(clients, baseline, seconds / rounds));
      coSamples.push(await sample(clients, buy(r), seconds / rounds));
    }
    const base = summarize(baseSamples);
    const co = summarize(coSamples);
    const feedAfter = await sql<{ n: number }>`select count(*)::int as n from product_changes`.execute(db);
    row(engine, clients, 'bare 5-row insert transaction (baseline)', base);
    row(engine, clients, 'checkout, 2 merchants, 5 lines', co);
    console.log(`| ${engine} | ${clients} | ratio checkout / baseline | | ${(co.perS / base.perS).toFixed(2)} | | | | | | |`);
    console.log(`| ${engine} | ${clients} | search change-feed rows written by the checkouts | ${feedAfter.rows[0]!.n - feedBefore.rows[0]!.n} | | | | | | |`);
    const line = checkoutLineStats(db);
    console.log(
      `| ${engine} | ${clients} | checkouts per statement (gathered while others were written; largest batch ${line.largestBatch}, batches failed whole ${line.fallbacks}) | ${line.statements} | ${(line.checkouts / Math.max(1, line.statements)).toFixed(2)} | | | | | | |`,
    );
    await sql`drop table bench_baseline`.execute(db);

    if (orderCount > 0) await listings(engine, database, orderCount);
  } finally {
    await cleanup();
  }
}

/** Bulk-load `n` orders (and n/5 inquiry threads) unless the database already holds that many, then time the listings. */
async function listings(engine: string, database: Database, n: number): Promise<void> {
  const db = database.db;
  const have = await sql<{ n: number }>`select count(*)::int as n from merchant_orders`.execute(db);
  const haveThreads = await sql<{ n: number }>`select count(*)::int as n from inquiries`.execute(db);
  // the demo may already hold orders (its trade history) but few inquiries: top up each to its own target
  const addOrders = Math.max(0, n - have.rows[0]!.n);
  const addThreads = Math.max(0, Math.floor(n / 5) - haveThreads.rows[0]!.n);
  if (addOrders > 0 || addThreads > 0) {
    const t = performance.now();
    await loadOrders(db, addOrders, addThreads);
    console.error(`  ${engine}: ${addOrders} orders and ${addThreads} inquiry threads loaded in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
  // Parties drawn as the orders fall: a busy merchant (or buyer) is asked for as often as it has orders.
  const sample = await sql<{ merchant_id: number; buyer_id: number; status: string }>`
    select merchant_id, buyer_id, status from merchant_orders tablesample system (1) limit ${calls}`.execute(db);
  const picks = sample.rows.length
    ? sample.rows
    : (
        await sql<{ merchant_id: number; buyer_id: number; status: string }>`select merchant_id, buyer_id, status from merchant_orders limit ${calls}`.execute(
          db,
        )
      ).rows;
  const inq = await sql<{ merchant_id: number; buyer_id: number }>`select merchant_id, buyer_id from inquiries tablesample system (2) limit ${calls}`.execute(
    db,
  );
  const inqPicks = inq.rows.length
    ? inq.rows
    : (await sql<{ merchant_id: number; buyer_id: number }>`select merchant_id, buyer_id from inquiries limit ${calls}`.execute(db)).rows;
  const top = await sql<{ merchant_id: number; n: number }>`
    select merchant_id, count(*)::int as n from merchant_orders group by merchant_id order by count(*) desc limit 1`.execute(db);
  const topInq = await sql<{ merchant_id: number; n: number }>`
    select merchant_id, count(*)::int as n from inquiries group by merchant_id order by count(*) desc limit 1`.execute(db);
  const busiest = top.rows[0]!;
  const busiestInq = topInq.rows[0]!;
  const merchant = (id: number): Actor => ({ userId: null, role: 'merchant', entityId: id });
  const buyer = (id: number): Actor => ({ userId: null, role: 'buyer', entityId: id });
  const states = ['placed', 'confirmed', 'deposit_paid', 'in_production', 'ready', 'delivered', 'completed'];
  const at = <T>(xs: readonly T[], i: number) => xs[i % xs.length]!;

  const one = (fn: (i: number) => Promise<unknown>) => drive(1, (_c, i) => fn(i).then(() => undefined), calls);
  const results: [string, Measured][] = [];
  // Warm the caches once (a listing is read from memory in a running market).
  for (const p of picks.slice(0, 50)) await listOrders(db, merchant(p.merchant_id), { status: p.status });
  results.push([
    "merchant's orders in one state, newest first, page 1",
    await one((i) => listOrders(db, merchant(at(picks, i).merchant_id), { status: at(picks, i).status })),
  ]);
  results.push([
    "merchant's orders in one state, 5th page by cursor",
    await one(async (i) => {
      const p = at(picks, i);
      let page = await listOrders(db, merchant(p.merchant_id), { status: p.status });
      for (let k = 0; k < 4 && page.nextCursor; k++) page = await listOrders(db, merchant(p.merchant_id), { status: p.status, after: page.nextCursor });
    }),
  ]);
  results.push([
    `busiest merchant (${busiest.n} orders), one state, page 1`,
    await one((i) => listOrders(db, merchant(busiest.merchant_id), { status: at(states, i) })),
  ]);
  results.push([`busiest merchant, all its orders, page 1`, await one(() => listOrders(db, merchant(busiest.merchant_id), {}))]);
  results.push(["buyer's orders (purchases), page 1", await one((i) => listOrders(db, buyer(at(picks, i).buyer_id), {}))]);
  results.push(["merchant's inquiry inbox, page 1", await one((i) => inbox(db, merchant(at(inqPicks, i).merchant_id), {}))]);
  results.push([`busiest merchant's inbox (${busiestInq.n} threads), page 1`, await one(() => inbox(db, merchant(busiestInq.merchant_id), {}))]);
  results.push([
    "busiest merchant's inbox, unread only, 3rd page by cursor",
    await one(async () => {
      let page = await inbox(db, merchant(busiestInq.merchant_id), { unread: 'true' });
      for (let k = 0; k < 2 && page.nextCursor; k++) page = await inbox(db, merchant(busiestInq.merchant_id), { unread: 'true', after: page.nextCursor });
    }),
  ]);
  results.push(["buyer's inquiry inbox, page 1", await one((i) => inbox(db, buyer(at(inqPicks, i).buyer_id), {}))]);
  console.log('');
  console.log(`Listings with ${n} orders, ${Math.floor(n / 5)} inquiry threads (${engine}, one call at a time; a "5th page" row times all five calls):`);
  console.log('');
  console.log('| engine | listing | calls | p50 ms | p95 ms | p99 ms | errors |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [what, m] of results) console.log(`| ${engine} | ${what} | ${m.ops} | ${f(m.p50)} | ${f(m.p95)} | ${f(m.p99)} | ${m.errors} |`);
}

/**
 * `n` orders (one purchase each, no lines: listings never read them) and `threads` inquiry threads of
 * three messages, written straight into the tables in batches. Merchants and buyers are drawn with
 * a heavy head (index = count × u³, resp. u²); states as in a running market; dates over a year,
 * increasing with the id. The unread counters are written with the rows.
 */
async function loadOrders(db: Database['db'], n: number, threads: number): Promise<void> {
  const batch = 100_000;
  // Merchants and buyers numbered 1..count, drawn by number (a join, not an array subscript per row).
  for (const kind of ['merchant', 'buyer'] as const) {
    await sql`drop table if exists ${sql.table(`bench_${kind}s`)}`.execute(db);
    await sql`create unlogged table ${sql.table(`bench_${kind}s`)} as
      select row_number() over (order by id)::int as rn, id from entities where kind = ${kind}`.execute(db);
  }
  const count = async (t: string) => Number((await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(db)).rows[0]!.n);
  const merchants = await count('bench_merchants');
  const buyers = await count('bench_buyers');
  const states = sql`(array['placed','confirmed','deposit_paid','in_production','in_production','ready','delivered','completed','completed','completed',
    'completed','cancelled'])[1 + floor(random() * 12)::int]`;
  // Each batch is one transaction in replica mode: no foreign-key or other triggers per row (a bench's bulk load;
  // the rows are made consistent here, the unread counters included).
  const bulk = (write: (tx: Database['db']) => Promise<void>) =>
    db.transaction().execute(async (tx) => {
      await sql`set local session_replication_role = replica`.execute(tx);
      await write(tx as unknown as Database['db']);
    });
  // Purchases of an interrupted earlier load that never got their orders go; this load's keys are its own.
  await sql`delete from purchases p where p.idempotency_key like 'bench-load-%' and not exists (select 1 from merchant_orders o where o.purchase_id = p.id)`.execute(
    db,
  );
  const token = `bench-load-${Date.now()}-`;
  for (let done = 0; done < n; done += batch) {
    const k = Math.min(batch, n - done);
    await bulk(async (db) => {
      await sql`insert into purchases (buyer_id, idempotency_key, request_hash, totals, created_at)
        select b.id, ${token} || g.g, 'bench', '{"CNY": 100000}', now() - interval '365 days' + g.g * (interval '365 days' / ${n}::int)
        from (select g, 1 + floor(${buyers}::int * power(random(), 2))::int as bi from generate_series(${done}::int + 1, ${done + k}::int) g) g
        join bench_buyers b on b.rn = g.bi`.execute(db);
      await sql`insert into merchant_orders (purchase_id, buyer_id, merchant_id, currency, total, deposit, balance, deposit_bp, status, created_at, updated_at)
        select p.id, p.buyer_id, m.id, 'CNY', 100000, 30000, 70000, 3000, p.status, p.created_at, p.created_at
        from (select id, buyer_id, created_at, 1 + floor(${merchants}::int * power(random(), 3))::int as mi, ${states} as status
              from purchases where idempotency_key like ${`${token}%`} and id > coalesce((select max(purchase_id) from merchant_orders), 0)) p
        join bench_merchants m on m.rn = p.mi
        order by p.id`.execute(db);
    });
  }
  for (let done = 0; done < threads; done += batch) {
    const k = Math.min(batch, threads - done);
    await bulk(async (db) => {
      // Every thread: buyer asks (1), merchant answers (2), buyer follows up (3); the buyer has read all,
      // the merchant 70 % of threads (merchant_unread 0) and 30 % only up to its own answer (1 unread).
      await sql`insert into inquiries (buyer_id, merchant_id, subject, first_response_seconds, last_message_at, created_at, merchant_unread)
        select b.id, m.id, 'bench inquiry', 600, g.at + interval '2 hours', g.at, (random() < 0.3)::int
        from (select now() - interval '365 days' + g * (interval '365 days' / ${threads}::int) as at,
                     1 + floor(${buyers}::int * power(random(), 2))::int as bi, 1 + floor(${merchants}::int * power(random(), 3))::int as mi
              from generate_series(${done}::int + 1, ${done + k}::int) g) g
        join bench_buyers b on b.rn = g.bi join bench_merchants m on m.rn = g.mi`.execute(db);
      await sql`insert into inquiry_messages (inquiry_id, seq, merchant_id, sender, body, lang, sent_at)
        select i.id, s, i.merchant_id, case when s = 2 then 'merchant' else 'buyer' end,
               case s when 1 then 'Price for 5000 pcs FOB Ningbo?' when 2 then '报价已发，请查收' else 'Thanks, can you do blue?' end,
               case when s = 2 then 'zh' else 'en' end, i.created_at + (s - 1) * interval '1 hour'
        from inquiries i, generate_series(1, 3) s
        where i.id > coalesce((select max(inquiry_id) from inquiry_messages), 0)`.execute(db);
      await sql`insert into inquiry_reads (inquiry_id, party, merchant_id, last_read_seq)
        select i.id, p, i.merchant_id, case when p = 'buyer' then 3 when i.merchant_unread = 1 then 2 else 3 end
        from inquiries i, unnest(array['buyer','merchant']) p
        where i.id > coalesce((select max(inquiry_id) from inquiry_reads), 0)`.execute(db);
    });
  }
  await sql`drop table bench_merchants, bench_buyers`.execute(db);
  // Replica mode skipped the triggers that keep the order counters (trade migration 025): count them once.
  await sql`select trade_recount_orders()`.execute(db);
  // A running market's tables are vacuumed and analysed by autovacuum; a bulk load does it at once.
  for (const t of ['purchases', 'merchant_orders', 'order_counts', 'inquiries', 'inquiry_messages', 'inquiry_reads'])
    await sql`vacuum analyze ${sql.table(t)}`.execute(db);
}
