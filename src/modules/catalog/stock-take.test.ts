/**
 * `catalog_take_stock_terms` (catalog migrations 025, 030): what checkout's function relies on when it takes a
 * checkout's stock in one statement — per product in id order whether it was taken, the stock after taking (what
 * is left for sale when not taken: 0 when hidden or missing) and the terms of the row it holds, equal to what
 * `catalog_product_terms` reads but stock; a product short in the middle of a list leaves the others' answers
 * intact, and nothing is taken where the stock does not cover the quantity.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testEngines } from '../../core/db/testing.ts';
import { sampleProduct, tinyMarket, type Market } from '../../../test/fixtures.ts';
import { createProduct, getProduct, updateProduct } from './index.ts';

interface Taken {
  product_id: number;
  taken: boolean;
  stock: number;
  terms: Record<string, unknown> | null;
}

for (const engine of testEngines()) {
  describe(`catalog_take_stock_terms on ${engine}`, () => {
    let m: Market;
    before(async () => {
      m = await tinyMarket(engine);
    });
    after(() => m.d.close());

    const take = async (ids: number[], qtys: number[]) =>
      (await sql<Taken>`select * from catalog_take_stock_terms(${sql.val(ids)}::bigint[], ${sql.val(qtys)}::int[])`.execute(m.d.db)).rows.map((r) => ({
        ...r,
        product_id: Number(r.product_id),
      }));
    const termsNow = async (ids: number[]) =>
      (
        await sql<{
          id: number;
          t: Record<string, unknown>;
        }>`select t.id, to_jsonb(t) - 'stock' as t from catalog_product_terms(${sql.val(ids)}::bigint[]) t`.execute(m.d.db)
      ).rows.map((r) => ({ id: Number(r.id), t: r.t }));
    const stockOf = async (id: number) => (await getProduct(m.d.db, m.merchant, id)).stock;

    test('takes every product that covers its quantity, in id order, and answers for the short, hidden and missing ones', async () => {
      const make = async (sku: string, stock: number) =>
        (await createProduct(m.d.db, m.merchant, { ...sampleProduct(m.categoryLeaf, sku), moq: 1, stock, priceTiers: [{ minQty: 1, unitPrice: 700 }] })).id;
      const a = await make('TAKE-A', 10);
      const b = await make('TAKE-B', 3);
      const c = await make('TAKE-C', 10);
      const hidden = await make('TAKE-H', 10);
      await updateProduct(m.d.db, m.merchant, hidden, { status: 'hidden' });
      const missing = c + 1_000_000;

      // All covered: each taken, stock after taking, terms as catalog_product_terms reads them (but stock); ids in any order.
      const all = await take([c, a], [4, 2]);
      assert.deepEqual(
        all.map((r) => [r.product_id, r.taken, r.stock]),
        [
          [a, true, 8],
          [c, true, 6],
        ],
      );
      const now = await termsNow([a, c]);
      for (const r of all) assert.deepEqual(r.terms, now.find((x) => x.id === r.product_id)!.t);
      assert.equal(await stockOf(a), 8);
      assert.equal(await stockOf(c), 6);

      // One short in the middle, one hidden, one missing, inside a transaction the caller rolls back (as checkout does on any short).
      const answers = await m.d.db
        .transaction()
        .execute(async (tx) => {
          const rows = (
            await sql<Taken>`select * from catalog_take_stock_terms(${sql.val([a, b, c, hidden, missing])}::bigint[], ${sql.val([1, 5, 1, 1, 1])}::int[])`.execute(
              tx,
            )
          ).rows;
          throw Object.assign(new Error('roll back'), { rows });
        })
        .catch((e: { rows: Taken[] }) => e.rows);
      assert.deepEqual(
        answers.map((r) => [Number(r.product_id), r.taken, r.stock, r.terms === null ? null : Number(r.terms.id)]),
        [
          [a, true, 7, a],
          [b, false, 3, b],
          [c, true, 5, c],
          [hidden, false, 0, hidden],
          [missing, false, 0, null],
        ],
      );
      assert.equal(answers.find((r) => Number(r.product_id) === hidden)!.terms!.status, 'hidden');
      // Rolled back: nothing of it stayed; the short and the hidden product were never touched.
      assert.deepEqual([await stockOf(a), await stockOf(b), await stockOf(c), await stockOf(hidden)], [8, 3, 6, 10]);
    });
  });
}
