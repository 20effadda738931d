/**
 * One entry point for a whole series: any formula, fixed base, chained or
 * multilateral. This is what the CLI (`yiwu index compute`) calls.
 */
import { bilateralSeries } from './chaining.ts';
import { geksSeries, type SpliceMethod } from './geks.ts';
import type { IndexFormula, IndexResult, IndexSeries, PricePanel } from './types.ts';
import { indexFailure, isBilateralFormula } from './types.ts';

export interface SeriesOptions {
  readonly formula: IndexFormula;
  /** Bilateral formulas: chain period-to-period links. */
  readonly chained?: boolean;
  /** Bilateral fixed base: 'exclude' leaves out products absent in the base period. Default 'error'. */
  readonly newProducts?: 'error' | 'exclude';
  /** GEKS: window length (default all periods). */
  readonly window?: number;
  /** GEKS: splice for rolling windows (default mean). */
  readonly splice?: SpliceMethod;
}

/**
 * A whole index series of a price panel by any formula (the entry point above).
 * Never throws for bad data: a series that cannot be computed is an
 * `{ ok: false, error }` result (`VALIDATION` for a bad option,
 * `INDEX_UNDEFINED` for data that define no index, e.g. a missing base price).
 * @example
 * ```ts
 * const panel = buildPanel([
 *   { period: '2025-W01', product: 'A', price: 100, quantity: null },
 *   { period: '2025-W02', product: 'A', price: 110, quantity: null },
 * ]);
 * const r = computeSeries(panel, { formula: 'jevons', chained: true });
 * if (r.ok) console.log(r.value);
 * ```
 */
export function computeSeries(panel: PricePanel, options: SeriesOptions): IndexResult<IndexSeries> {
  const { formula } = options;
  if (isBilateralFormula(formula)) {
    if (options.window !== undefined || options.splice !== undefined)
      return indexFailure({ code: 'bad-option', message: `--window and --splice apply to geks-fisher and geks-tornqvist only, not to ${formula}` });
    return bilateralSeries(panel, formula, {
      chained: options.chained ?? false,
      newProducts: options.newProducts ?? 'error',
    });
  }
  if (options.chained)
    return indexFailure({ code: 'bad-option', message: `--chained applies to bilateral formulas; ${formula} is multilateral (transitive within its window)` });
  return geksSeries(panel, {
    base: formula === 'geks-fisher' ? 'fisher' : 'tornqvist',
    window: options.window,
    splice: options.splice,
  });
}
