/**
 * Checkout benchmark (issue 11): purchases per second and latency of checking
 * out a 2-merchant, 5-line purchase list, with C concurrent clients, beside a
 * baseline measured in the same run: a bare transaction inserting 5 rows into
 * a table without keys (what one round of BEGIN, one multi-row INSERT, COMMIT
 * costs on this machine).
 *
 *   node --import tsx bench/orders/run.ts [--scale tiny|demo|medium|full] [--engines postgres,pglite]
 *                                          [--clients 8] [--seconds 10]
 *
 * PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
 * a fresh database is created and dropped. PGlite runs with 1 client (one connection).
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openBenchDatabase } from '../bench-db.ts';
import type { Actor } from '../../src/core/auth/index.ts';
import { migrateAll } from '../../src/platform/migrations.ts';
import { loadDemo, scaleOf } from '../../src/modules/demo/index.ts';
import { entityIdsOfKind } from '../../src/modules/market/index.ts';
import { checkout } from '../../src/modules/trade/index.ts';

const { values: opt } = parseArgs({
  options: {
    scale: { type: 'string', default: 'tiny' },
    engines: { type: 'string', default: 'postgres,pglite' },
    clients: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '10' },
  },
});
const scale = scaleOf(opt.scale);
const seconds = Number(opt.seconds);

function pct(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : Number.NaN;
}

/** Run `op` from `clients` concurrent loops for `seconds`; ops per second and latency percentiles (ms). */
async function drive(
  clients: number,
  op: (client: number, n: number) => Promise<void>,
): Promise<{ ops: number; perS: number; p50: number; p95: number; p99: number; errors: number }> {
  const lat: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let n = 0; performance.now() < end; n++) {
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
  const s = (performance.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  return { ops: lat.length, perS: lat.length / s, p50: pct(lat, 50), p95: pct(lat, 95), p99: pct(lat, 99), errors };
}

const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
console.log(`scale ${scale.name}; ${seconds} s per measurement; node ${process.version}`);
console.log('| engine | clients | what | ops | per second | p50 ms | p95 ms | p99 ms | errors |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const engine of opt.engines.split(',')) {
  const clients = engine === 'pglite' ? 1 : Number(opt.clients);
  const { database, cleanup } = await openBenchDatabase(engine, { name: 'yiwu_bench_orders', sharedBuffers: '512MB' });
  try {
    await migrateAll(database);
    await loadDemo(database, scaleOf(opt.scale));
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

    await sql`create table bench_baseline (a bigint, b bigint, c text)`.execute(db);
    const base = await drive(clients, async (c, n) => {
      await db.transaction().execute(async (tx) => {
        await sql`insert into bench_baseline (a, b, c) values (${c}, ${n}, 'x'), (${c}, ${n}, 'x'), (${c}, ${n}, 'x'), (${c}, ${n}, 'x'), (${c}, ${n}, 'x')`.execute(
          tx,
        );
      });
    });
    const run = `${process.pid}-${Date.now()}`;
    const co = await drive(clients, async (c, n) => {
      await checkout(db, actor(c), `bench-${run}-${c}-${n}`, { lines: linesOf[c]! });
    });
    console.log(
      `| ${engine} | ${clients} | bare 5-row insert transaction (baseline) | ${base.ops} | ${f(base.perS)} | ${f(base.p50)} | ${f(base.p95)} | ${f(base.p99)} | ${base.errors} |`,
    );
    console.log(
      `| ${engine} | ${clients} | checkout, 2 merchants, 5 lines | ${co.ops} | ${f(co.perS)} | ${f(co.p50)} | ${f(co.p95)} | ${f(co.p99)} | ${co.errors} |`,
    );
    console.log(`| ${engine} | ${clients} | ratio checkout / baseline | | ${(co.perS / base.perS).toFixed(2)} | | | | |`);
  } finally {
    await cleanup();
  }
}
