/**
 * Market procurement export (mode 1039, BRIEF.md §5; docs/export.md). Public
 * face of the module.
 *
 * Declarations (pure, no database): a consignment's lots into customs
 * declarations of at most USD 150,000 each, as few as practical, one line per
 * HS code or, with more than five codes, the five highest-value codes and one
 * merged line per HS chapter of the rest.
 *
 * ```ts
 * import { splitDeclarations } from '../modules/export/index.ts';
 * const { declarations, summary } = splitDeclarations({ date, rates, lots });
 * ```
 */
export {
  splitDeclarations,
  splitExact,
  type DeclarationSplit,
  type SplitSummary,
} from './declarations/split.ts';
export {
  ConsignmentInput,
  DeclarationLot,
  PerUsdRate,
  readConsignment,
  MAX_LOTS,
  type DeclarationLotInput,
  type ExactConsignment,
  type ExactLot,
  type ExactRate,
} from './declarations/input.ts';
export { DECLARATION_CAP_USD_MINOR, MAX_DECLARATIONS, lotUsdMinor } from './declarations/pack.ts';
export {
  MAX_KINDS_LINE_BY_LINE,
  MIXED_UNITS_UNIT,
  MIXED_CURRENCIES_CURRENCY,
  type Declaration,
  type DeclarationLine,
  type LineLot,
} from './declarations/lines.ts';
