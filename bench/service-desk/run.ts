/**
 * Service desk benchmark: N items (default 300,000 — a year of a large market's
 * requests) are bulk-loaded straight into service_items with generate_series
 * over the demo's departments and merchants, spread over the last 12 months,
 * about 2 % still open and past their deadline. Then, one call at a time:
 * the service index of 12 months, the monthly report (xlsx) of the busiest
 * month, the live overview, a department's inbox (first page), the overdue
 * list, and the sweep escalating every overdue item — printed beside a plain
 * `count(*)` scan of the same rows.
 *
 *   node --import tsx bench/service-desk/run.ts [--engines postgres,pglite] [--items 300000]
 *
 * PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres); a fresh database is created and dropped.
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openBenchDatabase } from '../bench-db.ts';
import { SYSTEM } from '../../src/core/auth/index.ts';
import { migrateAll } from '../../src/platform/migrations.ts';
import { loadDemo, scaleOf } from '../../src/modules/demo/index.ts';
import { listDepartments, listItems, monthlyReport, serviceIndex, serviceOverview, sweepServiceItems } from '../../src/modules/service-desk/index.ts';

const { values } = parseArgs({ options: { engines: { type: 'string', default: 'postgres,pglite' }, items: { type: 'string', default: '300000' } } });
const N = Number(values.items);

async function timed<T>(label: string, fn: () => Promise<T>, what: (r: T) => string = () => ''): Promise<T> {
  const t0 = performance.now();
  const r = await fn();
  process.stdout.write(`  ${label.padEnd(44)} ${(performance.now() - t0).toFixed(0).padStart(7)} ms  ${what(r)}\n`);
  return r;
}

for (const engine of (values.engines ?? '').split(',').filter(Boolean)) {
  const { database, cleanup } = await openBenchDatabase(engine, { name: 'yiwu_bench_service' });
  try {
    await migrateAll(database);
    await loadDemo(database, scaleOf('tiny'));
    const db = database.db;
    const depts = (await listDepartments(db)).map((d) => d.id);
    const merchants = (await db.selectFrom('entities').select('id').where('kind', '=', 'merchant').orderBy('id').execute()).map((e) => e.id);
    process.stdout.write(`\n${engine}: ${N.toLocaleString('en')} service items over 12 months, ${depts.length} departments, ${merchants.length} raisers\n`);
    await timed('bulk load (generate_series)', () =>
      sql`insert into service_items (raiser_id, raiser_role, category, urgency, description, department_id, status, due_at, missed_deadline,
            reopen_count, rating, accepted_at, replied_at, closed_at, closed_by, created_at, updated_at)
          select (${sql.val(merchants)}::bigint[])[1 + g % ${merchants.length}], 'merchant', 'other', case when g % 5 = 0 then 'urgent' else 'normal' end,
            'bench', (${sql.val(depts)}::bigint[])[1 + (g / 3) % ${depts.length}],
            case when g % 50 = 0 then 'accepted' else 'closed' end,
            t + interval '48 hours', g % 6 = 0, case when g % 9 = 0 then 1 else 0 end,
            case when g % 50 = 0 or g % 17 = 0 then null else 1 + g % 5 end,
            t + interval '2 hours', case when g % 50 = 0 then null else t + (g % 60) * interval '1 hour' end,
            case when g % 50 = 0 then null else t + (g % 60 + 5) * interval '1 hour' end,
            case when g % 50 = 0 then null else 'raiser' end, t, t
          from (select g, now() - interval '3 days' - (g::float8 / ${N}) * interval '360 days' as t from generate_series(1, ${N}) g) s`.execute(db),
    );
    await sql`analyze service_items`.execute(db);
    await timed(
      'baseline: count(*) scan of the items',
      () => sql<{ n: number }>`select count(*) as n from service_items`.execute(db),
      (r) => `${Number(r.rows[0]!.n)} rows`,
    );
    const rows = await timed(
      'service index, 12 months × departments',
      () => serviceIndex(db, SYSTEM),
      (r) => `${r.length} rows`,
    );
    const busiest = [...rows].sort((a, b) => b.closed - a.closed)[0]!.month;
    await timed(
      `monthly report xlsx (${busiest})`,
      () => monthlyReport(db, SYSTEM, busiest, 'en'),
      (b) => `${(b.length / 1024).toFixed(0)} KiB`,
    );
    await timed(
      'overview (by state, overdue, by department)',
      () => serviceOverview(db, SYSTEM),
      (o) => `${o.overdue} overdue`,
    );
    const dept = { userId: null, role: 'department' as const, entityId: depts[0]! };
    await timed(
      "a department's inbox, first page",
      () => listItems(db, dept, {}),
      (p) => `of ${p.total}`,
    );
    await timed(
      'overdue items, first page (operator)',
      () => listItems(db, SYSTEM, { overdue: 'true' }),
      (p) => `of ${p.total}`,
    );
    await timed(
      'sweep: escalate every overdue item',
      () => sweepServiceItems(db),
      (r) => `${r.escalated.length} escalations`,
    );
    await timed(
      'sweep again (nothing new)',
      () => sweepServiceItems(db),
      (r) => `${r.escalated.length} escalations`,
    );
  } finally {
    await cleanup();
  }
}
