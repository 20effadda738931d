/**
 * `productsByIds` (search hydration; catalog migration 031 reads the product read model as one JSON array from
 * a function): the same products, field for field, as `getProduct` reads them one by one — merchant, category,
 * stall address, main image, price tiers, attributes, timestamps — in the order asked, without hidden or
 * missing ones.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../../core/db/testing.ts';
import { tinyMarket, type Market } from '../../../test/fixtures.ts';
import { getProduct, productCardsByIds, productsByIds, updateProduct } from './index.ts';

for (const engine of testEngines()) {
  describe(`productsByIds on ${engine}`, () => {
    let m: Market;
    before(async () => {
      m = await tinyMarket(engine, { pictures: true });
    });
    after(() => m.d.close());

    test('answers what getProduct reads, in the order asked, leaving out hidden and missing products', async () => {
      const rows = await m.d.db.selectFrom('products').select(['id', 'merchant_id']).where('status', '=', 'active').orderBy('id').execute();
      assert.ok(rows.length > 40);
      // Every 11th product, newest first, so the order asked is not the table's.
      const ids = rows
        .filter((_, i) => i % 11 === 0)
        .map((r) => r.id)
        .reverse();
      const mine = rows.find((r) => r.merchant_id === m.merchant.entityId)!.id;
      await updateProduct(m.d.db, m.merchant, mine, { status: 'hidden' });
      const asked = [...ids.slice(0, 3), mine, 999_999_999, ...ids.slice(3)].filter((id, i, a) => a.indexOf(id) === i);
      const got = await productsByIds(m.d.db, asked);
      const expected = asked.filter((id) => id !== mine && id !== 999_999_999);
      assert.deepEqual(
        got.map((p) => p.id),
        expected,
      );
      for (const p of got) assert.deepEqual(p, await getProduct(m.d.db, m.operator, p.id), `product ${p.id}`);
      assert.ok(
        got.some((p) => p.mainImage !== null),
        'some products have a main image',
      );
      assert.ok(
        got.some((p) => p.stall !== null),
        'some products have a stall',
      );
      assert.deepEqual(await productsByIds(m.d.db, []), []);

      // Cards (search hits): exactly the card's fields of the same products, in the same order.
      const cards = await productCardsByIds(m.d.db, asked);
      assert.deepEqual(
        cards.map((c) => c.id),
        expected,
      );
      const cardKeys = ['id', 'sku', 'merchant', 'stall', 'category', 'titleZh', 'titleEn', 'unit', 'moq', 'currency', 'priceTiers', 'stock', 'mainImage'];
      for (const c of cards) {
        const p = got.find((x) => x.id === c.id)!;
        assert.deepEqual(c, Object.fromEntries(cardKeys.map((k) => [k, p[k as keyof typeof p]])), `card ${c.id}`);
      }
      assert.ok(cards.some((c) => c.mainImage !== null) && cards.some((c) => c.stall !== null), 'cards with a picture and with a stall');
      assert.deepEqual(await productCardsByIds(m.d.db, []), []);
    });
  });
}
