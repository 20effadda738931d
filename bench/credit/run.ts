/**
 * Credit benchmark (issue 13, "Speed"): on a dedicated PostgreSQL database,
 * N entities and E credit events are generated with generate_series (kinds
 * spread over the model's indicators with fitting severities, dates over the
 * last five years, entities drawn at random), then in one run:
 *
 * 1. baseline: a plain aggregate scan over the same events
 *    (select entity_id, sum(…) … group by entity_id), what reading them once costs;
 * 2. full recompute (`recomputeAll`): first run (every score row written) and a
 *    second run on the next day (decay moves some scores; only changed rows written);
 * 3. a new event → the entity's score updated (`recordCreditEvent`, one
 *    transaction: insert, lock, re-score, store): p50/p95/p99 over --calls calls.
 *
 *   node --import tsx bench/credit/run.ts [--scale smoke|full] [--entities N] [--events E] [--calls 1000] [--keep]
 *     [--database NAME [--reuse] [--load-only]]
 *
 * smoke = 10,000 entities / 500,000 events (seconds); full = 1,000,000 / 50,000,000.
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres): a fresh database
 * is created and dropped (kept with --keep). With --database NAME the named database is
 * created if missing and always kept; --reuse runs on the data already generated there
 * (the bench's own new events of an earlier run and every stored score are removed first,
 * so the first recompute writes every row again); --load-only stops after generating.
 * The full scale: generate once with `--database yiwu_credit_full --scale full --load-only`,
 * then measure with `--database yiwu_credit_full --scale full --reuse`; drop the database after.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { BENCH_SERVER_URL, openBenchDatabase } from '../bench-db.ts';
import { openDatabase, type Database } from '../../src/core/db/database.ts';
import type { Actor } from '../../src/core/auth/index.ts';
import { migrateAll } from '../../src/platform/migrations.ts';
import { INDICATORS } from '../../src/modules/credit/model.ts';
import { recomputeAll } from '../../src/modules/credit/recompute.ts';
import { recordCreditEvent } from '../../src/modules/credit/events.ts';
import { rebuildCreditTerms } from '../../src/modules/credit/terms.ts';

const { values: opt } = parseArgs({
  options: {
    scale: { type: 'string', default: 'smoke' },
    entities: { type: 'string' },
    events: { type: 'string' },
    calls: { type: 'string', default: '1000' },
    keep: { type: 'boolean', default: false },
    database: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    'load-only': { type: 'boolean', default: false },
  },
});
const full = opt.scale === 'full';
const N = Number(opt.entities ?? (full ? 1_000_000 : 10_000));
const E = Number(opt.events ?? (full ? 50_000_000 : 500_000));
const calls = Number(opt.calls);
class Loaded extends Error {}
const REGULATOR: Actor = { userId: null, role: 'regulator', entityId: null };

const t = async <T>(label: string, fn: () => Promise<T>): Promise<{ ms: number; value: T }> => {
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  process.stdout.write(`${label.padEnd(52)} ${(ms / 1000).toFixed(2).padStart(9)} s\n`);
  return { ms, value };
};
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** A named database (--database) is created if missing and kept; otherwise a throw-away one. */
async function open(): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  if (!opt.database) return openBenchDatabase('postgres', { name: `yiwu_bench_credit_${opt.scale}` });
  const name = opt.database.replace(/[^a-z0-9_]/g, '_');
  const admin = new pg.Client({ connectionString: BENCH_SERVER_URL });
  await admin.connect();
  const has = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (has.rowCount === 0) await admin.query(`create database ${name}`);
  await admin.end();
  const database = await openDatabase({ url: BENCH_SERVER_URL.replace(/\/[^/]*$/, `/${name}`) });
  return { database, cleanup: () => database.close() };
}
const { database, cleanup } = await open();
const db = database.db;
try {
  await migrateAll(database);
  process.stdout.write(`credit bench: ${N.toLocaleString('en')} entities, ${E.toLocaleString('en')} events on ${database.description}\n`);
  const loaded = Number((await sql<{ n: string }>`select count(*) as n from entities`.execute(db)).rows[0]?.n ?? 0);
  if (loaded > 0 && !opt.reuse) throw new Error(`database ${opt.database} already holds data: pass --reuse`);
  if (loaded === 0) {
    const kinds = INDICATORS.map((i) => `'${i.kind}'`).join(',');
    const positive = `array[${INDICATORS.map((i) => (i.sign === 1 ? 'true' : 'false')).join(',')}]`;
    const src = `array[${INDICATORS.map((i) => `'${i.sources[0]}'`).join(',')}]`;
    const K = INDICATORS.length;
    await t('load entities', async () => {
      await sql.raw(`insert into entities (id, kind, name_en) select g, 'merchant', 'bench merchant ' || g from generate_series(1, ${N}) g`).execute(db);
      await sql`select setval(pg_get_serial_sequence('entities', 'id'), ${N + 1}, false)`.execute(db);
    });
    await t('load events (keys dropped, then rebuilt)', () =>
      db.connection().execute(async (db) => {
        await sql`alter table credit_events drop constraint credit_events_entity_id_fkey, drop constraint credit_events_source_external_id_key`.execute(db);
        await sql`drop index credit_events_entity_idx`.execute(db);
        // the terms are filled in one statement after the load (and their index built after that)
        await sql`alter table credit_events disable trigger credit_events_terms_insert`.execute(db);
        await sql`drop index credit_event_terms_entity_idx`.execute(db);
        await sql`set maintenance_work_mem = '1GB'`.execute(db);
        // 8 slices so that progress shows and no single statement holds everything in memory
        const slices = 8;
        for (let s = 0; s < slices; s++) {
          const lo = Math.floor((E * s) / slices) + 1;
          const hi = Math.floor((E * (s + 1)) / slices);
          await sql
            .raw(
              `insert into credit_events (id, entity_id, source, kind, severity, occurred_on, evidence_ref, external_id)
           select g, 1 + (hashint4(g) & 2147483647) % ${N}, (${src})[k + 1], (array[${kinds}])[k + 1],
             case when (${positive})[k + 1] then 'positive' else (array['minor','minor','minor','moderate','moderate','serious','severe'])[1 + g % 7] end,
             current_date - (hashint4(g + 7) & 2147483647) % 1825, 'bench', 'b' || g
           from (select g, (hashint4(g * 3) & 2147483647) % ${K} as k from generate_series(${lo}, ${hi}) g) x`,
            )
            .execute(db);
          process.stdout.write(`  ${hi.toLocaleString('en')} events\n`);
        }
        await sql`select setval(pg_get_serial_sequence('credit_events', 'id'), ${E + 1}, false)`.execute(db);
        await sql`alter table credit_events add constraint credit_events_source_external_id_key unique (source, external_id)`.execute(db);
        await sql`create index credit_events_entity_idx on credit_events (entity_id, occurred_on desc, id desc)`.execute(db);
        // the key is re-added unvalidated: every generated entity id exists by construction
        await sql`alter table credit_events add constraint credit_events_entity_id_fkey foreign key (entity_id) references entities(id) not valid`.execute(db);
        await sql`alter table credit_events enable trigger credit_events_terms_insert`.execute(db);
        await sql`set work_mem = '256MB'`.execute(db);
        await rebuildCreditTerms(db);
        await sql`reset work_mem`.execute(db);
        await sql`create index credit_event_terms_entity_idx on credit_event_terms (entity_id, event_id)`.execute(db);
        await sql`vacuum analyze credit_events`.execute(db);
        await sql`vacuum analyze entities`.execute(db);
      }),
    );
  } else {
    await t('reuse: earlier bench events and stored scores removed', async () => {
      await sql`delete from credit_events where id > ${E} and external_id like 'bench-new-%'`.execute(db);
      await sql`select setval(pg_get_serial_sequence('credit_events', 'id'), ${E + 1}, false)`.execute(db);
      await sql`truncate credit_scores, credit_class_changes, credit_recomputes`.execute(db);
    });
  }
  await t('analyze credit_event_terms', () => sql`analyze credit_event_terms`.execute(db));
  if (opt['load-only']) throw new Loaded();
  // the scans run with the recompute's work_mem (it sets 256MB for its own transaction)
  const scan = (label: string, q: ReturnType<typeof sql<{ n: number }>>) =>
    t(label, () =>
      db.transaction().execute(async (tx) => {
        await sql`set local work_mem = '256MB'`.execute(tx);
        return q.execute(tx);
      }),
    );
  const base = await scan(
    'baseline: plain aggregate scan (group by entity)',
    sql<{ n: number }>`select count(*)::int as n from (
        select entity_id, sum(case when severity = 'positive' then 1 else -1 end) as s from credit_events group by entity_id) x`,
  );
  const termsScan = await scan(
    'same scan over the event terms (narrow rows)',
    sql<{ n: number }>`select count(*)::int as n from (select entity_id, sum(v) as s from credit_event_terms group by entity_id) x`,
  );
  const first = await t('full recompute, first run (every score written)', () => recomputeAll(db, REGULATOR));
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const second = await t('full recompute, next day (changed rows written)', () => recomputeAll(db, REGULATOR, { asOf: tomorrow }));
  await sql`analyze credit_scores`.execute(db);
  const lat: number[] = [];
  const today = new Date().toISOString().slice(0, 10);
  for (let i = 0; i < calls; i++) {
    const entityId = 1 + ((i * 7919 + 13) % N);
    const t0 = performance.now();
    await recordCreditEvent(db, REGULATOR, {
      entityId,
      source: 'market_supervision',
      kind: i % 3 === 0 ? 'honesty_award' : 'false_advertising',
      occurredOn: today,
      evidenceRef: 'bench',
      externalId: `bench-new-${i}`,
    });
    lat.push(performance.now() - t0);
  }
  lat.sort((a, b) => a - b);
  const perEntity = E / N;
  process.stdout.write(
    [
      '',
      `entities ${N.toLocaleString('en')}, events ${E.toLocaleString('en')} (${perEntity.toFixed(0)} per entity)`,
      `load average (1/5/15 min)        ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')} (${cpus().length} cores)`,
      `baseline aggregate scan          ${(base.ms / 1000).toFixed(2)} s (${base.value.rows[0]?.n.toLocaleString('en')} groups); over the terms ${(termsScan.ms / 1000).toFixed(2)} s`,
      `full recompute (first run)       ${(first.ms / 1000).toFixed(2)} s = ${(first.ms / base.ms).toFixed(2)} × baseline; ${first.value.entities.toLocaleString('en')} scored, ${first.value.changed.toLocaleString('en')} written, ${first.value.classChanges.toLocaleString('en')} class changes`,
      `full recompute (next day)        ${(second.ms / 1000).toFixed(2)} s = ${(second.ms / base.ms).toFixed(2)} × baseline; ${second.value.changed.toLocaleString('en')} written, ${second.value.classChanges.toLocaleString('en')} class changes`,
      `new event → score (${calls} calls)  p50 ${pct(lat, 50).toFixed(2)} ms, p95 ${pct(lat, 95).toFixed(2)} ms, p99 ${pct(lat, 99).toFixed(2)} ms`,
      '',
    ].join('\n'),
  );
} catch (e) {
  if (!(e instanceof Loaded)) throw e;
} finally {
  if (opt.keep || opt.database) await database.close();
  else await cleanup();
}
