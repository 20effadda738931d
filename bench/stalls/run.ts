/**
 * Stall evaluation benchmark (issue 14): the evaluation of every stall of the
 * market for a quarter (`evaluateStalls`: gather indicators from market,
 * catalogue, trade, fx and credit; score against peers; store scores, history
 * and flags), printed beside a plain aggregate scan of the same trade rows
 * (one `group by merchant` over the quarter's orders) on the same database.
 *
 * The market is written straight into the tables with generate_series (no demo
 * generator: only what the evaluation reads): S stalls in 30 districts, one
 * merchant per stall (every 20th merchant holds two), 3 listings per stall, and
 * about 20 orders and 4 inquiries per stall in the quarter; 1 stall in 25 is idle.
 *
 *   node --import tsx bench/stalls/run.ts [--scale small|full] [--engine postgres|pglite]
 *
 * small: 2,000 stalls (smoke); full: 75,000 stalls (target ≤ 30 s on PostgreSQL).
 * PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
 * a fresh database is created and dropped.
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openBenchDatabase } from '../bench-db.ts';
import { SYSTEM } from '../../src/core/auth/index.ts';
import { migrateAll } from '../../src/platform/migrations.ts';
import { seedCategories } from '../../src/modules/catalog/index.ts';
import { evaluateStalls, gatherIndicators } from '../../src/flows/evaluate-stalls.ts';
import { stallListingStats } from '../../src/modules/catalog/index.ts';
import { currentClasses } from '../../src/modules/credit/index.ts';
import { stallRoster } from '../../src/modules/market/index.ts';
import { scoreStalls } from '../../src/modules/stall-evaluation/index.ts';
import { merchantPeriodActivity } from '../../src/modules/trade/index.ts';

const { values: opt } = parseArgs({ options: { scale: { type: 'string', default: 'small' }, engine: { type: 'string', default: 'postgres' } } });
const STALLS = opt.scale === 'full' ? 75_000 : opt.scale === 'small' ? 2_000 : Number(opt.scale);
if (!Number.isInteger(STALLS) || STALLS < 100) throw new Error('--scale small, full or a number of stalls ≥ 100');
const PERIOD = '2026Q3';
const secs = (t0: number) => ((performance.now() - t0) / 1000).toFixed(2);

const { database, cleanup } = await openBenchDatabase(opt.engine!, { name: `yiwu_bench_stalls_${STALLS}` });
try {
  const db = database.db;
  let t0 = performance.now();
  await migrateAll(database);
  await seedCategories(db);
  const merchants = STALLS - Math.floor(STALLS / 20);
  await sql`insert into markets (id, code, name_zh, name_en) values (1, 'ITC', '国际商贸城', 'International Trade City')`.execute(db);
  await sql`insert into districts (id, market_id, no, name_zh, name_en, floors) select d, 1, d, d || '区', 'District ' || d, 5 from generate_series(1, 30) d`.execute(
    db,
  );
  await sql`insert into stalls (id, market_id, district_id, floor, street, number)
    select s, 1, 1 + s % 30, 1 + s % 5, 1 + (s / 30) % 999, s from generate_series(1, ${STALLS}::int) s`.execute(db);
  await sql`insert into entities (id, kind, name_en) select e, 'merchant', 'Merchant ' || e from generate_series(1, ${merchants}::int) e`.execute(db);
  await sql`insert into entities (id, kind, name_en, country) values (${merchants + 1}, 'buyer', 'Bench buyer', 'AE')`.execute(db);
  // stall s is held by merchant ((s − 1) mod merchants) + 1: the first STALLS − merchants merchants hold two
  await sql`insert into stall_holdings (stall_id, entity_id, valid_from)
    select s, ((s - 1) % ${merchants}::int) + 1, date '2024-01-01' from generate_series(1, ${STALLS}::int) s`.execute(db);
  const leaves = (await sql<{ id: number }>`select id from categories where level = 3 order by id`.execute(db)).rows.map((r) => Number(r.id));
  await sql`insert into products (merchant_id, stall_id, category_id, sku, title_en, unit, moq, currency, price_tiers, base_price, hs_code,
      carton_units, carton_length_mm, carton_width_mm, carton_height_mm, carton_gross_g, updated_at)
    select ((s - 1) % ${merchants}::int) + 1, s, (${leaves}::int[])[1 + (s * 7 + k) % ${leaves.length}::int], 'B-' || s || '-' || k, 'Bench product ' || s || '/' || k,
      'pcs', 1, 'CNY', '[{"minQty":1,"unitPrice":100}]', 100, '961700', 1, 100, 100, 100, 1000,
      timestamptz '2026-09-30' - ((s * 13 + k) % 200) * interval '1 day'
    from generate_series(1, ${STALLS}::int) s, generate_series(1, 3) k where s % 25 <> 0`.execute(db);
  const ordersPerStall = 20;
  await sql`insert into merchant_orders (purchase_id, buyer_id, merchant_id, currency, total, deposit, balance, deposit_bp, status, created_at)
    select o, ${merchants + 1}::int, ((o % ${STALLS}::int) % ${merchants}::int) + 1, case when o % 10 = 0 then 'USD' else 'CNY' end,
      10000 + (o::bigint * 7919) % 900000, 0, 10000 + (o::bigint * 7919) % 900000, 0, case when o % 17 = 0 then 'cancelled' else 'confirmed' end,
      timestamptz '2026-07-01' + ((o * 31) % 91) * interval '1 day'
    from generate_series(1, ${STALLS * ordersPerStall}::int) o where (o % ${STALLS}::int) % 25 <> 24`.execute(db);
  // one buyer's 300,000 threads in one statement: the inbox counters are kept per statement (trade migration 029)
  await sql`insert into inquiries (buyer_id, merchant_id, subject, first_response_seconds, created_at)
    select ${merchants + 1}::int, (i % ${merchants}::int) + 1, 'Bench inquiry', case when i % 5 = 0 then null else (i * 97) % 86400 end,
      timestamptz '2026-07-01' + ((i * 17) % 91) * interval '1 day'
    from generate_series(1, ${STALLS * 4}::int) i`.execute(db);
  await sql`analyze`.execute(db);
  const orders = Number((await sql<{ n: string }>`select count(*) as n from merchant_orders`.execute(db)).rows[0]!.n);
  console.log(
    `engine ${opt.engine}: ${STALLS.toLocaleString('en')} stalls, ${merchants.toLocaleString('en')} merchants, ${orders.toLocaleString('en')} orders in ${PERIOD}; setup ${secs(t0)} s`,
  );

  t0 = performance.now();
  const scan = await sql<{ n: string }>`
    select count(*) as n from (
      select merchant_id, currency, count(*), sum(total) from merchant_orders
      where created_at >= date '2026-07-01' and created_at < date '2026-10-01' and status <> 'cancelled'
      group by merchant_id, currency) x`.execute(db);
  const scanSeconds = secs(t0);

  let gatherDone = 0;
  t0 = performance.now();
  const r = await evaluateStalls(db, SYSTEM, PERIOD, {
    onProgress: (phase, done, total) => {
      if (phase === 'gather' && done === total) gatherDone = performance.now();
    },
  });
  const phases = { gather: (gatherDone - t0) / 1000, store: (performance.now() - gatherDone) / 1000 };
  const evalSeconds = secs(t0);
  console.log(
    `plain aggregate scan of the quarter's orders (group by merchant, currency → ${Number(scan.rows[0]!.n).toLocaleString('en')} groups): ${scanSeconds} s`,
  );
  console.log(
    `evaluateStalls ${PERIOD}: ${r.stalls.toLocaleString('en')} stalls in ${evalSeconds} s (gather ${phases.gather?.toFixed(2) ?? '?'} s, score + store ${phases.store?.toFixed(2) ?? '?'} s); flagged ${r.flagged}; grades ${JSON.stringify(r.byGrade)}`,
  );
  // where the time goes: each gathering step alone (after the run, on a warm cache)
  const parts: string[] = [];
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const out = await fn();
    parts.push(`${name} ${secs(t)} s`);
    return out;
  };
  const roster = await step('roster', () => stallRoster(db, '2026-09-30'));
  await step('trade', () => merchantPeriodActivity(db, '2026-07-01', '2026-10-01'));
  await step('listings', () => stallListingStats(db, '2026-07-03'));
  await step('credit', () => currentClasses(db, [...new Set(roster.map((x) => x.holderId))]));
  const inds = await step('gather (all)', () => gatherIndicators(db, PERIOD));
  await step('score', async () => scoreStalls(inds));
  console.log(`  steps: ${parts.join(', ')}`);
} finally {
  await cleanup();
}
