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
import { evaluateList, type ListLine, type MerchantTerms } from './pricing.ts';
import { buyerOf, type ListView } from './purchase-list.ts';
import { tradeDb } from './tables.ts';
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
 * Two round trips on the way that succeeds: one read (the products' terms with their merchants'
 * trade terms), priced here, then one statement of data-modifying CTEs that locks the products'
 * rows in id order, inserts the purchase only when every product still has the stock (its
 * idempotency key `on conflict do nothing`), takes the stock, inserts the orders, their lines
 * and first events, and clears the list lines ordered. A statement is atomic on its own, so
 * nothing is written unless all of it is. When it wrote nothing, the key is looked up: a retry
 * returns the purchase the key made (or IDEMPOTENCY_MISMATCH), otherwise stock was short
 * (OUT_OF_STOCK naming the products, with what was left when the rows were locked).
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
    const view = await priceNow(db, requested);
    const made = await writePurchase(db, actor, buyer, idemKey, hash, fromList, requested, view);
    if (made.purchase) return { purchase: made.purchase, created: true };
    // Nothing written: stock ran short between the read and the lock (what was left then is named), or the key was used.
    if (made.short.length > 0) throw outOfStock(made.short);
    const prev = await previousPurchase(db, actor, buyer, idemKey, hash);
    if (prev) return { purchase: prev, created: false };
    throw new AppError('CONFLICT', 'the purchase could not be made; try again');
  } catch (e) {
    // A retry whose first call emptied the list or took the last units answers with that purchase.
    if (e instanceof AppError && (e.code === 'LIST_NOT_READY' || e.code === 'OUT_OF_STOCK')) {
      const prev = await previousPurchase(db, actor, buyer, idemKey, hash);
      if (prev) return { purchase: prev, created: false };
    }
    throw e;
  }
}

type Wanted = readonly { productId: number; qty: number }[];
type StockSeen = { productId: number; wanted: number; available: number }[];

/** The lines priced against the catalogue and the merchants' terms as they are now (one round trip); refuses what cannot be ordered. */
async function priceNow(db: Kysely<DB>, requested: Wanted): Promise<ListView> {
  // trade_checkout_terms (migration 012) = the catalogue's catalog_product_terms left-joined with trade_terms.
  const rows = await sql<ProductTermsRow & { deposit_bp: number | null; min_order_value: number | null }>`
    select * from trade_checkout_terms(${sql.val([...new Set(requested.map((r) => r.productId))])}::bigint[])`.execute(db);
  const products = new Map<number, ProductTerms>();
  const terms = new Map<number, MerchantTerms>();
  for (const r of rows.rows) {
    const p = termsFromRow(r);
    products.set(p.id, p);
    terms.set(p.merchantId, { merchantId: p.merchantId, depositBp: r.deposit_bp ?? 3000, minOrderValue: r.min_order_value ?? 0 });
  }
  const view = evaluateWith(requested, products, terms);
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
 * statement (the function `trade_place_purchase`, migration 012); null when it wrote nothing:
 * the key was used before (`short` empty) or stock ran short under the lock (`short` says where).
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
): Promise<{ purchase: PurchaseView | null; short: StockSeen }> {
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
  const res = await sql<{
    purchase_id: number | null;
    created_at: Date | string | null;
    orders: (OrderRow & { created_at: string; updated_at: string })[] | null;
    stock: { productId: number; stock: number; enough: boolean }[] | null;
  }>`select * from trade_place_purchase(${buyer}::bigint, ${idemKey}, ${hash}, ${JSON.stringify(view.totals)}::jsonb, ${actor.userId}::bigint,
      ${actor.role}, ${fromList}, ${sql.val(ids)}::bigint[], ${sql.val(ids.map((id) => wanted.get(id)!))}::int[],
      ${JSON.stringify(orders)}::jsonb, ${JSON.stringify(lines)}::jsonb)`.execute(db);
  const r = res.rows[0]!;
  if (r.purchase_id === null) {
    const seen = new Map((r.stock ?? []).map((s) => [Number(s.productId), s]));
    const short = ids.filter((id) => !seen.get(id)?.enough).map((id) => ({ productId: id, wanted: wanted.get(id)!, available: seen.get(id)?.stock ?? 0 }));
    return { purchase: null, short };
  }
  const at = r.created_at instanceof Date ? r.created_at.toISOString() : new Date(r.created_at!).toISOString();
  return {
    purchase: {
      id: Number(r.purchase_id),
      buyerId: buyer,
      totals: { ...view.totals },
      createdAt: at,
      orders: (r.orders ?? []).map((o) => toView({ ...o, created_at: new Date(o.created_at), updated_at: new Date(o.updated_at) }, actor)),
    },
    short: [],
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

/** evaluateLines over terms already read: unavailable products aside, the rest priced and grouped. */
function evaluateWith(requested: Wanted, products: ReadonlyMap<number, ProductTerms>, terms: ReadonlyMap<number, MerchantTerms>): ListView {
  const usable: ListLine[] = [];
  const unavailable: { productId: number; qty: number }[] = [];
  for (const l of requested) {
    const p = products.get(l.productId);
    if (!p?.active) {
      unavailable.push(l);
      continue;
    }
    usable.push({
      productId: p.id,
      merchantId: p.merchantId,
      currency: p.currency,
      unit: p.unit,
      moq: p.moq,
      tiers: p.priceTiers,
      stock: p.stock,
      qty: l.qty,
    });
  }
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
