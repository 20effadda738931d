/**
 * Checkout: a purchase list becomes one purchase (the buyer's view) split
 * into one order per merchant and currency (each merchant's view), with stock
 * reserved, in one transaction. An idempotency key makes a retried request
 * return the purchase the first one made; the same key with other lines is
 * refused (IDEMPOTENCY_MISMATCH).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import type { Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { type ProductTerms, type ProductTermsRow, termsFromRow } from '../catalog/index.ts';
import { evaluateList, type MerchantTerms } from './pricing.ts';
import { buyerOf, listLines, type ListView } from './purchase-list.ts';
import { tradeDb } from './tables.ts';
import { type PlaceRow, placeCheckout } from './checkout-batch.ts';
import { getPurchase, type OrderRow, type PurchaseView, toView } from './orders.ts';

export const CheckoutInput = z.strictObject({
  /** The lines to order; omitted = the whole purchase list. */
  lines: z
    .array(z.strictObject({ productId: z.number().int().positive(), qty: z.number().int().min(1).max(100_000_000) }))
    .min(1)
    .max(200)
    .optional(),
});

export const IdempotencyKey = z.string().regex(/^[A-Za-z0-9._:-]{8,100}$/, 'an Idempotency-Key is 8–100 letters, digits or . _ : -');

/**
 * Check out. Returns the purchase and whether this call created it (false: a retry).
 *
 * One round trip on the way that succeeds when this process read the products' terms lately (two
 * otherwise): the lines are priced here from the terms (each product's order terms with its
 * merchant's trade terms, kept per database for a minute after each read), then one call of
 * `trade_checkout_place` (migration 025; checkouts that arrive while others are being written share
 * one statement and commit, `trade_checkout_batch`, see checkout-batch.ts) inserts the purchase (its idempotency key `on conflict do
 * nothing`: when the key was used nothing else is touched), takes the stock product by product in
 * id order where it covers the quantity (one UPDATE each, which locks the row until commit and
 * returns its terms), checks that the terms priced with are still the terms (else it raises `stale`:
 * the terms are read afresh and the lines priced again), raises `short` when a product's stock did
 * not cover its quantity, and inserts the orders, their lines and first events, and clears the list
 * lines ordered. A statement is atomic on its own, so a raise undoes everything it wrote. When it
 * wrote nothing without a raise, the key is looked up: a retry returns the purchase the key made (or
 * IDEMPOTENCY_MISMATCH). Stock short answers OUT_OF_STOCK naming the products, with what was left
 * for sale when they were taken. A refusal (MOQ, minimum order value, hidden product, stock) is only
 * ever made from terms that hold when the stock is taken or were read in this call.
 * @example
 * ```ts
 * const { purchase } = await checkout(db, buyer, 'c0ffee-2026-11-30-1', {});
 * purchase.orders.length; // one per merchant (and currency)
 * ```
 */
export async function checkout(db: Kysely<DB>, actor: Actor, key: string, raw: unknown): Promise<{ purchase: PurchaseView; created: boolean }> {
  const buyer = buyerOf(actor);
  const idemKey = parseInput(IdempotencyKey, key);
  const input = parseInput(CheckoutInput, raw ?? {});
  const fromList = input.lines === undefined;
  const requested = fromList
    ? (await tradeDb(db).selectFrom('list_lines').select(['product_id', 'qty']).where('buyer_id', '=', buyer).orderBy('product_id').execute()).map((l) => ({
        productId: l.product_id,
        qty: l.qty,
      }))
    : mergeLines(input.lines!);
  // "Check out my list" is one intent whatever the list holds when it is retried (the first call empties it).
  const hash = createHash('sha256')
    .update(fromList ? 'purchase-list' : JSON.stringify([...requested].sort((a, b) => a.productId - b.productId)))
    .digest('hex');
  try {
    if (requested.length === 0) throw new AppError('LIST_NOT_READY', 'the purchase list is empty', { shortfalls: [] });
    const ids = [...new Set(requested.map((r) => r.productId))].sort((a, b) => a - b);
    // Terms read lately price the lines when they make a list that can be ordered; anything else is decided on terms read now.
    let terms = cachedTerms(db, ids);
    let view = terms ? evaluateWith(requested, terms, true) : null;
    if (!terms || !view?.ready || view.unavailable.length > 0) {
      terms = await readTerms(db, ids);
      view = priced(requested, terms);
    }
    for (let attempt = 1; ; attempt++) {
      const made = await writePurchase(db, actor, buyer, idemKey, hash, fromList, requested, view, terms);
      if (made.purchase) return { purchase: made.purchase, created: true };
      if (!made.stale) {
        // Nothing written: stock ran short between the read and the write (what was left then is named), or the key was used.
        if (made.short.length > 0) throw outOfStock(made.short);
        const prev = await previousPurchase(db, actor, buyer, idemKey, hash);
        if (prev) return { purchase: prev, created: false };
        throw new AppError('CONFLICT', 'the purchase could not be made; try again');
      }
      // The terms changed since they were read: price again with the terms as they are now.
      if (attempt >= 3) throw new AppError('CONFLICT', 'the prices or terms of these products kept changing during checkout; try again');
      terms = await readTerms(db, ids);
      view = priced(requested, terms);
    }
  } catch (e) {
    // A retry whose first call emptied the list or took the last units answers with that purchase.
    if (e instanceof AppError && (e.code === 'LIST_NOT_READY' || e.code === 'OUT_OF_STOCK')) {
      const prev = await previousPurchase(db, actor, buyer, idemKey, hash);
      if (prev) return { purchase: prev, created: false };
    }
    throw e;
  }
}

/** An order as the function returns it (JSON: timestamps as text). */
type OrderJson = OrderRow & { created_at: string; updated_at: string };
type Wanted = readonly { productId: number; qty: number }[];
type StockSeen = { productId: number; wanted: number; available: number }[];
/** A row of `trade_checkout_terms` (trade migration 012): a product's order terms with its merchant's trade terms (null: the defaults). */
type TermsRow = ProductTermsRow & { deposit_bp: number | null; min_order_value: number | null };

/** How long terms read for one checkout may price the next ones (the write checks them anyway), and how many are kept per database. */
const TERMS_TTL_MS = 60_000;
const TERMS_KEPT = 20_000;
const termsCache = new WeakMap<object, Map<number, { row: TermsRow; at: number }>>();

/** The terms of all `ids` when each was read by this process for this database within TERMS_TTL_MS, else null. */
function cachedTerms(db: Kysely<DB>, ids: readonly number[]): TermsRow[] | null {
  const kept = termsCache.get(db);
  if (!kept) return null;
  const now = Date.now();
  const rows: TermsRow[] = [];
  for (const id of ids) {
    const k = kept.get(id);
    if (!k || now - k.at > TERMS_TTL_MS) return null;
    rows.push(k.row);
  }
  return rows;
}

/** The products' terms as they are now (one round trip), kept for the next checkouts. */
async function readTerms(db: Kysely<DB>, ids: readonly number[]): Promise<TermsRow[]> {
  // trade_checkout_terms (migration 012) = the catalogue's catalog_product_terms left-joined with trade_terms.
  const rows = (await sql<TermsRow>`select * from trade_checkout_terms(${sql.val(ids)}::bigint[])`.execute(db)).rows;
  let kept = termsCache.get(db);
  if (!kept || kept.size > TERMS_KEPT) termsCache.set(db, (kept = new Map()));
  const at = Date.now();
  for (const id of ids) kept.delete(id);
  for (const row of rows) kept.set(Number(row.id), { row, at });
  return rows;
}

/** The lines priced with terms read now; refuses what cannot be ordered. */
function priced(requested: Wanted, rows: readonly TermsRow[]): ListView {
  const view = evaluateWith(requested, rows, false);
  if (view.unavailable.length > 0)
    throw new AppError('LIST_NOT_READY', `products ${view.unavailable.map((u) => u.productId).join(', ')} are no longer for sale; remove them first`, {
      shortfalls: view.unavailable.map((u) => ({ code: 'UNAVAILABLE', productId: u.productId })),
    });
  if (!view.ready) {
    // Only stock is short (e.g. another buyer took the last units): the same answer as a race lost at the lock.
    if (view.shortfalls.every((s) => s.code === 'OVER_STOCK'))
      throw outOfStock(view.shortfalls.map((s) => (s.code === 'OVER_STOCK' ? { productId: s.productId, wanted: s.qty, available: s.stock } : null!)));
    throw new AppError('LIST_NOT_READY', describeShortfalls(view.shortfalls.length), { shortfalls: view.shortfalls });
  }
  return view;
}

/**
 * The purchase, its orders, lines and first events, the stock taken and the list cleared, in one
 * statement (the function `trade_checkout_place`, migration 025); no purchase when it wrote nothing:
 * the terms priced with are no longer the terms (`stale`), the key was used before (`short`
 * empty) or stock ran short when it was taken (`short` says where).
 */
async function writePurchase(
  db: Kysely<DB>,
  actor: Actor,
  buyer: number,
  idemKey: string,
  hash: string,
  fromList: boolean,
  requested: Wanted,
  view: ListView,
  terms: readonly TermsRow[],
): Promise<{ purchase: PurchaseView | null; short: StockSeen; stale: boolean }> {
  const wanted = new Map<number, number>();
  for (const r of requested) wanted.set(r.productId, (wanted.get(r.productId) ?? 0) + r.qty);
  const ids = [...wanted.keys()].sort((a, b) => a - b);
  const orders = view.orders.map((o, n) => ({
    n,
    merchant_id: o.merchantId,
    currency: o.currency,
    total: o.total,
    deposit: o.deposit,
    balance: o.balance,
    deposit_bp: o.depositBp,
  }));
  const lines = view.orders.flatMap((o) =>
    o.lines.map((l, j) => {
      const p = view.products.get(l.productId)!;
      return {
        merchant_id: o.merchantId,
        currency: o.currency,
        line_no: j + 1,
        product_id: l.productId,
        sku: p.sku,
        title_zh: p.titleZh,
        title_en: p.titleEn,
        unit: p.unit,
        hs_code: p.hsCode,
        qty: l.qty,
        unit_price: l.unitPrice,
        tier_index: Math.max(0, l.tierIndex),
        line_total: l.lineTotal,
      };
    }),
  );
  // The terms priced with, as the function reads them when it takes the stock (stock aside: the update checks it), in id order.
  const pricedWith = [...terms].sort((a, b) => Number(a.id) - Number(b.id)).map(({ stock: _stock, ...t }) => t);
  let r: PlaceRow;
  try {
    r = await placeCheckout(db, {
      buyer,
      key: idemKey,
      hash,
      totals: view.totals,
      user: actor.userId,
      role: actor.role,
      fromList,
      ids,
      qtys: ids.map((id) => wanted.get(id)!),
      terms: pricedWith,
      orders,
      lines,
    });
  } catch (e) {
    // The function raised: nothing of this checkout was written.
    const message = e instanceof Error ? e.message : '';
    if (message === 'trade_checkout_stale') {
      const kept = termsCache.get(db);
      for (const id of ids) kept?.delete(id);
      return { purchase: null, short: [], stale: true };
    }
    if (message === 'trade_checkout_short') {
      // Per product: taken, else what was left for sale (the products after the first short one are only read).
      const stock = JSON.parse(String((e as { detail?: unknown }).detail ?? '[]')) as { productId: number; stock: number; taken: boolean }[];
      const seen = new Map(stock.map((s) => [Number(s.productId), s]));
      const enough = (id: number) => seen.get(id)?.taken === true || (seen.get(id)?.stock ?? 0) >= wanted.get(id)!;
      const short = ids.filter((id) => !enough(id)).map((id) => ({ productId: id, wanted: wanted.get(id)!, available: seen.get(id)?.stock ?? 0 }));
      return { purchase: null, short, stale: false };
    }
    throw e;
  }
  // No purchase and no raise: the key was used before (nothing else was touched).
  if (r.purchase_id === null) return { purchase: null, short: [], stale: false };
  const at = r.created_at instanceof Date ? r.created_at.toISOString() : new Date(r.created_at!).toISOString();
  return {
    purchase: {
      id: Number(r.purchase_id),
      buyerId: buyer,
      totals: { ...view.totals },
      createdAt: at,
      orders: ((r.orders ?? []) as OrderJson[]).map((o) => toView({ ...o, created_at: new Date(o.created_at), updated_at: new Date(o.updated_at) }, actor)),
    },
    short: [],
    stale: false,
  };
}

/** The purchase this buyer's key made before, if any (IDEMPOTENCY_MISMATCH when it was made for other lines). */
async function previousPurchase(db: Kysely<DB>, actor: Actor, buyer: number, idemKey: string, hash: string): Promise<PurchaseView | null> {
  const prev = await tradeDb(db)
    .selectFrom('purchases')
    .select(['id', 'request_hash'])
    .where('buyer_id', '=', buyer)
    .where('idempotency_key', '=', idemKey)
    .executeTakeFirst();
  if (!prev) return null;
  if (prev.request_hash !== hash)
    throw new AppError('IDEMPOTENCY_MISMATCH', `the Idempotency-Key ${idemKey} was already used for a different purchase (${prev.id}); use a new key`, {
      purchaseId: prev.id,
    });
  return getPurchase(db, actor, prev.id);
}

function outOfStock(short: StockSeen): AppError {
  return new AppError(
    'OUT_OF_STOCK',
    `not enough stock for ${short.map((x) => `product ${x.productId} (wanted ${x.wanted}, ${x.available} left)`).join(', ')}; nothing was reserved`,
    { short },
  );
}

/**
 * evaluateList over terms already read: unavailable products aside, the rest priced and grouped.
 * `stockUnknown`: the terms were read earlier, so their stock says nothing (the lock checks it).
 */
function evaluateWith(requested: Wanted, rows: readonly TermsRow[], stockUnknown: boolean): ListView {
  const products = new Map<number, ProductTerms>();
  const terms = new Map<number, MerchantTerms>();
  for (const r of rows) {
    const p = termsFromRow(r);
    products.set(p.id, p);
    terms.set(p.merchantId, { merchantId: p.merchantId, depositBp: r.deposit_bp ?? 3000, minOrderValue: r.min_order_value ?? 0 });
  }
  const { usable, unavailable } = listLines(products, requested, stockUnknown);
  return { ...evaluateList(usable, terms), unavailable, products };
}

function mergeLines(lines: readonly { productId: number; qty: number }[]): { productId: number; qty: number }[] {
  const m = new Map<number, number>();
  for (const l of lines) m.set(l.productId, (m.get(l.productId) ?? 0) + l.qty);
  return [...m].map(([productId, qty]) => ({ productId, qty }));
}

function describeShortfalls(n: number): string {
  return `the purchase list cannot be checked out yet: ${n} problem${n === 1 ? '' : 's'} (details.shortfalls says what is missing where)`;
}
