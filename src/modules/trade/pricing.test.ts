import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { evaluateList, splitDeposit, tierIndexFor, type ListLine, type MerchantTerms } from './pricing.ts';

const tiers = [
  { minQty: 100, unitPrice: 250 },
  { minQty: 1000, unitPrice: 200 },
  { minQty: 5000, unitPrice: 180 },
];

test('the tier that applies is the last one whose minimum the quantity reaches', () => {
  assert.equal(tierIndexFor(tiers, 99), -1);
  assert.equal(tierIndexFor(tiers, 100), 0);
  assert.equal(tierIndexFor(tiers, 999), 0);
  assert.equal(tierIndexFor(tiers, 1000), 1);
  assert.equal(tierIndexFor(tiers, 1_000_000), 2);
});

test('deposit rounds half up and deposit + balance is the total', () => {
  assert.deepEqual(splitDeposit(1001, 3000), { deposit: 300, balance: 701 });
  assert.deepEqual(splitDeposit(1005, 3000), { deposit: 302, balance: 703 }); // 301.5 → 302
  assert.deepEqual(splitDeposit(0, 3000), { deposit: 0, balance: 0 });
  assert.deepEqual(splitDeposit(777, 10_000), { deposit: 777, balance: 0 });
  assert.throws(() => splitDeposit(100, 10_001), RangeError);
  assert.throws(() => splitDeposit(1.5, 100), RangeError);
});

const line = (over: Partial<ListLine>): ListLine => ({
  productId: 1,
  merchantId: 7,
  currency: 'CNY',
  unit: 'pcs',
  moq: 100,
  tiers,
  stock: 10_000,
  qty: 100,
  ...over,
});

test('a list is grouped by merchant and currency, priced by tier, and says exactly what is missing', () => {
  const terms = new Map<number, MerchantTerms>([
    [7, { merchantId: 7, depositBp: 3000, minOrderValue: 0 }],
    [8, { merchantId: 8, depositBp: 5000, minOrderValue: 100_000 }],
  ]);
  const d = evaluateList(
    [
      line({ productId: 1, qty: 1200 }),
      line({ productId: 2, merchantId: 8, qty: 50 }),
      line({ productId: 3, qty: 200, stock: 150 }),
      line({ productId: 4, merchantId: 7, currency: 'USD', qty: 100 }),
    ],
    terms,
  );
  assert.equal(d.orders.length, 3);
  const [a, b, c] = d.orders;
  assert.deepEqual([a!.merchantId, a!.currency, a!.total], [7, 'CNY', 1200 * 200 + 200 * 250]);
  assert.equal(a!.lines[0]!.tierIndex, 1);
  assert.deepEqual(a!.lines[0]!.nextTier, { moreQty: 3800, unitPrice: 180 });
  assert.deepEqual([b!.merchantId, b!.total, b!.deposit], [8, 50 * 250, 6250]);
  assert.deepEqual([c!.merchantId, c!.currency], [7, 'USD']);
  assert.deepEqual(d.totals, { CNY: 290_000 + 12_500, USD: 25_000 });
  assert.deepEqual(
    d.shortfalls.map((s) => s.code),
    ['BELOW_MOQ', 'OVER_STOCK', 'BELOW_MIN_ORDER_VALUE'],
  );
  assert.deepEqual(d.shortfalls[2], { code: 'BELOW_MIN_ORDER_VALUE', merchantId: 8, currency: 'CNY', minOrderValue: 100_000, total: 12_500, missing: 87_500 });
  assert.equal(d.ready, false);
});

test('an amount beyond a safe integer is refused, not rounded', () => {
  const d = evaluateList([line({ qty: 2 ** 40, stock: 2 ** 41, tiers: [{ minQty: 1, unitPrice: 2 ** 20 }] })], new Map());
  assert.deepEqual(
    d.shortfalls.map((s) => s.code),
    ['AMOUNT_TOO_LARGE'],
  );
  assert.equal(d.ready, false);
});

test('property: orders, deposits and totals reconcile exactly', () => {
  const tierList = fc
    .array(fc.record({ minQty: fc.integer({ min: 1, max: 10_000 }), unitPrice: fc.integer({ min: 1, max: 10_000_000 }) }), { minLength: 1, maxLength: 10 })
    .map((ts) => [...new Map(ts.map((t) => [t.minQty, t])).values()].sort((x, y) => x.minQty - y.minQty));
  const lineArb = fc.record({
    productId: fc.integer({ min: 1, max: 1000 }),
    merchantId: fc.integer({ min: 1, max: 5 }),
    currency: fc.constantFrom('CNY', 'USD', 'JPY'),
    unit: fc.constant('pcs'),
    moq: fc.integer({ min: 1, max: 500 }),
    tiers: tierList,
    stock: fc.integer({ min: 0, max: 100_000 }),
    qty: fc.integer({ min: 1, max: 100_000 }),
  });
  const termsArb = fc.array(fc.record({ depositBp: fc.integer({ min: 0, max: 10_000 }), minOrderValue: fc.integer({ min: 0, max: 10_000_000 }) }), {
    minLength: 5,
    maxLength: 5,
  });
  fc.assert(
    fc.property(fc.array(lineArb, { maxLength: 30 }), termsArb, (lines, ts) => {
      const terms = new Map(ts.map((t, i) => [i + 1, { merchantId: i + 1, ...t }]));
      const d = evaluateList(lines, terms);
      const sums: Record<string, number> = {};
      let linesSeen = 0;
      for (const o of d.orders) {
        assert.equal(o.deposit + o.balance, o.total);
        assert.ok(o.deposit >= 0 && o.balance >= 0);
        assert.equal(
          o.lines.reduce((s, l) => s + l.lineTotal, 0),
          o.total,
        );
        for (const l of o.lines) {
          assert.equal(l.merchantId, o.merchantId);
          assert.equal(l.currency, o.currency);
          assert.equal(l.lineTotal, l.unitPrice * l.qty);
          // the unit price is the lowest the quantity reaches (tiers never rise with quantity here only by chance, so check the rule itself)
          const reached = l.tiers.filter((t) => t.minQty <= l.qty);
          assert.equal(l.unitPrice, (reached.at(-1) ?? l.tiers[0]!).unitPrice);
        }
        sums[o.currency] = (sums[o.currency] ?? 0) + o.total;
        linesSeen += o.lines.length;
      }
      assert.deepEqual(d.totals, sums);
      assert.equal(linesSeen, lines.length); // nothing here can overflow: every line lands in one order
      assert.equal(new Set(d.orders.map((o) => `${o.merchantId}:${o.currency}`)).size, d.orders.length);
      const expectedShortfalls = lines.filter((l) => l.qty < l.moq).length + lines.filter((l) => l.qty > l.stock).length;
      assert.equal(d.shortfalls.filter((s) => s.code !== 'BELOW_MIN_ORDER_VALUE').length, expectedShortfalls);
      assert.equal(d.ready, d.shortfalls.length === 0 && lines.length > 0);
    }),
    { numRuns: 300 },
  );
});
