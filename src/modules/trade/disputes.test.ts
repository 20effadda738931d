import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../../core/db/testing.ts';
import type { AppError } from '../../core/errors.ts';
import { sampleProduct, tinyMarket, type Market } from '../../../test/fixtures.ts';
import { createProduct, getProduct } from '../catalog/index.ts';
import { checkout, getOrder, listDisputes, moveOrder, openDispute, recordPayment, resolveDispute, tradeEvents } from './index.ts';

const code = (c: string) => (e: AppError) => e.code === c;

for (const engine of testEngines()) {
  describe(`disputes on ${engine}`, () => {
    let m: Market;
    let cup: number;
    let n = 0;
    /** A confirmed order of `qty` cups with its deposit paid. */
    const paidOrder = async (qty: number) => {
      const { purchase } = await checkout(m.d.db, m.buyer, `dispute-key-${++n}-xxxx`, { lines: [{ productId: cup, qty }] });
      const id = purchase.orders[0]!.id;
      const o = await moveOrder(m.d.db, m.merchant, id, { action: 'confirm' });
      return recordPayment(m.d.db, m.buyer, id, { kind: 'deposit', method: 'bank_transfer', reference: `TT-${n}`, amount: o.deposit });
    };
    before(async () => {
      m = await tinyMarket(engine);
      cup = (await createProduct(m.d.db, m.merchant, sampleProduct(m.categoryLeaf, 'DISPUTE-CUP'))).id;
    });
    after(() => m.d.close());

    test('a full refund cancels the order, refunds what was paid and returns the stock', async () => {
      const o = await paidOrder(200);
      const stock = (await getProduct(m.d.db, m.merchant, cup)).stock;
      const d = await openDispute(m.d.db, m.buyer, o.id, {
        reason: 'the merchant says it cannot produce',
        evidence: [{ url: 'https://example.com/chat.png' }],
      });
      await assert.rejects(openDispute(m.d.db, m.merchant, o.id, { reason: 'second' }), code('CONFLICT'));
      await assert.rejects(resolveDispute(m.d.db, m.merchant, d.id, { outcome: 'rejected', note: 'no' }), code('FORBIDDEN'));
      const r = await resolveDispute(m.d.db, m.operator, d.id, { outcome: 'refund', note: 'merchant admitted it cannot deliver' });
      assert.deepEqual([r.status, r.outcome, r.refundAmount, r.winner], ['resolved', 'refund', o.paid, 'buyer']);
      const after = await getOrder(m.d.db, m.buyer, o.id);
      assert.equal(after.status, 'cancelled');
      assert.equal(after.paid, 0);
      assert.equal(after.payments!.at(-1)!.kind, 'refund');
      assert.equal((await getProduct(m.d.db, m.merchant, cup)).stock, stock + 200);
      await assert.rejects(resolveDispute(m.d.db, m.operator, d.id, { outcome: 'rejected', note: 'again' }), code('CONFLICT'));
      const lost = (await tradeEvents(m.d.db, { entityId: m.merchant.entityId! })).filter((e) => e.disputeId === d.id);
      assert.deepEqual(
        lost.map((e) => e.kind),
        ['dispute_lost'],
      );
      assert.equal((await tradeEvents(m.d.db, { entityId: m.buyer.entityId! })).find((e) => e.disputeId === d.id)?.kind, 'dispute_won');
    });

    test('a partial refund is bounded by what was paid; a rejection records the other side as winner', async () => {
      const o = await paidOrder(100);
      const d = await openDispute(m.d.db, m.buyer, o.id, { reason: 'late' });
      await assert.rejects(resolveDispute(m.d.db, m.operator, d.id, { outcome: 'partial_refund', amount: o.paid + 1, note: 'x' }), code('VALIDATION'));
      const r = await resolveDispute(m.d.db, m.operator, d.id, { outcome: 'partial_refund', amount: 100, note: 'ten days late' });
      assert.equal(r.refundAmount, 100);
      assert.equal((await getOrder(m.d.db, m.buyer, o.id)).paid, o.paid - 100);
      assert.equal((await getOrder(m.d.db, m.buyer, o.id)).status, 'deposit_paid');
      const d2 = await openDispute(m.d.db, m.merchant, o.id, { reason: 'buyer will not pay the balance' });
      const r2 = await resolveDispute(m.d.db, m.operator, d2.id, { outcome: 'rejected', note: 'balance is not due yet' });
      assert.equal(r2.winner, 'buyer');
      assert.ok((await listDisputes(m.d.db, m.buyer)).some((x) => x.id === d2.id));
      assert.ok(!(await listDisputes(m.d.db, m.merchant2)).some((x) => x.id === d2.id));
      await assert.rejects(openDispute(m.d.db, m.merchant2, o.id, { reason: 'not mine' }), code('NOT_FOUND'));
    });
  });
}
