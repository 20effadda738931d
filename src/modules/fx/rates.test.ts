import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../../core/db/database.ts';
import { ANONYMOUS, type Actor } from '../../core/auth/index.ts';
import type { AppError } from '../../core/errors.ts';
import { freshDatabase, testEngines } from '../../platform/testing.ts';
import { convertAt, importRates, listRatesInForce, rateHistory, rateInForce, ratesInForce, setDayRates } from './index.ts';

const code = (c: string) => (e: AppError) => e.code === c;
const operator: Actor = { userId: 42, role: 'operator', entityId: null };
const buyer: Actor = { userId: 7, role: 'buyer', entityId: 1 };
const merchant: Actor = { userId: 8, role: 'merchant', entityId: 2 };

for (const engine of testEngines()) {
  describe(`exchange rates on ${engine}`, () => {
    let d: Database;
    before(async () => {
      d = await freshDatabase(engine);
    });
    after(() => d.close());

    test('only the operator maintains rates; buyers, merchants and visitors are refused and nothing is written', async () => {
      const day = { date: '2024-03-01', rates: [{ currency: 'USD', rate: '7.19' }] };
      await assert.rejects(setDayRates(d.db, buyer, day), code('FORBIDDEN'));
      await assert.rejects(setDayRates(d.db, merchant, day), code('FORBIDDEN'));
      await assert.rejects(setDayRates(d.db, ANONYMOUS, day), code('UNAUTHENTICATED'));
      await assert.rejects(importRates(d.db, merchant, Buffer.from('date,currency,rate\n2024-03-01,USD,7.19\n'), 'csv'), code('FORBIDDEN'));
      assert.equal(await rateInForce(d.db, 'USD', '2024-03-01'), null);
    });

    test('the rate in force on a date is the latest on or before it; none before the first', async () => {
      await setDayRates(d.db, operator, {
        date: '2025-01-02',
        source: 'PBOC',
        rates: [
          { currency: 'USD', rate: '7.3000' },
          { currency: 'JPY', rate: '4.6512', per: 100 },
        ],
      });
      await setDayRates(d.db, operator, { date: '2025-01-06', source: 'PBOC', rates: [{ currency: 'USD', rate: '7.3104' }] });
      assert.equal(await rateInForce(d.db, 'USD', '2025-01-01'), null);
      assert.deepEqual(await rateInForce(d.db, 'USD', '2025-01-02'), { currency: 'USD', rateE10: 73_000_000_000n, rateDate: '2025-01-02' });
      assert.equal((await rateInForce(d.db, 'USD', '2025-01-05'))?.rateDate, '2025-01-02', 'the weekend uses Thursday’s rate');
      assert.equal((await rateInForce(d.db, 'USD', '2025-01-06'))?.rateE10, 73_104_000_000n);
      assert.equal((await rateInForce(d.db, 'USD', '2026-06-30'))?.rateDate, '2025-01-06');
      const t = await ratesInForce(d.db, ['USD', 'JPY', 'CNY', 'EUR'], '2025-01-06');
      assert.deepEqual([...t.keys()].sort(), ['JPY', 'USD'], 'CNY needs no entry; EUR has none');
      assert.equal(t.get('JPY')?.rateE10, 465_120_000n, 'quoted per 100 yen, stored per yen');

      const view = await listRatesInForce(d.db, { date: '2025-01-05' });
      assert.equal(view.reference, 'CNY');
      assert.deepEqual(
        view.rates.map((r) => [r.currency, r.rate, r.rateDate, r.source, r.enteredBy]),
        [
          ['JPY', '0.046512', '2025-01-02', 'PBOC', 42],
          ['USD', '7.3', '2025-01-02', 'PBOC', 42],
        ],
      );
      assert.deepEqual(
        (await rateHistory(d.db, { currency: 'usd', from: '2025-01-01' })).map((r) => r.rateDate),
        ['2025-01-06', '2025-01-02'],
      );
    });

    test("setting a day's rate again replaces it; bad days are refused whole", async () => {
      const again = await setDayRates(
        d.db,
        { ...operator, userId: 43 },
        { date: '2025-01-06', source: 'correction', rates: [{ currency: 'USD', rate: '7.3110' }] },
      );
      assert.deepEqual(
        again.map((r) => [r.currency, r.rate, r.source, r.enteredBy]),
        [['USD', '7.311', 'correction', 43]],
      );
      const bad = (rates: unknown[], date = '2025-01-07') => setDayRates(d.db, operator, { date, rates });
      await assert.rejects(bad([{ currency: 'CNY', rate: '1' }]), /reference currency/);
      await assert.rejects(
        bad([
          { currency: 'EUR', rate: '7.9' },
          { currency: 'EUR', rate: '7.8' },
        ]),
        /given twice/,
      );
      await assert.rejects(bad([{ currency: 'EUR', rate: '7,9' }]), /rates\.0\.rate/);
      await assert.rejects(bad([{ currency: 'EUR', rate: '-1' }]), code('VALIDATION'));
      await assert.rejects(bad([{ currency: 'XYZ', rate: '1' }]), /ISO 4217/);
      await assert.rejects(bad([{ currency: 'EUR', rate: '7.9' }], '2999-01-01'), /future/);
      await assert.rejects(bad([{ currency: 'EUR', rate: 7.9 }]), code('VALIDATION'), 'a rate is a decimal string, never a float');
      await assert.rejects(
        bad([
          { currency: 'EUR', rate: '7.9' },
          { currency: 'GBP', rate: 'x' },
        ]),
        code('VALIDATION'),
      );
      assert.equal(await rateInForce(d.db, 'EUR', '2025-01-07'), null, 'nothing of a refused day was written');
    });

    test('convertAt goes through CNY at the rates in force, names the older rate date, and 404s without a rate', async () => {
      await setDayRates(d.db, operator, { date: '2025-01-03', rates: [{ currency: 'EUR', rate: '7.5' }] });
      const c = await convertAt(d.db, { amount: 10_000, from: 'EUR', to: 'USD', date: '2025-01-06' });
      // 100.00 EUR = 750 CNY = 102.5851… USD at 7.311 → 102.59
      assert.deepEqual({ amount: c.amount, currency: c.currency, rateDate: c.rateDate }, { amount: 10_259, currency: 'USD', rateDate: '2025-01-03' });
      assert.equal((await convertAt(d.db, { amount: 15_000_000, from: 'USD', to: 'CNY', date: '2025-01-06' })).amount, 109_665_000);
      assert.equal((await convertAt(d.db, { amount: 100, from: 'USD', to: 'JPY', date: '2025-01-06' })).amount, 157, '7.311 / 0.046512 = 157.18… yen');
      await assert.rejects(convertAt(d.db, { amount: 1, from: 'GBP', to: 'CNY', date: '2025-01-06' }), /no exchange rate for GBP/);
      await assert.rejects(convertAt(d.db, { amount: 1, from: 'USD', to: 'CNY', date: '2024-12-31' }), code('NOT_FOUND'));
      await assert.rejects(convertAt(d.db, { amount: 1.5, from: 'USD', to: 'CNY' }), code('VALIDATION'));
    });

    test('a rate sheet is imported all or nothing, every bad row named; a clean one in one transaction', async () => {
      const bad = Buffer.from(
        [
          '日期,币种,汇率,单位',
          '2024-05-06,GBP,9.1,',
          '2024-05-06,CNY,1,',
          '2024-05-07,GBP,abc,',
          '2024-13-01,GBP,9.1,',
          '2024-05-06,GBP,9.2,',
          '2024-05-06,KRW,0.52,7',
        ].join('\n'),
      );
      await assert.rejects(importRates(d.db, operator, bad, 'csv'), (e: AppError) => {
        assert.equal(e.code, 'IMPORT_REJECTED');
        const rows = (e.details as { errors: { row: number; column: string }[] }).errors.map((x) => `${x.row}:${x.column}`);
        assert.deepEqual(rows, ['3:currency', '4:rate', '5:date', '6:date', '7:per']);
        return true;
      });
      assert.equal(await rateInForce(d.db, 'GBP', '2024-05-06'), null, 'nothing of a rejected sheet was written');
      const good = Buffer.from('date,currency,rate,per,source\n2024-05-06,GBP,9.1,,BOC\n2024-05-07,GBP,9.12,,BOC\n2024-05-06,KRW,0.52,100,\n');
      const report = await importRates(d.db, operator, good, 'csv', { fileName: 'rates-may.csv' });
      assert.deepEqual(report, { rows: 3, currencies: ['GBP', 'KRW'], from: '2024-05-06', to: '2024-05-07' });
      const krw = (await listRatesInForce(d.db, { date: '2024-05-07' })).rates.find((r) => r.currency === 'KRW');
      assert.deepEqual([krw?.rate, krw?.source], ['0.0052', 'rates-may.csv']);
    });
  });
}
