import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../../core/db/testing.ts';
import { AppError } from '../../core/errors.ts';
import { ANONYMOUS } from '../../core/auth/index.ts';
import { countProducts, tinyMarket, sampleProduct, type Market } from '../../../test/fixtures.ts';
import { categoryTree, createProduct, deleteProduct, getProduct, listProducts, updateProduct, unitPriceFor } from './index.ts';
import { CATEGORY_TREE } from './reference/category-tree.ts';
import { sql } from 'kysely';
import { fromDatabaseError } from '../../core/errors.ts';

test('tiered price lookup picks the deepest tier reached', () => {
  const tiers = [
    { minQty: 100, unitPrice: 1250 },
    { minQty: 500, unitPrice: 1180 },
  ];
  assert.equal(unitPriceFor(tiers, 99), undefined);
  assert.equal(unitPriceFor(tiers, 100), 1250);
  assert.equal(unitPriceFor(tiers, 499), 1250);
  assert.equal(unitPriceFor(tiers, 10_000), 1180);
});

test('the reference tree has 26 top categories and at least two levels below each', () => {
  assert.equal(CATEGORY_TREE.length, 26);
  for (const top of CATEGORY_TREE) {
    assert.ok(top.children && top.children.length > 0, top.code);
    for (const c of top.children) assert.ok(c.children && c.children.length > 0, c.code);
  }
});

for (const engine of testEngines()) {
  describe(`catalogue on ${engine}`, () => {
    let m: Market;
    before(async () => {
      m = await tinyMarket(engine);
    });
    after(() => m.d.close());

    test('category tree comes back nested with names in both languages', async () => {
      const tree = await categoryTree(m.d.db);
      assert.equal(tree.length, 26);
      assert.ok(tree.every((t) => t.nameZh && t.nameEn && t.children.length > 0));
    });

    test('a merchant creates a product shown at its own stall, with tiers in minor units', async () => {
      const p = await createProduct(m.d.db, m.merchant, sampleProduct(m.categoryLeaf));
      assert.equal(p.merchant.id, m.merchant.entityId);
      assert.ok(p.stall, 'shown at the merchant’s stall');
      assert.deepEqual(p.priceTiers[0], { minQty: 100, unitPrice: 1250 });
      assert.deepEqual(p.carton, { units: 50, lengthCm: 52, widthCm: 38, heightCm: 30.5, grossKg: 18.6 });
      const again = await getProduct(m.d.db, ANONYMOUS, p.id);
      assert.equal(again.titleZh, '不锈钢保温杯 500ml');
      await assert.rejects(createProduct(m.d.db, m.merchant, sampleProduct(m.categoryLeaf)), (e: AppError) => e.code === 'DUPLICATE');
    });

    test('rules on prices, MOQ and codes are enforced', async () => {
      const bad = [
        { ...sampleProduct(m.categoryLeaf, 'B1'), priceTiers: [{ minQty: 100, unitPrice: -5 }] },
        { ...sampleProduct(m.categoryLeaf, 'B2'), priceTiers: [{ minQty: 100, unitPrice: 12.5 }] },
        {
          ...sampleProduct(m.categoryLeaf, 'B3'),
          priceTiers: [
            { minQty: 100, unitPrice: 100 },
            { minQty: 50, unitPrice: 90 },
          ],
        },
        {
          ...sampleProduct(m.categoryLeaf, 'B4'),
          priceTiers: [
            { minQty: 100, unitPrice: 100 },
            { minQty: 500, unitPrice: 120 },
          ],
        },
        { ...sampleProduct(m.categoryLeaf, 'B5'), hsCode: '96170' },
        { ...sampleProduct(m.categoryLeaf, 'B6'), currency: 'XYZ' },
        { ...sampleProduct(m.categoryLeaf, 'B7'), moq: 0 },
        { ...sampleProduct(m.categoryLeaf, 'B8'), unknownField: 1 },
        { ...sampleProduct(m.categoryLeaf, 'B9'), titleZh: 'x'.repeat(10_000) },
        { ...sampleProduct(m.categoryLeaf, 'B10'), titleZh: undefined, titleEn: undefined },
      ];
      for (const b of bad) await assert.rejects(createProduct(m.d.db, m.merchant, b), (e: unknown) => e instanceof AppError && e.code === 'VALIDATION', b.sku);
      await assert.rejects(createProduct(m.d.db, m.merchant, sampleProduct('999999', 'B11')), (e: AppError) => e.code === 'VALIDATION');
      const none = await listProducts(m.d.db, m.merchant, { merchant: String(m.merchant.entityId), pageSize: '100' });
      assert.ok(
        none.items.every((p) => !p.sku.startsWith('B')),
        'nothing half-written',
      );
    });

    test('merchants change only their own goods; buyers and visitors only read', async () => {
      const p = await createProduct(m.d.db, m.merchant, sampleProduct(m.categoryLeaf, 'OWN-1'));
      await assert.rejects(updateProduct(m.d.db, m.merchant2, p.id, { stock: 1 }), (e: AppError) => e.code === 'FORBIDDEN');
      await assert.rejects(deleteProduct(m.d.db, m.merchant2, p.id), (e: AppError) => e.code === 'FORBIDDEN');
      await assert.rejects(updateProduct(m.d.db, m.buyer, p.id, { stock: 1 }), (e: AppError) => e.code === 'FORBIDDEN');
      await assert.rejects(createProduct(m.d.db, m.buyer, sampleProduct(m.categoryLeaf, 'BUY-1')), (e: AppError) => e.code === 'FORBIDDEN');
      await assert.rejects(createProduct(m.d.db, ANONYMOUS, sampleProduct(m.categoryLeaf, 'ANON-1')), (e: AppError) => e.code === 'UNAUTHENTICATED');
      await assert.rejects(
        createProduct(m.d.db, m.merchant2, sampleProduct(m.categoryLeaf, 'X-1'), m.merchant.entityId!),
        (e: AppError) => e.code === 'FORBIDDEN',
      );
      const updated = await updateProduct(m.d.db, m.merchant, p.id, { stock: 7, priceTiers: [{ minQty: 100, unitPrice: 1200 }] });
      assert.equal(updated.stock, 7);
      assert.equal(updated.priceTiers.length, 1);
      // A patch that would break a rule as a whole (MOQ above the first tier is fine, tiers rising in price are not).
      await assert.rejects(
        updateProduct(m.d.db, m.merchant, p.id, {
          priceTiers: [
            { minQty: 100, unitPrice: 1 },
            { minQty: 200, unitPrice: 2 },
          ],
        }),
      );
      const op = await updateProduct(m.d.db, m.operator, p.id, { status: 'hidden' });
      assert.equal(op.status, 'hidden');
      await assert.rejects(getProduct(m.d.db, m.buyer, p.id), (e: AppError) => e.code === 'NOT_FOUND', 'hidden goods are not shown to others');
      assert.equal((await getProduct(m.d.db, m.merchant, p.id)).status, 'hidden', 'but their owner sees them');
      await deleteProduct(m.d.db, m.merchant, p.id);
      await assert.rejects(getProduct(m.d.db, m.merchant, p.id), (e: AppError) => e.code === 'NOT_FOUND');
    });

    test('the operator cannot create a product for a buyer entity (it would be listed publicly); the database refuses it too', async () => {
      const buyerId = m.buyer.entityId!;
      const goods = () => countProducts(m.d, buyerId);
      await assert.rejects(createProduct(m.d.db, m.operator, sampleProduct(m.categoryLeaf, 'BUYER-1'), buyerId), (e: AppError) => {
        assert.equal(e.code, 'VALIDATION');
        assert.match(e.message, /is a buyer, not a merchant/);
        return true;
      });
      await assert.rejects(createProduct(m.d.db, m.operator, sampleProduct(m.categoryLeaf, 'NOBODY-1'), 987_654_321), (e: AppError) => e.code === 'NOT_FOUND');
      assert.equal(await goods(), 0, 'nothing written');
      // Any other writer (bulk load, SQL tools) meets the same rule in the database.
      const row = await m.d.db.selectFrom('products').selectAll().where('merchant_id', '=', m.merchant.entityId!).limit(1).executeTakeFirstOrThrow();
      const { id: _id, created_at: _c, updated_at: _u, ...copy } = row;
      const direct = m.d.db
        .insertInto('products')
        .values({ ...copy, merchant_id: buyerId, sku: 'DIRECT-1' } as never)
        .execute();
      await assert.rejects(direct, (e: unknown) => fromDatabaseError(e)?.code === 'VALIDATION');
      await assert.rejects(
        m.d.db.updateTable('products').set({ merchant_id: buyerId }).where('id', '=', row.id).execute(),
        (e: unknown) => fromDatabaseError(e)?.code === 'VALIDATION',
      );
      await assert.rejects(
        m.d.db.updateTable('entities').set({ kind: 'buyer' }).where('id', '=', m.merchant.entityId!).execute(),
        (e: unknown) => fromDatabaseError(e)?.code === 'VALIDATION',
      );
      assert.equal(await goods(), 0, 'nothing written');
    });

    test('NUL, control characters and unpaired surrogates in product text are refused before the database (was a 500)', async () => {
      const bad = [
        { ...sampleProduct(m.categoryLeaf, 'T1'), titleZh: '保温\u0000杯' },
        { ...sampleProduct(m.categoryLeaf, 'T2'), descriptionEn: 'bad \uD800 half' },
        { ...sampleProduct(m.categoryLeaf, 'T3'), attributes: { 'mat\u0000': 'steel' } },
        { ...sampleProduct(m.categoryLeaf, 'T4'), attributes: { material: 'steel\u0000' } },
        { ...sampleProduct(m.categoryLeaf, 'T5'), titleEn: 'bell\u0007' },
      ];
      for (const b of bad)
        await assert.rejects(
          createProduct(m.d.db, m.merchant, b),
          (e: unknown) => e instanceof AppError && e.code === 'VALIDATION' && /NUL|U\+|control/.test(e.message),
          b.sku,
        );
      const p = await createProduct(m.d.db, m.merchant, { ...sampleProduct(m.categoryLeaf, 'T6'), descriptionZh: '第一行\r\n第二行', descriptionEn: '   ' });
      assert.equal(p.descriptionZh, '第一行\n第二行', 'line breaks are stored as LF');
      assert.equal(p.descriptionEn, null, 'a blank description is no description');
      // Fixed in SQL: a NUL that still reaches PostgreSQL is the caller's text, a 400, not a 500.
      await assert.rejects(sql`select ${'a\u0000b'}::text`.execute(m.d.db), (e: unknown) => fromDatabaseError(e)?.code === 'BAD_TEXT');
      await assert.rejects(sql`select ${'{"a":"\\u0000"}'}::jsonb`.execute(m.d.db), (e: unknown) => fromDatabaseError(e)?.code === 'BAD_TEXT');
    });

    test('browsing a top category includes its whole subtree, sorted by price', async () => {
      const top = m.categoryLeaf.slice(0, 2);
      const all = await listProducts(m.d.db, ANONYMOUS, { pageSize: '100' });
      const inTop = await listProducts(m.d.db, ANONYMOUS, { category: top, sort: 'price_asc', pageSize: '100' });
      assert.ok(all.total >= 400);
      assert.ok(inTop.items.every((p) => p.category.code.startsWith(top)));
      const prices = inTop.items.map((p) => p.priceTiers[0]!.unitPrice);
      assert.deepEqual(
        prices,
        [...prices].sort((a, b) => a - b),
      );
    });
  });
}
