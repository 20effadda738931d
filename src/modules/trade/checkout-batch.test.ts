/**
 * Checkouts gathered into one statement (checkout-batch.ts, trade migration 028): each keeps its own
 * answer — placed, out of stock, priced again after a change of terms, a retried key — and the stock,
 * the orders and their counters come out as if the checkouts had been placed one by one.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testEngines } from '../../core/db/testing.ts';
import type { Actor } from '../../core/auth/index.ts';
import type { AppError } from '../../core/errors.ts';
import { sampleProduct, tinyMarket, type Market } from '../../../test/fixtures.ts';
import { createProduct, getProduct, updateProduct } from '../catalog/index.ts';
import { entityIdsOfKind } from '../market/index.ts';
import { checkout, checkoutLineStats } from './index.ts';

/** order_counts as kept, as sorted "party:id:status=n" keys. */
async function counters(m: Market): Promise<string[]> {
  const r = await sql<{ k: string }>`select party || ':' || party_id || ':' || status || '=' || n as k from order_counts where n <> 0 order by 1`.execute(
    m.d.db,
  );
  return r.rows.map((x) => x.k);
}

for (const engine of testEngines()) {
  describe(`checkouts placed together on ${engine}`, () => {
    let m: Market;
    let buyers: Actor[];
    before(async () => {
      m = await tinyMarket(engine);
      buyers = (await entityIdsOfKind(m.d.db, 'buyer', 4)).map((entityId) => ({ userId: null, role: 'buyer', entityId }));
      assert.equal(buyers.length, 4, 'the tiny market has 4 buyers');
    });
    after(() => m.d.close());

    test('a batch of concurrent checkouts: each placed, refused for stock, repriced or answered as a retry, as if alone', async () => {
      const make = async (merchant: Actor, sku: string, stock: number, unitPrice: number) =>
        (
          await createProduct(m.d.db, merchant, {
            ...sampleProduct(m.categoryLeaf, sku),
            moq: 1,
            stock,
            priceTiers: [{ minQty: 1, unitPrice }],
          })
        ).id;
      const scarce = await make(m.merchant, 'BATCH-SCARCE', 3, 700); // 5 buyers want 1 each: 3 get it
      const plenty = await make(m.merchant, 'BATCH-PLENTY', 1000, 250);
      const other = await make(m.merchant2, 'BATCH-OTHER', 1000, 990);
      const repriced = await make(m.merchant2, 'BATCH-REPRICED', 1000, 100);
      // Each product priced once by this process, so that the checkouts below reach the line in one tick (terms kept).
      await checkout(m.d.db, buyers[3]!, 'batch-warm-0001', { lines: [scarce, plenty, other, repriced].map((productId) => ({ productId, qty: 1 })) });
      const scarceLeft = (await getProduct(m.d.db, m.merchant, scarce)).stock; // 2
      // The terms this process priced with are no longer the terms: the write must notice and price again.
      await updateProduct(m.d.db, m.merchant2, repriced, { priceTiers: [{ minQty: 1, unitPrice: 120 }] });
      const stats0 = checkoutLineStats(m.d.db);

      const calls = [
        ...Array.from({ length: 5 }, (_, i) => checkout(m.d.db, buyers[i % 3]!, `batch-scarce-${i}000`, { lines: [{ productId: scarce, qty: 1 }] })),
        checkout(m.d.db, buyers[0]!, 'batch-two-merchants', {
          lines: [
            { productId: plenty, qty: 10 },
            { productId: other, qty: 2 },
          ],
        }),
        checkout(m.d.db, buyers[1]!, 'batch-repriced-001', { lines: [{ productId: repriced, qty: 5 }] }),
        // The same request twice at once (a client that retried before the first answer): one purchase.
        checkout(m.d.db, buyers[2]!, 'batch-retried-0001', { lines: [{ productId: plenty, qty: 3 }] }),
        checkout(m.d.db, buyers[2]!, 'batch-retried-0001', { lines: [{ productId: plenty, qty: 3 }] }),
      ];
      const results = await Promise.allSettled(calls);
      const stats = checkoutLineStats(m.d.db);
      assert.ok(stats.largestBatch >= 2, `the checkouts were gathered (largest batch ${stats.largestBatch})`);
      assert.ok(stats.statements - stats0.statements < calls.length, 'fewer statements than checkouts');

      const scarceResults = results.slice(0, 5);
      const placed = scarceResults.filter((r) => r.status === 'fulfilled');
      const short = scarceResults.filter((r) => r.status === 'rejected' && (r.reason as AppError).code === 'OUT_OF_STOCK');
      assert.equal(placed.length, scarceLeft);
      assert.equal(short.length, 5 - scarceLeft);
      assert.equal((await getProduct(m.d.db, m.merchant, scarce)).stock, 0);

      const two = results[5]!;
      assert.equal(two.status, 'fulfilled');
      if (two.status === 'fulfilled') {
        assert.equal(two.value.purchase.orders.length, 2);
        assert.deepEqual(two.value.purchase.totals, { CNY: 10 * 250 + 2 * 990 });
      }
      const re = results[6]!;
      assert.equal(re.status, 'fulfilled');
      if (re.status === 'fulfilled') assert.deepEqual(re.value.purchase.totals, { CNY: 5 * 120 }, 'priced again with the new tier');

      const [a, b] = [results[7]!, results[8]!];
      assert.equal(a.status, 'fulfilled');
      assert.equal(b.status, 'fulfilled');
      if (a.status === 'fulfilled' && b.status === 'fulfilled') {
        assert.equal(a.value.purchase.id, b.value.purchase.id);
        assert.deepEqual([a.value.created, b.value.created].sort(), [false, true]);
      }
      assert.equal((await getProduct(m.d.db, m.merchant, plenty)).stock, 1000 - 1 - 10 - 3);
      assert.equal((await getProduct(m.d.db, m.merchant2, repriced)).stock, 1000 - 1 - 5);

      // The counters kept by the batch equal a recount of the orders.
      const kept = await counters(m);
      await sql`select trade_recount_orders()`.execute(m.d.db);
      assert.deepEqual(kept, await counters(m));
    });

    test('a batch that fails as a whole places its checkouts one by one: the bad one refused, the others placed', async () => {
      const p = (
        await createProduct(m.d.db, m.merchant, {
          ...sampleProduct(m.categoryLeaf, 'BATCH-FALLBACK'),
          moq: 1,
          stock: 100,
          priceTiers: [{ minQty: 1, unitPrice: 50 }],
        })
      ).id;
      await checkout(m.d.db, buyers[0]!, 'fallback-warm-01', { lines: [{ productId: p, qty: 1 }] });
      const before = checkoutLineStats(m.d.db).fallbacks;
      // A buyer that is not in the market: its purchase breaks a foreign key, which fails the statement it is in.
      const ghost: Actor = { userId: null, role: 'buyer', entityId: 999_999_999 };
      const results = await Promise.allSettled([
        checkout(m.d.db, buyers[0]!, 'fallback-first-01', { lines: [{ productId: p, qty: 1 }] }),
        checkout(m.d.db, buyers[1]!, 'fallback-second-1', { lines: [{ productId: p, qty: 1 }] }),
        checkout(m.d.db, buyers[1]!, 'fallback-third-01', { lines: [{ productId: p, qty: 2 }] }),
        checkout(m.d.db, ghost, 'fallback-ghost-01', { lines: [{ productId: p, qty: 4 }] }),
        checkout(m.d.db, buyers[2]!, 'fallback-fifth-01', { lines: [{ productId: p, qty: 8 }] }),
      ]);
      assert.deepEqual(
        results.map((r) => r.status),
        ['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled'],
      );
      assert.equal((await getProduct(m.d.db, m.merchant, p)).stock, 100 - 1 - 1 - 1 - 2 - 8);
      assert.equal(checkoutLineStats(m.d.db).fallbacks, before + 1, 'the batch holding the stranger failed whole once');
    });
  });
}
