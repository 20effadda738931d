import { sql, type Kysely, type Transaction } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../core/db/schema.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { ProductInput, ProductPatch, toProductRow } from './product-input.ts';
import { parseInput } from '../../core/validation.ts';
import { toProductImage, type ProductImage } from './images/refs.ts';
import { holdDb, ipHoldConflict } from './listing-status.ts';

export interface Product {
  id: number;
  sku: string;
  merchant: { id: number; nameZh: string | null; nameEn: string | null };
  stall: { id: number; address: string; addressZh: string; market: string; district: number } | null;
  category: { code: string; nameZh: string; nameEn: string };
  titleZh: string | null;
  titleEn: string | null;
  descriptionZh: string | null;
  descriptionEn: string | null;
  titles: Record<string, string>;
  attributes: Record<string, string>;
  unit: string;
  moq: number;
  currency: string;
  priceTiers: { minQty: number; unitPrice: number }[];
  stock: number;
  hsCode: string;
  carton: { units: number; lengthCm: number; widthCm: number; heightCm: number; grossKg: number };
  images: string[];
  /** The main hosted picture (renditions under /media), or null. */
  mainImage: ProductImage | null;
  status: 'active' | 'hidden';
  createdAt: string;
  updatedAt: string;
}

/** What a list of goods shows of each product (a search results page): a `Product` without its descriptions, attributes, other-language titles, carton, HS code, picture list, status and timestamps. */
export type ProductCard = Pick<
  Product,
  'id' | 'sku' | 'merchant' | 'stall' | 'category' | 'titleZh' | 'titleEn' | 'unit' | 'moq' | 'currency' | 'priceTiers' | 'stock' | 'mainImage'
>;

function productQuery(db: Kysely<DB> | Transaction<DB>) {
  return db
    .selectFrom('products as p')
    .innerJoin('entities as e', 'e.id', 'p.merchant_id')
    .innerJoin('categories as c', 'c.id', 'p.category_id')
    .leftJoin('stalls as s', 's.id', 'p.stall_id')
    .leftJoin('districts as d', 'd.id', 's.district_id')
    .leftJoin('markets as m', 'm.id', 's.market_id')
    .selectAll('p')
    .select([
      'e.name_zh as merchant_zh',
      'e.name_en as merchant_en',
      'c.code as category_code',
      'c.name_zh as category_zh',
      'c.name_en as category_en',
      's.floor',
      's.street',
      's.number as stall_number',
      'd.no as district_no',
      'm.code as market_code',
      sql<
        { id: number; hash: string; width: number; height: number } | string | null
      >`(select json_build_object('id', i.id, 'hash', i.hash, 'width', i.width, 'height', i.height) from product_images i where i.product_id = p.id order by i.position, i.id limit 1)`.as(
        'main_image',
      ),
    ]);
}
type Row = Awaited<ReturnType<ReturnType<typeof productQuery>['executeTakeFirstOrThrow']>>;

const parseJson = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

export function toProduct(r: Row): Product {
  const hasStall = r.stall_id != null && r.district_no != null;
  return {
    id: r.id,
    sku: r.sku,
    merchant: { id: r.merchant_id, nameZh: r.merchant_zh, nameEn: r.merchant_en },
    stall: hasStall
      ? {
          id: r.stall_id!,
          address: `D${r.district_no}-F${r.floor}-S${r.street}-${r.stall_number}`,
          addressZh: `${r.district_no}区${r.floor}楼${r.street}街${r.stall_number}`,
          market: r.market_code ?? '',
          district: r.district_no!,
        }
      : null,
    category: { code: r.category_code, nameZh: r.category_zh, nameEn: r.category_en },
    titleZh: r.title_zh,
    titleEn: r.title_en,
    descriptionZh: r.description_zh,
    descriptionEn: r.description_en,
    titles: parseJson(r.titles),
    attributes: parseJson(r.attributes),
    unit: r.unit,
    moq: r.moq,
    currency: r.currency,
    priceTiers: parseJson(r.price_tiers),
    stock: r.stock,
    hsCode: r.hs_code,
    carton: {
      units: r.carton_units,
      lengthCm: r.carton_length_mm / 10,
      widthCm: r.carton_width_mm / 10,
      heightCm: r.carton_height_mm / 10,
      grossKg: r.carton_gross_g / 1000,
    },
    images: parseJson(r.images),
    mainImage: toProductImage(parseJson(r.main_image)),
    status: r.status,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/**
 * One product by id. A hidden product is visible only to its merchant and to an
 * operator; to anyone else it does not exist. Throws `NOT_FOUND` when the product
 * does not exist or is hidden from `actor`.
 * @example
 * ```ts
 * const p = await getProduct(db, actor, 42);
 * console.log(p.sku, p.titleZh, p.priceTiers);
 * ```
 */
export async function getProduct(db: Kysely<DB>, actor: Actor, id: number): Promise<Product> {
  const r = await productQuery(db).where('p.id', '=', id).executeTakeFirst();
  if (!r || (r.status === 'hidden' && !canEdit(actor, r.merchant_id))) throw notFound('product', id);
  return toProduct(r);
}

const canEdit = (actor: Actor, merchantId: number) => actor.role === 'operator' || (actor.role === 'merchant' && actor.entityId === merchantId);

/** The merchant a write acts for: a merchant itself, or the operator naming one. */
export function merchantFor(actor: Actor, merchantId?: number): number {
  requireRole(actor, 'merchant', 'operator');
  if (actor.role === 'merchant') {
    if (merchantId !== undefined && merchantId !== actor.entityId) {
      throw new AppError('FORBIDDEN', 'a merchant can list and change only its own products');
    }
    return actor.entityId!;
  }
  if (merchantId === undefined) throw new AppError('VALIDATION', 'the operator must say for which merchant (merchantId)');
  return merchantId;
}

/**
 * The merchant a write acts for (as `merchantFor`), checked to be a registered
 * entity of kind merchant: goods belong only to merchants, never to a buyer or
 * an agent (the database refuses it too, migration 006).
 */
export async function ownerMerchant(db: Kysely<DB> | Transaction<DB>, actor: Actor, merchantId?: number): Promise<number> {
  const id = merchantFor(actor, merchantId);
  const e = await db.selectFrom('entities').select(['id', 'kind']).where('id', '=', id).executeTakeFirst();
  if (!e) throw new AppError('NOT_FOUND', `merchant ${id} does not exist; see GET /api/entities?kind=merchant`);
  if (e.kind !== 'merchant') {
    throw new AppError('VALIDATION', `entity ${id} is a ${e.kind}, not a merchant; products can belong only to merchants`, { entityId: id, kind: e.kind });
  }
  return id;
}

/** The stall a merchant's goods are shown at: the one asked for (it must hold it), else its first current stall. */
export async function resolveStall(db: Kysely<DB> | Transaction<DB>, merchantId: number, stallId?: number): Promise<number | null> {
  const held = await db
    .selectFrom('stall_holdings')
    .select('stall_id')
    .where('entity_id', '=', merchantId)
    .where('valid_to', 'is', null)
    .orderBy('stall_id')
    .execute();
  if (stallId === undefined) return held[0]?.stall_id ?? null;
  if (!held.some((h) => h.stall_id === stallId)) throw new AppError('FORBIDDEN', `stall ${stallId} is not held by merchant ${merchantId}`);
  return stallId;
}

async function categoryId(db: Kysely<DB> | Transaction<DB>, code: string): Promise<number> {
  const c = await db.selectFrom('categories').select('id').where('code', '=', code).executeTakeFirst();
  if (!c) throw new AppError('VALIDATION', `category ${code} does not exist; see GET /api/categories`);
  return c.id;
}

/**
 * Create a product for a merchant: `raw` is validated with `ProductInput`, the
 * category must exist and the stall (if given) must be held by the merchant; the
 * merchant's first current stall is used otherwise. A merchant creates for
 * itself; an operator must name the merchant. Throws `UNAUTHENTICATED` /
 * `FORBIDDEN` (wrong role, another merchant, a stall not held), `VALIDATION` (bad
 * input, unknown category, owner not a merchant), `NOT_FOUND` (unknown merchant)
 * and `DUPLICATE` (the merchant already has that SKU).
 * @example
 * ```ts
 * const p = await createProduct(db, actor, {
 *   sku: 'TOY-001', categoryCode: '010302', titleZh: '毛绒玩具', unit: 'pcs', moq: 100,
 *   currency: 'CNY', priceTiers: [{ minQty: 100, unitPrice: 350 }],
 * });
 * ```
 */
export async function createProduct(db: Kysely<DB>, actor: Actor, raw: unknown, merchantId?: number): Promise<Product> {
  const merchant = await ownerMerchant(db, actor, merchantId);
  const input = parseInput(ProductInput, raw);
  const id = await db.transaction().execute(async (trx) => {
    const row = toProductRow(input, merchant, await categoryId(trx, input.categoryCode), await resolveStall(trx, merchant, input.stallId));
    const dup = await trx.selectFrom('products').select('id').where('merchant_id', '=', merchant).where('sku', '=', input.sku).executeTakeFirst();
    if (dup) throw new AppError('DUPLICATE', `you already have a product with SKU ${input.sku} (id ${dup.id})`);
    return (await trx.insertInto('products').values(row).returning('id').executeTakeFirstOrThrow()).id;
  });
  return getProduct(db, actor, id);
}

/**
 * Patch a product (`raw` is a `ProductPatch`): the patched product is validated
 * as a whole with `ProductInput`, so a patch cannot leave it breaking a rule.
 * Only its merchant or an operator may change it; the SKU never changes. Throws
 * `UNAUTHENTICATED`, `FORBIDDEN` (another merchant's product, a stall not held),
 * `NOT_FOUND`, `VALIDATION` and `CONFLICT` (details.ipHold: setting active a
 * listing held down on an IP complaint).
 * @example
 * ```ts
 * const p = await updateProduct(db, actor, 42, { stock: 5000, status: 'hidden' });
 * ```
 */
export async function updateProduct(db: Kysely<DB>, actor: Actor, id: number, raw: unknown): Promise<Product> {
  requireRole(actor, 'merchant', 'operator');
  const patch = parseInput(ProductPatch, raw);
  await db.transaction().execute(async (trx) => {
    const cur = await productQuery(trx).where('p.id', '=', id).forUpdate('p').executeTakeFirst();
    if (!cur) throw notFound('product', id);
    if (!canEdit(actor, cur.merchant_id)) throw new AppError('FORBIDDEN', `product ${id} belongs to another merchant; you can change only your own products`);
    const current = toProduct(cur);
    // A listing held down on an IP complaint stays hidden until the hold is lifted (listing-status.ts).
    if (patch.status === 'active' && (cur as { ip_hold?: boolean }).ip_hold) throw ipHoldConflict(id);
    // Re-validate the whole product after the patch, so the combined result obeys every rule.
    const merged = parseInput(ProductInput, {
      sku: current.sku,
      categoryCode: patch.categoryCode ?? current.category.code,
      ...(patch.stallId !== undefined ? { stallId: patch.stallId } : current.stall ? { stallId: current.stall.id } : {}),
      ...pick('titleZh', patch.titleZh, current.titleZh),
      ...pick('titleEn', patch.titleEn, current.titleEn),
      ...pick('descriptionZh', patch.descriptionZh, current.descriptionZh),
      ...pick('descriptionEn', patch.descriptionEn, current.descriptionEn),
      titles: patch.titles ?? current.titles,
      attributes: patch.attributes ?? current.attributes,
      unit: patch.unit ?? current.unit,
      moq: patch.moq ?? current.moq,
      currency: patch.currency ?? current.currency,
      priceTiers: patch.priceTiers ?? current.priceTiers,
      stock: patch.stock ?? current.stock,
      hsCode: patch.hsCode ?? current.hsCode,
      carton: patch.carton ?? current.carton,
      images: patch.images ?? current.images,
      status: patch.status ?? current.status,
    });
    const row = toProductRow(merged, cur.merchant_id, await categoryId(trx, merged.categoryCode), await resolveStall(trx, cur.merchant_id, merged.stallId));
    await trx
      .updateTable('products')
      .set({ ...row, updated_at: sql`now()` as never })
      .where('id', '=', id)
      .execute();
  });
  return getProduct(db, actor, id);
}

function pick<K extends string>(key: K, patched: string | null | undefined, current: string | null): Partial<Record<K, string>> {
  const v = patched === undefined ? current : patched;
  return v == null ? {} : ({ [key]: v } as Record<K, string>);
}

/**
 * Delete a product for good. Only its merchant or an operator may. Throws
 * `UNAUTHENTICATED`, `FORBIDDEN` (another merchant's product), `NOT_FOUND` and
 * `CONFLICT` (details.ipHold: the listing is held down on an IP complaint).
 * @example
 * ```ts
 * await deleteProduct(db, actor, 42);
 * ```
 */
export async function deleteProduct(db: Kysely<DB>, actor: Actor, id: number): Promise<void> {
  requireRole(actor, 'merchant', 'operator');
  const cur = await holdDb(db).selectFrom('products').select(['id', 'merchant_id', 'ip_hold']).where('id', '=', id).executeTakeFirst();
  if (!cur) throw notFound('product', id);
  if (!canEdit(actor, cur.merchant_id)) throw new AppError('FORBIDDEN', `product ${id} belongs to another merchant; you can delete only your own products`);
  // Deleting and re-creating the SKU would shed the hold; the complaint's listing stays until the complaint is decided.
  if (cur.ip_hold) throw ipHoldConflict(id);
  await db.deleteFrom('products').where('id', '=', id).execute();
}

/**
 * Query of `listProducts` (category code prefix, merchant, stall, sort, page, pageSize ≤ 100).
 */
export const ProductQuery = z.strictObject({
  category: z
    .string()
    .regex(/^([0-9]{2}){1,5}$/)
    .optional(),
  merchant: z.coerce.number().int().positive().optional(),
  stall: z.coerce.number().int().positive().optional(),
  sort: z.enum(['newest', 'price_asc', 'price_desc']).default('newest'),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(24),
});

/**
 * Browse listings (category subtree, merchant or stall), paged. Hidden goods only for their owner.
 * `raw` is a `ProductQuery` (query-string values are coerced); throws `VALIDATION` when it is not.
 * @example
 * ```ts
 * const { items, total } = await listProducts(db, actor, { category: '0103', sort: 'price_asc', page: 1 });
 * ```
 */
export async function listProducts(db: Kysely<DB>, actor: Actor, raw: unknown) {
  const q = parseInput(ProductQuery, raw);
  let base = productQuery(db);
  if (q.category) {
    const len = q.category.length;
    base = base.where(sql<boolean>`substr(c.code, 1, ${len}) = ${q.category}`);
  }
  if (q.merchant) base = base.where('p.merchant_id', '=', q.merchant);
  if (q.stall) base = base.where('p.stall_id', '=', q.stall);
  if (!(q.merchant && canEdit(actor, q.merchant))) base = base.where('p.status', '=', 'active');
  const ordered =
    q.sort === 'price_asc'
      ? base.orderBy('p.base_price').orderBy('p.id')
      : q.sort === 'price_desc'
        ? base.orderBy('p.base_price', 'desc').orderBy('p.id')
        : base.orderBy('p.id', 'desc');
  const rows = await ordered
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  const count = await base.clearSelect().select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return { items: rows.map(toProduct), total: Number(count.n), page: q.page, pageSize: q.pageSize };
}

/** All products of one merchant, oldest first, in keyset-paged batches (for exports of any size). */
export async function* merchantProducts(db: Kysely<DB>, merchantId: number, batch = 2000): AsyncGenerator<Product[]> {
  let after = 0;
  for (;;) {
    const rows = await productQuery(db).where('p.merchant_id', '=', merchantId).where('p.id', '>', after).orderBy('p.id').limit(batch).execute();
    if (rows.length === 0) return;
    yield rows.map(toProduct);
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * Product cards by id, in the order given (missing and hidden ones left out): for hydrating search hits.
 * One JSON array built in its final shape by catalog_product_cards_json (migration 032), so a page of
 * hits costs one statement with a kept plan and one JSON.parse.
 * @example
 * ```ts
 * const cards = await productCardsByIds(db, hits.map((h) => h.id));
 * ```
 */
export async function productCardsByIds(db: Kysely<DB>, ids: readonly number[]): Promise<ProductCard[]> {
  if (ids.length === 0) return [];
  const res = await sql<{ cards: unknown }>`select catalog_product_cards_json(${sql.val(ids)}::bigint[]) as cards`.execute(db);
  const cards = parseJson<(Omit<ProductCard, 'mainImage'> & { mainImage: Parameters<typeof toProductImage>[0] })[]>(res.rows[0]?.cards ?? []);
  return cards.map((c) => (c.mainImage ? { ...c, mainImage: toProductImage(c.mainImage) } : (c as ProductCard)));
}

/**
 * Products by id, in the order given (missing and hidden ones left out).
 * @example
 * ```ts
 * const products = await productsByIds(db, hits.map((h) => h.id));
 * ```
 */
export async function productsByIds(db: Kysely<DB>, ids: readonly number[]): Promise<Product[]> {
  if (ids.length === 0) return [];
  // The read model of productQuery as one JSON array from a function with a plan kept per session
  // (catalog migration 031: planning the joins at every call cost more than running them).
  const res = await sql<{ rows: unknown }>`select catalog_products_json(${sql.val(ids)}::bigint[]) as rows`.execute(db);
  const rows = parseJson<Row[]>(res.rows[0]?.rows ?? []);
  const byId = new Map(rows.map((r) => [Number(r.id), toProduct(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
