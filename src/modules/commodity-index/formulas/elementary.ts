/**
 * Elementary aggregates: the price change inside each lowest category, from
 * unweighted price samples (CPI Manual 2004 ch. 9 and 20; 2020 CPI Manual ch. 6).
 *
 * One call = one period (a week). Built for the weekly run over ~10 million
 * observations: inputs are columnar typed arrays with dense item ids, and the
 * hot loops allocate nothing per observation.
 *
 * - An *item* is one product at one price type (in-market, online, order,
 *   export); the caller maps items to dense ids 0 … n−1 and to their lowest
 *   category (`categoryOf`).
 * - Several observations of an item in the period (collection twice a week)
 *   are combined into their geometric mean.
 * - Matched models: the link of category c from t−1 to t is the Jevons index
 *   exp(mean ln(p_t / p_{t−1})) over the items priced in both periods; the
 *   t−1 price may be imputed (below). New items enter the sample with their
 *   first price and contribute from their second period on.
 * - Missing prices (an item in the sample but not priced in t, or whose relative
 *   is an outlier) are imputed for at most `maxImputedPeriods` consecutive
 *   periods, then the item leaves the sample:
 *     - `class-mean` (default; CPI Manual §7.79–7.84): the item's price moves
 *       with the category's link, p̂_t = p_{t−1} · link_c. Under Jevons this
 *       leaves the link unchanged and lets the item re-enter smoothly.
 *     - `carry-forward`: p̂_t = p_{t−1}, and the relative 1 enters the link
 *       (biases the index towards no change; provided for comparison only).
 *     - `none`: the item leaves the sample at once.
 * - Outliers are detected on the log price relatives r = ln(p_t / p_{t−1}):
 *     - `tukey` (default, k = 3, min sample 8): r outside
 *       [Q1 − k·IQR, Q3 + k·IQR] of the category's relatives (Tukey's "far out"
 *       fences; quartiles by linear interpolation, Hyndman & Fan type 7).
 *       Categories with fewer than `minSample` matched items are not screened.
 *     - `ratio` {low, high}: p_t / p_{t−1} outside [low, high].
 *   An outlier is left out of the link and its price is treated as missing.
 */

export type ImputationMethod = 'class-mean' | 'carry-forward' | 'none';

export type OutlierRule =
  | { readonly kind: 'none' }
  | { readonly kind: 'ratio'; readonly low: number; readonly high: number }
  | { readonly kind: 'tukey'; readonly k: number; readonly minSample: number };

export const DEFAULT_OUTLIER_RULE: OutlierRule = { kind: 'tukey', k: 3, minSample: 8 };
export const DEFAULT_MAX_IMPUTED_PERIODS = 4;

export interface ElementaryConfig {
  /** Lowest category (0 … categoryCount−1) of every item; its length is the item count. */
  readonly categoryOf: Int32Array;
  readonly categoryCount: number;
  readonly imputation?: ImputationMethod;
  readonly maxImputedPeriods?: number;
  readonly outliers?: OutlierRule;
}

/** What carries from one period to the next. */
export interface ElementaryState {
  /** Price of each item in the previous period (observed or imputed); NaN = not in the sample. */
  readonly refPrice: Float64Array;
  /** Consecutive periods the reference price has been imputed. */
  readonly imputedRuns: Uint16Array;
}

/** The observations of one period, columnar. */
export interface PeriodObservations {
  readonly item: Int32Array | Uint32Array;
  /** > 0 */
  readonly price: Float64Array;
  /** Number of observations to use (default: item.length), so buffers can be reused. */
  readonly length?: number;
}

export interface ElementaryStepResult {
  /** Jevons link t−1 → t per category; NaN when no item was matched. */
  readonly links: Float64Array;
  /** Per category: items whose relative entered the link (after outlier removal). */
  readonly matched: Uint32Array;
  /** Per category: items whose price was imputed this period (missing or outlier). */
  readonly imputed: Uint32Array;
  /** Per category: relatives rejected as outliers. */
  readonly outliers: Uint32Array;
  /** Per category: items that entered the sample (priced now, not in the sample before). */
  readonly entered: Uint32Array;
  /** Per category: items that left the sample (imputed too long, or imputation 'none'). */
  readonly dropped: Uint32Array;
  readonly state: ElementaryState;
}

/**
 * The state before the first period: no item in the sample (every reference
 * price NaN, no imputation runs), for `itemCount` dense item ids.
 * @example
 * ```ts
 * let state = initialElementaryState(config.categoryOf.length);
 * ```
 */
export function initialElementaryState(itemCount: number): ElementaryState {
  return { refPrice: new Float64Array(itemCount).fill(Number.NaN), imputedRuns: new Uint16Array(itemCount) };
}

/**
 * Quantile `p` (0 … 1) of an ascending sorted array by linear interpolation
 * (Hyndman & Fan 1996 type 7, the default of R and NumPy); NaN for an empty array.
 * @example
 * ```ts
 * quantileSorted([1, 2, 3, 4], 0.25); // 1.75
 * quantileSorted(Float64Array.of(1, 2, 3, 4), 0.5); // 2.5
 * ```
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  return lo + 1 < n ? a + (h - lo) * ((sorted[lo + 1] as number) - a) : a;
}

/**
 * Computes the elementary (Jevons, matched-model) links of one period per
 * lowest category, with outlier screening and imputation, and the state for the
 * next period. Returns links (NaN = no matched item), per-category counts and
 * the next state; throws RangeError for an invalid observation.
 * @example
 * ```ts
 * const config = { categoryOf: Int32Array.from([0, 0, 1]), categoryCount: 2 };
 * const w1 = elementaryStep(config, initialElementaryState(3), {
 *   item: Int32Array.from([0, 1, 2]),
 *   price: Float64Array.from([10, 20, 5]),
 * }); // links [NaN, NaN]: the first period only fills the sample
 * const w2 = elementaryStep(config, w1.state, { item: Int32Array.from([0, 1]), price: Float64Array.from([11, 22]) });
 * w2.links; // [1.1, NaN]; item 2 is imputed (w2.imputed [0, 1])
 * ```
 */
export function elementaryStep(config: ElementaryConfig, state: ElementaryState, obs: PeriodObservations): ElementaryStepResult {
  const { categoryOf, categoryCount: nC } = config;
  const imputation = config.imputation ?? 'class-mean';
  const maxRuns = config.maxImputedPeriods ?? DEFAULT_MAX_IMPUTED_PERIODS;
  const rule = config.outliers ?? DEFAULT_OUTLIER_RULE;
  const nItems = categoryOf.length;
  if (state.refPrice.length !== nItems) throw new RangeError('state and config differ in item count');
  const { refPrice, imputedRuns } = state;

  // 1. this period's price per item: geometric mean of its observations
  const len = obs.length ?? obs.item.length;
  const logSum = new Float64Array(nItems);
  const firstPrice = new Float64Array(nItems);
  const count = new Uint32Array(nItems);
  for (let j = 0; j < len; j++) {
    const i = obs.item[j] as number;
    const p = obs.price[j] as number;
    if (!(p > 0) || p === Number.POSITIVE_INFINITY || i < 0 || i >= nItems)
      throw new RangeError(`observation ${j}: item ${i} price ${p} is not a valid observation`);
    if (count[i] === 0) firstPrice[i] = p;
    logSum[i] = (logSum[i] as number) + Math.log(p);
    count[i] = (count[i] as number) + 1;
  }
  const priceOf = (i: number): number => {
    const k = count[i] as number;
    return k === 1 ? (firstPrice[i] as number) : Math.exp((logSum[i] as number) / k);
  };

  // 2. log relatives of matched items, bucketed by category (counting sort)
  const rel = new Float64Array(nItems).fill(Number.NaN);
  const catMatched = new Uint32Array(nC + 1);
  for (let i = 0; i < nItems; i++) {
    if ((count[i] as number) > 0 && !Number.isNaN(refPrice[i] as number)) {
      rel[i] = Math.log(priceOf(i) / (refPrice[i] as number));
      const c = categoryOf[i] as number;
      catMatched[c + 1] = (catMatched[c + 1] as number) + 1;
    }
  }

  // 3. outlier fences per category, on the log relatives
  const lo = new Float64Array(nC).fill(Number.NEGATIVE_INFINITY);
  const hi = new Float64Array(nC).fill(Number.POSITIVE_INFINITY);
  if (rule.kind === 'ratio') {
    lo.fill(Math.log(rule.low));
    hi.fill(Math.log(rule.high));
  } else if (rule.kind === 'tukey') {
    const offset = new Uint32Array(nC + 1);
    for (let c = 0; c < nC; c++) offset[c + 1] = (offset[c] as number) + (catMatched[c + 1] as number);
    const fill = offset.slice(0, nC);
    const bucket = new Float64Array(offset[nC] as number);
    for (let i = 0; i < nItems; i++) {
      const r = rel[i] as number;
      if (Number.isNaN(r)) continue;
      const c = categoryOf[i] as number;
      bucket[fill[c] as number] = r;
      fill[c] = (fill[c] as number) + 1;
    }
    for (let c = 0; c < nC; c++) {
      const n = (offset[c + 1] as number) - (offset[c] as number);
      if (n < rule.minSample || n === 0) continue;
      const seg = bucket.subarray(offset[c], offset[c + 1]).sort();
      const q1 = quantileSorted(seg, 0.25);
      const q3 = quantileSorted(seg, 0.75);
      lo[c] = q1 - rule.k * (q3 - q1);
      hi[c] = q3 + rule.k * (q3 - q1);
    }
  }

  // 4. Jevons links: compensated sums of the accepted log relatives per category
  const sum = new Float64Array(nC);
  const comp = new Float64Array(nC);
  const matched = new Uint32Array(nC);
  const outliers = new Uint32Array(nC);
  const add = (c: number, x: number): void => {
    const s = sum[c] as number;
    const t = s + x;
    comp[c] = (comp[c] as number) + (Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s);
    sum[c] = t;
  };
  const isOutlier = new Uint8Array(nItems);
  for (let i = 0; i < nItems; i++) {
    const r = rel[i] as number;
    const c = categoryOf[i] as number;
    if (!Number.isNaN(r)) {
      if (r < (lo[c] as number) || r > (hi[c] as number)) {
        isOutlier[i] = 1;
        outliers[c] = (outliers[c] as number) + 1;
      } else {
        add(c, r);
        matched[c] = (matched[c] as number) + 1;
        continue;
      }
    }
    // carry-forward: a sample item without an accepted price enters the link with relative 1
    if (imputation === 'carry-forward' && !Number.isNaN(refPrice[i] as number) && (imputedRuns[i] as number) < maxRuns) {
      matched[c] = (matched[c] as number) + 1;
    }
  }
  const links = new Float64Array(nC);
  for (let c = 0; c < nC; c++) {
    const n = matched[c] as number;
    links[c] = n === 0 ? Number.NaN : Math.exp(((sum[c] as number) + (comp[c] as number)) / n);
  }

  // 5. next state
  const nextRef = new Float64Array(nItems);
  const nextRuns = new Uint16Array(nItems);
  const imputed = new Uint32Array(nC);
  const entered = new Uint32Array(nC);
  const dropped = new Uint32Array(nC);
  for (let i = 0; i < nItems; i++) {
    const c = categoryOf[i] as number;
    const ref = refPrice[i] as number;
    const priced = (count[i] as number) > 0 && isOutlier[i] === 0;
    if (priced) {
      nextRef[i] = priceOf(i);
      if (Number.isNaN(ref)) entered[c] = (entered[c] as number) + 1;
      continue;
    }
    if (Number.isNaN(ref)) {
      nextRef[i] = Number.NaN;
      continue;
    }
    const runs = imputedRuns[i] as number;
    if (imputation === 'none' || runs >= maxRuns) {
      nextRef[i] = Number.NaN;
      dropped[c] = (dropped[c] as number) + 1;
      continue;
    }
    const link = links[c] as number;
    nextRef[i] = imputation === 'class-mean' && !Number.isNaN(link) ? ref * link : ref;
    nextRuns[i] = runs + 1;
    imputed[c] = (imputed[c] as number) + 1;
  }
  return {
    links,
    matched,
    imputed,
    outliers,
    entered,
    dropped,
    state: { refPrice: nextRef, imputedRuns: nextRuns },
  };
}

/**
 * Runs {@link elementaryStep} over consecutive periods and returns the links
 * (links[0] is all ones: the first period only fills the sample). Returns one
 * Float64Array of per-category links per period.
 * @example
 * ```ts
 * const config = { categoryOf: Int32Array.from([0, 0, 1]), categoryCount: 2 };
 * elementaryLinks(config, [
 *   { item: Int32Array.from([0, 1, 2]), price: Float64Array.from([10, 20, 5]) },
 *   { item: Int32Array.from([0, 1, 2]), price: Float64Array.from([11, 22, 4]) },
 * ]); // [[1, 1], [1.1, 0.8]]
 * ```
 */
export function elementaryLinks(config: ElementaryConfig, periods: readonly PeriodObservations[]): Float64Array[] {
  let state = initialElementaryState(config.categoryOf.length);
  const out: Float64Array[] = [];
  periods.forEach((obs, t) => {
    const r = elementaryStep(config, state, obs);
    state = r.state;
    out.push(t === 0 ? new Float64Array(config.categoryCount).fill(1) : r.links);
  });
  return out;
}
