import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { bilateralIndex, carli, dutot, fisher, harmonic, jevons, laspeyres, paasche, tornqvist, walsh } from './bilateral.ts';
import { BILATERAL_FORMULAS } from './types.ts';
import { close, TEXTBOOK_PRICES, TEXTBOOK_QUANTITIES } from './testdata.ts';

const P = (t: number) => TEXTBOOK_PRICES[t] as number[];
const Q = (t: number) => TEXTBOOK_QUANTITIES[t] as number[];

function near(actual: number, expected: number, tol = 1e-12, msg = ''): void {
  assert.ok(close(actual, expected, tol), `${msg} expected ${expected}, got ${actual}`);
}

describe('bilateral formulas on the CPI Manual (2004) ch. 19 artificial data set', () => {
  // Exact values derived by hand from Tables 19.1–19.2 (sums of the data are exact decimals):
  // Laspeyres Σp_t q_1 / Σp_1 q_1 with Σp_1 q_1 = 10: 14.2/10, 13.45/10, 13.55/10, 14.4/10.
  const L = [1, 1.42, 1.345, 1.355, 1.44];
  // Paasche Σp_t q_t / Σp_1 q_t: 14.1/10.2 = 47/34, 15.28/12.7 = 764/635, 17.56/17.2 = 439/430, 20/25.1 = 200/251.
  const Pa = [1, 47 / 34, 764 / 635, 439 / 430, 200 / 251];

  it('fixed-base Laspeyres and Paasche reproduce the exact textbook values', () => {
    for (let t = 0; t < 5; t++) {
      near(laspeyres(P(0), P(t), Q(0)), L[t] as number, 1e-15, `L(1,${t + 1})`);
      near(paasche(P(0), P(t), Q(t)), Pa[t] as number, 1e-15, `P(1,${t + 1})`);
      near(fisher(P(0), P(t), Q(0), Q(t)), Math.sqrt((L[t] as number) * (Pa[t] as number)), 1e-15, `F(1,${t + 1})`);
    }
  });

  it('rounded to four decimals as in the manual', () => {
    const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
    assert.deepEqual(
      [0, 1, 2, 3, 4].map((t) => r4(laspeyres(P(0), P(t), Q(0)))),
      [1, 1.42, 1.345, 1.355, 1.44],
    );
    assert.deepEqual(
      [0, 1, 2, 3, 4].map((t) => r4(paasche(P(0), P(t), Q(t)))),
      [1, 1.3824, 1.2031, 1.0209, 0.7968],
    );
    assert.deepEqual(
      [0, 1, 2, 3, 4].map((t) => r4(fisher(P(0), P(t), Q(0), Q(t)))),
      [1, 1.4011, 1.2721, 1.1762, 1.0712],
    );
  });

  it('Törnqvist, Walsh and the unweighted formulas agree with a direct evaluation', () => {
    for (let t = 1; t < 5; t++) {
      const v0 = P(0).reduce((s, p, i) => s + p * (Q(0)[i] as number), 0);
      const vt = P(t).reduce((s, p, i) => s + p * (Q(t)[i] as number), 0);
      let lnT = 0;
      let wn = 0;
      let wd = 0;
      let lnJ = 0;
      for (let i = 0; i < 6; i++) {
        const s = 0.5 * (((P(0)[i] as number) * (Q(0)[i] as number)) / v0 + ((P(t)[i] as number) * (Q(t)[i] as number)) / vt);
        lnT += s * Math.log((P(t)[i] as number) / (P(0)[i] as number));
        const w = Math.sqrt((Q(0)[i] as number) * (Q(t)[i] as number));
        wn += (P(t)[i] as number) * w;
        wd += (P(0)[i] as number) * w;
        lnJ += Math.log(P(t)[i] as number) / 6;
      }
      near(tornqvist(P(0), P(t), Q(0), Q(t)), Math.exp(lnT), 1e-13);
      near(walsh(P(0), P(t), Q(0), Q(t)), wn / wd, 1e-13);
      near(jevons(P(0), P(t)), Math.exp(lnJ), 1e-13);
      // base prices are all 1: Dutot = Carli = mean price
      near(dutot(P(0), P(t)), P(t).reduce((s, p) => s + p, 0) / 6, 1e-15);
      near(carli(P(0), P(t)), P(t).reduce((s, p) => s + p, 0) / 6, 1e-15);
    }
    // Jevons of period 5: (1·1·1.6·0.1·2·0.2)^(1/6) = 0.064^(1/6) = 0.4^(1/2)
    near(jevons(P(0), P(4)), Math.sqrt(0.4), 1e-15);
  });
});

// ---------------------------------------------------------------------------
// properties (fast-check)

const price = fc.double({ min: 0.01, max: 1000, noNaN: true, noDefaultInfinity: true });
const qty = fc.double({ min: 0.001, max: 1000, noNaN: true, noDefaultInfinity: true });
const basket = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc.record({
    p0: fc.array(price, { minLength: n, maxLength: n }),
    pt: fc.array(price, { minLength: n, maxLength: n }),
    q0: fc.array(qty, { minLength: n, maxLength: n }),
    qt: fc.array(qty, { minLength: n, maxLength: n }),
  }),
);
const lambda = fc.double({ min: 0.01, max: 100, noNaN: true, noDefaultInfinity: true });

describe('index number tests (properties)', () => {
  it('identity: I(p, p) = 1 for every formula', () => {
    fc.assert(
      fc.property(basket, ({ p0, q0, qt }) => {
        for (const f of BILATERAL_FORMULAS) near(bilateralIndex(f, { p0, pt: p0, q0, qt }), 1, 1e-13, f);
      }),
    );
  });

  it('proportionality: p_t = λ p_0 gives λ for every formula', () => {
    fc.assert(
      fc.property(basket, lambda, ({ p0, q0, qt }, l) => {
        const pt = p0.map((p) => p * l);
        for (const f of BILATERAL_FORMULAS) near(bilateralIndex(f, { p0, pt, q0, qt }), l, 1e-12, f);
      }),
    );
  });

  it('Fisher = √(Laspeyres · Paasche) and lies between them', () => {
    fc.assert(
      fc.property(basket, ({ p0, pt, q0, qt }) => {
        const l = laspeyres(p0, pt, q0);
        const p = paasche(p0, pt, qt);
        const f = fisher(p0, pt, q0, qt);
        near(f, Math.sqrt(l * p), 1e-14);
        assert.ok(f >= Math.min(l, p) * (1 - 1e-14) && f <= Math.max(l, p) * (1 + 1e-14));
      }),
    );
  });

  it('time reversal: Fisher, Törnqvist, Walsh, Jevons and Dutot satisfy I(0,t)·I(t,0) = 1', () => {
    fc.assert(
      fc.property(basket, ({ p0, pt, q0, qt }) => {
        near(fisher(p0, pt, q0, qt) * fisher(pt, p0, qt, q0), 1, 1e-13, 'fisher');
        near(tornqvist(p0, pt, q0, qt) * tornqvist(pt, p0, qt, q0), 1, 1e-13, 'tornqvist');
        near(walsh(p0, pt, q0, qt) * walsh(pt, p0, qt, q0), 1, 1e-13, 'walsh');
        near(jevons(p0, pt) * jevons(pt, p0), 1, 1e-13, 'jevons');
        near(dutot(p0, pt) * dutot(pt, p0), 1, 1e-13, 'dutot');
      }),
    );
  });

  it('Laspeyres and Paasche are each other’s time antithesis: L(0,t)·P(t,0) = 1', () => {
    fc.assert(
      fc.property(basket, ({ p0, pt, q0 }) => {
        near(laspeyres(p0, pt, q0) * paasche(pt, p0, q0), 1, 1e-13);
      }),
    );
  });

  it('Carli ≥ Jevons ≥ harmonic (AM–GM–HM), Carli fails time reversal upwards', () => {
    fc.assert(
      fc.property(basket, ({ p0, pt }) => {
        const c = carli(p0, pt);
        const j = jevons(p0, pt);
        const h = harmonic(p0, pt);
        assert.ok(c >= j * (1 - 1e-13) && j >= h * (1 - 1e-13), `${c} ≥ ${j} ≥ ${h}`);
        assert.ok(carli(p0, pt) * carli(pt, p0) >= 1 - 1e-13);
      }),
    );
  });

  it('mean value test: every formula lies between the smallest and largest price relative', () => {
    fc.assert(
      fc.property(basket, ({ p0, pt, q0, qt }) => {
        const rel = p0.map((p, i) => (pt[i] as number) / p);
        const lo = Math.min(...rel) * (1 - 1e-13);
        const hi = Math.max(...rel) * (1 + 1e-13);
        for (const f of BILATERAL_FORMULAS) {
          const v = bilateralIndex(f, { p0, pt, q0, qt });
          assert.ok(v >= lo && v <= hi, `${f} = ${v} not in [${lo}, ${hi}]`);
        }
      }),
    );
  });

  it('commensurability: changing a product’s unit leaves all but Dutot unchanged', () => {
    fc.assert(
      fc.property(basket, lambda, ({ p0, pt, q0, qt }, k) => {
        const s = (a: number[]) => a.map((x, i) => (i === 0 ? x * k : x));
        const d = (a: number[]) => a.map((x, i) => (i === 0 ? x / k : x));
        for (const f of BILATERAL_FORMULAS) {
          if (f === 'dutot') continue;
          const a = bilateralIndex(f, { p0, pt, q0, qt });
          const b = bilateralIndex(f, { p0: s(p0), pt: s(pt), q0: d(q0), qt: d(qt) });
          near(b, a, 1e-12, f);
        }
      }),
    );
  });

  it('rejects empty or mismatched inputs', () => {
    assert.throws(() => jevons([], []), RangeError);
    assert.throws(() => laspeyres([1, 2], [1], [1, 1]), RangeError);
    assert.throws(() => bilateralIndex('fisher', { p0: [1], pt: [2] }), RangeError);
  });
});
