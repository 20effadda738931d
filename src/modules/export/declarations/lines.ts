/**
 * The lines of one declaration: one line per kind of goods (10-digit HS code)
 * when it has at most five kinds; otherwise the five highest-value kinds line by
 * line and the rest merged by HS chapter (BRIEF.md §5, item 5).
 */
import type { Piece } from './pack.ts';

/** Kinds declared line by line before the rest is merged by chapter. */
export const MAX_KINDS_LINE_BY_LINE = 5;
/** The unit of a line whose lots count in different units: the quantity is then the net weight. */
export const MIXED_UNITS_UNIT = 'kg';
/** The currency of a line whose lots are priced in different currencies: the value is then the US value. */
export const MIXED_CURRENCIES_CURRENCY = 'USD';

/** A lot's cartons on a line. */
export interface LineLot {
  id: string | number;
  cartons: number;
}

/** One line of a declaration. */
export interface DeclarationLine {
  /** The kind's 10-digit HS code; for a merged line, the code of its chapter's highest-value merged kind. */
  hs: string;
  goodsName: string;
  /** Summed quantity in `unit`. */
  quantity: number;
  unit: string;
  cartons: number;
  /** Summed value in minor units of `currency`. */
  valueMinor: number;
  currency: string;
  /** The line's value in US cents (what counts toward the cap and ranks the kinds). */
  usdMinor: number;
  netKg: number;
  grossKg: number;
  /** True for a chapter line of a simplified declaration (more than five kinds), even when the chapter has one merged kind. */
  merged: boolean;
  lots: LineLot[];
}

/** One declaration: at most the cap in US cents. */
export interface Declaration {
  totalUsdMinor: number;
  lines: DeclarationLine[];
}

const byKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

interface Kind {
  hs: string;
  usdMinor: number;
  pieces: Piece[];
}

/** Kinds by US value descending, then HS code ascending. */
const kindOrder = (a: Kind, b: Kind): number => b.usdMinor - a.usdMinor || (a.hs < b.hs ? -1 : a.hs > b.hs ? 1 : 0);

/** The goods name of a set of pieces: that of the highest-value piece, then the lowest lot id. */
function nameOf(pieces: readonly Piece[]): string {
  let best = pieces[0]!;
  for (const p of pieces) if (p.usdMinor > best.usdMinor || (p.usdMinor === best.usdMinor && p.lot.key < best.lot.key)) best = p;
  return best.lot.goodsName;
}

const sum = (pieces: readonly Piece[], f: (p: Piece) => number): number => pieces.reduce((a, p) => a + f(p), 0);

/** A line over `pieces`, declared under `hs` with `goodsName`. */
function lineOf(hs: string, goodsName: string, pieces: readonly Piece[], merged: boolean): DeclarationLine {
  const units = new Set(pieces.map((p) => p.lot.unit));
  const currencies = new Set(pieces.map((p) => p.lot.currency));
  const oneUnit = units.size === 1;
  const oneCurrency = currencies.size === 1;
  const lots = new Map<string, LineLot & { key: string }>();
  for (const p of pieces) {
    const l = lots.get(p.lot.key);
    if (l) l.cartons += p.cartons;
    else lots.set(p.lot.key, { key: p.lot.key, id: p.lot.id, cartons: p.cartons });
  }
  const usdMinor = sum(pieces, (p) => p.usdMinor);
  return {
    hs,
    goodsName,
    quantity: (oneUnit ? sum(pieces, (p) => p.quantityMilli) : sum(pieces, (p) => p.netG)) / 1000,
    unit: oneUnit ? pieces[0]!.lot.unit : MIXED_UNITS_UNIT,
    cartons: sum(pieces, (p) => p.cartons),
    valueMinor: oneCurrency ? sum(pieces, (p) => p.valueMinor) : usdMinor,
    currency: oneCurrency ? pieces[0]!.lot.currency : MIXED_CURRENCIES_CURRENCY,
    usdMinor,
    netKg: sum(pieces, (p) => p.netG) / 1000,
    grossKg: sum(pieces, (p) => p.grossG) / 1000,
    merged,
    lots: [...lots.values()].sort(byKey).map(({ id, cartons }) => ({ id, cartons })),
  };
}

/**
 * The declaration over `pieces`. Kinds rank by US value (ties: HS code
 * ascending). With at most five kinds, one line per kind in that order. With
 * more, the top five line by line, then one merged line per HS chapter of the
 * others, chapters ascending, each under the code and goods name of its
 * chapter's highest-value merged kind.
 */
export function declarationOf(pieces: readonly Piece[]): Declaration {
  const kinds = new Map<string, Kind>();
  for (const p of pieces) {
    const k = kinds.get(p.lot.hs);
    if (k) {
      k.usdMinor += p.usdMinor;
      k.pieces.push(p);
    } else kinds.set(p.lot.hs, { hs: p.lot.hs, usdMinor: p.usdMinor, pieces: [p] });
  }
  const ranked = [...kinds.values()].sort(kindOrder);
  const simplified = ranked.length > MAX_KINDS_LINE_BY_LINE;
  const single = simplified ? ranked.slice(0, MAX_KINDS_LINE_BY_LINE) : ranked;
  const lines = single.map((k) => lineOf(k.hs, nameOf(k.pieces), k.pieces, false));
  if (simplified) {
    const chapters = new Map<string, Kind[]>();
    for (const k of ranked.slice(MAX_KINDS_LINE_BY_LINE)) {
      const c = k.hs.slice(0, 2);
      const list = chapters.get(c);
      if (list) list.push(k);
      else chapters.set(c, [k]);
    }
    for (const c of [...chapters.keys()].sort()) {
      const merged = chapters.get(c)!; // already in rank order: the first is the chapter's highest-value kind
      const head = merged[0]!;
      lines.push(
        lineOf(
          head.hs,
          nameOf(head.pieces),
          merged.flatMap((k) => k.pieces),
          true,
        ),
      );
    }
  }
  return { totalUsdMinor: sum(pieces, (p) => p.usdMinor), lines };
}
