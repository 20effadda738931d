/**
 * The trade API end to end over HTTP: purchase list, checkout with an
 * Idempotency-Key, orders moved by their parties, payments; each party sees
 * only its own.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../src/core/db/testing.ts';
import { createProduct } from '../src/modules/catalog/index.ts';
import { sampleProduct } from './fixtures.ts';
import { marketApp, type MarketApp } from './market-app.ts';

for (const engine of testEngines()) {
  describe(`trade API on ${engine}`, () => {
    let t: MarketApp;
    let cup: number;
    let bag: number;
    before(async () => {
      t = await marketApp(engine, ['buyer', 'merchant', 'merchant2', 'operator']);
      cup = (await createProduct(t.m.d.db, t.m.merchant, sampleProduct(t.m.categoryLeaf, 'HTTP-CUP'))).id;
      bag = (
        await createProduct(t.m.d.db, t.m.merchant2, { ...sampleProduct(t.m.categoryLeaf, 'HTTP-BAG'), moq: 10, priceTiers: [{ minQty: 10, unitPrice: 990 }] })
      ).id;
    });
    after(() => t.close());

    test('a buyer orders from two stalls; both merchants confirm; a deposit is paid; each sees only its own', async () => {
      const put = (id: number, qty: number) => t.app.inject({ method: 'PUT', url: `/api/purchase-list/lines/${id}`, headers: t.as('buyer'), payload: { qty } });
      assert.equal((await put(cup, 50)).statusCode, 200);
      const list = (await put(bag, 20)).json();
      assert.equal(list.orders.length, 2);
      assert.equal(list.ready, false);
      assert.deepEqual(list.shortfalls[0], { code: 'BELOW_MOQ', productId: cup, moq: 100, qty: 50, missing: 50 });
      const notReady = await t.app.inject({
        method: 'POST',
        url: '/api/purchases',
        headers: { ...t.as('buyer'), 'idempotency-key': 'http-key-0001' },
        payload: {},
      });
      assert.equal(notReady.statusCode, 422);
      assert.equal(notReady.json().error.code, 'LIST_NOT_READY');
      assert.equal((await put(cup, 500)).json().ready, true);

      const noKey = await t.app.inject({ method: 'POST', url: '/api/purchases', headers: t.as('buyer'), payload: {} });
      assert.equal(noKey.statusCode, 400);
      const asMerchant = await t.app.inject({
        method: 'POST',
        url: '/api/purchases',
        headers: { ...t.as('merchant'), 'idempotency-key': 'http-key-0002' },
        payload: {},
      });
      assert.equal(asMerchant.statusCode, 403);

      const made = await t.app.inject({
        method: 'POST',
        url: '/api/purchases',
        headers: { ...t.as('buyer'), 'idempotency-key': 'http-key-0003' },
        payload: {},
      });
      assert.equal(made.statusCode, 201, made.body);
      const purchase = made.json();
      assert.equal(purchase.orders.length, 2);
      const retry = await t.app.inject({
        method: 'POST',
        url: '/api/purchases',
        headers: { ...t.as('buyer'), 'idempotency-key': 'http-key-0003' },
        payload: {},
      });
      assert.equal(retry.statusCode, 200);
      assert.equal(retry.json().id, purchase.id);

      const cupOrder = purchase.orders.find((o: { merchantId: number }) => o.merchantId === t.m.merchant.entityId);
      const bagOrder = purchase.orders.find((o: { merchantId: number }) => o.merchantId === t.m.merchant2.entityId);
      const move = (who: string, id: number, body: Record<string, unknown>) =>
        t.app.inject({ method: 'POST', url: `/api/orders/${id}/moves`, headers: t.as(who), payload: body });
      assert.equal((await move('merchant2', cupOrder.id, { action: 'confirm' })).statusCode, 404, "another merchant's order does not exist for it");
      const illegal = await move('buyer', cupOrder.id, { action: 'confirm' });
      assert.equal(illegal.statusCode, 409);
      assert.equal(illegal.json().error.code, 'ILLEGAL_TRANSITION');
      assert.deepEqual(illegal.json().error.details.allowed, ['cancel']);
      assert.equal((await move('merchant', cupOrder.id, { action: 'confirm', leadTimeDays: 10 })).json().status, 'confirmed');
      assert.equal((await move('merchant2', bagOrder.id, { action: 'confirm' })).json().status, 'confirmed');
      const paid = await t.app.inject({
        method: 'POST',
        url: `/api/orders/${cupOrder.id}/payments`,
        headers: t.as('buyer'),
        payload: { kind: 'deposit', method: 'bank_transfer', reference: 'TT-2026-001', amount: cupOrder.deposit },
      });
      assert.equal(paid.statusCode, 200, paid.body);
      assert.equal(paid.json().status, 'deposit_paid');
      assert.equal(paid.json().payments.length, 1);

      const incoming = (await t.app.inject({ url: '/api/orders', headers: t.as('merchant') })).json();
      assert.ok(incoming.items.every((o: { merchantId: number }) => o.merchantId === t.m.merchant.entityId));
      assert.ok(incoming.items.some((o: { id: number }) => o.id === cupOrder.id));
      assert.equal((await t.app.inject({ url: `/api/orders/${cupOrder.id}`, headers: t.as('merchant2') })).statusCode, 404);
      assert.equal((await t.app.inject({ url: `/api/orders/${cupOrder.id}` })).statusCode, 401);
      const all = (await t.app.inject({ url: '/api/orders?status=confirmed', headers: t.as('operator') })).json();
      assert.ok(all.items.some((o: { id: number }) => o.id === bagOrder.id));
    });

    test('an inquiry over HTTP: the buyer asks, the merchant sees an unread badge and answers', async () => {
      const opened = await t.app.inject({
        method: 'POST',
        url: '/api/inquiries',
        headers: t.as('buyer'),
        payload: { productId: cup, body: 'MOQ 100 in red?' },
      });
      assert.equal(opened.statusCode, 201, opened.body);
      const id = opened.json().id;
      const box = (await t.app.inject({ url: '/api/inquiries?unread=true', headers: t.as('merchant') })).json();
      assert.ok(box.unreadTotal >= 1);
      assert.ok(box.items.some((i: { id: number }) => i.id === id));
      const answer = await t.app.inject({
        method: 'POST',
        url: `/api/inquiries/${id}/messages`,
        headers: t.as('merchant'),
        payload: { body: '红色100个起订' },
      });
      assert.equal(answer.statusCode, 200, answer.body);
      assert.equal(answer.json().messages[1].lang, 'zh');
      const record = (await t.app.inject({ url: `/api/merchants/${t.m.merchant.entityId}/response-time` })).json();
      assert.ok(record.answered >= 1 && record.medianSeconds !== null, 'the public record counts the answer');
      assert.equal((await t.app.inject({ url: `/api/inquiries/${id}`, headers: t.as('merchant2') })).statusCode, 404);
      assert.equal((await t.app.inject({ url: `/api/inquiries/${id}`, headers: t.as('operator') })).statusCode, 404);
      assert.equal((await t.app.inject({ method: 'POST', url: '/api/inquiries', payload: { productId: cup, body: 'x' } })).statusCode, 401);
    });

    test('an RFQ over HTTP: posted by a buyer, refused with a bad port, visible only to its buyer', async () => {
      const deadline = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
      const body = { text: '不锈钢保温杯 500ml', qty: 1000, unit: 'pcs', deadline, destination: 'AEJEA', incoterm: 'FOB' };
      const posted = await t.app.inject({ method: 'POST', url: '/api/rfqs', headers: t.as('buyer'), payload: body });
      assert.equal(posted.statusCode, 201, posted.body);
      assert.deepEqual(posted.json().quotes, []);
      const bad = await t.app.inject({ method: 'POST', url: '/api/rfqs', headers: t.as('buyer'), payload: { ...body, destination: 'Dubai' } });
      assert.equal(bad.statusCode, 400);
      assert.equal((await t.app.inject({ method: 'POST', url: '/api/rfqs', headers: t.as('merchant'), payload: body })).statusCode, 403);
      assert.equal((await t.app.inject({ url: `/api/rfqs/${posted.json().id}`, headers: t.as('merchant2') })).statusCode, 404);
      assert.equal((await t.app.inject({ url: '/api/rfqs', headers: t.as('buyer') })).json().items[0].id, posted.json().id);
    });
  });
}
