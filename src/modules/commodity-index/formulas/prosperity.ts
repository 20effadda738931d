/**
 * The prosperity index (景气指数) of the commodity index, base = 1000.
 *
 * Each activity measure of a period is normalised to its base period
 * (x_t / x̄_base, where x̄_base is the mean over the base periods), and the
 * normalised components are combined with the published weights:
 *
 *   PI_t = 1000 · Σ_k w_k · x_{k,t} / x̄_{k,base},   Σ_k w_k = 1
 *
 * so PI = 1000 in the base period, and a component at twice its base level
 * adds w_k · 1000 to the index. The component sub-indices (each ×1000) are
 * published alongside.
 */

export const PROSPERITY_COMPONENTS = ['tradedValue', 'volume', 'orderCount', 'activeMerchants', 'activeBuyers', 'newListings'] as const;
export type ProsperityComponent = (typeof PROSPERITY_COMPONENTS)[number];

/** Activity measures of one period (one category, or the whole market). */
export type ActivityMeasures = Readonly<Record<ProsperityComponent, number>>;

export type ProsperityWeights = Readonly<Record<ProsperityComponent, number>>;

/**
 * The published weights (docs/commodity-index.md §7). Changing them is a
 * method change: it is announced and applies from a new release on.
 */
export const PUBLISHED_PROSPERITY_WEIGHTS: ProsperityWeights = Object.freeze({
  tradedValue: 0.3,
  volume: 0.15,
  orderCount: 0.15,
  activeMerchants: 0.15,
  activeBuyers: 0.15,
  newListings: 0.1,
});

export const PROSPERITY_BASE = 1000;

export interface ProsperityOptions {
  /** Positions of the base periods in `series` (default [0]); their mean is the base level. */
  readonly basePeriods?: readonly number[];
  readonly weights?: ProsperityWeights;
  readonly base?: number;
}

export interface ProsperityResult {
  readonly index: Float64Array;
  readonly components: Readonly<Record<ProsperityComponent, Float64Array>>;
}

/**
 * Computes the prosperity index (景气指数) PI_t = 1000 · Σ_k w_k x_{k,t} / x̄_{k,base}
 * and its component sub-indices (each ×1000). Throws RangeError for weights that
 * do not sum to 1, a base level ≤ 0 or a negative measure.
 * @example
 * ```ts
 * const m = { tradedValue: 100, volume: 10, orderCount: 5, activeMerchants: 50, activeBuyers: 80, newListings: 20 };
 * const { index, components } = prosperityIndex([m, { ...m, tradedValue: 200 }]);
 * index; // [1000, 1300] (traded value doubled, weight 0.3)
 * components.tradedValue; // [1000, 2000]
 * ```
 */
export function prosperityIndex(series: readonly ActivityMeasures[], options: ProsperityOptions = {}): ProsperityResult {
  const weights = options.weights ?? PUBLISHED_PROSPERITY_WEIGHTS;
  const base = options.base ?? PROSPERITY_BASE;
  const basePeriods = options.basePeriods ?? [0];
  let wSum = 0;
  for (const k of PROSPERITY_COMPONENTS) {
    const w = weights[k];
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`weight of ${k} must be ≥ 0, got ${w}`);
    wSum += w;
  }
  if (Math.abs(wSum - 1) > 1e-12) throw new RangeError(`prosperity weights must sum to 1, got ${wSum}`);
  if (basePeriods.length === 0) throw new RangeError('at least one base period is needed');
  const n = series.length;
  const index = new Float64Array(n);
  const components = {} as Record<ProsperityComponent, Float64Array>;
  for (const k of PROSPERITY_COMPONENTS) {
    let baseSum = 0;
    for (const b of basePeriods) {
      const m = series[b];
      if (!m) throw new RangeError(`base period ${b} is outside the series`);
      baseSum += m[k];
    }
    const baseLevel = baseSum / basePeriods.length;
    if (!(baseLevel > 0)) throw new RangeError(`component ${k} is ${baseLevel} in the base period; it must be > 0`);
    const sub = new Float64Array(n);
    for (let t = 0; t < n; t++) {
      const x = (series[t] as ActivityMeasures)[k];
      if (!(x >= 0) || !Number.isFinite(x)) throw new RangeError(`component ${k} of period ${t} must be ≥ 0, got ${x}`);
      sub[t] = (base * x) / baseLevel;
      index[t] = (index[t] as number) + weights[k] * (sub[t] as number);
    }
    components[k] = sub;
  }
  return { index, components };
}
