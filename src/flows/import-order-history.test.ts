import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testEngines } from '../core/db/testing.ts';
import { AppError } from '../core/errors.ts';
import { sampleProduct, tinyMarket, type Market } from '../../test/fixtures.ts';
import { createProduct, productTerms } from '../modules/catalog/index.ts';
import { getOrder, importOrderHistory, listOrders, tradeEvents, type HistoryOrder } from '../modules/trade/index.ts';
import { importOrderHistoryAndObserve } from './import-order-history.ts';

const NOW = new Date('2026-03-20T12:00:00Z');

/** A completed order of `qty` cups placed on `day` (a Monday) and confirmed the same afternoon. */
function completed(ref: string, buyerId: number, productId: number, day: string, qty = 600, unitPrice = 1180): HistoryOrder {
  return {
    ref,
    buyerId,
    currency: 'CNY',
    leadTimeDays: 15,
    lines: [{ productId, qty, unitPrice }],
    history: [
      { status: 'placed', at: `${day}T09:00:00Z` },
      { status: 'confirmed', at: `${day}T15:00:00Z` },
      { status: 'deposit_paid', at: `${day}T18:00:00Z` },
      { status: 'in_production', at: `${day}T20:00:00Z` },
      { status: 'ready', at: `${day}T21:00:00Z` },
      { status: 'delivered', at: `${day}T22:00:00Z` },
      { status: 'completed', at: `${day}T23:00:00Z` },
    ],
  };
}

async function problemsOf(p: Promise<unknown>): Promise<{ row: number; code: string; field: string }[]> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof AppError && e.code === 'IMPORT_REJECTED', String(e));
    return (e.details as { problems: { row: number; code: string; field: string }[] }).problems.map(({ row, code, field }) => ({ row, code, field }));
  }
  assert.fail('the import was not refused');
}

for (const engine of testEngines()) {
  describe(`importing an order history on ${engine}`, () => {
    let m: Market;
    let cup: number;
    let other: number;
    const counts = async () => {
      const r = await sql<{ orders: number; lines: number; obs: number }>`
        select (select count(*) from merchant_orders)::int as orders, (select count(*) from order_lines)::int as lines,
               (select count(*) from index_observations)::int as obs`.execute(m.d.db);
      return r.rows[0]!;
    };
    before(async () => {
      m = await tinyMarket(engine);
      cup = (await createProduct(m.d.db, m.merchant, sampleProduct(m.categoryLeaf, 'HIST-CUP'))).id;
      other = (await createProduct(m.d.db, m.merchant2, sampleProduct(m.categoryLeaf, 'HIST-OTHER'))).id;
    });
    after(() => m.d.close());

    test('a merchant imports its book: orders, lines, dated history and payments; agreed prices observed on their day; no stock taken, no trade facts', async () => {
      const stock = (await productTerms(m.d.db, [cup])).get(cup)!.stock;
      const facts = (await tradeEvents(m.d.db)).length;
      const cancelled: HistoryOrder = {
        ref: 'SO-3',
        buyerId: m.buyer.entityId!,
        currency: 'CNY',
        lines: [{ productId: cup, qty: 200, unitPrice: 1250 }],
        history: [
          { status: 'placed', at: '2026-02-03T09:00:00Z' },
          { status: 'cancelled', at: '2026-02-03T10:00:00Z', reason: 'ordered twice' },
        ],
      };
      const r = await importOrderHistoryAndObserve(
        m.d.db,
        m.merchant,
        { orders: [completed('SO-1', m.buyer.entityId!, cup, '2026-01-05'), completed('SO-2', m.buyer.entityId!, cup, '2026-01-12', 2000, 1090), cancelled] },
        NOW,
      );
      assert.deepEqual({ orders: r.orders, lines: r.lines, events: r.events, payments: r.payments }, { orders: 3, lines: 3, events: 16, payments: 4 });
      const o = await getOrder(m.d.db, m.buyer, r.orderIds[0]!);
      assert.equal(o.status, 'completed');
      assert.equal(o.paid, o.total);
      assert.equal(o.createdAt, '2026-01-05T09:00:00.000Z');
      assert.deepEqual(
        o.events!.map((e) => [e.to, e.at]),
        completed('x', 0, 0, '2026-01-05').history.map((s) => [s.status, new Date(s.at).toISOString()]),
      );
      assert.deepEqual(
        o.payments!.map((p) => [p.kind, p.amount]),
        [
          ['deposit', o.deposit],
          ['balance', o.balance],
        ],
      );
      const obs = await sql<{ obs_date: string; price: number; quantity: number; source: string; price_type: string }>`
        select to_char(o.obs_date, 'YYYY-MM-DD') as obs_date, o.price, o.quantity, o.source, i.price_type
        from index_observations o join index_items i on i.id = o.item_id where o.product_id = ${cup} order by o.obs_date`.execute(m.d.db);
      assert.deepEqual(
        obs.rows.map((x) => ({ ...x, price: Number(x.price), quantity: Number(x.quantity) })),
        [
          { obs_date: '2026-01-05', price: 1180, quantity: 600, source: 'order', price_type: 'order' },
          { obs_date: '2026-01-12', price: 1090, quantity: 2000, source: 'order', price_type: 'order' },
        ],
        'the order cancelled before confirmation agreed no price',
      );
      assert.equal((await productTerms(m.d.db, [cup])).get(cup)!.stock, stock);
      assert.equal((await tradeEvents(m.d.db)).length, facts);
      assert.equal((await listOrders(m.d.db, m.merchant2, {})).total, 0, 'another merchant sees none of them');
    });

    test('one bad row refuses the whole batch, every bad row reported with its code; nothing is written', async () => {
      const before = await counts();
      const b = m.buyer.entityId!;
      const bad = (patch: Partial<HistoryOrder>, ref: string): HistoryOrder => ({ ...completed(ref, b, cup, '2026-02-02'), ...patch });
      const problems = await problemsOf(
        importOrderHistoryAndObserve(
          m.d.db,
          m.merchant,
          {
            orders: [
              completed('OK-1', b, cup, '2026-02-02'),
              bad({ buyerId: m.merchant.entityId! }, 'B-2'),
              bad({ lines: [{ productId: other, qty: 10, unitPrice: 100 }] }, 'B-3'),
              bad({ lines: [{ productId: 999_999_999, qty: 10, unitPrice: 100 }] }, 'B-4'),
              bad({ currency: 'USD' }, 'B-5'),
              bad(
                {
                  history: [
                    { status: 'placed', at: '2026-02-02T09:00:00Z' },
                    { status: 'completed', at: '2026-02-03T09:00:00Z' },
                  ],
                },
                'B-6',
              ),
              bad(
                {
                  history: [
                    { status: 'placed', at: '2026-02-02T09:00:00Z' },
                    { status: 'confirmed', at: '2026-02-01T09:00:00Z' },
                  ],
                },
                'B-7',
              ),
              bad({ history: [{ status: 'placed', at: '2026-04-02T09:00:00Z' }] }, 'B-8'),
              bad(
                {
                  history: [
                    { status: 'placed', at: '2026-02-02T09:00:00Z' },
                    { status: 'cancelled', at: '2026-02-02T10:00:00Z' },
                  ],
                },
                'B-9',
              ),
              completed('SO-1', b, cup, '2026-02-02'),
              completed('OK-1', b, cup, '2026-02-09'),
              bad({ lines: [{ productId: cup, qty: 0, unitPrice: 100 }] }, 'B-12'),
              bad({ merchantId: m.merchant2.entityId! }, 'B-13'),
              bad(
                {
                  history: [
                    { status: 'placed', at: '2026-02-02T09:00:00Z' },
                    { status: 'proposed', at: '2026-02-02T10:00:00Z' },
                  ],
                },
                'B-14',
              ),
            ],
          },
          NOW,
        ),
      );
      assert.deepEqual(
        problems,
        [
          { row: 2, code: 'UNKNOWN_BUYER', field: 'buyerId' },
          { row: 3, code: 'PRODUCT_OF_ANOTHER_MERCHANT', field: 'lines.0.productId' },
          { row: 4, code: 'UNKNOWN_PRODUCT', field: 'lines.0.productId' },
          { row: 5, code: 'CURRENCY_MISMATCH', field: 'lines.0.productId' },
          { row: 6, code: 'ILLEGAL_HISTORY', field: 'history.1.status' },
          { row: 7, code: 'DATES_OUT_OF_ORDER', field: 'history.1.at' },
          { row: 8, code: 'DATE_IN_FUTURE', field: 'history.0.at' },
          { row: 9, code: 'REASON_REQUIRED', field: 'history.1.reason' },
          { row: 10, code: 'DUPLICATE_REF', field: 'ref' },
          { row: 11, code: 'DUPLICATE_REF', field: 'ref' },
          { row: 12, code: 'INVALID', field: 'lines.0.qty' },
          { row: 13, code: 'NOT_YOUR_ORDER', field: 'merchantId' },
          { row: 14, code: 'ILLEGAL_HISTORY', field: 'history.1.status' },
        ].sort((x, y) => x.row - y.row || x.code.localeCompare(y.code)),
      );
      assert.deepEqual(await counts(), before);
      // A failure after the rows are written (here: in the step that observes them) undoes the whole batch too.
      await assert.rejects(
        importOrderHistory(
          m.d.db,
          m.merchant,
          { orders: [completed('LATE-1', b, cup, '2026-02-02'), completed('LATE-2', b, cup, '2026-02-09')] },
          async () => {
            throw new Error('observations could not be written');
          },
          NOW,
        ),
        /observations could not be written/,
      );
      assert.deepEqual(await counts(), before);
    });

    test('only merchants (their own book) and the operator (naming the merchant) import; a buyer cannot', async () => {
      await assert.rejects(importOrderHistoryAndObserve(m.d.db, m.buyer, { orders: [completed('X-1', m.buyer.entityId!, cup, '2026-02-02')] }, NOW), {
        code: 'FORBIDDEN',
      });
      assert.deepEqual(
        await problemsOf(importOrderHistoryAndObserve(m.d.db, m.operator, { orders: [completed('X-1', m.buyer.entityId!, cup, '2026-02-02')] }, NOW)),
        [{ row: 1, code: 'INVALID', field: 'merchantId' }],
      );
      const r = await importOrderHistoryAndObserve(
        m.d.db,
        m.operator,
        { orders: [{ ...completed('X-1', m.buyer.entityId!, other, '2026-02-02'), merchantId: m.merchant2.entityId! }] },
        NOW,
      );
      assert.equal((await getOrder(m.d.db, m.merchant2, r.orderIds[0]!)).status, 'completed');
      await assert.rejects(importOrderHistoryAndObserve(m.d.db, m.merchant, { orders: [] }, NOW), { code: 'VALIDATION' });
    });
  });
}
