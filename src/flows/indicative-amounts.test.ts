import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../core/db/database.ts';
import { SYSTEM } from '../core/auth/index.ts';
import { setDayRates } from '../modules/fx/index.ts';
import { freshDatabase, testEngines } from '../platform/testing.ts';
import { indicativeAmounts } from './indicative-amounts.ts';

const orders = [
  { orderId: 1, merchantId: 10, currency: 'CNY', total: 100_000, deposit: 30_000 },
  { orderId: 2, merchantId: 11, currency: 'USD', total: 5_000, deposit: 1_667 },
];

for (const engine of testEngines()) {
  describe(`indicative amounts on ${engine}`, () => {
    let d: Database;
    before(async () => {
      d = await freshDatabase(engine);
      await setDayRates(d.db, SYSTEM, { date: '2025-03-03', rates: [{ currency: 'USD', rate: '7.25' }] });
      await setDayRates(d.db, SYSTEM, {
        date: '2025-03-05',
        rates: [
          { currency: 'EUR', rate: '7.9' },
          { currency: 'JPY', rate: '4.8', per: 100 },
        ],
      });
    });
    after(() => d.close());

    test('orders in several currencies are shown in the buyer’s, per order and in total, with the older rate date', async () => {
      const ind = await indicativeAmounts(d.db, orders, 'EUR', '2025-03-07');
      // 1,000.00 CNY / 7.9 = 126.58 EUR; 50.00 USD × 7.25 / 7.9 = 45.89 EUR
      assert.deepEqual(ind, {
        currency: 'EUR',
        rateDate: '2025-03-03',
        indicative: true,
        orders: [
          { orderId: 1, merchantId: 10, from: 'CNY', total: 12_658, deposit: 3_797, balance: 8_861 },
          { orderId: 2, merchantId: 11, from: 'USD', total: 4_589, deposit: 1_530, balance: 3_059 },
        ],
        total: 17_247,
      });
      const yen = await indicativeAmounts(d.db, orders, 'JPY', '2025-03-07');
      assert.equal(yen?.orders[0]?.total, 20_833, '1,000.00 CNY is 20,833 yen (no minor units)');
      assert.equal(yen?.orders[1]?.deposit, 2_518, '16.67 USD × 7.25 / 0.048 = 2,517.85… → 2,518 yen');
    });

    test('none without a currency, with nothing to convert, or with a rate missing on that date', async () => {
      assert.equal(await indicativeAmounts(d.db, orders, undefined, '2025-03-07'), undefined);
      assert.equal(await indicativeAmounts(d.db, [orders[0]!], 'CNY', '2025-03-07'), undefined);
      assert.equal(await indicativeAmounts(d.db, orders, 'EUR', '2025-03-04'), undefined, 'no EUR rate before 5 March');
      assert.equal(await indicativeAmounts(d.db, orders, 'GBP', '2025-03-07'), undefined);
    });
  });
}
