import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { logFisher, logTornqvist } from './bilateral.ts';
import { fixedBaseSeries } from './chaining.ts';
import { geksSeries, geksWindow, type SpliceMethod } from './geks.ts';
import { buildPanel, type Observation } from './panel.ts';
import { cesObservations, close, textbookObservations } from './testdata.ts';
import type { Result } from '../../../core/result.ts';
import { problemOf } from './types.ts';

function ok<T>(r: Result<T>): T {
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.value;
}

describe('GEKS', () => {
  const ces = buildPanel(cesObservations(2));

  it('reproduces IndexNumR’s published GEKS-Törnqvist, window 11, mean splice on CES_sigma_2 (7 decimals)', () => {
    // IndexNumR README: GEKSIndex(CES_sigma_2, indexMethod = "tornqvist", window = 11, splice = "mean")
    const expected = [1.0, 0.8927314, 1.0776386, 1.1127724, 0.9310834, 1.1785361, 1.1219447, 0.9380228, 1.0951667, 0.9501914, 1.1277725, 1.1330748];
    const got = ok(geksSeries(ces, { base: 'tornqvist', window: 11, splice: 'mean' })).values;
    expected.forEach((e, t) => assert.ok(Math.abs((got[t] as number) - e) <= 5e-8, `t=${t + 1}: ${got[t]} vs ${e}`));
  });

  it('splices differ only after the first window, and movement splice = last link of the new window', () => {
    const splices: SpliceMethod[] = ['mean', 'movement', 'window', 'half'];
    const series = splices.map((splice) => ok(geksSeries(ces, { base: 'fisher', window: 6, splice })).values);
    for (let t = 0; t < 6; t++) for (const s of series) assert.equal(s[t], (series[0] as Float64Array)[t]);
    const mv = series[1] as Float64Array;
    const idx = (a: number, b: number) => {
      const p = ces.prices;
      const q = ces.quantities as Float64Array;
      return logFisher(p.subarray(a * 4, a * 4 + 4), p.subarray(b * 4, b * 4 + 4), q.subarray(a * 4, a * 4 + 4), q.subarray(b * 4, b * 4 + 4));
    };
    for (let t = 6; t < 12; t++) {
      const win = geksWindow(idx, t - 5, t);
      assert.ok(close((mv[t] as number) / (mv[t - 1] as number), (win[5] as number) / (win[4] as number), 1e-13));
    }
  });

  it('a window covering all periods needs no splice; --window longer than the series is the same', () => {
    const a = ok(geksSeries(ces, { base: 'tornqvist' })).values;
    const b = ok(geksSeries(ces, { base: 'tornqvist', window: 40, splice: 'movement' })).values;
    assert.deepEqual([...a], [...b]);
  });

  it('with two periods GEKS equals the bilateral index', () => {
    const two = buildPanel(textbookObservations().filter((o) => o.period === '1' || o.period === '2'));
    const g = ok(geksSeries(two, { base: 'fisher' })).values;
    const f = ok(fixedBaseSeries(two, 'fisher')).values;
    assert.ok(close(g[1] as number, f[1] as number, 1e-14));
  });

  const panelArb = fc.record({ n: fc.integer({ min: 1, max: 6 }), T: fc.integer({ min: 3, max: 7 }) }).chain(({ n, T }) =>
    fc.array(
      fc.array(
        fc.record({
          p: fc.double({ min: 0.1, max: 100, noNaN: true }),
          q: fc.double({ min: 0.1, max: 100, noNaN: true }),
        }),
        { minLength: n, maxLength: n },
      ),
      { minLength: T, maxLength: T },
    ),
  );
  const toPanel = (rows: { p: number; q: number }[][]) => {
    const obs: Observation[] = [];
    rows.forEach((row, t) => row.forEach(({ p, q }, i) => obs.push({ period: String(t), product: String(i), price: p, quantity: q })));
    return buildPanel(obs);
  };

  it('is transitive within a window: GEKS(0,2) = GEKS(0,1)·GEKS(1,2), for any base (property)', () => {
    fc.assert(
      fc.property(panelArb, fc.boolean(), (rows, useFisher) => {
        const pn = toPanel(rows);
        const n = pn.products.length;
        const T = pn.periods.length;
        const q = pn.quantities as Float64Array;
        const f = useFisher ? logFisher : logTornqvist;
        const li = (a: number, b: number) =>
          f(pn.prices.subarray(a * n, a * n + n), pn.prices.subarray(b * n, b * n + n), q.subarray(a * n, a * n + n), q.subarray(b * n, b * n + n));
        const g = geksWindow(li, 0, T - 1);
        for (let s = 1; s < T; s++) {
          const direct = (g[s] as number) / (g[0] as number);
          const via = ((g[1] as number) / (g[0] as number)) * ((g[s] as number) / (g[1] as number));
          assert.ok(close(direct, via, 1e-12));
          // any pair r < s: GEKS(r, s) = GEKS(r, s−1) · GEKS(s−1, s)
          const r = s - 1 > 0 ? s - 2 : 0;
          const rs = (g[s] as number) / (g[r] as number);
          const chain = ((g[s - 1] as number) / (g[r] as number)) * ((g[s] as number) / (g[s - 1] as number));
          assert.ok(close(rs, chain, 1e-12));
        }
        // and the series is the same whichever period of the window is the normalisation base
        const series = ok(geksSeries(pn, { base: useFisher ? 'fisher' : 'tornqvist' })).values;
        for (let s = 0; s < T; s++) assert.ok(close(series[s] as number, g[s] as number, 1e-12));
      }),
    );
  });

  it('identity and proportionality: prices all ×λ in a period give λ', () => {
    fc.assert(
      fc.property(panelArb, fc.double({ min: 0.1, max: 10, noNaN: true }), (rows, l) => {
        const same = rows.map((row, t) =>
          (row as { p: number; q: number }[]).map((c, i) => ({ p: ((rows[0] as { p: number }[])[i] as { p: number }).p * (t === 2 ? l : 1), q: c.q })),
        );
        const v = ok(geksSeries(toPanel(same), { base: 'tornqvist' })).values;
        assert.ok(close(v[1] as number, 1, 1e-12) && close(v[2] as number, l, 1e-12));
      }),
    );
  });

  it('reports periods without common products', () => {
    const pn = buildPanel([
      { period: '1', product: 'a', price: 1, quantity: 1 },
      { period: '2', product: 'a', price: 1, quantity: 1 },
      { period: '2', product: 'b', price: 1, quantity: 1 },
      { period: '3', product: 'b', price: 1, quantity: 1 },
    ]);
    const r = geksSeries(pn, { base: 'fisher' });
    assert.ok(!r.ok && r.error.code === 'INDEX_UNDEFINED' && problemOf(r.error)?.code === 'no-overlap');
  });
});
