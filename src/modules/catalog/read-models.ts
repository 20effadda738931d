/**
 * The catalogue's read models for other modules: search and the commodity
 * index read products and categories through these functions, never by their
 * own SQL on the catalogue's tables, so the catalogue can change its tables
 * and keep these shapes. They are hot paths (a full-scale search build reads
 * 2.1 million products in keyset pages; the index collects every active
 * product's listed price on collection days): each is one plain query.
 */
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';

type Reader = Kysely<DB> | Transaction<DB>;

/** An active product as search indexes it (district: the number of its stall's district). */
export interface SearchDocumentRow {
  id: number;
  title_zh: string | null;
  title_en: string | null;
  description_zh: string | null;
  description_en: string | null;
  category_code: string;
  base_price: number;
  moq: number;
  district: number | null;
  merchant_id: number;
  created_at: Date | string;
  stock: number;
  has_image: boolean;
  status: string;
}

function searchDocumentQuery(db: Reader) {
  return db
    .selectFrom('products as p')
    .innerJoin('categories as c', 'c.id', 'p.category_id')
    .leftJoin('stalls as s', 's.id', 'p.stall_id')
    .leftJoin('districts as d', 'd.id', 's.district_id')
    .select([
      'p.id',
      'p.title_zh',
      'p.title_en',
      'p.description_zh',
      'p.description_en',
      'c.code as category_code',
      'p.base_price',
      'p.moq',
      'd.no as district',
      'p.merchant_id',
      'p.created_at',
      'p.stock',
      'p.status',
      sql<boolean>`(jsonb_array_length(p.images) > 0 or exists (select 1 from product_images i where i.product_id = p.id))`.as('has_image'),
    ]);
}

/**
 * One keyset page of active products, in id order, after `afterId`. Empty when there are no more.
 * @example
 * ```ts
 * for (let afterId = 0; ; ) {
 *   const rows = await searchDocumentRows(db, { afterId, limit: 5000 });
 *   if (rows.length === 0) break;
 *   afterId = rows[rows.length - 1].id;
 * }
 * ```
 */
export async function searchDocumentRows(db: Reader, page: { afterId: number; limit: number }): Promise<SearchDocumentRow[]> {
  return (await searchDocumentQuery(db)
    .where('p.id', '>', page.afterId)
    .where('p.status', '=', 'active')
    .orderBy('p.id')
    .limit(page.limit)
    .execute()) as SearchDocumentRow[];
}

/**
 * The active ones among some products; ids absent from the result are gone or hidden.
 * @example
 * ```ts
 * const rows = await searchDocumentRowsByIds(db, [42, 43]);
 * ```
 */
export async function searchDocumentRowsByIds(db: Reader, ids: readonly number[]): Promise<SearchDocumentRow[]> {
  if (ids.length === 0) return [];
  return (await searchDocumentQuery(db)
    .where('p.id', 'in', ids as number[])
    .where('p.status', '=', 'active')
    .execute()) as SearchDocumentRow[];
}

/**
 * Whether the catalogue lists any active product.
 * @example
 * ```ts
 * if (!(await hasActiveProducts(db))) console.log('empty catalogue');
 * ```
 */
export async function hasActiveProducts(db: Reader): Promise<boolean> {
  return !!(await db.selectFrom('products').select('id').where('status', '=', 'active').limit(1).executeTakeFirst());
}

/**
 * How many active products the catalogue lists.
 * @example
 * ```ts
 * const n = await countActiveProducts(db);
 * ```
 */
export async function countActiveProducts(db: Reader): Promise<number> {
  return Number((await sql<{ n: number }>`select count(*) as n from products where status = 'active'`.execute(db)).rows[0]?.n ?? 0);
}

/**
 * The last id of the next page of `size` active products after `afterId` (null when there are none).
 * @example
 * ```ts
 * const upTo = await activeProductPageEnd(db, 0, 10_000); // null: no active products
 * ```
 */
export async function activeProductPageEnd(db: Reader, afterId: number, size: number): Promise<number | null> {
  const hi = (
    await sql<{ hi: number | null }>`
    select max(id) as hi from (select id from products where id > ${afterId} and status = 'active' order by id limit ${size}) b`.execute(db)
  ).rows[0]?.hi;
  return hi ?? null;
}

/**
 * The listed price of each active product with afterId < id ≤ upToId, as a
 * relation for set-based readers (`insert … select … from ${listedPrices(a, b)} p`):
 * columns id, merchant_id, category_id, currency and listed_price (the unit
 * price of the first tier, i.e. at the MOQ; the base price when there are no tiers).
 * @example
 * ```ts
 * const rows = await sql`select p.id, p.listed_price from ${listedPrices(0, 10_000)} p`.execute(db);
 * ```
 */
export function listedPrices(afterId: number, upToId: number): RawBuilder<unknown> {
  return sql`(select p.id, p.merchant_id, p.category_id, p.currency,
      coalesce((p.price_tiers -> 0 ->> 'unitPrice')::bigint, p.base_price) as listed_price
    from products p where p.id > ${afterId} and p.id <= ${upToId} and p.status = 'active')`;
}

/**
 * Owner, category and currency of some products (any status), by id; absent ids do not exist.
 * @example
 * ```ts
 * const refs = await productRefsByIds(db, [42, 43]);
 * ```
 */
export async function productRefsByIds(
  db: Reader,
  ids: readonly number[],
): Promise<Map<number, { merchant_id: number; category_id: number; currency: string }>> {
  const out = new Map<number, { merchant_id: number; category_id: number; currency: string }>();
  for (let i = 0; i < ids.length; i += 5000) {
    const found = await db
      .selectFrom('products')
      .select(['id', 'merchant_id', 'category_id', 'currency'])
      .where('id', 'in', ids.slice(i, i + 5000) as number[])
      .execute();
    for (const p of found) out.set(p.id, p);
  }
  return out;
}

/**
 * The first `perCategory` active products (by id) of each category, with their listed price and category code, in id order.
 * @example
 * ```ts
 * const sample = await listedPriceSample(db, 20);
 * ```
 */
export async function listedPriceSample(
  db: Reader,
  perCategory: number,
): Promise<{ id: number; merchant_id: number; category_id: number; currency: string; code: string; price: number }[]> {
  const k = Math.max(1, Math.floor(perCategory));
  return (
    await sql<{ id: number; merchant_id: number; category_id: number; currency: string; code: string; price: number }>`
  select id, merchant_id, category_id, currency, code, price from (
    select p.id, p.merchant_id, p.category_id, p.currency, c.code,
           coalesce((p.price_tiers -> 0 ->> 'unitPrice')::bigint, p.base_price) as price,
           row_number() over (partition by p.category_id order by p.id) as k
    from products p join categories c on c.id = p.category_id where p.status = 'active'
  ) s where k <= ${sql.raw(String(k))} order by id`.execute(db)
  ).rows;
}

/**
 * Every category (id, code, parent, names, level), in code order.
 * @example
 * ```ts
 * const categories = await categoryList(db);
 * ```
 */
export async function categoryList(db: Reader) {
  return db.selectFrom('categories').select(['id', 'code', 'parent_id', 'name_zh', 'name_en', 'level']).orderBy('code').execute();
}
