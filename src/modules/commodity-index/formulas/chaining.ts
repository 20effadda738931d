/**
 * Fixed-base and chained index series over many periods (CPI Manual 2004,
 * ch. 15 §15.76–15.97 and ch. 9 "chain indices"; 2020 CPI Manual ch. 6–7).
 *
 * - Fixed base: I(1, t) = P(p_1, p_t, q_1, q_t) over the products priced in
 *   both the base period 1 and period t (matched models). A product that
 *   disappears after the base simply leaves the comparisons in which it is not
 *   priced. A product that is priced in t but not in the base period has no
 *   base price: by default that is a `product-not-in-base` problem; with
 *   `newProducts: 'exclude'` such products are left out.
 * - Chained: I(1, t) = Π_{s=2..t} P(p_{s-1}, p_s, …), each link over the
 *   products matched between the two adjacent periods, so new products enter
 *   from their second period and disappearing ones leave after their last.
 *   The product is taken as exp of a compensated sum of log links.
 */
import { bilateralIndex, bilateralLogIndex } from './bilateral.ts';
import { Accumulator } from './numeric.ts';
import { matchPeriods } from './panel.ts';
import type { BilateralFormula, IndexResult, IndexSeries, PricePanel } from './types.ts';
import { indexFailure, isWeightedFormula } from './types.ts';

export interface BilateralSeriesOptions {
  /** Chain period-to-period links instead of comparing each period with the first. */
  readonly chained?: boolean;
  /** Fixed base only: what to do with products absent in the base period. Default 'error'. */
  readonly newProducts?: 'error' | 'exclude';
}

/**
 * Cumulates period-to-period links into levels: levels[0] = 1, levels[t] =
 * Π_{s=1..t} links[s−1], taken as exp of a compensated sum of logs. Returns
 * one more value than there are links.
 * @example
 * ```ts
 * chainLinks([1.1, 0.9]); // Float64Array [1, 1.1, 0.99]
 * ```
 */
export function chainLinks(links: ArrayLike<number>): Float64Array {
  const levels = new Float64Array(links.length + 1);
  levels[0] = 1;
  const acc = new Accumulator();
  for (let s = 0; s < links.length; s++) {
    acc.add(Math.log(links[s] as number));
    levels[s + 1] = Math.exp(acc.value);
  }
  return levels;
}

/**
 * Cumulates log links (already ln) into levels, as {@link chainLinks}:
 * levels[t] = exp Σ_{s<t} logLinks[s].
 * @example
 * ```ts
 * chainLogLinks([Math.log(1.1), Math.log(0.9)]); // Float64Array [1, 1.1, 0.99]
 * ```
 */
export function chainLogLinks(logLinks: ArrayLike<number>): Float64Array {
  const levels = new Float64Array(logLinks.length + 1);
  levels[0] = 1;
  const acc = new Accumulator();
  for (let s = 0; s < logLinks.length; s++) {
    acc.add(logLinks[s] as number);
    levels[s + 1] = Math.exp(acc.value);
  }
  return levels;
}

/**
 * Fixed-base or chained series of a bilateral formula over the panel's periods
 * (first period = 1): dispatches to {@link chainedSeries} when `chained`, else
 * to {@link fixedBaseSeries}. Returns an IndexResult; a series the data cannot
 * define is a failed result (INDEX_UNDEFINED), not a throw.
 * @example
 * ```ts
 * const r = bilateralSeries(panel, 'fisher', { chained: true });
 * if (!r.ok) throw r.error;
 * r.value.values; // Float64Array [1, …] aligned with r.value.periods
 * ```
 */
export function bilateralSeries(panel: PricePanel, formula: BilateralFormula, options: BilateralSeriesOptions = {}): IndexResult<IndexSeries> {
  return options.chained ? chainedSeries(panel, formula) : fixedBaseSeries(panel, formula, options.newProducts);
}

/**
 * Fixed-base series: each period against the first (the base), over the
 * products priced in both (matched models). A product priced later but not in
 * the base is a `product-not-in-base` failure, or left out with `'exclude'`.
 * @example
 * ```ts
 * // A: 1, 2, 2; B: 2, 2, 3; C priced in period 3 only
 * fixedBaseSeries(panel, 'jevons'); // { ok: false } (product-not-in-base: C)
 * fixedBaseSeries(panel, 'jevons', 'exclude'); // values [1, √2, √3]
 * ```
 */
export function fixedBaseSeries(panel: PricePanel, formula: BilateralFormula, newProducts: 'error' | 'exclude' = 'error'): IndexResult<IndexSeries> {
  const nT = panel.periods.length;
  const nI = panel.products.length;
  if (nT === 0) return indexFailure({ code: 'empty-panel' });
  if (newProducts === 'error') {
    for (let t = 1; t < nT; t++) {
      for (let i = 0; i < nI; i++) {
        if (Number.isNaN(panel.prices[i] as number) && !Number.isNaN(panel.prices[t * nI + i] as number)) {
          return indexFailure({
            code: 'product-not-in-base',
            product: panel.products[i] as string,
            period: panel.periods[t] as string,
            basePeriod: panel.periods[0] as string,
          });
        }
      }
    }
  }
  const weighted = isWeightedFormula(formula);
  const values = new Float64Array(nT);
  values[0] = 1;
  for (let t = 1; t < nT; t++) {
    const r = comparison(panel, formula, 0, t, weighted);
    if (!r.ok) return r;
    values[t] = r.value.direct;
  }
  return { ok: true, value: { periods: panel.periods, values } };
}

/**
 * Chained series: the product of the bilateral links between adjacent periods,
 * each matched on its own pair, so new products enter from their second period.
 * Fails with `no-overlap` when two adjacent periods share no product.
 * @example
 * ```ts
 * // A: 1, 2, 2; B: 2, 2, 3; C priced in period 3 only
 * const r = chainedSeries(panel, 'jevons'); // values [1, √2, √2 · √1.5 = √3]
 * ```
 */
export function chainedSeries(panel: PricePanel, formula: BilateralFormula): IndexResult<IndexSeries> {
  const nT = panel.periods.length;
  if (nT === 0) return indexFailure({ code: 'empty-panel' });
  const weighted = isWeightedFormula(formula);
  const logLinks = new Float64Array(nT - 1);
  for (let t = 1; t < nT; t++) {
    const r = comparison(panel, formula, t - 1, t, weighted);
    if (!r.ok) return r;
    logLinks[t - 1] = r.value.log;
  }
  return { ok: true, value: { periods: panel.periods, values: chainLogLinks(logLinks) } };
}

/**
 * One matched bilateral comparison between period positions a → b: the index
 * (`direct`) and its log. Fails with `no-overlap` (no common product),
 * `missing-quantity` (weighted) or `zero-value` (undefined weighted index).
 * @example
 * ```ts
 * const r = comparison(panel, 'jevons', 0, 1, isWeightedFormula('jevons'));
 * if (r.ok) r.value; // { direct: 1.4142…, log: 0.3466… }
 * ```
 */
export function comparison(
  panel: PricePanel,
  formula: BilateralFormula,
  a: number,
  b: number,
  weighted: boolean,
): IndexResult<{ direct: number; log: number }> {
  const from = panel.periods[a] as string;
  const to = panel.periods[b] as string;
  const m = matchPeriods(panel, a, b, weighted);
  if (!m.ok) return m;
  if (m.value.productIds.length === 0) return indexFailure({ code: 'no-overlap', from, to });
  const direct = bilateralIndex(formula, m.value);
  const log = bilateralLogIndex(formula, m.value);
  if (!Number.isFinite(log) || !(direct > 0)) return indexFailure({ code: 'zero-value', from, to });
  return { ok: true, value: { direct, log } };
}
