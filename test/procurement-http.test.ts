/**
 * The market procurement (1039) API over HTTP: registrations, the HS list,
 * trade records, payments, balances and the VAT report; each role sees and
 * changes only its own (agent, merchant, buyer, customs, operator).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../src/core/db/testing.ts';
import { marketApp, type MarketApp } from './market-app.ts';
import { procurementMarket, type ProcurementMarket } from './procurement-fixtures.ts';

for (const engine of testEngines()) {
  describe(`procurement API on ${engine}`, () => {
    let t: MarketApp;
    let p: ProcurementMarket;
    const tokens: Record<string, string> = {};
    const as = (who: string) => (tokens[who] ? { authorization: `Bearer ${tokens[who]}` } : t.as(who));
    const call = (who: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
      t.app.inject({ method, url, headers: as(who), ...(payload === undefined ? {} : { payload: payload as never }) });
    before(async () => {
      t = await marketApp(engine, ['buyer', 'merchant', 'merchant2', 'operator']);
      p = await procurementMarket(t.m);
      for (const [u, pw] of [
        ['agent', 'agent123'],
        ['customs', 'customs123'],
      ]) {
        const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: u, password: pw } });
        assert.equal(r.statusCode, 200, r.body);
        tokens[u!] = r.json().token;
      }
    });
    after(() => t.close());

    test('registrations: the operator registers the agent; the agent its buyer and merchant; each reads only its own', async () => {
      const agentId = p.agent.entityId!;
      assert.equal(
        (await call('agent', 'POST', '/api/procurement/registrations', { kind: 'agent', entityId: agentId, customsCode: '3318960001' })).statusCode,
        403,
      );
      const a = await call('operator', 'POST', '/api/procurement/registrations', { kind: 'agent', entityId: agentId, customsCode: '3318960001' });
      assert.equal(a.statusCode, 201, a.body);
      const b = await call('agent', 'POST', '/api/procurement/registrations', {
        kind: 'buyer',
        entityId: t.m.buyer.entityId,
        nationality: 'KZ',
        documentType: 'passport',
        documentNumber: 'N09876543',
      });
      assert.equal(b.statusCode, 201, b.body);
      assert.equal((await call('agent', 'POST', '/api/procurement/registrations', { kind: 'merchant', entityId: t.m.merchant.entityId })).statusCode, 201);
      assert.equal((await call('buyer', 'POST', '/api/procurement/registrations', { kind: 'merchant', entityId: t.m.merchant.entityId })).statusCode, 403);
      const bad = await call('agent', 'POST', '/api/procurement/registrations', {
        kind: 'buyer',
        name: 'X',
        nationality: 'kz',
        documentType: 'passport',
        documentNumber: 'N1',
      });
      assert.equal(bad.statusCode, 400);
      assert.equal((await call('agent', 'GET', '/api/procurement/registrations')).json().total, 3);
      assert.equal((await call('customs', 'GET', '/api/procurement/registrations')).json().total, 3);
      const own = (await call('merchant', 'GET', '/api/procurement/registrations')).json();
      assert.deepEqual(
        own.items.map((r: { entityId: number }) => r.entityId),
        [t.m.merchant.entityId],
      );
      assert.equal((await call('merchant2', 'GET', '/api/procurement/registrations')).json().total, 0);
      assert.equal((await call('merchant', 'GET', `/api/procurement/registrations/${t.m.buyer.entityId}`)).statusCode, 404);
      assert.equal((await call('buyer', 'GET', `/api/procurement/registrations/${t.m.buyer.entityId}`)).json().documentNumber, 'N09876543');
      assert.equal((await call('customs', 'GET', `/api/procurement/registrations/${t.m.buyer.entityId}`)).json().documentNumber, 'N09876543');
      assert.equal(
        (await call('merchant', 'POST', `/api/procurement/registrations/${t.m.merchant.entityId}/status`, { status: 'suspended', reason: 'x' })).statusCode,
        403,
      );
    });

    test('the HS list: anyone reads it, only the operator edits it, and every edit is kept', async () => {
      const list = (await t.app.inject({ method: 'GET', url: '/api/procurement/hs-rules' })).json();
      assert.ok(list.some((r: { prefix: string; kind: string }) => r.prefix === '93' && r.kind === 'prohibited'));
      const rule = { kind: 'prohibited', reasonZh: '保温杯（测试）', reasonEn: 'Vacuum flasks (test)' };
      assert.equal((await call('agent', 'PUT', '/api/procurement/hs-rules/961700', rule)).statusCode, 403);
      assert.equal((await call('customs', 'PUT', '/api/procurement/hs-rules/961700', rule)).statusCode, 403);
      assert.equal((await call('operator', 'PUT', '/api/procurement/hs-rules/96170', rule)).statusCode, 400);
      assert.equal((await call('operator', 'PUT', '/api/procurement/hs-rules/961700', rule)).statusCode, 200);
      const refused = await call('agent', 'POST', '/api/procurement/trade-records', { orderId: p.order, lines: [1] });
      assert.equal(refused.statusCode, 422);
      assert.equal(refused.json().error.details.reason, 'HS_PROHIBITED');
      assert.equal((await call('operator', 'DELETE', '/api/procurement/hs-rules/961700')).statusCode, 204);
      assert.equal((await call('operator', 'DELETE', '/api/procurement/hs-rules/961700')).statusCode, 404);
      const edits = (await call('operator', 'GET', '/api/procurement/hs-rules/edits')).json();
      assert.deepEqual(
        edits.slice(0, 2).map((e: { action: string; actorRole: string }) => [e.action, e.actorRole]),
        [
          ['remove', 'operator'],
          ['add', 'operator'],
        ],
      );
      assert.equal((await call('merchant', 'GET', '/api/procurement/hs-rules/edits')).statusCode, 403);
    });

    test('trade records: the agent records; customs reads all; a merchant and a buyer their own; others none', async () => {
      const r = await call('agent', 'POST', '/api/procurement/trade-records', { orderId: p.order, lines: [1], recordedOn: '2026-10-03' });
      assert.equal(r.statusCode, 201, r.body);
      const id = r.json().id;
      const unreg = await call('agent', 'POST', '/api/procurement/trade-records', { orderId: p.order2 });
      assert.equal(unreg.json().error.details.reason, 'MERCHANT_UNREGISTERED');
      for (const who of ['agent', 'customs', 'operator', 'merchant', 'buyer'])
        assert.equal((await call(who, 'GET', `/api/procurement/trade-records/${id}`)).statusCode, 200, who);
      assert.equal((await call('merchant2', 'GET', `/api/procurement/trade-records/${id}`)).statusCode, 404);
      assert.equal((await call('merchant2', 'GET', '/api/procurement/trade-records')).json().total, 0);
      assert.equal((await call('customs', 'POST', '/api/procurement/trade-records', { orderId: p.order, lines: [3] })).statusCode, 403);
    });

    test('payments: never cash, into a registered account; a merchant sees what it is owed and was paid; the VAT report', async () => {
      const acct = await call('agent', 'POST', '/api/procurement/accounts', {
        ownerId: t.m.merchant.entityId,
        bank: 'Yiwu Rural Commercial Bank',
        accountNumber: '201000123456789',
        currency: 'CNY',
      });
      assert.equal(acct.statusCode, 201, acct.body);
      assert.equal(
        (
          await call('merchant2', 'POST', '/api/procurement/accounts', {
            ownerId: t.m.merchant2.entityId,
            bank: 'X',
            accountNumber: '1234567',
            currency: 'CNY',
          })
        ).json().error.details.reason,
        'OWNER_UNREGISTERED',
      );
      const body = {
        buyerId: t.m.buyer.entityId,
        accountId: acct.json().id,
        reference: 'WIRE-77',
        amountMinor: 100_000,
        currency: 'CNY',
        receivedOn: '2026-10-05',
      };
      const cash = await call('agent', 'POST', '/api/procurement/payments', { ...body, method: 'cash' });
      assert.equal(cash.statusCode, 422);
      assert.equal(cash.json().error.details.reason, 'CASH_PAYMENT');
      assert.equal((await call('merchant', 'POST', '/api/procurement/payments', { ...body, method: 'bank_transfer' })).statusCode, 403);
      const paid = await call('agent', 'POST', '/api/procurement/payments', {
        ...body,
        method: 'bank_transfer',
        allocations: [{ orderId: p.order, amountMinor: 100_000 }],
      });
      assert.equal(paid.statusCode, 201, paid.body);
      const over = await call('agent', 'POST', `/api/procurement/payments/${paid.json().id}/allocations`, {
        allocations: [{ orderId: p.order, amountMinor: 1 }],
      });
      assert.equal(over.statusCode, 409);
      const bal = (await call('merchant', 'GET', '/api/procurement/balances')).json();
      assert.deepEqual(
        bal.map((b: { owedMinor: number; paidMinor: number; outstandingMinor: number }) => [b.owedMinor, b.paidMinor, b.outstandingMinor]),
        [[125_000, 100_000, 25_000]],
      );
      assert.deepEqual((await call('merchant2', 'GET', '/api/procurement/balances')).json(), []);
      assert.equal((await call('merchant2', 'GET', '/api/procurement/payments')).json().total, 0);
      assert.equal((await call('buyer', 'GET', '/api/procurement/payments')).json().total, 1);
      assert.equal((await call('buyer', 'GET', '/api/procurement/balances')).statusCode, 403);
      const vat = (await call('operator', 'GET', '/api/procurement/vat-report?month=2026-10')).json();
      assert.deepEqual(
        vat.rows.map((r: { merchantId: number; salesMinor: number }) => [r.merchantId, r.salesMinor]),
        [[t.m.merchant.entityId, 125_000]],
      );
      const x = await call('merchant', 'GET', '/api/procurement/vat-report.xlsx?month=2026-10&lang=en');
      assert.equal(x.statusCode, 200);
      assert.equal(x.rawPayload.subarray(0, 2).toString(), 'PK');
      assert.equal((await call('merchant2', 'GET', '/api/procurement/vat-report?month=2026-10')).json().rows.length, 0);
      assert.equal((await call('buyer', 'GET', '/api/procurement/vat-report?month=2026-10')).statusCode, 403);
    });
  });
}
