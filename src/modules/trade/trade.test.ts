import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../../core/db/testing.ts';
import type { Actor } from '../../core/auth/index.ts';
import type { AppError } from '../../core/errors.ts';
import { sampleProduct, tinyMarket, type Market } from '../../../test/fixtures.ts';
import { createProduct, getProduct } from '../catalog/index.ts';
import { entityIdsOfKind } from '../market/index.ts';
import { checkout, getList, getOrder, getPurchase, listOrders, moveOrder, recordPayment, removeListLine, setListLine, tradeEvents } from './index.ts';

const code = (c: string) => (e: AppError) => e.code === c;

for (const engine of testEngines()) {
  describe(`trade on ${engine}`, () => {
    let m: Market;
    let cup: number; // merchant's: MOQ 100, tiers 100/500/2000, stock 5000
    let bag: number; // merchant2's
    let otherBuyer: Actor;
    before(async () => {
      m = await tinyMarket(engine);
      cup = (await createProduct(m.d.db, m.merchant, sampleProduct(m.categoryLeaf, 'TRADE-CUP'))).id;
      bag = (
        await createProduct(m.d.db, m.merchant2, { ...sampleProduct(m.categoryLeaf, 'TRADE-BAG'), moq: 10, priceTiers: [{ minQty: 10, unitPrice: 3333 }] })
      ).id;
      const buyers = await entityIdsOfKind(m.d.db, 'buyer', 5);
      otherBuyer = { userId: null, role: 'buyer', entityId: buyers.find((b) => b !== m.buyer.entityId)! };
      assert.ok(otherBuyer.entityId, 'the demo has a second buyer entity');
    });
    after(() => m.d.close());

    test('the list groups lines by merchant, prices them by tier and says what is missing', async () => {
      await setListLine(m.d.db, m.buyer, cup, { qty: 60 });
      await setListLine(m.d.db, m.buyer, bag, { qty: 12 });
      const list = await getList(m.d.db, m.buyer);
      assert.equal(list.orders.length, 2);
      assert.deepEqual(
        list.shortfalls.map((s) => s.code),
        ['BELOW_MOQ'],
      );
      assert.equal(list.ready, false);
      await assert.rejects(checkout(m.d.db, m.buyer, 'key-not-ready-1', {}), code('LIST_NOT_READY'));
      await setListLine(m.d.db, m.buyer, cup, { qty: 600 });
      const again = await getList(m.d.db, m.buyer);
      assert.equal(again.ready, true);
      const cupOrder = again.orders.find((o) => o.merchantId === m.merchant.entityId)!;
      assert.equal(cupOrder.lines[0]!.unitPrice, 1180);
      assert.equal(cupOrder.total, 600 * 1180);
    });

    test('checkout splits the purchase per merchant, reserves stock, empties the list; a retry returns the same purchase', async () => {
      const before = (await getProduct(m.d.db, m.merchant, cup)).stock;
      const first = await checkout(m.d.db, m.buyer, 'checkout-key-0001', {});
      assert.equal(first.created, true);
      const p = first.purchase;
      assert.equal(p.orders.length, 2);
      for (const o of p.orders) assert.equal(o.deposit + o.balance, o.total);
      assert.deepEqual(p.totals, { CNY: 600 * 1180 + 12 * 3333 });
      assert.equal((await getProduct(m.d.db, m.merchant, cup)).stock, before - 600);
      assert.equal((await getList(m.d.db, m.buyer)).orders.length, 0);

      const retry = await checkout(m.d.db, m.buyer, 'checkout-key-0001', {});
      assert.equal(retry.created, false);
      assert.equal(retry.purchase.id, p.id);
      assert.equal((await getProduct(m.d.db, m.merchant, cup)).stock, before - 600, 'a retry reserves nothing again');
      await assert.rejects(checkout(m.d.db, m.buyer, 'checkout-key-0001', { lines: [{ productId: bag, qty: 10 }] }), code('IDEMPOTENCY_MISMATCH'));
    });

    test('each party sees only its own purchases and orders', async () => {
      const mine = await listOrders(m.d.db, m.buyer, {});
      assert.ok(mine.total >= 2);
      assert.equal((await listOrders(m.d.db, otherBuyer, {})).total, 0);
      const merchantOrders = await listOrders(m.d.db, m.merchant, {});
      assert.ok(merchantOrders.items.every((o) => o.merchantId === m.merchant.entityId));
      const theirs = merchantOrders.items[0]!;
      await assert.rejects(getOrder(m.d.db, m.merchant2, theirs.id), code('NOT_FOUND'));
      await assert.rejects(getOrder(m.d.db, otherBuyer, theirs.id), code('NOT_FOUND'));
      await assert.rejects(getPurchase(m.d.db, otherBuyer, theirs.purchaseId), code('NOT_FOUND'));
      await assert.rejects(moveOrder(m.d.db, m.merchant2, theirs.id, { action: 'confirm' }), code('NOT_FOUND'));
      await assert.rejects(listOrders(m.d.db, { userId: null, role: 'anonymous', entityId: null }, {}), code('UNAUTHENTICATED'));
    });

    test('an order goes placed → confirmed → deposit paid → … → completed, each step by its role only', async () => {
      const { purchase } = await checkout(m.d.db, m.buyer, 'checkout-key-0002', { lines: [{ productId: cup, qty: 100 }] });
      const id = purchase.orders[0]!.id;
      await assert.rejects(moveOrder(m.d.db, m.buyer, id, { action: 'confirm' }), code('ILLEGAL_TRANSITION'));
      await assert.rejects(recordPayment(m.d.db, m.buyer, id, { kind: 'deposit', method: 'bank_transfer', reference: 'TT-1', amount: 100 }), code('CONFLICT'));
      let o = await moveOrder(m.d.db, m.merchant, id, { action: 'confirm', leadTimeDays: 15 });
      assert.equal(o.status, 'confirmed');
      assert.equal(o.leadTimeDays, 15);
      await assert.rejects(moveOrder(m.d.db, m.merchant, id, { action: 'start_production' }), code('ILLEGAL_TRANSITION'));
      o = await recordPayment(m.d.db, m.buyer, id, { kind: 'deposit', method: 'bank_transfer', reference: 'TT-1', amount: o.deposit - 1 });
      assert.equal(o.status, 'confirmed', 'a deposit short by one fen does not move the order');
      await assert.rejects(recordPayment(m.d.db, m.buyer, id, { kind: 'deposit', method: 'bank_transfer', reference: 'TT-1', amount: 1 }), code('DUPLICATE'));
      o = await recordPayment(m.d.db, m.buyer, id, { kind: 'deposit', method: 'alipay', reference: 'AP-2', amount: 1 });
      assert.equal(o.status, 'deposit_paid');
      await assert.rejects(recordPayment(m.d.db, m.buyer, id, { kind: 'balance', method: 'alipay', reference: 'AP-3', amount: o.total }), code('VALIDATION'));
      for (const action of ['start_production', 'mark_ready', 'deliver'] as const) o = await moveOrder(m.d.db, m.merchant, id, { action });
      assert.equal(o.status, 'delivered');
      await assert.rejects(moveOrder(m.d.db, m.merchant, id, { action: 'complete' }), code('ILLEGAL_TRANSITION'));
      await assert.rejects(moveOrder(m.d.db, m.buyer, id, { action: 'cancel', reason: 'changed my mind' }), code('ILLEGAL_TRANSITION'));
      o = await moveOrder(m.d.db, m.buyer, id, { action: 'complete' });
      assert.equal(o.status, 'completed');
      assert.deepEqual(
        o.events!.map((e) => e.to),
        ['placed', 'confirmed', 'deposit_paid', 'in_production', 'ready', 'delivered', 'completed'],
      );
      assert.deepEqual(o.actions, []);
      const facts = (await tradeEvents(m.d.db, { entityId: m.merchant.entityId! })).filter((e) => e.orderId === id);
      assert.deepEqual(
        facts.map((e) => e.kind),
        ['order_delivered_on_time', 'order_completed'],
      );
    });

    test('a delivery after the promised lead time is recorded as late; a merchant cancelling is recorded', async () => {
      const a = (await checkout(m.d.db, m.buyer, 'late-key-0001', { lines: [{ productId: cup, qty: 100 }] })).purchase.orders[0]!;
      let o = await moveOrder(m.d.db, m.merchant, a.id, { action: 'confirm', leadTimeDays: 0 });
      await recordPayment(m.d.db, m.buyer, a.id, { kind: 'deposit', method: 'card', reference: 'C-1', amount: o.deposit });
      for (const action of ['start_production', 'mark_ready', 'deliver'] as const) o = await moveOrder(m.d.db, m.merchant, a.id, { action });
      const b = (await checkout(m.d.db, m.buyer, 'late-key-0002', { lines: [{ productId: cup, qty: 100 }] })).purchase.orders[0]!;
      await moveOrder(m.d.db, m.merchant, b.id, { action: 'cancel', reason: 'material shortage' });
      const facts = await tradeEvents(m.d.db, { entityId: m.merchant.entityId! });
      assert.equal(facts.find((e) => e.orderId === a.id)?.kind, 'order_delivered_late');
      assert.equal(facts.find((e) => e.orderId === b.id)?.kind, 'order_cancelled_by_merchant');
      assert.equal((await tradeEvents(m.d.db, { entityId: m.buyer.entityId! })).length, 0, 'facts are about whom they concern');
    });

    test('a merchant proposal the buyer accepts recomputes the order; a cancellation puts the stock back', async () => {
      const { purchase } = await checkout(m.d.db, m.buyer, 'checkout-key-0003', { lines: [{ productId: cup, qty: 500 }] });
      const id = purchase.orders[0]!.id;
      await assert.rejects(moveOrder(m.d.db, m.merchant, id, { action: 'propose', proposal: { lines: [{ lineNo: 1, qty: 400 }] } }), code('VALIDATION'));
      await moveOrder(m.d.db, m.merchant, id, {
        action: 'propose',
        reason: 'only 400 in this colour',
        proposal: { lines: [{ lineNo: 1, qty: 400 }], leadTimeDays: 20 },
      });
      const o = await moveOrder(m.d.db, m.buyer, id, { action: 'accept' });
      assert.equal(o.status, 'confirmed');
      assert.equal(o.total, 400 * 1180);
      assert.equal(o.deposit + o.balance, o.total);
      assert.equal(o.leadTimeDays, 20);
      assert.equal(o.lines![0]!.qty, 400);

      const stock = (await getProduct(m.d.db, m.merchant, cup)).stock;
      await assert.rejects(moveOrder(m.d.db, m.buyer, id, { action: 'cancel' }), code('VALIDATION'));
      const c = await moveOrder(m.d.db, m.buyer, id, { action: 'cancel', reason: 'found it cheaper' });
      assert.equal(c.status, 'cancelled');
      assert.equal((await getProduct(m.d.db, m.merchant, cup)).stock, stock + 400);
    });

    test('50 concurrent checkouts for the last 10 units sell exactly 10', async () => {
      const last = (
        await createProduct(m.d.db, m.merchant, {
          ...sampleProduct(m.categoryLeaf, 'TRADE-LAST'),
          moq: 1,
          stock: 10,
          priceTiers: [{ minQty: 1, unitPrice: 500 }],
        })
      ).id;
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) => checkout(m.d.db, m.buyer, `race-key-${String(i).padStart(4, '0')}`, { lines: [{ productId: last, qty: 1 }] })),
      );
      const ok = results.filter((r) => r.status === 'fulfilled').length;
      const refused = results.filter((r) => r.status === 'rejected' && (r.reason as AppError).code === 'OUT_OF_STOCK').length;
      assert.equal(ok, 10);
      assert.equal(refused, 40);
      assert.equal((await getProduct(m.d.db, m.merchant, last)).stock, 0);
    });

    test('list lines are bounded and checked', async () => {
      await assert.rejects(setListLine(m.d.db, m.buyer, cup, { qty: 0 }), code('VALIDATION'));
      await assert.rejects(setListLine(m.d.db, m.buyer, 999_999_999, { qty: 1 }), code('NOT_FOUND'));
      await assert.rejects(setListLine(m.d.db, m.merchant, cup, { qty: 1 }), code('FORBIDDEN'));
      await removeListLine(m.d.db, m.buyer, cup);
      await assert.rejects(checkout(m.d.db, m.buyer, 'short', {}), code('VALIDATION'));
    });
  });
}
