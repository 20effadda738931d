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
 * The hold itself is the catalogue's (`products.ip_hold`, migration 026): the
 * takedown sets it with the listing hidden, an upheld decision keeps it, a
 * rejection lifts it (listing restored) unless another complaint still holds
 * the listing. While it is on, no catalogue path sets the listing active: the
 * update answers 409 CONFLICT with details.ipHold, the spreadsheet import
 * reports the row (IP_HOLD), deletion is refused, and a CHECK in the database
 * keeps a held listing from being active whatever writes it.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../core/db/schema.ts';
import { requireRole, type Actor } from '../core/auth/actor.ts';
import { AppError, notFound } from '../core/errors.ts';
import { listingMerchant, setListingStatus, updateProduct, type Product } from '../modules/catalog/index.ts';
import { getEntity } from '../modules/market/index.ts';
import { counterIpNotice, decideIpNotice, fileIpNotice, getIpNotice, markIpTakedown, type IpNotice } from '../modules/credit/index.ts';

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
    // a rights holder complains in its own name unless it names another
    const filer = actor.role !== 'operator' && actor.entityId ? await getEntity(tx, actor.entityId).catch(() => null) : null;
    return fileIpNotice(tx, actor, raw, { merchantId: listing.merchantId, complainantName: filer ? (filer.nameZh ?? filer.nameEn) : null });
  });
}

/** The operator or a regulator takes the listing down pending a decision. */
export async function takeDownListing(db: Kysely<DB>, actor: Actor, noticeId: number, raw: unknown): Promise<IpNotice> {
  requireRole(actor, 'operator', 'regulator');
  return db.transaction().execute(async (tx) => {
    const n = await getIpNotice(tx, actor, noticeId);
    const listing = await listingMerchant(tx, n.productId);
    const notice = await markIpTakedown(tx, actor, noticeId, raw, listing.status);
    await setListingStatus(tx, n.productId, 'hidden', { ipHold: true });
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
    if (r.notice.status === 'upheld') await setListingStatus(tx, r.notice.productId, 'hidden', { ipHold: true });
    // rejected after a takedown, and no other complaint holds the listing: the hold is lifted
    else if (r.restoreTo) await setListingStatus(tx, r.notice.productId, r.restoreTo, { ipHold: false });
    return r.notice;
  });
}

/**
 * The catalogue's update (the route's entry point). The catalogue itself refuses to set active a
 * listing that an IP complaint holds down (409 CONFLICT, details.ipHold).
 */
export async function updateListing(db: Kysely<DB>, actor: Actor, productId: number, raw: unknown): Promise<Product> {
  return updateProduct(db, actor, productId, raw);
}
