/**
 * Shared types of the commodity-index formula library (义乌·中国小商品指数).
 *
 * Everything here is plain data: the library is pure computation, with no I/O
 * and no database. See docs/commodity-index.md for the method.
 */
import { AppError } from '../../../core/errors.ts';
import { err, type Result } from '../../../core/result.ts';

/** Bilateral price index formulas (CPI Manual 2004, ch. 15–20). */
export const BILATERAL_FORMULAS = ['laspeyres', 'paasche', 'fisher', 'tornqvist', 'walsh', 'jevons', 'dutot', 'carli'] as const;
export type BilateralFormula = (typeof BILATERAL_FORMULAS)[number];

/** Multilateral (GEKS) formulas, Ivancic, Diewert & Fox (2011). */
export const MULTILATERAL_FORMULAS = ['geks-fisher', 'geks-tornqvist'] as const;
export type MultilateralFormula = (typeof MULTILATERAL_FORMULAS)[number];

export const INDEX_FORMULAS = [...BILATERAL_FORMULAS, ...MULTILATERAL_FORMULAS] as const;
export type IndexFormula = BilateralFormula | MultilateralFormula;

/** Formulas that need quantities (expenditure weights). */
export const WEIGHTED_FORMULAS: ReadonlySet<IndexFormula> = new Set<IndexFormula>([
  'laspeyres',
  'paasche',
  'fisher',
  'tornqvist',
  'walsh',
  'geks-fisher',
  'geks-tornqvist',
]);

/**
 * Whether `name` is one of `INDEX_FORMULAS` (narrows the type).
 * @example
 * ```ts
 * if (!isIndexFormula(arg)) throw new AppError('VALIDATION', `unknown formula ${arg}`);
 * ```
 */
export function isIndexFormula(name: string): name is IndexFormula {
  return (INDEX_FORMULAS as readonly string[]).includes(name);
}

/**
 * Whether `name` is a bilateral formula (every formula but the GEKS ones).
 * @example
 * ```ts
 * isBilateralFormula('fisher'); // true; isBilateralFormula('geks-fisher') → false
 * ```
 */
export function isBilateralFormula(name: string): name is BilateralFormula {
  return (BILATERAL_FORMULAS as readonly string[]).includes(name);
}

/**
 * Whether a formula needs quantities (weights), e.g. Laspeyres, Fisher, Törnqvist; Jevons and Dutot do not.
 * @example
 * ```ts
 * if (isWeightedFormula(formula) && !hasQuantities) console.warn(`${formula} needs quantities`);
 * ```
 */
export function isWeightedFormula(formula: IndexFormula): boolean {
  return WEIGHTED_FORMULAS.has(formula);
}

/**
 * Prices (and quantities) of the products of one comparison, matched: element
 * i of every array belongs to the same product. `q0`/`qt` are needed by the
 * weighted formulas only.
 */
export interface MatchedPrices {
  readonly p0: ArrayLike<number>;
  readonly pt: ArrayLike<number>;
  readonly q0?: ArrayLike<number> | undefined;
  readonly qt?: ArrayLike<number> | undefined;
}

/**
 * A dense period × product panel. Cell (t, i) lives at `t * products.length + i`;
 * NaN marks "not priced in that period". `quantities` is null when the input had
 * no quantities at all.
 */
export interface PricePanel {
  readonly periods: readonly string[];
  readonly products: readonly string[];
  readonly prices: Float64Array;
  readonly quantities: Float64Array | null;
}

/** An index series: one value per period of the panel, first period = 1. */
export interface IndexSeries {
  readonly periods: readonly string[];
  readonly values: Float64Array;
}

/** Why a series could not be computed (an expected outcome, returned in a failed Result, not thrown). */
export type IndexProblem =
  | {
      readonly code: 'product-not-in-base';
      readonly product: string;
      readonly period: string;
      readonly basePeriod: string;
    }
  | { readonly code: 'no-overlap'; readonly from: string; readonly to: string }
  | { readonly code: 'missing-quantity'; readonly product: string; readonly period: string }
  | { readonly code: 'zero-value'; readonly from: string; readonly to: string }
  | { readonly code: 'empty-panel' }
  | { readonly code: 'bad-option'; readonly message: string };

/** A formula's result: the value, or an AppError made by `indexFailure` (details.problem is the IndexProblem). */
export type IndexResult<T> = Result<T>;

/**
 * A problem as the failure of an IndexResult: an AppError INDEX_UNDEFINED (a
 * bad option: VALIDATION) with the text of describeProblem and the problem in
 * details.problem. Returns `{ ok: false, error }`, assignable to any IndexResult.
 * @example
 * ```ts
 * if (panel.periods.length === 0) return indexFailure({ code: 'empty-panel' });
 * indexFailure({ code: 'bad-option', message: 'the window must be ≥ 2' }).error.code; // 'VALIDATION'
 * ```
 */
export function indexFailure(problem: IndexProblem): { readonly ok: false; readonly error: AppError } {
  return err(new AppError(problem.code === 'bad-option' ? 'VALIDATION' : 'INDEX_UNDEFINED', describeProblem(problem), { problem }));
}

/**
 * The IndexProblem of a failed formula result, read from `error.details.problem`
 * (undefined for any other AppError), so a caller can branch on `problem.code`.
 * @example
 * ```ts
 * const r = fixedBaseSeries(panel, 'jevons');
 * if (!r.ok && problemOf(r.error)?.code === 'product-not-in-base') {
 *   // retry chained, or with newProducts: 'exclude'
 * }
 * ```
 */
export function problemOf(e: AppError): IndexProblem | undefined {
  return (e.details as { problem?: IndexProblem } | undefined)?.problem;
}

/**
 * Human-readable text for a problem, with the fix where there is one (the
 * message of the AppError that indexFailure builds).
 * @example
 * ```ts
 * describeProblem({ code: 'no-overlap', from: 'W1', to: 'W2' });
 * // 'periods "W1" and "W2" have no product in common (matched models), …'
 * ```
 */
export function describeProblem(problem: IndexProblem): string {
  switch (problem.code) {
    case 'product-not-in-base':
      return (
        `product "${problem.product}" is priced in period "${problem.period}" but not in the base period ` +
        `"${problem.basePeriod}", so a fixed-base comparison cannot price it. Use --chained (links between ` +
        `adjacent periods, matched per link), a multilateral method (--formula geks-fisher or geks-tornqvist), ` +
        `or --exclude-new to leave products that are absent in the base period out.`
      );
    case 'no-overlap':
      return `periods "${problem.from}" and "${problem.to}" have no product in common (matched models), so they cannot be compared; check the data or use a shorter --window.`;
    case 'missing-quantity':
      return `product "${problem.product}" in period "${problem.period}" has no quantity, but the formula is weighted; give quantities or use jevons, dutot or carli.`;
    case 'zero-value':
      return `the matched products of periods "${problem.from}" and "${problem.to}" have zero expenditure (all quantities 0), so the weighted index is undefined.`;
    case 'empty-panel':
      return 'the input has no observations.';
    case 'bad-option':
      return problem.message;
  }
}
