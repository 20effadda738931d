/**
 * GET /api/notifications, the header's badges: one request answers the counts
 * for the signed-in account, each restricted to its own things (a second buyer
 * and a second merchant never see the first ones' counts move); anonymous and a
 * bad token are 401.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../src/core/db/testing.ts';
import { createUser } from '../src/core/auth/index.ts';
import { createProduct } from '../src/modules/catalog/index.ts';
import { ensureAuthority, makeUscc, registerEntity } from '../src/modules/market/index.ts';
import { recordRfqMatches } from '../src/modules/trade/index.ts';
import { sampleProduct } from './fixtures.ts';
import { marketApp, type MarketApp } from './market-app.ts';

type Counts = Record<string, number | string>;

for (const engine of testEngines()) {
  describe(`notifications API on ${engine}`, () => {
    let t: MarketApp;
    let cup: number;
    let bag: number;
    let buyer2: { authorization: string };
    before(async () => {
      t = await marketApp(engine, ['buyer', 'merchant', 'merchant2', 'operator']);
      cup = (await createProduct(t.m.d.db, t.m.merchant, sampleProduct(t.m.categoryLeaf, 'NOTE-CUP'))).id;
      bag = (
        await createProduct(t.m.d.db, t.m.merchant2, { ...sampleProduct(t.m.categoryLeaf, 'NOTE-BAG'), moq: 10, priceTiers: [{ minQty: 10, unitPrice: 990 }] })
      ).id;
      const e = await registerEntity(t.m.d.db, t.m.operator, { kind: 'buyer', nameEn: 'Second Buyer LLC', country: 'AE' });
      await createUser(t.m.d.db, { username: 'buyer-two', password: 'buyer-two-123', role: 'buyer', entityId: e.id });
      const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'buyer-two', password: 'buyer-two-123' } });
      assert.equal(r.statusCode, 200, r.body);
      buyer2 = { authorization: `Bearer ${r.json().token}` };
    });
    after(() => t.close());

    const counts = async (headers: { authorization: string }): Promise<Counts> => {
      const r = await t.app.inject({ url: '/api/notifications', headers });
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(r.headers['cache-control'], 'private, no-store');
      return r.json();
    };
    const as = (who: string) => counts(t.as(who));
    const post = (who: string | { authorization: string }, url: string, payload: unknown) =>
      t.app.inject({ method: 'POST', url, headers: typeof who === 'string' ? t.as(who) : who, payload: payload as Record<string, unknown> });

    test('anonymous and a bad token are 401; the route is documented with its errors', async () => {
      const anon = await t.app.inject({ url: '/api/notifications' });
      assert.equal(anon.statusCode, 401);
      assert.equal(anon.json().error.code, 'UNAUTHENTICATED');
      assert.equal((await t.app.inject({ url: '/api/notifications', headers: { authorization: 'Bearer nope' } })).statusCode, 401);
      const doc = (await t.app.inject({ url: '/openapi.json' })).json();
      const op = doc.paths['/api/notifications'].get;
      assert.equal(op.operationId, 'getNotifications');
      for (const s of ['200', '401', '403', '500']) assert.ok(op.responses[s], `documents ${s}`);
    });

    test('a fresh account has nothing waiting', async () => {
      assert.deepEqual(await as('buyer'), {
        role: 'buyer',
        listLines: 0,
        inquiriesUnread: 0,
        ordersPlaced: 0,
        ordersToAct: 0,
        rfqsUnseen: 0,
        quotesOpen: 0,
        disputesOpen: 0,
      });
      assert.equal((await as('merchant')).role, 'merchant');
      assert.equal((await as('operator')).disputesOpen, 0);
    });

    test('every signed-in role gets its counts (the header polls for all of them): agent, customs, regulator and a department see zeros, not 403', async () => {
      const db = t.m.d.db;
      const dept = await ensureAuthority(db, { nameZh: '消防安全办公室', nameEn: 'Fire Safety Office' });
      const agent = await registerEntity(db, t.m.operator, { kind: 'agent', nameZh: '义乌通关代理有限公司', uscc: makeUscc(9071) });
      const accounts: [string, 'agent' | 'customs' | 'regulator' | 'department', number | null][] = [
        ['note-agent', 'agent', agent.id],
        ['note-customs', 'customs', null],
        ['note-regulator', 'regulator', null],
        ['note-dept', 'department', dept],
      ];
      for (const [username, role, entityId] of accounts) {
        await createUser(db, { username, password: `${username}-pass`, role, entityId });
        const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: `${username}-pass` } });
        assert.equal(r.statusCode, 200, r.body);
        const c = await counts({ authorization: `Bearer ${r.json().token}` });
        assert.equal(c.role, role);
        for (const [k, v] of Object.entries(c)) if (k !== 'role') assert.equal(v, 0, `${role}: ${k}`);
      }
    });

    test('inquiries: unread counts are each side’s own, reading clears them, a report shows the operator', async () => {
      const opened = await post('buyer', '/api/inquiries', { productId: cup, body: '500 pcs in red, FOB Ningbo?' });
      assert.equal(opened.statusCode, 201, opened.body);
      const id = opened.json().id as number;
      assert.equal((await as('merchant')).inquiriesUnread, 1);
      assert.equal((await as('merchant2')).inquiriesUnread, 0, 'another merchant does not see it');
      assert.equal((await as('buyer')).inquiriesUnread, 0, 'its own message is not unread for the sender');
      assert.equal((await post('merchant', `/api/inquiries/${id}/messages`, { body: '可以，红色500个' })).statusCode, 200);
      assert.equal((await post('merchant', `/api/inquiries/${id}/messages`, { body: '交期15天' })).statusCode, 200);
      assert.equal((await as('merchant')).inquiriesUnread, 0, 'answering reads the thread');
      assert.equal((await as('buyer')).inquiriesUnread, 2);
      assert.equal((await counts(buyer2)).inquiriesUnread, 0, 'another buyer does not see it');
      assert.equal((await t.app.inject({ url: `/api/inquiries/${id}`, headers: t.as('buyer') })).statusCode, 200);
      assert.equal((await as('buyer')).inquiriesUnread, 0, 'reading the thread clears the badge');

      const other = await post(buyer2, '/api/inquiries', { productId: bag, body: 'Do you ship to Jebel Ali?' });
      assert.equal(other.statusCode, 201, other.body);
      assert.equal((await as('merchant2')).inquiriesUnread, 1);
      assert.equal((await as('merchant')).inquiriesUnread, 0);

      assert.equal((await as('operator')).inquiriesUnread, 0);
      assert.equal((await post('buyer', `/api/inquiries/${id}/report`, { reason: 'asked to pay outside the platform' })).statusCode, 200);
      assert.equal((await as('operator')).inquiriesUnread, 1, 'the operator sees reported threads');
    });

    test('purchase list and orders: a buyer’s lines, each merchant’s new orders, what waits for the buyer', async () => {
      const put = (id: number, qty: number) => t.app.inject({ method: 'PUT', url: `/api/purchase-list/lines/${id}`, headers: t.as('buyer'), payload: { qty } });
      assert.equal((await put(cup, 500)).statusCode, 200);
      assert.equal((await put(bag, 20)).statusCode, 200);
      assert.equal((await as('buyer')).listLines, 2);
      assert.equal((await counts(buyer2)).listLines, 0);
      const made = await t.app.inject({
        method: 'POST',
        url: '/api/purchases',
        headers: { ...t.as('buyer'), 'idempotency-key': 'note-key-0001' },
        payload: {},
      });
      assert.equal(made.statusCode, 201, made.body);
      const orders = made.json().orders as { id: number; merchantId: number }[];
      const mine = orders.find((o) => o.merchantId === t.m.merchant.entityId)!;
      const theirs = orders.find((o) => o.merchantId === t.m.merchant2.entityId)!;
      assert.equal((await as('buyer')).listLines, 0, 'checkout empties the list');
      assert.equal((await as('merchant')).ordersPlaced, 1);
      assert.equal((await as('merchant2')).ordersPlaced, 1);
      assert.equal((await as('buyer')).ordersPlaced, 0, 'a buyer has no incoming orders');

      assert.equal((await post('merchant', `/api/orders/${mine.id}/moves`, { action: 'confirm', leadTimeDays: 15 })).statusCode, 200);
      assert.equal((await as('merchant')).ordersPlaced, 0);
      assert.equal((await as('merchant2')).ordersPlaced, 1, 'one merchant confirming does not touch the other’s count');
      const proposed = await post('merchant2', `/api/orders/${theirs.id}/moves`, {
        action: 'propose',
        reason: 'only 18 left in blue',
        proposal: { lines: [{ lineNo: 1, qty: 18 }] },
      });
      assert.equal(proposed.statusCode, 200, proposed.body);
      assert.equal((await as('buyer')).ordersToAct, 1, 'a proposal waits for the buyer');
      assert.equal((await counts(buyer2)).ordersToAct, 0);

      const d = await post('buyer', `/api/orders/${mine.id}/disputes`, { reason: 'wrong colour', evidence: [{ url: 'https://example.com/p.jpg' }] });
      assert.equal(d.statusCode, 201, d.body);
      assert.equal((await as('operator')).disputesOpen, 1);
      assert.equal((await as('buyer')).disputesOpen, 1);
      assert.equal((await as('merchant')).disputesOpen, 1);
      assert.equal((await as('merchant2')).disputesOpen, 0);
      assert.equal((await counts(buyer2)).disputesOpen, 0);
    });

    test('RFQs: a matched merchant’s unseen count clears when it opens the RFQ; its quote counts for the buyer only', async () => {
      const deadline = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
      const posted = await post('buyer', '/api/rfqs', { text: '不锈钢保温杯 500ml', qty: 1000, unit: 'pcs', deadline, destination: 'AEJEA', incoterm: 'FOB' });
      assert.equal(posted.statusCode, 201, posted.body);
      const rfq = posted.json().id as number;
      const reason = {
        matchingProducts: 1,
        categoryCode: null,
        bestProductId: cup,
        minMoq: 100,
        moqFits: true,
        medianResponseSeconds: null,
        lowestUnitPrice: 1180,
        currency: 'CNY',
      };
      await recordRfqMatches(t.m.d.db, rfq, [{ merchantId: t.m.merchant.entityId!, score: 80, reason }]);
      assert.equal((await as('merchant')).rfqsUnseen, 1);
      assert.equal((await as('merchant2')).rfqsUnseen, 0);
      assert.equal((await t.app.inject({ url: `/api/rfqs/${rfq}`, headers: t.as('merchant') })).statusCode, 200);
      assert.equal((await as('merchant')).rfqsUnseen, 0, 'opening the RFQ marks it seen');
      const validUntil = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
      const quoted = await t.app.inject({
        method: 'PUT',
        url: `/api/rfqs/${rfq}/quote`,
        headers: t.as('merchant'),
        payload: { currency: 'CNY', tiers: [{ minQty: 500, unitPrice: 1150 }], moq: 500, leadTimeDays: 20, validUntil, incoterm: 'FOB' },
      });
      assert.equal(quoted.statusCode, 200, quoted.body);
      assert.equal((await as('buyer')).quotesOpen, 1);
      assert.equal((await counts(buyer2)).quotesOpen, 0);
      assert.equal((await post('buyer', `/api/quotes/${quoted.json().id}/accept`, {})).statusCode, 201);
      assert.equal((await as('buyer')).quotesOpen, 0, 'an awarded RFQ has no open quotes');
    });
  });
}
