import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testEngines } from '../../core/db/testing.ts';
import { indexMarket, type IndexMarket } from './test-market.ts';
import { SYSTEM } from '../../core/auth/actor.ts';
import { addDays, loadDemoHistory, runIndex, weekStart } from './index.ts';
import { tradedValue } from './run.ts';
import { readState } from './run-state.ts';

/** The former statement of the weights: one grouped scan of index_observations (the reference). */
async function valueBySql(m: IndexMarket, from: string, to: string) {
  const rows = (
    await sql<{ category_id: number; v: number }>`
      select category_id, sum(coalesce(value, price * quantity))::float8 as v from index_observations
      where collection_date >= ${from}::date and collection_date < ${to}::date and (value is not null or quantity is not null)
      group by category_id`.execute(m.d.db)
  ).rows.filter((r) => r.v > 0);
  return new Map(rows.map((r) => [r.category_id, r.v]));
}

for (const engine of testEngines()) {
  describe(`the weekly run's reads on ${engine}`, () => {
    let m: IndexMarket;
    before(async () => {
      m = await indexMarket(engine, ['04', '12']);
      await loadDemoHistory(m.d, { endWeek: '2026-W03', weeks: 10, perCategory: 4, publish: false, now: new Date('2026-02-01T00:00:00Z') });
      // a large value and a wide pack (ids and values beyond 4 bytes) among them
      const it = (
        await sql<{
          id: number;
          product_id: number;
          merchant_id: number;
          category_id: number;
        }>`select id, product_id, merchant_id, category_id from index_items order by id limit 1`.execute(m.d.db)
      ).rows[0]!;
      await sql`insert into index_observations (item_id, product_id, merchant_id, category_id, obs_date, collection_date, price, quantity, value, source)
        values (${it.id}, ${it.product_id}, ${it.merchant_id}, ${it.category_id}, '2025-12-01', '2025-12-01', 123, 7, 9007199254740000, 'order'),
               (${it.id}, ${it.product_id}, ${it.merchant_id}, ${it.category_id}, '2025-12-01', '2025-12-01', 5000000000, 3, null, 'order')`.execute(m.d.db);
    });
    after(async () => m.d.close());

    test('value weights from the packs equal the grouped SQL sum over the same weeks, whole range and single weeks', async () => {
      const first = weekStart('2025-W46');
      const ranges: [string, string][] = [
        [first, weekStart('2026-W04')],
        [weekStart('2025-W49'), weekStart('2025-W50')],
        [weekStart('2026-W01'), weekStart('2026-W02')],
        [weekStart('2025-W30'), weekStart('2025-W31')], // no data
      ];
      for (const [from, to] of ranges) {
        const want = await valueBySql(m, from, to);
        const got = new Map((await tradedValue(m.d.db, from, to, m.d.engine)).map((r) => [r.category_id, r.v]));
        assert.deepEqual(got, want, `${from} … ${addDays(to, -1)}`);
      }
      assert.ok((await valueBySql(m, first, weekStart('2026-W04'))).size > 0, 'the history has value data');
    });

    test('a state stored in chunks and the same state in the columns of index_states (before migration 008) read the same', async () => {
      const now = new Date('2026-02-01T00:00:00Z');
      const r = await runIndex(m.d, SYSTEM, { week: '2026-W02' }, now); // across the new year: the 2026 weights come from the packs
      assert.equal(r.status, 'published');
      const week = weekStart('2026-W02');
      const chunked = await readState(m.d.db, week, m.d.engine);
      assert.ok(chunked && chunked.parts[0].byteLength > 0);
      await sql`
        update index_states s set
          ref_price = (select string_agg(bytes, ''::bytea order by seq) from index_state_chunks c where c.week = s.week and c.token = s.chunks_token and part = 0),
          imputed_runs = coalesce((select string_agg(bytes, ''::bytea order by seq) from index_state_chunks c where c.week = s.week and c.token = s.chunks_token and part = 1), ''::bytea),
          item_category = (select string_agg(bytes, ''::bytea order by seq) from index_state_chunks c where c.week = s.week and c.token = s.chunks_token and part = 2),
          chunks_token = null
        where week = ${week}::date`.execute(m.d.db);
      await sql`delete from index_state_chunks where week = ${week}::date`.execute(m.d.db); // a state stored before 008 has no chunks
      const legacy = await readState(m.d.db, week, m.d.engine);
      assert.deepEqual(legacy, chunked);
      // the next week computes from the legacy state, and replacing it leaves no garbage
      const next = await runIndex(m.d, SYSTEM, { week: '2026-W03' }, now);
      assert.equal(next.status, 'published');
      assert.equal((await runIndex(m.d, SYSTEM, { week: '2026-W03' }, now)).status, 'unchanged');
      const orphans = await sql<{ n: number }>`
        select count(*)::int as n from index_state_chunks c
        where not exists (select 1 from index_states s where s.week = c.week and s.chunks_token = c.token)`.execute(m.d.db);
      assert.equal(orphans.rows[0]!.n, 0);
    });
  });
}
