import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testEngines } from '../../core/db/testing.ts';
import { indexMarket, type IndexMarket } from './test-market.ts';
import { collectListedPrices, indexTick, isDayCollected, pullWeek, scanWeek } from './index.ts';

const DAY = '2025-06-05'; // a Thursday
const MONDAY = '2025-06-02';

/** The collection as it was before batching: one transaction, one INSERT … SELECT over the whole catalogue (the reference). */
async function singleStatementCollection(m: IndexMarket, day: string, week: string): Promise<void> {
  await m.d.db.transaction().execute(async (trx) => {
    await sql`
      insert into index_items (product_id, merchant_id, category_id, price_type, currency, first_week)
      select p.id, p.merchant_id, p.category_id, 'online', p.currency, ${week}::date from products p where p.status = 'active'
      on conflict (product_id, price_type, currency) do nothing`.execute(trx);
    await sql`
      insert into index_observations (item_id, product_id, merchant_id, category_id, obs_date, collection_date, price, source)
      select i.id, p.id, p.merchant_id, p.category_id, ${day}::date, ${day}::date, coalesce((p.price_tiers -> 0 ->> 'unitPrice')::bigint, p.base_price), 'listed'
      from products p join index_items i on i.product_id = p.id and i.price_type = 'online' and i.currency = p.currency
      where p.status = 'active'
        and not exists (select 1 from index_observations o where o.item_id = i.id and o.collection_date = ${day}::date and o.source = 'listed')`.execute(trx);
  });
}

async function observed(m: IndexMarket) {
  const r = await sql<Record<string, unknown>>`
    select i.product_id, i.merchant_id, i.category_id, i.price_type, i.currency, i.first_week, o.obs_date, o.collection_date, o.price, o.source
    from index_observations o join index_items i on i.id = o.item_id order by i.product_id, o.collection_date`.execute(m.d.db);
  return r.rows;
}

for (const engine of testEngines()) {
  describe(`batched listed-price collection on ${engine}`, () => {
    let a: IndexMarket;
    let b: IndexMarket;
    before(async () => {
      a = await indexMarket(engine, ['04', '02']);
      b = await indexMarket(engine, ['04', '02']);
      // a product that is not active is not collected
      for (const m of [a, b]) await sql`update products set status = 'hidden' where id = ${m.products[5]!.id}`.execute(m.d.db);
    });
    after(async () => {
      await a.d.close();
      await b.d.close();
    });

    test('the batched collection collects exactly the same observations as the single statement did, and packs them for the weekly run', async () => {
      await singleStatementCollection(a, DAY, MONDAY);
      let batches = 0;
      const n = await collectListedPrices(b.d, DAY, { batchSize: 7, onBatch: () => void batches++ });
      const want = await observed(a);
      assert.ok(want.length > 20);
      assert.equal(n, want.length);
      assert.ok(batches >= Math.floor(want.length / 7), `${batches} batches`);
      assert.deepEqual(await observed(b), want);
      // the packs written batch by batch hold the same week as a scan of the table
      const packed = await pullWeek(b.d.db, MONDAY, b.d.engine);
      const scanned = await scanWeek(b.d.db, MONDAY);
      const rows = (w: typeof packed) => Array.from({ length: w.length }, (_, j) => `${w.item[j]}|${w.itemCategory[j]}|${w.price[j]}`).sort();
      assert.deepEqual(rows(packed), rows(scanned));
      // idempotent: a second pass over a finished day writes nothing
      assert.equal(await collectListedPrices(b.d, DAY, { batchSize: 7 }), 0);
      assert.equal((await observed(b)).length, want.length);
    });

    test('the collection lets a concurrent query through between its batches', async () => {
      const events: string[] = [];
      let batches = 0;
      let queryDoneAt = -1;
      const total = await collectListedPrices(b.d, '2025-06-09', {
        batchSize: 5,
        onBatch: () => {
          batches++;
          if (batches === 1)
            void b.d.db
              .selectFrom('categories')
              .select('code')
              .limit(1)
              .execute()
              .then(() => {
                queryDoneAt = batches;
                events.push('query');
              });
        },
      });
      events.push('collection');
      assert.ok(total > 10);
      assert.deepEqual(events, ['query', 'collection'], 'the query answered before the collection finished');
      assert.ok(queryDoneAt >= 1 && queryDoneAt < batches, `the query answered after batch ${queryDoneAt} of ${batches}`);
    });

    test('a collection stopped half-way is continued by the next scheduler tick and collects every product once', async () => {
      const day = '2025-06-12'; // Thursday
      let batches = 0;
      await assert.rejects(
        collectListedPrices(b.d, day, {
          batchSize: 4,
          onBatch: () => {
            if (++batches === 2) throw new Error('the server stopped');
          },
        }),
        /the server stopped/,
      );
      assert.equal(await isDayCollected(b.d.db, day), false, 'a half-done day is not taken for done');
      const partial = Number(
        (await sql<{ n: number }>`select count(*)::int as n from index_observations where collection_date = ${day}::date`.execute(b.d.db)).rows[0]!.n,
      );
      assert.equal(partial, 8);
      const t = await indexTick(b.d, new Date(`${day}T10:00:00Z`), {});
      assert.equal(t.collectedDay, day);
      const active = b.products.length - 1;
      assert.equal(t.collected, active - partial, 'the tick continued after the products already done');
      const r = await sql<{ n: number; d: number }>`
        select count(*)::int as n, count(distinct item_id)::int as d from index_observations where collection_date = ${day}::date and source = 'listed'`.execute(
        b.d.db,
      );
      assert.deepEqual(r.rows[0], { n: active, d: active });
      assert.equal(await isDayCollected(b.d.db, day), true);
      assert.equal((await indexTick(b.d, new Date(`${day}T11:00:00Z`), {})).collectedDay, null, 'a finished day is not collected again');
    });
  });
}
