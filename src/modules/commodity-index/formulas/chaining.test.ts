import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { laspeyres, paasche } from './bilateral.ts';
import { bilateralSeries, chainedSeries, chainLinks, fixedBaseSeries } from './chaining.ts';
import { buildPanel, type Observation } from './panel.ts';
import { cesObservations, close, TEXTBOOK_PRICES as P, TEXTBOOK_QUANTITIES as Q, textbookObservations } from './testdata.ts';
import { problemOf } from './types.ts';

function values(r: ReturnType<typeof fixedBaseSeries>): number[] {
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return [...r.value.values];
}

describe('fixed-base and chained series', () => {
  const panel = buildPanel(textbookObservations());

  it('fixed-base Laspeyres and Paasche series reproduce the textbook values exactly', () => {
    assert.deepEqual(values(fixedBaseSeries(panel, 'laspeyres')), [1, 1.42, 1.345, 1.355, 1.44]);
    const pa = values(fixedBaseSeries(panel, 'paasche'));
    [1, 47 / 34, 764 / 635, 439 / 430, 200 / 251].forEach((e, t) => assert.ok(close(pa[t] as number, e, 1e-15)));
  });

  it('chained Laspeyres and Paasche equal the product of the period-to-period links', () => {
    const cl = values(chainedSeries(panel, 'laspeyres'));
    const cp = values(chainedSeries(panel, 'paasche'));
    let l = 1;
    let p = 1;
    for (let t = 1; t < 5; t++) {
      l *= laspeyres(P[t - 1] as number[], P[t] as number[], Q[t - 1] as number[]);
      p *= paasche(P[t - 1] as number[], P[t] as number[], Q[t] as number[]);
      assert.ok(close(cl[t] as number, l, 1e-14), `chained L ${t}`);
      assert.ok(close(cp[t] as number, p, 1e-14), `chained P ${t}`);
    }
    // first link is 14.2/10; the chained Fisher rounds to the manual's four-decimal values
    assert.equal(cl[1], 1.42);
    const cf = values(chainedSeries(panel, 'fisher')).map((x) => Math.round(x * 1e4) / 1e4);
    assert.deepEqual(cf, [1, 1.4011, 1.3185, 1.2689, 1.2226]);
  });

  it('reproduces IndexNumR’s published chained Laspeyres on CES_sigma_2 (README, 7 decimals)', () => {
    const expected = [1.0, 0.9673077, 1.2905504, 1.3382002, 1.2482444, 1.7346552, 1.6530619, 1.4524186, 1.8386215, 1.7126802, 2.181017, 2.2000474];
    const got = values(chainedSeries(buildPanel(cesObservations(2)), 'laspeyres'));
    expected.forEach((e, t) => assert.ok(Math.abs((got[t] as number) - e) <= 5e-8, `t=${t + 1}: ${got[t]} vs ${e}`));
  });

  it('chained and direct Jevons agree on a fixed matched set (property)', () => {
    const arb = fc.record({ n: fc.integer({ min: 1, max: 12 }), T: fc.integer({ min: 2, max: 10 }) }).chain(({ n, T }) =>
      fc.array(fc.array(fc.double({ min: 0.05, max: 500, noNaN: true }), { minLength: n, maxLength: n }), {
        minLength: T,
        maxLength: T,
      }),
    );
    fc.assert(
      fc.property(arb, (prices) => {
        const obs: Observation[] = [];
        prices.forEach((row, t) => row.forEach((price, i) => obs.push({ period: `w${t}`, product: `p${i}`, price, quantity: null })));
        const pn = buildPanel(obs);
        const direct = values(fixedBaseSeries(pn, 'jevons'));
        const chained = values(chainedSeries(pn, 'jevons'));
        direct.forEach((d, t) => assert.ok(close(chained[t] as number, d, 1e-12), `${chained[t]} vs ${d}`));
      }),
    );
  });

  it('chainLinks multiplies links', () => {
    assert.deepEqual(
      [...chainLinks([2, 0.5, 3])].map((x) => Math.round(x * 1e12) / 1e12),
      [1, 2, 1, 3],
    );
  });
});

describe('products that appear and disappear', () => {
  const obs: Observation[] = [
    { period: '1', product: 'a', price: 1, quantity: 1 },
    { period: '1', product: 'b', price: 2, quantity: 1 },
    { period: '2', product: 'a', price: 1.1, quantity: 1 },
    { period: '2', product: 'b', price: 2.2, quantity: 1 },
    { period: '2', product: 'c', price: 5, quantity: 1 },
    { period: '3', product: 'a', price: 1.21, quantity: 1 },
    { period: '3', product: 'c', price: 6, quantity: 1 },
  ];
  const panel = buildPanel(obs);

  it('fixed base: a product absent in the base period is a problem naming product and period', () => {
    const r = fixedBaseSeries(panel, 'jevons');
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.error.code, 'INDEX_UNDEFINED');
    assert.deepEqual(problemOf(r.error), { code: 'product-not-in-base', product: 'c', period: '2', basePeriod: '1' });
    assert.match(r.error.message, /--chained/);
  });

  it('fixed base with newProducts exclude: matched between base and t (b drops out in 3)', () => {
    const v = values(fixedBaseSeries(panel, 'jevons', 'exclude'));
    assert.ok(close(v[1] as number, 1.1) && close(v[2] as number, 1.21));
  });

  it('chained: each link over the products of both adjacent periods', () => {
    const v = values(bilateralSeries(panel, 'jevons', { chained: true }));
    // link 1→2 over a,b = 1.1; link 2→3 over a,c = sqrt(1.1 · 1.2)
    assert.ok(close(v[2] as number, 1.1 * Math.sqrt(1.1 * 1.2)));
  });

  it('no overlap between adjacent periods is a problem', () => {
    const pn = buildPanel([
      { period: '1', product: 'a', price: 1, quantity: null },
      { period: '2', product: 'b', price: 1, quantity: null },
    ]);
    const r = chainedSeries(pn, 'jevons');
    assert.ok(!r.ok && r.error.code === 'INDEX_UNDEFINED' && problemOf(r.error)?.code === 'no-overlap');
  });

  it('a weighted formula without quantities is a problem', () => {
    const pn = buildPanel([
      { period: '1', product: 'a', price: 1, quantity: null },
      { period: '2', product: 'a', price: 1, quantity: null },
    ]);
    const r = fixedBaseSeries(pn, 'fisher');
    assert.ok(!r.ok && r.error.code === 'INDEX_UNDEFINED' && problemOf(r.error)?.code === 'missing-quantity');
  });
});

describe('panel building', () => {
  it('orders periods naturally or by first appearance', () => {
    const obs = ['w10', 'w9', 'w1'].map((period) => ({ period, product: 'a', price: 1, quantity: null }));
    assert.deepEqual(buildPanel(obs).periods, ['w1', 'w9', 'w10']);
    assert.deepEqual(buildPanel(obs, 'appearance').periods, ['w10', 'w9', 'w1']);
  });

  it('combines repeated observations: unit value with quantities, geometric mean without', () => {
    const pn = buildPanel([
      { period: '1', product: 'a', price: 2, quantity: 1 },
      { period: '1', product: 'a', price: 4, quantity: 3 },
      { period: '1', product: 'b', price: 2, quantity: null },
      { period: '1', product: 'b', price: 8, quantity: null },
    ]);
    assert.equal(pn.prices[0], 14 / 4);
    assert.equal(pn.quantities?.[0], 4);
    assert.ok(close(pn.prices[1] as number, 4));
  });
});
