import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { notFound } from '../../core/errors.ts';

/**
 * Set a listing's status on the platform's own authority (no merchant or
 * role check: callers are flows that have made the decision, e.g. an IP
 * takedown, and run it in their transaction). A hidden listing leaves search
 * and its public page. Returns the status it had before.
 */
export async function setListingStatus(db: Kysely<DB> | Transaction<DB>, productId: number, status: 'active' | 'hidden'): Promise<'active' | 'hidden'> {
  const cur = await db.selectFrom('products').select('status').where('id', '=', productId).forUpdate().executeTakeFirst();
  if (!cur) throw notFound('product', productId);
  if (cur.status !== status) await db.updateTable('products').set({ status, updated_at: new Date() }).where('id', '=', productId).execute();
  return cur.status;
}

/** The merchant of a listing (any status), for flows that act on a listing by id; NOT_FOUND when there is none. */
export async function listingMerchant(db: Kysely<DB> | Transaction<DB>, productId: number): Promise<{ merchantId: number; status: 'active' | 'hidden' }> {
  const r = await db.selectFrom('products').select(['merchant_id', 'status']).where('id', '=', productId).executeTakeFirst();
  if (!r) throw notFound('product', productId);
  return { merchantId: r.merchant_id, status: r.status };
}
