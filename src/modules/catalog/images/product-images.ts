/**
 * A product's hosted pictures: add (upload), list, reorder, choose the main one,
 * delete. Position 0 is the main picture. Only the product's merchant or an
 * operator may change them; anyone who may see the product may list them.
 *
 * Blob lifetime: files are shared by content hash, so a picture's files are
 * written and removed under a transaction-scoped advisory lock on its hash,
 * after the rows that use it are counted: an upload and a delete of the same
 * file never leave a row without its files.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { z } from 'zod';
import type { BlobStore } from '../../../core/blob-store/index.ts';
import type { DB } from '../../../core/db/schema.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import { requireRole, type Actor } from '../../../core/auth/actor.ts';
import { parseInput } from '../../../core/validation.ts';
import { IMAGE_LIMITS, RENDITION_SIZES } from './limits.ts';
import { processImage, type ProcessedImage } from './pipeline.ts';
import { MEDIA_PATH, renditionKey, toProductImage, type ProductImage } from './refs.ts';

/** The product_images table (migration 009), typed here so core's schema needs no entry for it. */
export interface ProductImagesTable {
  id: import('kysely').Generated<number>;
  product_id: number;
  merchant_id: number;
  position: number;
  hash: string;
  width: number;
  height: number;
  bytes: number;
  source: 'upload' | 'import' | 'illustration';
  created_at: import('kysely').ColumnType<Date, Date | string | undefined, never>;
}
type Reader = Kysely<DB> | Transaction<DB>;
export const withImages = (db: Reader) => db.withTables<{ product_images: ProductImagesTable }>();

const canEdit = (actor: Actor, merchantId: number) => actor.role === 'operator' || (actor.role === 'merchant' && actor.entityId === merchantId);

/** The product, checked visible to `actor` (and editable when `edit`); locks its row inside a transaction. */
async function productFor(db: Reader, actor: Actor, productId: number, edit: boolean, lock = false) {
  let q = db.selectFrom('products').select(['id', 'merchant_id', 'status']).where('id', '=', productId);
  if (lock) q = q.forUpdate();
  const p = await q.executeTakeFirst();
  if (!p || (p.status === 'hidden' && !canEdit(actor, p.merchant_id))) throw notFound('product', productId);
  if (edit && !canEdit(actor, p.merchant_id))
    throw new AppError('FORBIDDEN', `product ${productId} belongs to another merchant; you can change only the pictures of your own products`);
  return p;
}

/**
 * Check, before any upload is read, that `actor` may change the pictures of
 * `productId` (its merchant or an operator). Throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND.
 */
export async function checkImageEditor(db: Reader, actor: Actor, productId: number): Promise<void> {
  requireRole(actor, 'merchant', 'operator');
  await productFor(db, actor, productId, true);
}

async function rows(db: Reader, productId: number) {
  return withImages(db)
    .selectFrom('product_images')
    .select(['id', 'hash', 'width', 'height', 'position'])
    .where('product_id', '=', productId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/**
 * The hosted pictures of a product, main first. Throws NOT_FOUND when the product does not exist or is hidden from `actor`.
 * @example
 * ```ts
 * const [main, ...more] = await listProductImages(db, actor, 42);
 * ```
 */
export async function listProductImages(db: Reader, actor: Actor, productId: number): Promise<ProductImage[]> {
  await productFor(db, actor, productId, false);
  return (await rows(db, productId)).map((r) => toProductImage(r)!);
}

/** The main picture of each product that has one (for read models). */
export async function mainImages(db: Reader, productIds: readonly number[]): Promise<Map<number, ProductImage>> {
  const out = new Map<number, ProductImage>();
  if (productIds.length === 0) return out;
  const found = await withImages(db)
    .selectFrom('product_images')
    .select(['id', 'product_id', 'hash', 'width', 'height', 'position'])
    .where('product_id', 'in', productIds as number[])
    .orderBy('product_id')
    .orderBy('position')
    .orderBy('id')
    .execute();
  for (const r of found) if (!out.has(r.product_id)) out.set(r.product_id, toProductImage(r)!);
  return out;
}

async function lockHash(trx: Transaction<DB>, hash: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`product-image:${hash}`}))`.execute(trx);
}

/** Renumber a product's pictures 0…n−1 in the given order and mark the product changed (search follows). */
async function renumber(trx: Transaction<DB>, productId: number, ids: readonly number[]): Promise<void> {
  for (let i = 0; i < ids.length; i++) {
    await withImages(trx).updateTable('product_images').set({ position: i }).where('id', '=', ids[i]!).where('product_id', '=', productId).execute();
  }
  await trx
    .updateTable('products')
    .set({ updated_at: sql`now()` as never })
    .where('id', '=', productId)
    .execute();
}

/**
 * Store the renditions of a processed picture and attach it to a product as
 * its last picture (its first becomes the main one), inside `trx`. The caller
 * has checked the actor; `processed.files` are written under the hash lock.
 */
export async function attachProcessed(
  trx: Transaction<DB>,
  store: BlobStore,
  product: { id: number; merchant_id: number },
  processed: ProcessedImage & { files: { key: string; body: Buffer }[] },
  source: ProductImagesTable['source'],
): Promise<number> {
  const count = await withImages(trx)
    .selectFrom('product_images')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('position').as('last')])
    .where('product_id', '=', product.id)
    .executeTakeFirstOrThrow();
  if (Number(count.n) >= IMAGE_LIMITS.maxPerProduct)
    throw new AppError('VALIDATION', `product ${product.id} already has ${count.n} pictures; a product may have at most ${IMAGE_LIMITS.maxPerProduct}`, {
      reason: 'too-many-images',
      max: IMAGE_LIMITS.maxPerProduct,
    });
  await lockHash(trx, processed.hash);
  for (const f of processed.files) await store.put(f.key, f.body, 'image/webp');
  const row = await withImages(trx)
    .insertInto('product_images')
    .values({
      product_id: product.id,
      merchant_id: product.merchant_id,
      position: count.last == null ? 0 : Number(count.last) + 1,
      hash: processed.hash,
      width: processed.width,
      height: processed.height,
      bytes: processed.bytes,
      source,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('products')
    .set({ updated_at: sql`now()` as never })
    .where('id', '=', product.id)
    .execute();
  return row.id;
}

/**
 * Add a picture (the bytes of a JPEG, PNG or WebP file, judged by content) to
 * a product as its last picture; the first picture of a product is its main
 * one. Returns the product's pictures. Throws UNAUTHENTICATED, FORBIDDEN,
 * NOT_FOUND, UNSUPPORTED_MEDIA (not a picture), VALIDATION (undecodable, or
 * the product already has 10), PAYLOAD_TOO_LARGE (over 10 MB or 40 megapixels) and BUSY.
 * @example
 * ```ts
 * const images = await addProductImage(db, store, actor, 42, readFileSync('cup.jpg'), 'cup.jpg');
 * ```
 */
export async function addProductImage(
  db: Kysely<DB>,
  store: BlobStore,
  actor: Actor,
  productId: number,
  bytes: Buffer,
  name?: string,
): Promise<ProductImage[]> {
  requireRole(actor, 'merchant', 'operator');
  const p = await productFor(db, actor, productId, true);
  const have = await rows(db, productId);
  if (have.length >= IMAGE_LIMITS.maxPerProduct)
    throw new AppError('VALIDATION', `product ${productId} already has ${have.length} pictures; a product may have at most ${IMAGE_LIMITS.maxPerProduct}`, {
      reason: 'too-many-images',
      max: IMAGE_LIMITS.maxPerProduct,
    });
  const processed = await processImage(bytes, name);
  await db.transaction().execute(async (trx) => {
    const locked = await productFor(trx, actor, p.id, true, true);
    await attachProcessed(trx, store, locked, processed, 'upload');
  });
  return (await rows(db, productId)).map((r) => toProductImage(r)!);
}

export const ImageOrder = z.strictObject({ imageIds: z.array(z.number().int().positive()).min(1).max(IMAGE_LIMITS.maxPerProduct) });

/**
 * Put a product's pictures in a new order: `raw.imageIds` lists every picture
 * of the product once; the first becomes the main one. Throws VALIDATION when
 * the list is not exactly the product's pictures.
 * @example
 * ```ts
 * await reorderProductImages(db, actor, 42, { imageIds: [7, 5, 6] });
 * ```
 */
export async function reorderProductImages(db: Kysely<DB>, actor: Actor, productId: number, raw: unknown): Promise<ProductImage[]> {
  requireRole(actor, 'merchant', 'operator');
  const { imageIds } = parseInput(ImageOrder, raw);
  await db.transaction().execute(async (trx) => {
    await productFor(trx, actor, productId, true, true);
    const have = (await rows(trx, productId)).map((r) => r.id);
    const same = imageIds.length === have.length && new Set(imageIds).size === have.length && imageIds.every((id) => have.includes(id));
    if (!same)
      throw new AppError('VALIDATION', `imageIds must list each picture of product ${productId} exactly once: ${have.join(', ') || '(none)'}`, {
        imageIds: have,
      });
    await renumber(trx, productId, imageIds);
  });
  return (await rows(db, productId)).map((r) => toProductImage(r)!);
}

/**
 * Make one picture the main one (first); the others keep their order.
 * @example
 * ```ts
 * await setMainProductImage(db, actor, 42, 7);
 * ```
 */
export async function setMainProductImage(db: Kysely<DB>, actor: Actor, productId: number, imageId: number): Promise<ProductImage[]> {
  requireRole(actor, 'merchant', 'operator');
  await db.transaction().execute(async (trx) => {
    await productFor(trx, actor, productId, true, true);
    const have = (await rows(trx, productId)).map((r) => r.id);
    if (!have.includes(imageId)) throw notFound(`picture of product ${productId}`, imageId);
    await renumber(trx, productId, [imageId, ...have.filter((id) => id !== imageId)]);
  });
  return (await rows(db, productId)).map((r) => toProductImage(r)!);
}

/**
 * Remove a picture from a product; its files go too unless another product uses the same file.
 * @example
 * ```ts
 * await deleteProductImage(db, store, actor, 42, 7);
 * ```
 */
export async function deleteProductImage(db: Kysely<DB>, store: BlobStore, actor: Actor, productId: number, imageId: number): Promise<ProductImage[]> {
  requireRole(actor, 'merchant', 'operator');
  await db.transaction().execute(async (trx) => {
    await productFor(trx, actor, productId, true, true);
    const have = await rows(trx, productId);
    const gone = have.find((r) => r.id === imageId);
    if (!gone) throw notFound(`picture of product ${productId}`, imageId);
    await withImages(trx).deleteFrom('product_images').where('id', '=', imageId).execute();
    await renumber(
      trx,
      productId,
      have.filter((r) => r.id !== imageId).map((r) => r.id),
    );
    await lockHash(trx, gone.hash);
    const users = await withImages(trx).selectFrom('product_images').select('id').where('hash', '=', gone.hash).limit(1).executeTakeFirst();
    if (!users) for (const size of RENDITION_SIZES) await store.delete(renditionKey(gone.hash, size));
  });
  return (await rows(db, productId)).map((r) => toProductImage(r)!);
}

/**
 * The URLs of the hosted pictures of some products, main first, as the
 * export writes them (the 1200 px rendition; `base` is the site's public
 * origin, e.g. https://market.example.com, or '' for paths).
 * @example
 * ```ts
 * const urls = await hostedImageUrls(db, [42], 'https://market.example.com');
 * ```
 */
export async function hostedImageUrls(db: Reader, productIds: readonly number[], base = ''): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  for (let i = 0; i < productIds.length; i += 5000) {
    const found = await withImages(db)
      .selectFrom('product_images')
      .select(['product_id', 'hash'])
      .where('product_id', 'in', productIds.slice(i, i + 5000) as number[])
      .orderBy('product_id')
      .orderBy('position')
      .orderBy('id')
      .execute();
    for (const r of found) {
      const list = out.get(r.product_id) ?? [];
      list.push(`${base.replace(/\/+$/, '')}${MEDIA_PATH}/${renditionKey(r.hash, 1200)}`);
      out.set(r.product_id, list);
    }
  }
  return out;
}
