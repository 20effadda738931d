/**
 * The catalogue's face for trade: the terms a buyer orders on (price tiers,
 * MOQ, unit, currency, stock) and stock reservations. Trade reads and reserves
 * through these functions, never by its own SQL on the products table.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { AppError } from '../../core/errors.ts';

type Reader = Kysely<DB> | Transaction<DB>;

/** What an order line needs of a product, as it is now. */
export interface ProductTerms {
  id: number;
  merchantId: number;
  stallId: number | null;
  /** The leaf category's id (the commodity index files an order price under it). */
  categoryId: number;
  sku: string;
  titleZh: string | null;
  titleEn: string | null;
  unit: string;
  moq: number;
  currency: string;
  priceTiers: { minQty: number; unitPrice: number }[];
  stock: number;
  hsCode: string;
  active: boolean;
}

/**
 * The order terms of the given products (missing ids are simply absent from the map).
 * @example
 * ```ts
 * const terms = await productTerms(db, [12, 13]);
 * terms.get(12)?.priceTiers; // [{ minQty: 50, unitPrice: 1250 }, …]
 * ```
 */
export async function productTerms(db: Reader, ids: readonly number[]): Promise<Map<number, ProductTerms>> {
  const out = new Map<number, ProductTerms>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('products')
    .select([
      'id',
      'merchant_id',
      'stall_id',
      'category_id',
      'sku',
      'title_zh',
      'title_en',
      'unit',
      'moq',
      'currency',
      'price_tiers',
      'stock',
      'hs_code',
      'status',
    ])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  for (const r of rows) {
    out.set(r.id, {
      id: r.id,
      merchantId: r.merchant_id,
      stallId: r.stall_id,
      categoryId: r.category_id,
      sku: r.sku,
      titleZh: r.title_zh,
      titleEn: r.title_en,
      unit: r.unit,
      moq: r.moq,
      currency: r.currency,
      priceTiers: r.price_tiers as ProductTerms['priceTiers'],
      stock: r.stock,
      hsCode: r.hs_code,
      active: r.status === 'active',
    });
  }
  return out;
}

/**
 * Take `qty` units of each product off its stock, all or nothing, inside the
 * caller's transaction. Rows are locked in ascending id order (two checkouts
 * over the same products never deadlock); a product with too little stock
 * makes the whole reservation fail with OUT_OF_STOCK naming every short
 * product and what is left of it. Never oversells: the decrement and the check
 * are one conditional UPDATE.
 * @example
 * ```ts
 * await db.transaction().execute((tx) => reserveStock(tx, [{ productId: 12, qty: 300 }]));
 * ```
 */
export async function reserveStock(tx: Transaction<DB>, items: readonly { productId: number; qty: number }[]): Promise<void> {
  const wanted = new Map<number, number>();
  for (const it of items) wanted.set(it.productId, (wanted.get(it.productId) ?? 0) + it.qty);
  const ids = [...wanted.keys()].sort((a, b) => a - b);
  if (ids.length === 0) return;
  const qtys = ids.map((id) => wanted.get(id)!);
  // Lock in id order first, then decrement where enough is left.
  await sql`select id from products where id = any(${sql.val(ids)}::bigint[]) order by id for update`.execute(tx);
  const updated = await sql<{ id: number }>`
    update products p set stock = p.stock - w.qty
    from unnest(${sql.val(ids)}::bigint[], ${sql.val(qtys)}::int[]) as w(id, qty)
    where p.id = w.id and p.stock >= w.qty and p.status = 'active'
    returning p.id`.execute(tx);
  if (updated.rows.length === ids.length) return;
  const done = new Set(updated.rows.map((r) => Number(r.id)));
  const left = await tx.selectFrom('products').select(['id', 'stock', 'status']).where('id', 'in', ids).execute();
  const byId = new Map(left.map((r) => [r.id, r]));
  const short = ids
    .filter((id) => !done.has(id))
    .map((id) => {
      const r = byId.get(id);
      // What the failed statement saw: the row as it was, its stock not yet taken by this reservation.
      return { productId: id, wanted: wanted.get(id)!, available: r && r.status === 'active' ? r.stock : 0 };
    });
  throw new AppError(
    'OUT_OF_STOCK',
    `not enough stock for ${short.map((s) => `product ${s.productId} (wanted ${s.wanted}, ${s.available} left)`).join(', ')}; nothing was reserved`,
    { short },
  );
}

/** Put reserved units back (an order cancelled before delivery). */
export async function releaseStock(tx: Transaction<DB>, items: readonly { productId: number; qty: number }[]): Promise<void> {
  const back = new Map<number, number>();
  for (const it of items) back.set(it.productId, (back.get(it.productId) ?? 0) + it.qty);
  const ids = [...back.keys()].sort((a, b) => a - b);
  if (ids.length === 0) return;
  await sql`
    update products p set stock = p.stock + w.qty
    from unnest(${sql.val(ids)}::bigint[], ${sql.val(ids.map((id) => back.get(id)!))}::int[]) as w(id, qty)
    where p.id = w.id`.execute(tx);
}
