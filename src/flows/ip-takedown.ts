/**
 * Flow: IP notice and takedown. The credit module keeps the complaint, its
 * steps, the audit trail and the credit event; the catalogue holds the
 * listing. Each step that moves the listing runs in one transaction across
 * both (all or nothing):
 *
 * - file: the listing's merchant is read from the catalogue, the complaint recorded;
 * - take down (operator or regulator): the listing is hidden (out of search and
 *   off its public page), its previous status kept on the notice;
 * - counter-notice (the listing's merchant): recorded;
 * - decide (regulator): upheld keeps the listing down and records the credit
 *   event `ip_infringement`; rejected restores the listing's previous status,
 *   unless another complaint still holds it down.
 *
 * While a complaint holds a listing down, its merchant cannot set it active
 * again (`updateListing` answers 409 CONFLICT with details.ipHold).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../core/db/schema.ts';
import { requireRole, type Actor } from '../core/auth/actor.ts';
import { AppError, notFound } from '../core/errors.ts';
import { listingMerchant, setListingStatus, updateProduct, type Product } from '../modules/catalog/index.ts';
import { counterIpNotice, decideIpNotice, fileIpNotice, getIpNotice, ipListingHeld, markIpTakedown, type IpNotice } from '../modules/credit/index.ts';

const productIdOf = (raw: unknown): number => {
  const v = (raw as { productId?: unknown } | null)?.productId;
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) throw new AppError('VALIDATION', 'productId: a product id', { field: 'productId' });
  return v;
};

/** A rights holder (merchant or buyer account) or the operator on its behalf files a complaint against a listing. */
export async function fileIpComplaint(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<IpNotice> {
  requireRole(actor, 'operator', 'merchant', 'buyer');
  const productId = productIdOf(raw);
  return db.transaction().execute(async (tx) => {
    const listing = await listingMerchant(tx, productId);
    // A hidden listing is not public: only the operator can complain about it.
    if (listing.status !== 'active' && actor.role !== 'operator') throw notFound('product', productId);
    return fileIpNotice(tx, actor, raw, { merchantId: listing.merchantId });
  });
}

/** The operator or a regulator takes the listing down pending a decision. */
export async function takeDownListing(db: Kysely<DB>, actor: Actor, noticeId: number, raw: unknown): Promise<IpNotice> {
  requireRole(actor, 'operator', 'regulator');
  return db.transaction().execute(async (tx) => {
    const n = await getIpNotice(tx, actor, noticeId);
    const listing = await listingMerchant(tx, n.productId);
    const notice = await markIpTakedown(tx, actor, noticeId, raw, listing.status);
    await setListingStatus(tx, n.productId, 'hidden');
    return notice;
  });
}

/** The listing's merchant files its counter-notice. */
export async function fileCounterNotice(db: Kysely<DB>, actor: Actor, noticeId: number, raw: unknown): Promise<IpNotice> {
  return db.transaction().execute((tx) => counterIpNotice(tx, actor, noticeId, raw));
}

/** A regulator upholds (listing stays down, credit event) or rejects (listing restored) a complaint. */
export async function decideIpComplaint(db: Kysely<DB>, actor: Actor, noticeId: number, raw: unknown): Promise<IpNotice> {
  return db.transaction().execute(async (tx) => {
    const r = await decideIpNotice(tx, actor, noticeId, raw);
    if (r.notice.status === 'upheld') await setListingStatus(tx, r.notice.productId, 'hidden');
    else if (r.restoreTo) await setListingStatus(tx, r.notice.productId, r.restoreTo);
    return r.notice;
  });
}

/** The catalogue's update, refused when it would set active a listing that an IP complaint holds down. */
export async function updateListing(db: Kysely<DB>, actor: Actor, productId: number, raw: unknown): Promise<Product> {
  if ((raw as { status?: unknown } | null)?.status === 'active' && (await ipListingHeld(db, productId)))
    throw new AppError('CONFLICT', `product ${productId} is taken down on an IP complaint and stays hidden until a regulator rejects the complaint`, {
      ipHold: true,
    });
  return updateProduct(db, actor, productId, raw);
}
