/**
 * The purchase list's arithmetic (pure): which tier applies, line totals,
 * grouping by merchant, what is missing (MOQ, stock, a merchant's minimum
 * order value), and the split of each merchant order into deposit and balance.
 *
 * Money is integer minor units of the merchant's currency. Every product of
 * one merchant order is priced in one currency: a merchant that lists goods in
 * two currencies gets one order per currency. Products that multiply into an
 * amount beyond a safe integer are refused (AMOUNT_TOO_LARGE), never rounded.
 */

/** One tier of a product's price list: from `minQty` units on, `unitPrice` minor units each. */
export interface PriceTier {
  readonly minQty: number;
  readonly unitPrice: number;
}

/** A purchase-list line as the list sees it: the product's terms now, and the quantity wanted. */
export interface ListLine {
  readonly productId: number;
  readonly merchantId: number;
  readonly currency: string;
  readonly unit: string;
  readonly moq: number;
  /** Ascending by minQty (the catalogue keeps them so). */
  readonly tiers: readonly PriceTier[];
  /** Units available now. */
  readonly stock: number;
  readonly qty: number;
}

/** A merchant's trade terms. */
export interface MerchantTerms {
  readonly merchantId: number;
  /** Deposit share of an order in basis points (3000 = 30 %), 0..10000. */
  readonly depositBp: number;
  /** Minimum value of one order, in minor units of the order's currency; 0 for none. */
  readonly minOrderValue: number;
}

/** What stops a line or an order from being checked out, as a code with its parameters (the UI words it). */
export type Shortfall =
  | { readonly code: 'BELOW_MOQ'; readonly productId: number; readonly moq: number; readonly qty: number; readonly missing: number }
  | { readonly code: 'OVER_STOCK'; readonly productId: number; readonly stock: number; readonly qty: number; readonly excess: number }
  | { readonly code: 'AMOUNT_TOO_LARGE'; readonly productId: number }
  | {
      readonly code: 'BELOW_MIN_ORDER_VALUE';
      readonly merchantId: number;
      readonly currency: string;
      readonly minOrderValue: number;
      readonly total: number;
      readonly missing: number;
    };

export interface PricedLine extends ListLine {
  /** The tier that applies to qty (index into tiers), or -1 when qty is below every tier. */
  readonly tierIndex: number;
  readonly unitPrice: number;
  readonly lineTotal: number;
  /** The next tier up, if any: how many more units would lower the unit price, and to what. */
  readonly nextTier: { readonly moreQty: number; readonly unitPrice: number } | null;
}

export interface MerchantOrderDraft {
  readonly merchantId: number;
  readonly currency: string;
  readonly lines: readonly PricedLine[];
  readonly total: number;
  readonly deposit: number;
  readonly balance: number;
  readonly depositBp: number;
}

export interface PurchaseDraft {
  readonly orders: readonly MerchantOrderDraft[];
  /** Sum of the orders' totals per currency. */
  readonly totals: Readonly<Record<string, number>>;
  readonly shortfalls: readonly Shortfall[];
  /** True when nothing is missing: checkout may go ahead. */
  readonly ready: boolean;
}

/**
 * The tier that applies to `qty`: the last tier whose minQty ≤ qty; -1 when none.
 * @example
 * ```ts
 * tierIndexFor([{ minQty: 100, unitPrice: 250 }, { minQty: 1000, unitPrice: 200 }], 500); // 0
 * ```
 */
export function tierIndexFor(tiers: readonly PriceTier[], qty: number): number {
  let at = -1;
  for (let i = 0; i < tiers.length; i++) if (tiers[i]!.minQty <= qty) at = i;
  return at;
}

/**
 * Deposit of `total` at `depositBp` basis points, rounded half up to a whole minor unit;
 * the balance is the rest, so deposit + balance = total exactly.
 * @example
 * ```ts
 * splitDeposit(1001, 3000); // { deposit: 300, balance: 701 }  (300.3 → 300)
 * ```
 */
export function splitDeposit(total: number, depositBp: number): { deposit: number; balance: number } {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total must be a non-negative safe integer, got ${total}`);
  if (!Number.isInteger(depositBp) || depositBp < 0 || depositBp > 10_000) throw new RangeError(`depositBp must be 0..10000, got ${depositBp}`);
  const deposit = Number((BigInt(total) * BigInt(depositBp) * 2n + 10_000n) / 20_000n);
  return { deposit, balance: total - deposit };
}

/** Price one line: its tier, unit price and total (no tier → the first tier's price, with a BELOW_MOQ shortfall elsewhere). */
export function priceLine(line: ListLine): PricedLine | null {
  if (line.tiers.length === 0) return null;
  const tierIndex = tierIndexFor(line.tiers, line.qty);
  const unitPrice = line.tiers[Math.max(0, tierIndex)]!.unitPrice;
  const lineTotal = unitPrice * line.qty;
  if (!Number.isSafeInteger(lineTotal)) return null;
  const next = line.tiers[tierIndex + 1];
  return { ...line, tierIndex, unitPrice, lineTotal, nextTier: next ? { moreQty: next.minQty - line.qty, unitPrice: next.unitPrice } : null };
}

/**
 * Evaluate a purchase list: price every line at the tier its quantity reaches, group the
 * lines into one order per merchant and currency (in order of first appearance), add
 * each order's deposit and balance, and list every shortfall (each once).
 * @example
 * ```ts
 * const d = evaluateList(lines, new Map([[7, { merchantId: 7, depositBp: 3000, minOrderValue: 0 }]]));
 * d.ready; // false when a line is below its MOQ, over stock, or an order below its merchant's minimum
 * ```
 */
export function evaluateList(lines: readonly ListLine[], terms: ReadonlyMap<number, MerchantTerms>): PurchaseDraft {
  const shortfalls: Shortfall[] = [];
  const groups = new Map<string, { merchantId: number; currency: string; lines: PricedLine[] }>();
  for (const line of lines) {
    if (line.qty < line.moq) shortfalls.push({ code: 'BELOW_MOQ', productId: line.productId, moq: line.moq, qty: line.qty, missing: line.moq - line.qty });
    if (line.qty > line.stock)
      shortfalls.push({ code: 'OVER_STOCK', productId: line.productId, stock: line.stock, qty: line.qty, excess: line.qty - line.stock });
    const priced = priceLine(line);
    if (!priced) {
      shortfalls.push({ code: 'AMOUNT_TOO_LARGE', productId: line.productId });
      continue;
    }
    const key = `${line.merchantId}:${line.currency}`;
    let g = groups.get(key);
    if (!g) {
      g = { merchantId: line.merchantId, currency: line.currency, lines: [] };
      groups.set(key, g);
    }
    g.lines.push(priced);
  }
  const orders: MerchantOrderDraft[] = [];
  const totals: Record<string, number> = {};
  for (const g of groups.values()) {
    let total = 0;
    for (const l of g.lines) total += l.lineTotal;
    if (!Number.isSafeInteger(total)) {
      for (const l of g.lines) shortfalls.push({ code: 'AMOUNT_TOO_LARGE', productId: l.productId });
      continue;
    }
    const t = terms.get(g.merchantId) ?? { merchantId: g.merchantId, depositBp: 3000, minOrderValue: 0 };
    if (t.minOrderValue > 0 && total < t.minOrderValue)
      shortfalls.push({
        code: 'BELOW_MIN_ORDER_VALUE',
        merchantId: g.merchantId,
        currency: g.currency,
        minOrderValue: t.minOrderValue,
        total,
        missing: t.minOrderValue - total,
      });
    const { deposit, balance } = splitDeposit(total, t.depositBp);
    orders.push({ merchantId: g.merchantId, currency: g.currency, lines: g.lines, total, deposit, balance, depositBp: t.depositBp });
    totals[g.currency] = (totals[g.currency] ?? 0) + total;
  }
  return { orders, totals, shortfalls, ready: shortfalls.length === 0 && orders.length > 0 };
}
