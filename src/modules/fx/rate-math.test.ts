import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CURRENCY_EXPONENT, exponentOf } from '../../core/money.ts';
import { conversionFactor, convertMinor, convertWith, divRoundHalfUp, formatRate, parseRate, RATE_SCALE, type RateInForce } from './rate-math.ts';

const CURRENCIES = Object.keys(CURRENCY_EXPONENT);
const abs = (x: bigint) => (x < 0n ? -x : x);
/** Rates from 0.00001 to 100 CNY per unit (IDR … KWD and beyond), as integers × 10^10. */
const rateArb = fc.bigInt({ min: 100_000n, max: 1_000_000_000_000n });
const currencyArb = fc.constantFrom(...CURRENCIES);
const amountArb = fc.integer({ min: 0, max: 10_000_000_000 });
/** Skip cases whose result would pass a safe integer (convertMinor refuses those; tested below). */
const fits = (a: number, from: string, to: string, rf: bigint, rt: bigint) => {
  const { num, den } = conversionFactor(from, to, rf, rt);
  return (BigInt(a) * num) / den < BigInt(Number.MAX_SAFE_INTEGER) / 4n;
};

test('parseRate and formatRate are exact decimals with 10 places; a rate per 100 units is divided exactly', () => {
  assert.equal(parseRate('7.1034'), 71_034_000_000n);
  assert.equal(parseRate('7.1'), 71_000_000_000n);
  assert.equal(parseRate('4.7512', 100), 475_120_000n);
  assert.equal(formatRate(475_120_000n), '0.047512');
  assert.equal(formatRate(parseRate('23.0000')), '23');
  assert.equal(parseRate('0.0000000001'), 1n);
  for (const bad of ['', '-1', '1e3', '7,1', 'abc', '0', '0.00000000001', '900001']) assert.throws(() => parseRate(bad), /VALIDATION|rate|decimal/i, bad);
  assert.throws(() => parseRate('0.0000000001', 10), /more than 10 decimals/);
  assert.throws(() => parseRate('1', 3), /per 1, 10, 100/);
  fc.assert(fc.property(fc.bigInt({ min: 1n, max: 900_000n * RATE_SCALE }), (r) => parseRate(formatRate(r)) === r));
});

test('divRoundHalfUp rounds halves away from zero and everything else to the nearest', () => {
  assert.equal(divRoundHalfUp(1n, 2n), 1n);
  assert.equal(divRoundHalfUp(3n, 2n), 2n);
  assert.equal(divRoundHalfUp(-1n, 2n), -1n);
  assert.equal(divRoundHalfUp(-3n, 2n), -2n);
  assert.equal(divRoundHalfUp(4n, 3n), 1n);
  assert.equal(divRoundHalfUp(5n, 3n), 2n);
  fc.assert(
    fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), (n, d) => {
      const k = divRoundHalfUp(n, d);
      // |n/d - k| <= 1/2, and exactly 1/2 only away from zero
      const twice = 2n * n - 2n * k * d;
      assert.ok(abs(twice) <= d);
      if (abs(twice) === d) assert.ok(n >= 0n ? twice < 0n : twice > 0n, 'a half goes away from zero');
    }),
  );
});

test('a conversion respects each currency’s minor-unit exponent', () => {
  const usd = parseRate('7.1');
  const jpy = parseRate('0.047');
  const kwd = parseRate('23.1');
  assert.equal(convertMinor(100, 'USD', 'JPY', usd, jpy), 151); // 1.00 USD = 151.06… yen
  assert.equal(convertMinor(151, 'JPY', 'USD', jpy, usd), 100); // 151 yen = 0.99986 USD → 1.00
  assert.equal(convertMinor(1000, 'KWD', 'CNY', kwd, RATE_SCALE), 2310); // 1.000 KWD = 23.10 CNY
  assert.equal(convertMinor(2310, 'CNY', 'KWD', RATE_SCALE, kwd), 1000);
  assert.equal(convertMinor(15_000_000, 'USD', 'CNY', usd, RATE_SCALE), 106_500_000); // USD 150,000.00 → CNY 1,065,000.00
  assert.equal(convertMinor(12345, 'USD', 'USD', usd, jpy), 12345, 'the same currency is never converted');
});

test('half-up at an exact half: 0.005 USD is 1 cent, −0.005 is −1 cent', () => {
  // 1 fen at USD = 2 CNY is exactly 0.5 cent
  assert.equal(convertMinor(1, 'CNY', 'USD', RATE_SCALE, parseRate('2')), 1);
  assert.equal(convertMinor(-1, 'CNY', 'USD', RATE_SCALE, parseRate('2')), -1);
  assert.equal(convertMinor(3, 'CNY', 'USD', RATE_SCALE, parseRate('2')), 2); // 1.5 → 2
  assert.equal(convertMinor(5, 'CNY', 'JPY', RATE_SCALE, parseRate('0.1')), 1); // 0.05 CNY = 0.5 yen → 1
  assert.equal(convertMinor(4, 'CNY', 'JPY', RATE_SCALE, parseRate('0.1')), 0); // 0.4 yen → 0
});

test('property: the result is the exact product rounded half up (checked in integers)', () => {
  fc.assert(
    fc.property(amountArb, currencyArb, currencyArb, rateArb, rateArb, (a, from, to, rf, rt) => {
      fc.pre(from !== to && fits(a, from, to, rf, rt));
      const k = BigInt(convertMinor(a, from, to, rf, rt));
      const { num, den } = conversionFactor(from, to, rf, rt);
      // k − 1/2 ≤ a·num/den < k + 1/2
      assert.ok((2n * k - 1n) * den <= 2n * BigInt(a) * num, 'not below the half');
      assert.ok(2n * BigInt(a) * num < (2n * k + 1n) * den, 'not at or above the next half');
    }),
    { numRuns: 500 },
  );
});

test('property: a → b → a comes back within 1/2 + 1/(2R) minor units (R: minor units of b per minor unit of a)', () => {
  fc.assert(
    fc.property(amountArb, currencyArb, currencyArb, rateArb, rateArb, (a, from, to, rf, rt) => {
      fc.pre(from !== to && fits(a, from, to, rf, rt));
      const b = convertMinor(a, from, to, rf, rt);
      const back = convertMinor(b, to, from, rt, rf);
      // |back − a| ≤ 1/2 + 1/(2R) with R = num/den: 2·|back − a|·num ≤ num + den
      const { num, den } = conversionFactor(from, to, rf, rt);
      assert.ok(2n * abs(BigInt(back - a)) * num <= num + den, `${a} ${from} → ${b} ${to} → ${back} ${from}`);
      // so a conversion into a currency with as many or more minor units and back is exact when its unit is worth no more
      if (num >= den) assert.equal(back, a);
    }),
    { numRuns: 500 },
  );
});

test('property: conversion is monotone, odd, and additive within one unit', () => {
  fc.assert(
    fc.property(amountArb, amountArb, currencyArb, currencyArb, rateArb, rateArb, (a, b, from, to, rf, rt) => {
      fc.pre(fits(a + b, from, to, rf, rt));
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      assert.ok(convertMinor(lo, from, to, rf, rt) <= convertMinor(hi, from, to, rf, rt));
      assert.equal(convertMinor(-a, from, to, rf, rt) + convertMinor(a, from, to, rf, rt), 0);
      const sum = convertMinor(a, from, to, rf, rt) + convertMinor(b, from, to, rf, rt);
      assert.ok(Math.abs(sum - convertMinor(a + b, from, to, rf, rt)) <= 1);
    }),
    { numRuns: 300 },
  );
});

test('property: exponents — converting between two currencies with the same rate scales by 10^(eTo − eFrom), half up', () => {
  fc.assert(
    fc.property(amountArb, currencyArb, currencyArb, rateArb, (a, from, to, r) => {
      const d = exponentOf(to) - exponentOf(from);
      const out = convertMinor(a, from, to, r, r);
      const expected = d >= 0 ? BigInt(a) * 10n ** BigInt(d) : divRoundHalfUp(BigInt(a), 10n ** BigInt(-d));
      assert.equal(BigInt(out), expected);
    }),
  );
});

test('convertMinor refuses unknown currencies, fractional amounts and results beyond a safe integer', () => {
  assert.throws(() => convertMinor(1, 'XXX', 'USD', RATE_SCALE, RATE_SCALE), /ISO 4217/);
  assert.throws(() => convertMinor(1.5, 'CNY', 'USD', RATE_SCALE, RATE_SCALE), /whole number/);
  assert.throws(() => convertMinor(Number.MAX_SAFE_INTEGER, 'KWD', 'IDR', parseRate('23'), 1n), /too large/);
});

test('convertWith goes through the reference, names the older rate date, and says undefined when a rate is missing', () => {
  const t = new Map<string, RateInForce>([
    ['USD', { currency: 'USD', rateE10: parseRate('7.2'), rateDate: '2026-11-27' }],
    ['EUR', { currency: 'EUR', rateE10: parseRate('7.8'), rateDate: '2026-11-30' }],
  ]);
  assert.deepEqual(convertWith(t, 10_000, 'EUR', 'USD'), { amount: 10_833, currency: 'USD', rateDate: '2026-11-27' });
  assert.deepEqual(convertWith(t, 720, 'CNY', 'USD'), { amount: 100, currency: 'USD', rateDate: '2026-11-27' });
  assert.deepEqual(convertWith(t, 5, 'GBP', 'GBP'), { amount: 5, currency: 'GBP', rateDate: null });
  assert.equal(convertWith(t, 5, 'GBP', 'USD'), undefined);
});
