/**
 * The catalogue's face for trade: the terms a buyer orders on (price tiers,
 * MOQ, unit, currency, stock) and stock reservations. Trade reads and reserves
 * through these functions, never by its own SQL on the products table.
 * For a checkout in one statement the same reads and reservations are SQL
 * functions of the catalogue (migration 012), called from trade's SQL:
 * `catalog_product_terms(ids)` (behind productTermsSql), `catalog_lock_stock(ids,
 * qtys)` (rows locked in id order, what is left, whether it covers the
 * quantity) and `catalog_take_stock(ids, qtys)` (how many products it took from).
 */
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
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
  const rows = await productTermsSql(ids).execute(db);
  for (const r of rows.rows) out.set(Number(r.id), termsFromRow(r));
  return out;
}

/** A product's terms as one row of `productTermsSql` (snake_case columns). */
export interface ProductTermsRow {
  id: number;
  merchant_id: number;
  stall_id: number | null;
  category_id: number;
  sku: string;
  title_zh: string | null;
  title_en: string | null;
  unit: string;
  moq: number;
  currency: string;
  price_tiers: unknown;
  stock: number;
  hs_code: string;
  status: string;
}

/**
 * The query behind `productTerms` (the SQL function `catalog_product_terms`, migration 012: its
 * plan is made once per session), for a caller that joins its own tables to it in one round trip:
 * `select … from (${productTermsSql(ids)}) t …`, or calls it from its own SQL function.
 */
export function productTermsSql(ids: readonly number[]): RawBuilder<ProductTermsRow> {
  return sql<ProductTermsRow>`select * from catalog_product_terms(${sql.val([...new Set(ids)])}::bigint[])`;
}

/** One row of `productTermsSql` as ProductTerms. */
export function termsFromRow(r: ProductTermsRow): ProductTerms {
  return {
    id: Number(r.id),
    merchantId: Number(r.merchant_id),
    stallId: r.stall_id === null ? null : Number(r.stall_id),
    categoryId: r.category_id,
    sku: r.sku,
    titleZh: r.title_zh,
    titleEn: r.title_en,
    unit: r.unit,
    moq: r.moq,
    currency: r.currency.trim(),
    priceTiers: r.price_tiers as ProductTerms['priceTiers'],
    stock: r.stock,
    hsCode: r.hs_code,
    active: r.status === 'active',
  };
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
