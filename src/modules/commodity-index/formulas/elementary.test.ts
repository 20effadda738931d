import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { jevons } from './bilateral.ts';
import { elementaryLinks, elementaryStep, initialElementaryState, quantileSorted, type ElementaryConfig, type PeriodObservations } from './elementary.ts';
import { close } from './testdata.ts';

const obs = (pairs: [number, number][]): PeriodObservations => ({
  item: Int32Array.from(pairs.map(([i]) => i)),
  price: Float64Array.from(pairs.map(([, p]) => p)),
});
/** Items 0 to n-1, all at `price`. */
const uniform = (n: number, price: number): PeriodObservations => obs(Array.from({ length: n }, (_, i): [number, number] => [i, price]));

describe('elementary aggregates', () => {
  const config: ElementaryConfig = {
    categoryOf: Int32Array.from([0, 0, 0, 1, 1]),
    categoryCount: 2,
    outliers: { kind: 'none' },
  };

  it('Jevons over matched models, per category', () => {
    const s0 = elementaryStep(
      config,
      initialElementaryState(5),
      obs([
        [0, 1],
        [1, 2],
        [2, 4],
        [3, 10],
        [4, 20],
      ]),
    );
    assert.ok(Number.isNaN(s0.links[0] as number));
    assert.deepEqual([...s0.entered], [3, 2]);
    const s1 = elementaryStep(
      config,
      s0.state,
      obs([
        [0, 1.1],
        [1, 2.4],
        [2, 4],
        [3, 11],
        [4, 22],
      ]),
    );
    assert.ok(close(s1.links[0] as number, jevons([1, 2, 4], [1.1, 2.4, 4]), 1e-15));
    assert.ok(close(s1.links[1] as number, 1.1, 1e-15));
  });

  it('twice-weekly observations of an item are combined by their geometric mean', () => {
    const s0 = elementaryStep(config, initialElementaryState(5), obs([[0, 1]]));
    const s1 = elementaryStep(
      config,
      s0.state,
      obs([
        [0, 1],
        [0, 4],
      ]),
    );
    assert.ok(close(s1.links[0] as number, 2, 1e-15));
  });

  it('class-mean imputation: a missing item moves with its category and re-enters smoothly', () => {
    let st = elementaryStep(config, initialElementaryState(5), uniform(3, 1)).state;
    const s1 = elementaryStep(config, st, uniform(2, 1.2)); // item 2 missing
    assert.ok(close(s1.links[0] as number, 1.2, 1e-15));
    assert.equal(s1.imputed[0], 1);
    assert.ok(close(s1.state.refPrice[2] as number, 1.2, 1e-15));
    st = s1.state;
    const s2 = elementaryStep(config, st, uniform(3, 1.2)); // back at 1.2: no change
    assert.ok(close(s2.links[0] as number, 1, 1e-15));
  });

  it('carry-forward imputation puts a relative of 1 into the link', () => {
    const cf: ElementaryConfig = { ...config, imputation: 'carry-forward' };
    const st = elementaryStep(cf, initialElementaryState(5), uniform(3, 1)).state;
    const s1 = elementaryStep(cf, st, uniform(2, 1.2));
    assert.ok(close(s1.links[0] as number, Math.cbrt(1.44), 1e-15));
  });

  it('an item imputed for more than maxImputedPeriods leaves the sample', () => {
    const c: ElementaryConfig = { ...config, maxImputedPeriods: 2 };
    let st = elementaryStep(c, initialElementaryState(5), uniform(2, 1)).state;
    const dropped: number[] = [];
    for (let w = 0; w < 3; w++) {
      const r = elementaryStep(c, st, obs([[0, 1]]));
      dropped.push(r.dropped[0] as number);
      st = r.state;
    }
    assert.deepEqual(dropped, [0, 0, 1]);
    assert.ok(Number.isNaN(st.refPrice[1] as number));
  });

  it('Tukey fences reject a far-out relative; ratio band rejects outside [low, high]', () => {
    const n = 10;
    const c: ElementaryConfig = { categoryOf: new Int32Array(n), categoryCount: 1, outliers: { kind: 'tukey', k: 3, minSample: 8 } };
    const base = obs(Array.from({ length: n }, (_, i) => [i, 10] as [number, number]));
    const st = elementaryStep(c, initialElementaryState(n), base).state;
    const next = obs(Array.from({ length: n }, (_, i) => [i, i === 9 ? 100 : 10 + (i % 3) * 0.1] as [number, number]));
    const r = elementaryStep(c, st, next);
    assert.equal(r.outliers[0], 1);
    assert.equal(r.matched[0], 9);
    assert.equal(r.imputed[0], 1);
    const band = elementaryStep({ ...c, outliers: { kind: 'ratio', low: 0.5, high: 2 } }, st, next);
    assert.equal(band.outliers[0], 1);
    assert.ok(close(band.links[0] as number, r.links[0] as number, 1e-15));
  });

  it('quantiles by linear interpolation (type 7)', () => {
    assert.equal(quantileSorted([1, 2, 3, 4], 0.25), 1.75);
    assert.equal(quantileSorted([1, 2, 3, 4], 0.75), 3.25);
    assert.equal(quantileSorted([5], 0.5), 5);
  });

  it('chained weekly links equal the direct Jevons on a fixed sample (property)', () => {
    const arb = fc
      .record({ n: fc.integer({ min: 1, max: 15 }), T: fc.integer({ min: 2, max: 8 }) })
      .chain(({ n, T }) => fc.array(fc.array(fc.double({ min: 0.1, max: 100, noNaN: true }), { minLength: n, maxLength: n }), { minLength: T, maxLength: T }));
    fc.assert(
      fc.property(arb, (prices) => {
        const n = (prices[0] as number[]).length;
        const c: ElementaryConfig = { categoryOf: new Int32Array(n), categoryCount: 1, outliers: { kind: 'none' } };
        const links = elementaryLinks(
          c,
          prices.map((row) => obs(row.map((p, i) => [i, p] as [number, number]))),
        );
        let level = 1;
        links.forEach((l, t) => {
          level *= l[0] as number;
          assert.ok(close(level, jevons(prices[0] as number[], prices[t] as number[]), 1e-12));
        });
      }),
    );
  });

  it('handles a million observations without per-observation objects', () => {
    const nItems = 250_000;
    const nObs = 1_000_000;
    const categoryOf = new Int32Array(nItems);
    for (let i = 0; i < nItems; i++) categoryOf[i] = i % 1000;
    const c: ElementaryConfig = { categoryOf, categoryCount: 1000 };
    const mk = (drift: number): PeriodObservations => {
      const item = new Int32Array(nObs);
      const price = new Float64Array(nObs);
      for (let j = 0; j < nObs; j++) {
        item[j] = j % nItems;
        price[j] = (1 + (j % 97) / 10) * drift * (1 + ((j * 7919) % 13) / 1000);
      }
      return { item, price };
    };
    const st = elementaryStep(c, initialElementaryState(nItems), mk(1)).state;
    const r = elementaryStep(c, st, mk(1.05));
    assert.ok(close(r.links[0] as number, 1.05, 1e-9));
  });
});
