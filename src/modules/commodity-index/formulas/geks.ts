/**
 * Multilateral GEKS price index over time (Gini 1931, Eltetö & Köves 1964,
 * Szulc 1964; applied to time series by Ivancic, Diewert & Fox 2011).
 *
 * Within a window of periods W (|W| = w):
 *
 *   ln GEKS(0, t) = (1/w) Σ_{l ∈ W} [ ln I(l, t) − ln I(l, 0) ]
 *
 * i.e. the geometric mean over all link periods l of I(0, l) · I(l, t), where
 * I is the bilateral Fisher or Törnqvist index over the products matched
 * between the two periods. Both satisfy time reversal, so I(t, l) = 1 / I(l, t)
 * and every pair is computed once. GEKS is transitive within a window.
 *
 * Extending the series beyond one window (rolling window of w periods): each new
 * period t gets a GEKS over the last w periods (t−w+1 … t), which is spliced
 * onto the published series; published values are never revised. Splices, with
 * `new` the new window and `old` the previous (unrevised, raw) window:
 *
 * - movement (Ivancic, Diewert & Fox 2011): P_t = P_{t−1} · new_t / new_{t−1}
 * - window (Krsinich 2016): overlap period t−w+1
 * - half (de Haan 2015): overlap period t−w+1+⌊(w−1)/2⌋, the middle of the window
 * - mean (Diewert & Fox 2018; Ivancic, Diewert & Fox 2011 §4 discussion):
 *   geometric mean over every overlap period k = t−w+1 … t−1 of the splice on k,
 *
 *   P_t = P_{t−1} · Π_k [ (new_t / new_k) / (old_{t−1} / old_k) ]^{1/(w−1)}
 *
 * The splice on a single period k is P_t = P_{t−1} · (new_t / new_k) / (old_{t−1} / old_k);
 * for k = t−1 it is the movement splice. This is the definition used by the R
 * package IndexNumR (GEKSIndex, splice = "mean"), whose published example this
 * implementation reproduces (see geks.test.ts). Default: mean splice, the one
 * Diewert & Fox (2018) found most robust to the choice of the link period.
 */
import { logFisher, logTornqvist } from './bilateral.ts';
import { Accumulator } from './numeric.ts';
import { matchPeriods } from './panel.ts';
import { indexFailure, type IndexResult, type IndexSeries, type PricePanel } from './types.ts';

export type GeksBase = 'fisher' | 'tornqvist';
export const SPLICE_METHODS = ['mean', 'movement', 'window', 'half'] as const;
export type SpliceMethod = (typeof SPLICE_METHODS)[number];

export interface GeksOptions {
  readonly base: GeksBase;
  /** Window length in periods (≥ 2). Default: all periods (one window, no splicing). */
  readonly window?: number | undefined;
  /** How to extend the series past the first window. Default 'mean'. */
  readonly splice?: SpliceMethod | undefined;
}

/** ln I(a, b) of the bilateral index behind GEKS, for a pair of period positions. */
export type LogBilateral = (a: number, b: number) => number;

/**
 * Unnormalised GEKS log levels of the periods `from … to` (inclusive):
 * g_t = (1/w) Σ_l ln I(l, t). Differences g_t − g_s are the log GEKS indices.
 * `logIndex(a, b)` must be ln I(a, b) for period positions a, b.
 * @example
 * ```ts
 * const p = [1, 1.1, 1.21]; // a transitive toy index: ln I(a, b) = ln(p[b] / p[a])
 * const g = geksLogLevels((a, b) => Math.log(p[b] / p[a]), 0, 2);
 * Math.exp(g[2] - g[0]); // 1.21
 * ```
 */
export function geksLogLevels(logIndex: LogBilateral, from: number, to: number): Float64Array {
  const w = to - from + 1;
  const g = new Float64Array(w);
  for (let t = from; t <= to; t++) {
    const acc = new Accumulator();
    for (let l = from; l <= to; l++) if (l !== t) acc.add(logIndex(l, t));
    g[t - from] = acc.value / w;
  }
  return g;
}

/**
 * GEKS index of the window `from … to` (inclusive), normalised so the first
 * period of the window is 1: exp(g_t − g_from) of {@link geksLogLevels}.
 * @example
 * ```ts
 * const p = [1, 1.1, 1.21];
 * geksWindow((a, b) => Math.log(p[b] / p[a]), 0, 2); // Float64Array [1, 1.1, 1.21]
 * ```
 */
export function geksWindow(logIndex: LogBilateral, from: number, to: number): Float64Array {
  const g = geksLogLevels(logIndex, from, to);
  const g0 = g[0] as number;
  return g.map((x) => Math.exp(x - g0));
}

/**
 * Log splice factor for the new period (last of `gNew`), given the old window's
 * log levels `gOld` (both of length w, the new window one period later). Add it
 * to the published log level of the previous period (movement, window, half or
 * mean splice; see the module comment).
 * @example
 * ```ts
 * logLevel[t] = logLevel[t - 1] + spliceLogFactor(gOld, gNew, 'mean');
 * spliceLogFactor([0, 0.1, 0.2], [0, 0.1, 0.3], 'movement'); // 0.3 − 0.1 = 0.2
 * ```
 */
export function spliceLogFactor(gOld: ArrayLike<number>, gNew: ArrayLike<number>, method: SpliceMethod): number {
  const w = gNew.length;
  // old covers t−w … t−1, new covers t−w+1 … t; period t−w+1+j is old[j+1], new[j]
  const onPeriod = (j: number) => (gNew[w - 1] as number) - (gNew[j] as number) - ((gOld[w - 1] as number) - (gOld[j + 1] as number));
  switch (method) {
    case 'movement':
      return onPeriod(w - 2);
    case 'window':
      return onPeriod(0);
    case 'half':
      return onPeriod(Math.floor((w - 1) / 2));
    case 'mean': {
      const acc = new Accumulator();
      for (let j = 0; j < w - 1; j++) acc.add(onPeriod(j));
      return acc.value / (w - 1);
    }
  }
}

/**
 * GEKS series over the panel (Fisher- or Törnqvist-based; Ivancic, Diewert & Fox
 * 2011), first period = 1: one window over all periods by default, else a rolling
 * window of `window` periods spliced with `splice` (default mean). Returns an
 * IndexResult: `no-overlap`/`missing-quantity`/`zero-value` (INDEX_UNDEFINED) or a
 * bad window (VALIDATION) is a failed result.
 * @example
 * ```ts
 * const r = geksSeries(panel, { base: 'fisher', window: 13, splice: 'mean' });
 * if (!r.ok) throw r.error;
 * r.value.values; // one value per panel period
 * ```
 */
export function geksSeries(panel: PricePanel, options: GeksOptions): IndexResult<IndexSeries> {
  const nT = panel.periods.length;
  if (nT === 0) return indexFailure({ code: 'empty-panel' });
  const w = options.window === undefined ? nT : Math.min(options.window, nT);
  if (!Number.isInteger(w) || w < 2) {
    if (nT === 1) return { ok: true, value: { periods: panel.periods, values: Float64Array.of(1) } };
    return indexFailure({ code: 'bad-option', message: `the GEKS window must be an integer ≥ 2, got ${options.window}` });
  }
  const splice = options.splice ?? 'mean';
  const bilateral = options.base === 'fisher' ? logFisher : logTornqvist;

  // pair cache: ln I(a, b) for a < b; ln I(b, a) = −ln I(a, b) (time reversal)
  const cache = new Map<number, number>();
  let failure: ReturnType<typeof indexFailure> | null = null;
  const logIndex: LogBilateral = (a, b) => {
    if (a === b) return 0;
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const key = lo * nT + hi;
    let v = cache.get(key);
    if (v === undefined) {
      v = Number.NaN;
      const m = matchPeriods(panel, lo, hi, true);
      if (!m.ok) failure ??= m;
      else if (m.value.productIds.length === 0)
        failure ??= indexFailure({ code: 'no-overlap', from: panel.periods[lo] as string, to: panel.periods[hi] as string });
      else {
        const { p0, pt, q0, qt } = m.value;
        v = bilateral(p0, pt, q0 as Float64Array, qt as Float64Array);
        if (!Number.isFinite(v)) failure ??= indexFailure({ code: 'zero-value', from: panel.periods[lo] as string, to: panel.periods[hi] as string });
      }
      cache.set(key, v);
    }
    return a < b ? v : -v;
  };

  const values = new Float64Array(nT);
  let gOld = geksLogLevels(logIndex, 0, w - 1);
  if (failure) return failure;
  const g0 = gOld[0] as number;
  const logLevel = new Float64Array(nT);
  for (let t = 0; t < w; t++) logLevel[t] = (gOld[t] as number) - g0;
  for (let t = w; t < nT; t++) {
    // period t−w has left the window: its pairs are no longer needed
    for (let hi = t - w + 1; hi < t; hi++) cache.delete((t - w) * nT + hi);
    const gNew = geksLogLevels(logIndex, t - w + 1, t);
    if (failure) return failure;
    logLevel[t] = (logLevel[t - 1] as number) + spliceLogFactor(gOld, gNew, splice);
    gOld = gNew;
  }
  for (let t = 0; t < nT; t++) values[t] = Math.exp(logLevel[t] as number);
  values[0] = 1;
  return { ok: true, value: { periods: panel.periods, values } };
}
