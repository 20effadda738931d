/**
 * Where a checkout's CPU goes (issue 11, speed): N checkouts of one 2-merchant, 5-line list, one at a
 * time, against an existing database (the bench's --reuse one, migrated first); prints the time and
 * this process's CPU per checkout, and the CPU each PostgreSQL process of the machine spent per
 * checkout meanwhile (the backend, the WAL writer; Linux /proc). Run under `node --cpu-prof` for
 * the client's profile; `PGOPTIONS='-c synchronous_commit=off'` shows what the commit's flush costs.
 *
 *   node --cpu-prof --import tsx bench/orders/profile-checkout.ts [--db yiwu_speed_full] [--n 500] [--together 1]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { BENCH_SERVER_URL } from '../bench-db.ts';
import { openDatabase } from '../../src/core/db/database.ts';
import { migrateAll } from '../../src/platform/migrations.ts';
import { entityIdsOfKind } from '../../src/modules/market/index.ts';
import { checkout, checkoutLineStats } from '../../src/modules/trade/index.ts';

/** CPU ms (user + system) of each process named postgres on this machine, by pid and title (Linux). */
function postgresCpu(): Map<string, { ms: number; title: string }> {
  const out = new Map<string, { ms: number; title: string }>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      if (!stat.slice(stat.indexOf('(') + 1, close).startsWith('postgres')) continue;
      const f = stat.slice(close + 2).split(' ');
      const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim().slice(0, 70);
      out.set(pid, { ms: (Number(f[11]) + Number(f[12])) * 10, title });
    } catch {
      // ended meanwhile
    }
  }
  return out;
}

const { values: opt } = parseArgs({
  options: { db: { type: 'string', default: 'yiwu_speed_full' }, n: { type: 'string', default: '500' }, together: { type: 'string', default: '1' } },
});
const database = await openDatabase({ url: BENCH_SERVER_URL.replace(/\/[^/]*$/, `/${opt.db}`) });
const db = database.db;
await migrateAll(database);
try {
  const merchants = await entityIdsOfKind(db, 'merchant', 20);
  const lines: { productId: number; qty: number }[] = [];
  for (const [i, m] of [merchants[18]!, merchants[19]!].entries()) {
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
  await sql`update products set stock = 1000000000 where id = any(${sql.val(lines.map((l) => l.productId))}::bigint[])`.execute(db);
  const [buyer] = await entityIdsOfKind(db, 'buyer', 1);
  const actor = { userId: null, role: 'buyer' as const, entityId: buyer! };
  const run = `${process.pid}-${Date.now()}`;
  for (let i = 0; i < 50; i++) await checkout(db, actor, `prof-${run}-w${i}`, { lines });
  const k = Math.max(1, Number(opt.together));
  const n = Math.ceil(Number(opt.n) / k) * k;
  const line0 = checkoutLineStats(db);
  await sql`select pg_stat_reset()`.execute(db);
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  const server0 = postgresCpu();
  for (let i = 0; i < n; i += k) await Promise.all(Array.from({ length: k }, (_, j) => checkout(db, actor, `prof-${run}-${i + j}`, { lines })));
  const cpu = process.cpuUsage(cpu0);
  for (const [pid, p] of postgresCpu()) {
    const ms = p.ms - (server0.get(pid)?.ms ?? 0);
    if (ms > 0) console.log(`  server ${pid} ${(ms / n).toFixed(3)} ms/checkout  ${p.title}`);
  }
  console.log(`${n} checkouts: ${((performance.now() - t) / n).toFixed(2)} ms each, client CPU ${((cpu.user + cpu.system) / 1000 / n).toFixed(3)} ms each`);
  const line = checkoutLineStats(db);
  console.log(`  ${line.checkouts - line0.checkouts} checkouts in ${line.statements - line0.statements} statements`);
  // Function statistics reach the shared view when a backend has been idle a while (PostgreSQL 15: up to 10 s).
  await new Promise((r) => setTimeout(r, 11_000));
  const fns = await sql<{ funcname: string; calls: number; self_time: number; total_time: number }>`
    select funcname, calls::int, self_time, total_time from pg_stat_user_functions order by self_time desc`.execute(db);
  for (const f of fns.rows)
    console.log(`  ${f.funcname}: ${f.calls} calls, self ${(f.self_time / n).toFixed(3)} ms/checkout, total ${(f.total_time / n).toFixed(3)} ms/checkout`);
} finally {
  await database.close();
}
