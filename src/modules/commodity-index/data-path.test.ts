/**
 * The packed data path equals the old way: the week's observations read from
 * index_obs_packs (kept by triggers through inserts, COPY, updates, deletes
 * and truncate) equal a scan of index_observations, and the activity measures
 * computed in JS from them equal the grouped SQL (grouping sets) over the table.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testEngines } from '../../core/db/testing.ts';
import { indexMarket, type IndexMarket } from './test-market.ts';
import { recordObservations, type ObservationInput } from './index.ts';
import { pullWeek, repackWeeks, scanWeek, type WeekObservations } from './data-path.ts';
import { packRefPrices, stateCodecs, unpackRefPrices } from './state-codec.ts';
import { activityOf, activitySql, newListings, type Activity } from './activity.ts';

const W = ['2025-03-03', '2025-03-10', '2025-03-17'];

/** The observations as sorted record strings (packs keep no particular order). */
function records(o: WeekObservations): string[] {
  const out: string[] = [];
  for (let j = 0; j < o.length; j++) out.push([o.item[j], o.itemCategory[j], o.price[j]].join(' '));
  const pairs = new Set<string>();
  for (let j = 0; j < o.pairs.length; j++) pairs.add(['p', o.pairs.category[j], o.pairs.merchantHi[j], o.pairs.merchantLo[j]].join(' '));
  out.push(...pairs);
  const x = o.extras;
  for (let k = 0; k < x.length; k++) out.push(['x', x.category[k], x.flags[k], x.price[k], x.value[k], x.quantity[k], x.buyerHi[k], x.buyerLo[k]].join(' '));
  return out.sort();
}
const sorted = (a: Activity) => [...a].sort((p, q) => p[0] - q[0]);

test('reference prices pack losslessly (4 bytes per integer price, exceptions for the others)', () => {
  const a = Float64Array.from([Number.NaN, 1, 4294967295, 4294967296, 12.5, 2 ** 40, 0.1, 77, Number.NaN, 3]);
  const b = packRefPrices(a);
  assert.deepEqual([...unpackRefPrices(b, a.length)], [...a]);
  const few = Float64Array.from({ length: 40 }, (_, i) => (i % 10 === 0 ? i + 0.5 : i % 7 === 0 ? Number.NaN : 100 + i));
  const fb = packRefPrices(few);
  assert.equal(fb.byteLength, 4 * 40 + 12 * 4);
  assert.deepEqual([...unpackRefPrices(fb, 40)], [...few]);
  const many = Float64Array.from({ length: 8 }, (_, i) => i + 0.25);
  assert.equal(packRefPrices(many).byteLength, 64);
  assert.deepEqual([...unpackRefPrices(packRefPrices(many), 8)], [...many]);
});

test('run lengths and item categories pack losslessly in every layout', () => {
  const { narrowRuns, widenRuns, narrowCategories, widenCategories } = stateCodecs;
  const runs = (a: number[]) => {
    const u = Uint16Array.from(a);
    assert.deepEqual([...widenRuns(narrowRuns(u), u.length)], a);
    return narrowRuns(u).byteLength;
  };
  assert.equal(runs(Array.from({ length: 100 }, (_, i) => (i === 7 ? 3 : 0))), 6);
  assert.equal(runs(Array.from({ length: 10 }, (_, i) => i % 4)), 10);
  assert.equal(runs(Array.from({ length: 10 }, (_, i) => (i % 2) * 300)), 20);
  assert.equal(runs([]), 0);
  const cats = (a: number[]) => {
    const c = Int32Array.from(a);
    assert.deepEqual([...widenCategories(narrowCategories(c), c.length)], a);
    return narrowCategories(c).byteLength;
  };
  assert.equal(cats([0, 5, 65535, 3]), 8);
  assert.equal(cats(Array.from({ length: 100 }, (_, i) => [0, 260402, 70000][i % 3]!)), 200 + 12 + 4);
  assert.equal(cats(Array.from({ length: 6 }, (_, i) => 100000 + i)), 24);
  assert.equal(cats([-1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 40);
  assert.equal(cats([]), 0);
});

for (const engine of testEngines()) {
  describe(`packed observations and activity on ${engine}`, () => {
    let m: IndexMarket;
    before(async () => {
      m = await indexMarket(engine, ['02', '04']);
    });
    after(async () => m.d.close());

    const same = async (what: string) => {
      for (const w of W) {
        const packed = await pullWeek(m.d.db, w);
        assert.deepEqual(records(packed), records(await scanWeek(m.d.db, w)), `${what}: observations of ${w}`);
        assert.deepEqual(sorted(activityOf(packed, await newListings(m.d.db, w))), sorted(await activitySql(m.d.db, w)), `${what}: activity of ${w}`);
      }
    };

    test('inserts, COPY, updates, deletes and truncate keep the packs equal to the table; activity equals the grouped SQL', async () => {
      const ps = m.products;
      const rows: ObservationInput[] = [];
      let k = 0;
      for (const w of W)
        for (const [i, p] of ps.entries()) {
          if ((i + w.length) % 7 === 3) continue;
          const day = k % 2 ? w : `2025-03-${String(Number(w.slice(8)) + 2).padStart(2, '0')}`;
          const source = (['listed', 'survey', 'order'] as const)[k % 3]!;
          rows.push({
            productId: p.id,
            merchantId: k % 11 === 0 ? p.merchantId + 1 : p.merchantId,
            categoryId: k % 13 === 0 ? ps[0]!.categoryId : p.categoryId,
            date: day,
            priceType: source === 'order' ? 'order' : 'online',
            price: 100 + ((k * 37) % 900),
            currency: 'CNY',
            source,
            quantity: k % 4 === 0 ? null : (k % 50) + 1,
            value: k % 5 === 0 ? 1000 + k : null,
            buyerId: source === 'order' ? 1 + (k % 3) : null,
          });
          k++;
        }
      await recordObservations(m.d.db, rows.slice(0, 250));
      await recordObservations(m.d.db, rows.slice(250));
      // a large value: sums leave the safe integer range (exact like sum(bigint) in SQL)
      await recordObservations(m.d.db, [
        { ...rows[1]!, value: 2 ** 52, quantity: 3 },
        { ...rows[1]!, value: 2 ** 52 + 1 },
        { ...rows[2]!, value: null, price: 2 ** 40, quantity: 2 ** 20 },
      ]);
      const item = await m.d.db.selectFrom('index_items').select(['id', 'product_id', 'merchant_id', 'category_id']).orderBy('id').executeTakeFirstOrThrow();
      await m.d.copyCsv(
        'index_observations',
        ['item_id', 'product_id', 'merchant_id', 'category_id', 'obs_date', 'collection_date', 'price', 'quantity', 'value', 'source', 'buyer_id'],
        [
          `${item.id},${item.product_id},${item.merchant_id},${item.category_id},${W[1]},${W[1]},555,7,,order,42\n${item.id},${item.product_id},${item.merchant_id},${item.category_id},${W[2]},${W[2]},556,,,listed,\n`,
        ],
      );
      await same('after inserts and COPY');
      const kinds = (
        await sql<{
          nw: number;
          wd: number;
        }>`select count(*) filter (where narrow)::int as nw, count(*) filter (where not narrow)::int as wd from index_obs_packs`.execute(m.d.db)
      ).rows[0]!;
      assert.ok(kinds.nw > 0 && kinds.wd > 0, `the case covers narrow and wide packs: ${JSON.stringify(kinds)}`);
      const a0 = [...(await activitySql(m.d.db, W[0]!)).values()];
      assert.ok(
        a0.some((x) => x.tradedValue > 2 ** 53) && a0.some((x) => x.activeBuyers > 0 && x.orderCount > 0 && x.volume > 0),
        'the case covers big sums, orders and buyers',
      );
      const total = async () => Number((await sql<{ n: number }>`select coalesce(sum(n), 0)::int as n from index_obs_packs`.execute(m.d.db)).rows[0]!.n);
      assert.equal(await total(), rows.length + 5);

      await sql`update index_observations set price = price + 1, buyer_id = 7 where id % 5 = 0`.execute(m.d.db);
      await sql`update index_observations set collection_date = ${W[2]}::date, obs_date = ${W[2]}::date where id % 17 = 0 and collection_date < ${W[1]}::date`.execute(
        m.d.db,
      );
      await same('after updates (also moving rows between weeks)');
      await sql`delete from index_observations where id % 6 = 1`.execute(m.d.db);
      await same('after a delete');
      await repackWeeks(m.d.db, W);
      await same('after a repack');
      await sql`truncate index_observations`.execute(m.d.db);
      assert.equal(await total(), 0);
      for (const w of W) assert.equal((await pullWeek(m.d.db, w)).length, 0);
    });
  });
}
