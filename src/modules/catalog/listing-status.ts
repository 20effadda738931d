import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { AppError, notFound } from '../../core/errors.ts';

type Db = Kysely<DB> | Transaction<DB>;
/** `products.ip_hold` (migration 026), which the shared schema type does not list: the catalogue's own column. */
type HoldTables = { products: { ip_hold: boolean } };
export const holdDb = (db: Db) => (db as Kysely<DB>).withTables<HoldTables>();

/** 409 CONFLICT (details.ipHold): the listing is held down on an IP complaint and may not be set active. */
export const ipHoldConflict = (productId: number): AppError =>
  new AppError('CONFLICT', `product ${productId} is taken down on an IP complaint and stays hidden until a regulator rejects the complaint`, {
    ipHold: true,
    productId,
  });

/**
 * Set a listing's status on the platform's own authority (no merchant or
 * role check: callers are flows that have made the decision, e.g. an IP
 * takedown, and run it in their transaction). A hidden listing leaves search
 * and its public page. Returns the status it had before.
 *
 * `ipHold` sets (true) or clears (false) the catalogue's IP hold; left out, the
 * hold stays as it is. While a listing is held no catalogue path sets it active
 * (update: 409 CONFLICT details.ipHold; import: the row's IP_HOLD problem;
 * delete: 409), and neither does this function unless the same call clears the
 * hold: setting a held listing active otherwise throws that CONFLICT.
 */
export async function setListingStatus(db: Db, productId: number, status: 'active' | 'hidden', opts: { ipHold?: boolean } = {}): Promise<'active' | 'hidden'> {
  const h = holdDb(db);
  const cur = await h.selectFrom('products').select(['status', 'ip_hold']).where('id', '=', productId).forUpdate().executeTakeFirst();
  if (!cur) throw notFound('product', productId);
  const hold = opts.ipHold ?? cur.ip_hold;
  if (hold && status === 'active') throw ipHoldConflict(productId);
  if (cur.status !== status || cur.ip_hold !== hold)
    await h.updateTable('products').set({ status, ip_hold: hold, updated_at: new Date() }).where('id', '=', productId).execute();
  return cur.status;
}

/** Whether the catalogue holds the listing down on an IP complaint (false for an unknown listing). */
export async function listingIpHeld(db: Db, productId: number): Promise<boolean> {
  const r = await holdDb(db).selectFrom('products').select('ip_hold').where('id', '=', productId).executeTakeFirst();
  return r?.ip_hold === true;
}

/** The SKUs of a merchant's listings under an IP hold (few: read once per import). */
export async function heldSkus(db: Db, merchantId: number): Promise<Set<string>> {
  const rows = await holdDb(db).selectFrom('products').select('sku').where('merchant_id', '=', merchantId).where('ip_hold', '=', true).execute();
  return new Set(rows.map((r) => r.sku));
}

/** The merchant of a listing (any status), for flows that act on a listing by id; NOT_FOUND when there is none. */
export async function listingMerchant(db: Db, productId: number): Promise<{ merchantId: number; status: 'active' | 'hidden'; ipHold: boolean }> {
  const r = await holdDb(db).selectFrom('products').select(['merchant_id', 'status', 'ip_hold']).where('id', '=', productId).executeTakeFirst();
  if (!r) throw notFound('product', productId);
  return { merchantId: r.merchant_id, status: r.status, ipHold: r.ip_hold };
}
