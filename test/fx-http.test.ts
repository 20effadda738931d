/**
 * Exchange rates over HTTP: anyone reads the rates in force, only the operator
 * sets or imports them; a buyer's purchase list and purchases carry indicative
 * amounts in the currency it asks for, dated, and none when no rate is known.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../src/core/db/testing.ts';
import { createProduct } from '../src/modules/catalog/index.ts';
import { sampleProduct } from './fixtures.ts';
import { marketApp, type MarketApp } from './market-app.ts';

const today = () => new Date().toISOString().slice(0, 10);

for (const engine of testEngines()) {
  describe(`exchange-rate API on ${engine}`, () => {
    let t: MarketApp;
    let cup: number;
    before(async () => {
      t = await marketApp(engine, ['buyer', 'merchant', 'operator']);
      cup = (await createProduct(t.m.d.db, t.m.merchant, sampleProduct(t.m.categoryLeaf, 'FX-CUP'))).id;
    });
    after(() => t.close());

    test('the demo has a year of synthetic weekday rates for its currencies; anyone reads the rates in force', async () => {
      const r = await t.app.inject({ method: 'GET', url: '/api/fx/rates' });
      assert.equal(r.statusCode, 200, r.body);
      const body = r.json();
      assert.equal(body.reference, 'CNY');
      assert.deepEqual(
        body.rates.map((x: { currency: string }) => x.currency),
        ['AED', 'BRL', 'EUR', 'GBP', 'INR', 'JPY', 'KRW', 'RUB', 'SAR', 'USD'],
      );
      const usd = body.rates.find((x: { currency: string }) => x.currency === 'USD');
      assert.ok(Number(usd.rate) > 6 && Number(usd.rate) < 8.5, usd.rate);
      assert.equal(usd.source, 'demo (synthetic)');
      const history = (await t.app.inject({ method: 'GET', url: '/api/fx/rates/history?currency=JPY' })).json();
      assert.ok(history.length >= 250 && history.length <= 262, `${history.length} weekdays in a year`);
      assert.ok(history.every((h: { rateDate: string }) => ![0, 6].includes(new Date(`${h.rateDate}T00:00:00Z`).getUTCDay())));
    });

    test('only the operator sets and imports rates', async () => {
      const day = { date: '2023-06-01', source: 'PBOC', rates: [{ currency: 'EUR', rate: '7.6' }] };
      for (const who of ['buyer', 'merchant']) {
        const r = await t.app.inject({ method: 'PUT', url: '/api/fx/rates', headers: t.as(who), payload: day });
        assert.equal(r.statusCode, 403, who);
        const i = await t.app.inject({
          method: 'POST',
          url: '/api/fx/rates/import',
          headers: { ...t.as(who), 'content-type': 'text/csv' },
          payload: 'date,currency,rate\n2023-06-02,EUR,7.7\n',
        });
        assert.equal(i.statusCode, 403, who);
      }
      assert.equal((await t.app.inject({ method: 'PUT', url: '/api/fx/rates', payload: day })).statusCode, 401);
      const set = await t.app.inject({ method: 'PUT', url: '/api/fx/rates', headers: t.as('operator'), payload: day });
      assert.equal(set.statusCode, 200, set.body);
      assert.deepEqual(
        set.json().map((x: { currency: string; rate: string; rateDate: string }) => [x.currency, x.rate, x.rateDate]),
        [['EUR', '7.6', '2023-06-01']],
      );
      const bad = await t.app.inject({
        method: 'PUT',
        url: '/api/fx/rates',
        headers: t.as('operator'),
        payload: { ...day, rates: [{ currency: 'EUR', rate: 7.6 }] },
      });
      assert.equal(bad.statusCode, 400);
      const imported = await t.app.inject({
        method: 'POST',
        url: '/api/fx/rates/import?fileName=june.csv',
        headers: { ...t.as('operator'), 'content-type': 'text/csv' },
        payload: 'date,currency,rate\n2023-06-02,EUR,7.7\n2023-06-02,JPY,0.0501\n',
      });
      assert.equal(imported.statusCode, 201, imported.body);
      assert.deepEqual(imported.json(), { rows: 2, currencies: ['EUR', 'JPY'], from: '2023-06-02', to: '2023-06-02' });
      const rejected = await t.app.inject({
        method: 'POST',
        url: '/api/fx/rates/import',
        headers: { ...t.as('operator'), 'content-type': 'text/csv' },
        payload: 'date,currency,rate\n2023-06-05,EUR,seven\n',
      });
      assert.equal(rejected.statusCode, 422);
      assert.equal(rejected.json().error.details.errors[0].column, 'rate');
      const c = await t.app.inject({ method: 'GET', url: '/api/fx/convert?amount=10000&from=EUR&to=JPY&date=2023-06-03' });
      assert.equal(c.statusCode, 200, c.body);
      // 100.00 EUR = 770 CNY = 15,369.26… yen → 15,369
      assert.deepEqual([c.json().amount, c.json().rateDate], [15_369, '2023-06-02']);
      assert.equal((await t.app.inject({ method: 'GET', url: '/api/fx/convert?amount=1&from=EUR&to=CNY&date=2001-01-01' })).statusCode, 404);
    });

    test('the purchase list and the purchase carry indicative amounts in the asked currency, dated; none without a rate', async () => {
      const set = await t.app.inject({
        method: 'PUT',
        url: '/api/fx/rates',
        headers: t.as('operator'),
        payload: { date: today(), source: 'test', rates: [{ currency: 'USD', rate: '7.2' }] },
      });
      assert.equal(set.statusCode, 200, set.body);
      const put = await t.app.inject({ method: 'PUT', url: `/api/purchase-list/lines/${cup}`, headers: t.as('buyer'), payload: { qty: 500 } });
      assert.equal(put.statusCode, 200, put.body);
      assert.equal(put.json().indicative, undefined, 'only when asked');
      const list = await t.app.inject({ method: 'GET', url: '/api/purchase-list?currency=usd', headers: t.as('buyer') });
      assert.equal(list.statusCode, 200, list.body);
      const order = list.json().orders[0];
      assert.equal(order.total, 590_000);
      // CNY 5,900.00 / 7.2 = USD 819.444… → 819.44; deposit 1,770.00 / 7.2 = 245.833… → 245.83
      assert.deepEqual(list.json().indicative, {
        currency: 'USD',
        rateDate: today(),
        indicative: true,
        orders: [{ orderId: null, merchantId: t.m.merchant.entityId, from: 'CNY', total: 81_944, deposit: 24_583, balance: 57_361 }],
        total: 81_944,
      });
      for (const q of ['currency=CNY', 'currency=CHF', '']) {
        const r = await t.app.inject({ method: 'GET', url: `/api/purchase-list?${q}`, headers: t.as('buyer') });
        assert.equal(r.statusCode, 200);
        assert.equal(r.json().indicative, undefined, `${q}: nothing to convert, or no rate known`);
      }
      const wrong = await t.app.inject({ method: 'GET', url: '/api/purchase-list?currency=DOLLARS', headers: t.as('buyer') });
      assert.equal(wrong.statusCode, 400);
      assert.equal(wrong.json().error.code, 'VALIDATION');

      const made = await t.app.inject({
        method: 'POST',
        url: '/api/purchases',
        headers: { ...t.as('buyer'), 'idempotency-key': 'fx-http-key-01' },
        payload: {},
      });
      assert.equal(made.statusCode, 201, made.body);
      assert.equal(made.json().indicative, undefined, 'the checkout answer is not converted');
      const p = await t.app.inject({ method: 'GET', url: `/api/purchases/${made.json().id}?currency=EUR`, headers: t.as('buyer') });
      assert.equal(p.statusCode, 200, p.body);
      const ind = p.json().indicative;
      assert.equal(ind.currency, 'EUR');
      assert.equal(ind.orders[0].orderId, made.json().orders[0].id);
      assert.equal(ind.orders[0].deposit + ind.orders[0].balance, ind.orders[0].total);
      assert.equal((await t.app.inject({ method: 'GET', url: `/api/purchases/${made.json().id}?currency=EUR`, headers: t.as('merchant') })).statusCode, 403);
    });
  });
}
