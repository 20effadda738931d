/**
 * The declaration split of market procurement export (mode 1039): a
 * consignment's lots into customs declarations of at most USD 150,000 each,
 * as few as practical, each with its lines (docs/export.md).
 */
import { readConsignment, type ExactConsignment } from './input.ts';
import { declarationOf, type Declaration } from './lines.ts';
import { DECLARATION_CAP_USD_MINOR, firstFitDecreasing, piecesOf } from './pack.ts';

/** Figures about a split beside its declarations (not part of the JSON output of the CLI and the API). */
export interface SplitSummary {
  lots: number;
  /** Lots worth more than the cap, cut by whole cartons over several declarations. */
  splitLots: number;
  /** Parts packed: one per lot, more for a cut lot. */
  pieces: number;
  totalUsdMinor: number;
  /** ceil(total / cap): no split can use fewer declarations. */
  lowerBound: number;
  declarations: number;
  capUsdMinor: number;
}

export interface DeclarationSplit {
  declarations: Declaration[];
  summary: SplitSummary;
}

/** The split of an already read consignment (see `splitDeclarations`). */
export function splitExact(c: ExactConsignment, cap = DECLARATION_CAP_USD_MINOR): DeclarationSplit {
  const pieces = piecesOf(c.lots, c.rates, cap);
  const declarations = firstFitDecreasing(pieces, cap).map(declarationOf);
  const totalUsdMinor = declarations.reduce((a, d) => a + d.totalUsdMinor, 0);
  const cut = new Set(pieces.filter((p) => p.part > 0).map((p) => p.lot.key));
  return {
    declarations,
    summary: {
      lots: c.lots.length,
      splitLots: cut.size,
      pieces: pieces.length,
      totalUsdMinor,
      lowerBound: Math.max(1, Math.ceil(totalUsdMinor / cap)),
      declarations: declarations.length,
      capUsdMinor: cap,
    },
  };
}

/**
 * Split a consignment `{date, rates: [{currency, perUsd}], lots: [...]}` into
 * declarations of at most USD 150,000.00. Pure: no database, no clock; the
 * same input (in any order of its lots) gives the same output.
 *
 * - each lot's US value is computed exactly and rounded half up to the cent, once;
 * - a lot worth more than the cap is cut by whole cartons (its figures
 *   apportioned by largest remainders), the rest packed first-fit decreasing;
 * - each declaration lists one line per HS code, or, with more than five, the
 *   five highest-value codes and one merged line per HS chapter of the rest.
 *
 * @throws AppError VALIDATION naming the lot and field of bad input; CARTON_OVER_CAP when one carton is worth more than the cap
 * @example
 * ```ts
 * const { declarations } = splitDeclarations({
 *   date: '2026-11-30',
 *   rates: [{ currency: 'CNY', perUsd: '7.1' }],
 *   lots: [{ id: 'L1', merchant: 'M-0001', goodsName: '毛绒玩具', hs: '9503002100', quantity: 1200, unit: 'pcs',
 *            cartons: 40, valueMinor: 8_520_000, currency: 'CNY', netKg: 310, grossKg: 352 }],
 * });
 * declarations[0].totalUsdMinor; // 1_200_000 (CNY 85,200.00 at 7.1 = USD 12,000.00)
 * ```
 */
export function splitDeclarations(input: unknown, cap = DECLARATION_CAP_USD_MINOR): DeclarationSplit {
  return splitExact(readConsignment(input), cap);
}
