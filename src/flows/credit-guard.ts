/**
 * Flow: the blacklist's effect on listings. A merchant on the credit
 * blacklist may not list new goods: creating a product, or importing a sheet
 * of products, is refused (403 FORBIDDEN, details.blacklisted with the entry's
 * reason) before the catalogue is asked. The catalogue knows nothing of
 * credit; the HTTP routes call these instead of the catalogue's own functions.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../core/db/schema.ts';
import type { Actor } from '../core/auth/actor.ts';
import { AppError } from '../core/errors.ts';
import { blacklistWarning } from '../modules/credit/index.ts';
import { createProduct, importProducts, type ImportOptions, type ImportReport, type Product, type SheetFormat } from '../modules/catalog/index.ts';

/** The merchant a listing is for (the merchant itself, or the one the operator names); null when the catalogue will refuse anyway. */
const listingMerchant = (actor: Actor, merchantId?: number): number | null => (actor.role === 'merchant' ? actor.entityId : (merchantId ?? null));

/** Refuse when the merchant is on the blacklist. */
export async function assertMayList(db: Kysely<DB>, actor: Actor, merchantId?: number): Promise<void> {
  const m = listingMerchant(actor, merchantId);
  if (m === null) return;
  const w = await blacklistWarning(db, m);
  if (w) throw new AppError('FORBIDDEN', `merchant ${m} is on the credit blacklist and may not list new goods (${w.reason})`, { blacklisted: w });
}

/**
 * Create a product unless its merchant is blacklisted.
 * @example
 * ```ts
 * const p = await createListing(db, merchant, input); // FORBIDDEN for a listed merchant
 * ```
 */
export async function createListing(db: Kysely<DB>, actor: Actor, raw: unknown, merchantId?: number): Promise<Product> {
  await assertMayList(db, actor, merchantId);
  return createProduct(db, actor, raw, merchantId);
}

/** Import a sheet of products unless the merchant is blacklisted. */
export async function importListings(db: Kysely<DB>, actor: Actor, body: Buffer, format: SheetFormat, opts: ImportOptions): Promise<ImportReport> {
  await assertMayList(db, actor, opts.merchantId);
  return importProducts(db, actor, body, format, opts);
}
