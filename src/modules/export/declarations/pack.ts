/**
 * Lots into declarations of at most the cap: each lot's value in US cents
 * (exact, rounded half up once per lot), a lot worth more than the cap cut
 * into pieces of whole cartons, then first-fit decreasing over the pieces.
 */
import { AppError } from '../../../core/errors.ts';
import { exponentOf } from '../../../core/money.ts';
import { apportion, divRoundHalfUp } from './exact.ts';
import type { ExactLot, ExactRate } from './input.ts';

/** The most one declaration may be worth: USD 150,000.00, in cents (BRIEF.md §5, item 5). */
export const DECLARATION_CAP_USD_MINOR = 15_000_000;
/** The most declarations one split may produce (a guard against a lot of millions of cartons worth billions). */
export const MAX_DECLARATIONS = 50_000;
/** The largest value of one lot in US cents (USD 100 billion): keeps every sum a safe integer. */
const MAX_LOT_USD_MINOR = 10_000_000_000_000n;

/** Part of a lot on one declaration: whole cartons, with the lot's figures apportioned to them. */
export interface Piece {
  lot: ExactLot;
  /** 0 for a whole lot; 0, 1, … for the pieces of a lot cut at the cap. */
  part: number;
  cartons: number;
  usdMinor: number;
  valueMinor: number;
  quantityMilli: number;
  netG: number;
  grossG: number;
}

/**
 * A lot's value in US cents: valueMinor / 10^e(currency) / perUsd × 100, computed
 * exactly with BigInt (perUsd = units / scale) and rounded half up once.
 * @example
 * ```ts
 * lotUsdMinor({ valueMinor: 71_000, currency: 'CNY' } as ExactLot, { units: 71n, scale: 10n }); // 10_000 (CNY 710.00 at 7.1 = USD 100.00)
 * ```
 */
export function lotUsdMinor(lot: Pick<ExactLot, 'valueMinor' | 'currency'>, rate: ExactRate): bigint {
  const num = BigInt(lot.valueMinor) * rate.scale * 10n ** BigInt(exponentOf('USD'));
  const den = rate.units * 10n ** BigInt(exponentOf(lot.currency));
  return divRoundHalfUp(num, den);
}

/**
 * Every lot as pieces worth at most `cap`. A lot within the cap is one piece.
 * A lot over it is cut into pieces of k cartons, k = floor(cap × cartons / usd)
 * (the most cartons whose share of the value stays within the cap), and one
 * piece of the cartons left; value, US cents, quantity, net and gross weight
 * are apportioned by cartons with largest remainders, so the pieces sum to the
 * lot exactly and each is at most the ceiling of its exact share (≤ cap).
 * @throws AppError CARTON_OVER_CAP when one carton of a lot is worth more than the cap (every such lot in details.issues);
 *   VALIDATION when a lot's value is absurd or the pieces would pass MAX_DECLARATIONS.
 */
export function piecesOf(lots: readonly ExactLot[], rates: ReadonlyMap<string, ExactRate>, cap = DECLARATION_CAP_USD_MINOR): Piece[] {
  const usd = lots.map((l) => lotUsdMinor(l, rates.get(l.currency)!));
  const big = lots.findIndex((_, i) => usd[i]! > MAX_LOT_USD_MINOR);
  if (big >= 0) {
    const l = lots[big]!;
    throw new AppError(
      'VALIDATION',
      `lot ${JSON.stringify(l.id)} (lots[${l.index}]) valueMinor: worth more than USD 100 billion; check the amount and currency`,
    );
  }
  const capN = BigInt(cap);
  const over: { path: string; message: string }[] = [];
  let count = 0;
  const perPiece = lots.map((l, i) => {
    const v = usd[i]!;
    if (v <= capN) {
      count++;
      return l.cartons;
    }
    const k = Number((capN * BigInt(l.cartons)) / v);
    if (k === 0) {
      const carton = Number(v) / l.cartons / 100;
      over.push({
        path: `lot ${JSON.stringify(l.id)} (lots[${l.index}]) cartons`,
        message: `one carton is worth about USD ${carton.toFixed(2)}, more than one declaration may carry (USD ${(cap / 100).toFixed(2)}); a lot is split by whole cartons only`,
      });
      return 0;
    }
    count += Math.ceil(l.cartons / k);
    return k;
  });
  if (over.length > 0) {
    const first = over[0]!;
    throw new AppError('CARTON_OVER_CAP', `${first.path}: ${first.message}`, { capUsdMinor: cap, issues: over.slice(0, 50) });
  }
  if (count > MAX_DECLARATIONS)
    throw new AppError(
      'VALIDATION',
      `these lots would be cut into more than ${MAX_DECLARATIONS} parts, each about a declaration of its own; check the values or split the consignment`,
    );
  const pieces: Piece[] = [];
  lots.forEach((lot, i) => {
    const k = perPiece[i]!;
    if (k >= lot.cartons) {
      pieces.push({
        lot,
        part: 0,
        cartons: lot.cartons,
        usdMinor: Number(usd[i]!),
        valueMinor: lot.valueMinor,
        quantityMilli: lot.quantityMilli,
        netG: lot.netG,
        grossG: lot.grossG,
      });
      return;
    }
    const sizes: number[] = [];
    for (let left = lot.cartons; left > 0; left -= k) sizes.push(Math.min(k, left));
    const share = (total: number) => apportion(total, sizes);
    const [u, v, q, n, g] = [share(Number(usd[i]!)), share(lot.valueMinor), share(lot.quantityMilli), share(lot.netG), share(lot.grossG)];
    sizes.forEach((cartons, part) =>
      pieces.push({ lot, part, cartons, usdMinor: u[part]!, valueMinor: v[part]!, quantityMilli: q[part]!, netG: n[part]!, grossG: g[part]! }),
    );
  });
  return pieces;
}

/** The order pieces are packed in: US value descending, then lot id (code-unit order), then part. */
export function packingOrder(a: Piece, b: Piece): number {
  if (a.usdMinor !== b.usdMinor) return b.usdMinor - a.usdMinor;
  if (a.lot.key !== b.lot.key) return a.lot.key < b.lot.key ? -1 : 1;
  return a.part - b.part;
}

/**
 * First-fit decreasing: pieces in `packingOrder`, each into the first
 * declaration (in the order they were opened) with room for it, or a new one.
 * The first declaration with room is found in O(log n) with a max-tree over the
 * room left in each (unopened declarations have the whole cap), so 20,000
 * pieces pack in milliseconds. Returns the pieces of each declaration.
 */
export function firstFitDecreasing(pieces: readonly Piece[], cap = DECLARATION_CAP_USD_MINOR): Piece[][] {
  const sorted = [...pieces].sort(packingOrder);
  let size = 1;
  while (size < Math.max(1, sorted.length)) size *= 2;
  const room = new Array<number>(2 * size).fill(cap);
  const bins: Piece[][] = [];
  for (const p of sorted) {
    let node = 1;
    while (node < size) node = room[2 * node]! >= p.usdMinor ? 2 * node : 2 * node + 1;
    const bin = node - size;
    (bins[bin] ??= []).push(p);
    room[node] = room[node]! - p.usdMinor;
    for (node >>= 1; node >= 1; node >>= 1) room[node] = Math.max(room[2 * node]!, room[2 * node + 1]!);
  }
  return bins;
}
