/**
 * A period × product panel built from observations, and the matched-model
 * selection of the products priced in two periods.
 */
import { naturalCompare } from './numeric.ts';
import type { IndexResult, MatchedPrices, PricePanel } from './types.ts';
import { indexFailure } from './types.ts';

/** One price observation (one CSV row, or one row of the observations table). */
export interface Observation {
  readonly period: string;
  readonly product: string;
  /** > 0 */
  readonly price: number;
  /** ≥ 0, or null when not collected */
  readonly quantity: number | null;
}

/**
 * How periods are ordered: `natural` sorts the labels with digit runs compared
 * as numbers ("2024-W9" < "2024-W10"); `appearance` keeps the order in which
 * each label first appears in the input.
 */
export type PeriodOrder = 'natural' | 'appearance';

/**
 * Builds the panel. Several observations of one product in one period (the
 * market collects twice a week) are combined into one price: the unit value
 * Σ p·q / Σ q with quantity Σ q when every one of them has a quantity and Σ q > 0,
 * otherwise the geometric mean of the prices (quantity Σ q if all are known,
 * else missing). Periods are ordered by `order`, products by first appearance;
 * returns the PricePanel (NaN = not priced).
 * @example
 * ```ts
 * const panel = buildPanel([
 *   { period: '2025-W2', product: 'A', price: 10, quantity: null },
 *   { period: '2025-W1', product: 'A', price: 8, quantity: null },
 *   { period: '2025-W1', product: 'B', price: 5, quantity: null },
 * ]);
 * panel.periods; // ['2025-W1', '2025-W2'] (natural order)
 * panel.prices; // Float64Array [8, 5, 10, NaN], quantities: null
 * ```
 */
export function buildPanel(observations: readonly Observation[], order: PeriodOrder = 'natural'): PricePanel {
  const periodIndex = new Map<string, number>();
  const productIndex = new Map<string, number>();
  const periodLabels: string[] = [];
  const productLabels: string[] = [];
  for (const o of observations) {
    if (!periodIndex.has(o.period)) {
      periodIndex.set(o.period, periodLabels.length);
      periodLabels.push(o.period);
    }
    if (!productIndex.has(o.product)) {
      productIndex.set(o.product, productLabels.length);
      productLabels.push(o.product);
    }
  }
  // final period order
  const periods = order === 'natural' ? [...periodLabels].sort(naturalCompare) : periodLabels;
  const rank = new Map<string, number>();
  periods.forEach((p, i) => rank.set(p, i));
  // products in order of first appearance (they only label the columns)
  const products = productLabels;
  const nP = periods.length;
  const nI = products.length;
  const cells = nP * nI;
  const count = new Uint32Array(cells);
  const logSum = new Float64Array(cells);
  const valueSum = new Float64Array(cells);
  const qtySum = new Float64Array(cells);
  const qtyMissing = new Uint8Array(cells);
  let anyQuantity = false;
  for (const o of observations) {
    const cell = (rank.get(o.period) as number) * nI + (productIndex.get(o.product) as number);
    count[cell] = (count[cell] as number) + 1;
    logSum[cell] = (logSum[cell] as number) + Math.log(o.price);
    if (o.quantity === null) qtyMissing[cell] = 1;
    else {
      anyQuantity = true;
      valueSum[cell] = (valueSum[cell] as number) + o.price * o.quantity;
      qtySum[cell] = (qtySum[cell] as number) + o.quantity;
    }
  }
  const prices = new Float64Array(cells).fill(Number.NaN);
  const quantities = anyQuantity ? new Float64Array(cells).fill(Number.NaN) : null;
  for (let c = 0; c < cells; c++) {
    const k = count[c] as number;
    if (k === 0) continue;
    const q = qtySum[c] as number;
    const allQ = qtyMissing[c] === 0;
    if (k > 1 && allQ && q > 0) prices[c] = (valueSum[c] as number) / q;
    else prices[c] = Math.exp((logSum[c] as number) / k);
    if (quantities && allQ) quantities[c] = q;
  }
  // a single observation keeps its price bit for bit
  for (const o of observations) {
    const cell = (rank.get(o.period) as number) * nI + (productIndex.get(o.product) as number);
    if (count[cell] === 1) prices[cell] = o.price;
  }
  return { periods, products, prices, quantities };
}

/** A matched comparison plus the panel columns (products) it used. */
export interface MatchedComparison extends MatchedPrices {
  readonly productIds: Int32Array;
}

/**
 * Matched models between periods `a` and `b`: the products priced in both.
 * When `weighted`, a matched product without a quantity in either period is a
 * `missing-quantity` problem. `a` and `b` are period positions in the panel;
 * returns the matched arrays (with `productIds`, the panel columns used) or a
 * failed IndexResult.
 * @example
 * ```ts
 * const m = matchPeriods(panel, 0, 1, false);
 * if (m.ok) jevons(m.value.p0, m.value.pt);
 * else console.error(m.error.message); // e.g. missing-quantity when weighted
 * ```
 */
export function matchPeriods(panel: PricePanel, a: number, b: number, weighted: boolean): IndexResult<MatchedComparison> {
  const nI = panel.products.length;
  const { prices, quantities } = panel;
  const ids: number[] = [];
  for (let i = 0; i < nI; i++) {
    if (!Number.isNaN(prices[a * nI + i] as number) && !Number.isNaN(prices[b * nI + i] as number)) ids.push(i);
  }
  const n = ids.length;
  const p0 = new Float64Array(n);
  const pt = new Float64Array(n);
  const q0 = weighted ? new Float64Array(n) : undefined;
  const qt = weighted ? new Float64Array(n) : undefined;
  for (let k = 0; k < n; k++) {
    const i = ids[k] as number;
    p0[k] = prices[a * nI + i] as number;
    pt[k] = prices[b * nI + i] as number;
    if (q0 && qt) {
      const x = quantities ? (quantities[a * nI + i] as number) : Number.NaN;
      const y = quantities ? (quantities[b * nI + i] as number) : Number.NaN;
      if (Number.isNaN(x) || Number.isNaN(y)) {
        const period = Number.isNaN(x) ? panel.periods[a] : panel.periods[b];
        return indexFailure({ code: 'missing-quantity', product: panel.products[i] as string, period: period as string });
      }
      q0[k] = x;
      qt[k] = y;
    }
  }
  return { ok: true, value: { p0, pt, q0, qt, productIds: Int32Array.from(ids) } };
}
