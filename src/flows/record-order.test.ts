import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testEngines } from '../core/db/testing.ts';
import { sampleProduct, tinyMarket, type Market } from '../../test/fixtures.ts';
import { createProduct } from '../modules/catalog/index.ts';
import { checkout, moveOrder } from '../modules/trade/index.ts';
import { moveOrderAndObserve } from './record-order.ts';

for (const engine of testEngines()) {
  describe(`order prices into the commodity index on ${engine}`, () => {
    let m: Market;
    let cup: number;
    const orderObservations = async (productId: number) =>
      (
        await sql<{ price: number; quantity: number; value: number; price_type: string; buyer_id: number }>`
          select o.price, o.quantity, o.value, i.price_type, o.buyer_id from index_observations o join index_items i on i.id = o.item_id
          where o.product_id = ${productId} and o.source = 'order' order by o.id`.execute(m.d.db)
      ).rows.map((r) => ({ ...r, price: Number(r.price), quantity: Number(r.quantity), value: Number(r.value), buyer_id: Number(r.buyer_id) }));
    before(async () => {
      m = await tinyMarket(engine);
      cup = (await createProduct(m.d.db, m.merchant, sampleProduct(m.categoryLeaf, 'OBS-CUP'))).id;
    });
    after(() => m.d.close());

    test('a confirmed order line becomes an order-price observation in the same transaction; nothing before confirmation', async () => {
      const { purchase } = await checkout(m.d.db, m.buyer, 'observe-key-0001', { lines: [{ productId: cup, qty: 600 }] });
      const id = purchase.orders[0]!.id;
      assert.deepEqual(await orderObservations(cup), []);
      await moveOrderAndObserve(m.d.db, m.merchant, id, { action: 'confirm' });
      assert.deepEqual(await orderObservations(cup), [{ price: 1180, quantity: 600, value: 708_000, price_type: 'order', buyer_id: m.buyer.entityId! }]);
    });

    test('an accepted proposal is observed at the agreed price; a refused move observes nothing', async () => {
      const { purchase } = await checkout(m.d.db, m.buyer, 'observe-key-0002', { lines: [{ productId: cup, qty: 100 }] });
      const id = purchase.orders[0]!.id;
      await moveOrderAndObserve(m.d.db, m.merchant, id, { action: 'propose', reason: 'price of steel', proposal: { lines: [{ lineNo: 1, unitPrice: 1300 }] } });
      await assert.rejects(moveOrderAndObserve(m.d.db, m.merchant, id, { action: 'accept' }));
      assert.equal((await orderObservations(cup)).length, 1);
      await moveOrderAndObserve(m.d.db, m.buyer, id, { action: 'accept' });
      assert.deepEqual((await orderObservations(cup)).at(-1), { price: 1300, quantity: 100, value: 130_000, price_type: 'order', buyer_id: m.buyer.entityId! });
      await moveOrder(m.d.db, m.buyer, id, { action: 'cancel', reason: 'too dear' });
      assert.equal((await orderObservations(cup)).length, 2);
    });
  });
}
