/**
 * RFQs (货找人, goods find the buyer): a buyer posts a need; the platform
 * matches merchants whose goods fit (src/flows/match-rfq.ts ranks them with
 * search and records why), notifies the top ones; merchants quote; the buyer
 * compares quotes side by side and accepts one, which becomes an order.
 */
import { z } from 'zod';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';
import { isCurrency } from '../../core/money.ts';
import { parseInput } from '../../core/validation.ts';
import { splitDeposit, tierIndexFor } from './pricing.ts';
import { merchantTerms } from './purchase-list.ts';
import { INCOTERMS, tradeDb, type Incoterm, type RfqMatchReason, type TradeTables } from './tables.ts';

const Currency = z.string().refine(isCurrency, 'an ISO 4217 currency code such as CNY or USD');
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const Tiers = z
  .array(z.strictObject({ minQty: z.number().int().min(1).max(100_000_000), unitPrice: z.number().int().min(1).max(999_999_999_999_999) }))
  .min(1)
  .max(10)
  .superRefine((ts, ctx) => {
    for (let i = 1; i < ts.length; i++) {
      if (ts[i]!.minQty <= ts[i - 1]!.minQty) ctx.addIssue({ code: 'custom', path: [i, 'minQty'], message: 'tiers go up in quantity' });
      if (ts[i]!.unitPrice > ts[i - 1]!.unitPrice)
        ctx.addIssue({ code: 'custom', path: [i, 'unitPrice'], message: 'a larger quantity must not cost more per unit' });
    }
  });

export const RfqInput = z.strictObject({
  text: z.string().trim().min(2).max(2000),
  categoryCode: z
    .string()
    .regex(/^([0-9]{2}){1,3}$/, 'a category code of 2, 4 or 6 digits')
    .optional(),
  qty: z.number().int().min(1).max(100_000_000),
  unit: z.string().trim().min(1).max(20),
  targetPrice: z.number().int().min(1).optional(),
  currency: Currency.default('CNY'),
  deadline: IsoDate,
  /** UN/LOCODE of the destination port, e.g. AEJEA (Jebel Ali). */
  destination: z.string().regex(/^[A-Z]{2}[A-Z2-9]{3}$/, 'a UN/LOCODE such as AEJEA or USLAX'),
  incoterm: z.enum(INCOTERMS),
});

export const QuoteInput = z.strictObject({
  currency: Currency,
  tiers: Tiers,
  moq: z.number().int().min(1).max(100_000_000),
  leadTimeDays: z.number().int().min(0).max(365),
  validUntil: IsoDate,
  incoterm: z.enum(INCOTERMS),
  sampleAvailable: z.boolean().default(false),
  samplePrice: z.number().int().min(0).optional(),
  note: z.string().trim().max(2000).optional(),
  productId: z.number().int().positive().optional(),
});

export interface RfqView {
  id: number;
  buyerId: number;
  text: string;
  categoryCode: string | null;
  qty: number;
  unit: string;
  targetPrice: number | null;
  currency: string;
  deadline: string;
  destination: string;
  incoterm: Incoterm;
  status: 'open' | 'awarded' | 'closed';
  createdAt: string;
  /** For the buyer and the operator: the matched merchants, best first, with why. */
  matches?: { merchantId: number; rank: number; score: number; reason: RfqMatchReason; seen: boolean }[];
  quotes?: QuoteView[];
}
export interface QuoteView {
  id: number;
  rfqId: number;
  merchantId: number;
  currency: string;
  tiers: { minQty: number; unitPrice: number }[];
  moq: number;
  leadTimeDays: number;
  validUntil: string;
  incoterm: Incoterm;
  sampleAvailable: boolean;
  samplePrice: number | null;
  note: string | null;
  productId: number | null;
  status: 'open' | 'accepted' | 'rejected' | 'withdrawn';
  orderId: number | null;
  /** The unit price and total at the RFQ's quantity (the comparison the buyer makes), null when below the quote's MOQ. */
  atRfqQty: { unitPrice: number; total: number } | null;
}

const iso = (d: Date | string): string => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());
const day = (d: Date | string): string => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

type RfqRow = Selectable<TradeTables['rfqs']>;

function rfqView(r: RfqRow): RfqView {
  return {
    id: r.id,
    buyerId: r.buyer_id,
    text: r.text,
    categoryCode: r.category_code,
    qty: r.qty,
    unit: r.unit,
    targetPrice: r.target_price,
    currency: r.currency,
    deadline: day(r.deadline),
    destination: r.destination,
    incoterm: r.incoterm,
    status: r.status,
    createdAt: iso(r.created_at),
  };
}

type QuoteRow = Omit<Selectable<TradeTables['quotes']>, 'buyer_id' | 'created_at' | 'updated_at'>;

function quoteView(q: QuoteRow, rfqQty: number): QuoteView {
  const at = tierIndexFor(q.tiers, rfqQty);
  const unitPrice = at >= 0 && rfqQty >= q.moq ? q.tiers[at]!.unitPrice : null;
  return {
    id: q.id,
    rfqId: q.rfq_id,
    merchantId: q.merchant_id,
    currency: q.currency,
    tiers: q.tiers,
    moq: q.moq,
    leadTimeDays: q.lead_time_days,
    validUntil: day(q.valid_until),
    incoterm: q.incoterm,
    sampleAvailable: q.sample_available,
    samplePrice: q.sample_price,
    note: q.note,
    productId: q.product_id,
    status: q.status,
    orderId: q.order_id,
    atRfqQty: unitPrice === null ? null : { unitPrice, total: unitPrice * rfqQty },
  };
}

/** A buyer posts an RFQ (matching is the caller's next step: src/flows/match-rfq.ts). */
export async function postRfq(db0: Kysely<DB>, actor: Actor, raw: unknown): Promise<RfqView> {
  requireRole(actor, 'buyer');
  if (actor.entityId === null) throw new AppError('FORBIDDEN', 'this buyer account is not linked to a buyer entity');
  const input = parseInput(RfqInput, raw);
  if (input.deadline < new Date().toISOString().slice(0, 10)) throw new AppError('VALIDATION', 'the deadline is in the past', { field: 'deadline' });
  const r = await tradeDb(db0)
    .insertInto('rfqs')
    .values({
      buyer_id: actor.entityId,
      text: input.text,
      category_code: input.categoryCode ?? null,
      qty: input.qty,
      unit: input.unit,
      target_price: input.targetPrice ?? null,
      currency: input.currency,
      deadline: input.deadline,
      destination: input.destination,
      incoterm: input.incoterm,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return rfqView(r);
}

/** Record the matched merchants of an RFQ, best first (the flow computed them); replaces earlier matches. */
export async function recordRfqMatches(
  db0: Kysely<DB>,
  rfqId: number,
  matches: readonly { merchantId: number; score: number; reason: RfqMatchReason }[],
): Promise<void> {
  await db0.transaction().execute(async (tx0) => {
    const tx = tradeDb(tx0);
    await tx.deleteFrom('rfq_matches').where('rfq_id', '=', rfqId).execute();
    if (matches.length)
      await tx
        .insertInto('rfq_matches')
        .values(
          matches.map((m, i) => ({ rfq_id: rfqId, merchant_id: m.merchantId, rank: i + 1, score: m.score, reason: JSON.stringify(m.reason), seen_at: null })),
        )
        .execute();
  });
}

/**
 * One RFQ: its buyer sees the matches and every quote; a matched merchant sees the RFQ and its own
 * quote (and is marked as having seen it); the operator sees all. Others: NOT_FOUND.
 */
export async function getRfq(db0: Kysely<DB>, actor: Actor, id: number): Promise<RfqView> {
  requireRole(actor, 'buyer', 'merchant', 'operator');
  const db = tradeDb(db0);
  const r = await db.selectFrom('rfqs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', `RFQ ${id} does not exist`);
  if (actor.role === 'buyer' && r.buyer_id !== actor.entityId) throw new AppError('NOT_FOUND', `RFQ ${id} does not exist or is not yours`);
  if (actor.role === 'merchant') {
    const m = await db
      .updateTable('rfq_matches')
      .set({ seen_at: sql`coalesce(seen_at, now())` })
      .where('rfq_id', '=', id)
      .where('merchant_id', '=', actor.entityId ?? -1)
      .returning('rank')
      .executeTakeFirst();
    if (!m) throw new AppError('NOT_FOUND', `RFQ ${id} was not sent to you`);
    const own = await db
      .selectFrom('quotes')
      .selectAll()
      .where('rfq_id', '=', id)
      .where('merchant_id', '=', actor.entityId ?? -1)
      .execute();
    return { ...rfqView(r), quotes: own.map((q) => quoteView(q, r.qty)) };
  }
  const [matches, quotes] = await Promise.all([
    db.selectFrom('rfq_matches').selectAll().where('rfq_id', '=', id).orderBy('rank').execute(),
    db.selectFrom('quotes').selectAll().where('rfq_id', '=', id).orderBy('id').execute(),
  ]);
  return {
    ...rfqView(r),
    matches: matches.map((m) => ({ merchantId: m.merchant_id, rank: m.rank, score: m.score, reason: m.reason, seen: m.seen_at !== null })),
    quotes: quotes.map((q) => quoteView(q, r.qty)),
  };
}

/** RFQs of the caller: a buyer's own; those a merchant was matched to (with `unseen` for its badge); all for the operator. */
export async function listRfqs(db0: Kysely<DB>, actor: Actor): Promise<{ items: RfqView[]; unseen: number }> {
  requireRole(actor, 'buyer', 'merchant', 'operator');
  const db = tradeDb(db0);
  if (actor.role === 'merchant') {
    const rows = await db
      .selectFrom('rfq_matches as m')
      .innerJoin('rfqs as r', 'r.id', 'm.rfq_id')
      .selectAll('r')
      .select('m.seen_at')
      .where('m.merchant_id', '=', actor.entityId ?? -1)
      .orderBy('r.id', 'desc')
      .limit(200)
      .execute();
    return { items: rows.map(rfqView), unseen: rows.filter((r) => r.seen_at === null && r.status === 'open').length };
  }
  let q = db.selectFrom('rfqs').selectAll();
  if (actor.role === 'buyer') q = q.where('buyer_id', '=', actor.entityId ?? -1);
  const rows = await q.orderBy('id', 'desc').limit(200).execute();
  return { items: rows.map(rfqView), unseen: 0 };
}

/** A matched merchant quotes (or changes its open quote) on an open RFQ before its deadline. */
export async function submitQuote(db0: Kysely<DB>, actor: Actor, rfqId: number, raw: unknown): Promise<QuoteView> {
  requireRole(actor, 'merchant');
  const input = parseInput(QuoteInput, raw);
  const db = tradeDb(db0);
  const r = await db.selectFrom('rfqs').selectAll().where('id', '=', rfqId).executeTakeFirst();
  const matched =
    r &&
    (await db
      .selectFrom('rfq_matches')
      .select('rank')
      .where('rfq_id', '=', rfqId)
      .where('merchant_id', '=', actor.entityId ?? -1)
      .executeTakeFirst());
  if (!r || !matched) throw new AppError('NOT_FOUND', `RFQ ${rfqId} was not sent to you`);
  if (r.status !== 'open') throw new AppError('CONFLICT', `RFQ ${rfqId} is ${r.status}: it takes no more quotes`);
  const today = new Date().toISOString().slice(0, 10);
  if (day(r.deadline) < today) throw new AppError('CONFLICT', `RFQ ${rfqId} closed on ${day(r.deadline)}`);
  if (input.validUntil < today) throw new AppError('VALIDATION', 'a quote must be valid at least until today', { field: 'validUntil' });
  if (input.tiers[0]!.minQty > input.moq) throw new AppError('VALIDATION', 'the first tier starts at or below the MOQ', { field: 'tiers' });
  const values = {
    currency: input.currency,
    tiers: JSON.stringify(input.tiers),
    moq: input.moq,
    lead_time_days: input.leadTimeDays,
    valid_until: input.validUntil,
    incoterm: input.incoterm,
    sample_available: input.sampleAvailable,
    sample_price: input.samplePrice ?? null,
    note: input.note ?? null,
    product_id: input.productId ?? null,
    updated_at: new Date(),
  };
  const existing = await db
    .selectFrom('quotes')
    .select(['id', 'status'])
    .where('rfq_id', '=', rfqId)
    .where('merchant_id', '=', actor.entityId!)
    .executeTakeFirst();
  if (existing && existing.status !== 'open') throw new AppError('CONFLICT', `your quote on RFQ ${rfqId} is ${existing.status}`);
  const q = existing
    ? await db.updateTable('quotes').set(values).where('id', '=', existing.id).returningAll().executeTakeFirstOrThrow()
    : await db
        .insertInto('quotes')
        .values({ ...values, rfq_id: rfqId, merchant_id: actor.entityId!, buyer_id: r.buyer_id, order_id: null })
        .returningAll()
        .executeTakeFirstOrThrow();
  return quoteView(q, r.qty);
}

/**
 * The buyer accepts one quote: it becomes a purchase with one order to that merchant at the
 * quote's price for the RFQ's quantity (made to order: no stock is reserved); the RFQ is awarded
 * and the other quotes are rejected. Returns the new order's id.
 */
export async function acceptQuote(db0: Kysely<DB>, actor: Actor, quoteId: number): Promise<{ orderId: number; purchaseId: number }> {
  requireRole(actor, 'buyer');
  return db0.transaction().execute(async (tx0) => {
    const tx = tradeDb(tx0);
    const q = await tx.selectFrom('quotes').selectAll().where('id', '=', quoteId).forUpdate().executeTakeFirst();
    if (!q || q.buyer_id !== actor.entityId) throw new AppError('NOT_FOUND', `quote ${quoteId} does not exist or is not for you`);
    const r = await tx.selectFrom('rfqs').selectAll().where('id', '=', q.rfq_id).forUpdate().executeTakeFirstOrThrow();
    if (r.status !== 'open' || q.status !== 'open') throw new AppError('CONFLICT', `RFQ ${r.id} is ${r.status} and quote ${quoteId} is ${q.status}`);
    if (day(q.valid_until) < new Date().toISOString().slice(0, 10)) throw new AppError('CONFLICT', `quote ${quoteId} expired on ${day(q.valid_until)}`);
    const priced = quoteView(q, r.qty).atRfqQty;
    if (!priced) throw new AppError('CONFLICT', `quote ${quoteId} starts at ${q.moq} ${r.unit}, above the RFQ's ${r.qty}`);
    if (!Number.isSafeInteger(priced.total)) throw new AppError('VALIDATION', 'the amount is too large');
    const terms = (await merchantTerms(tx0, [q.merchant_id])).get(q.merchant_id)!;
    const { deposit, balance } = splitDeposit(priced.total, terms.depositBp);
    const p = await tx
      .insertInto('purchases')
      .values({
        buyer_id: r.buyer_id,
        idempotency_key: `quote-accepted-${quoteId}`,
        request_hash: `quote-accepted-${quoteId}`,
        totals: JSON.stringify({ [q.currency]: priced.total }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const o = await tx
      .insertInto('merchant_orders')
      .values({
        purchase_id: p.id,
        buyer_id: r.buyer_id,
        merchant_id: q.merchant_id,
        currency: q.currency,
        total: priced.total,
        deposit,
        balance,
        deposit_bp: terms.depositBp,
        lead_time_days: q.lead_time_days,
        proposal: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('order_lines')
      .values({
        order_id: o.id,
        line_no: 1,
        merchant_id: q.merchant_id,
        product_id: q.product_id,
        sku: `RFQ-${r.id}`,
        title_zh: r.text.slice(0, 200),
        title_en: null,
        unit: r.unit,
        hs_code: null,
        qty: r.qty,
        unit_price: priced.unitPrice,
        tier_index: tierIndexFor(q.tiers, r.qty),
        line_total: priced.total,
      })
      .execute();
    await tx
      .insertInto('order_events')
      .values({
        order_id: o.id,
        seq: 1,
        merchant_id: q.merchant_id,
        actor_user_id: actor.userId,
        actor_role: 'buyer',
        from_status: null,
        to_status: 'placed',
        reason: `quote ${quoteId} on RFQ ${r.id} accepted`,
        changes: null,
      })
      .execute();
    await tx.updateTable('quotes').set({ status: 'accepted', order_id: o.id, updated_at: new Date() }).where('id', '=', quoteId).execute();
    await tx
      .updateTable('quotes')
      .set({ status: 'rejected', updated_at: new Date() })
      .where('rfq_id', '=', r.id)
      .where('id', '!=', quoteId)
      .where('status', '=', 'open')
      .execute();
    await tx.updateTable('rfqs').set({ status: 'awarded' }).where('id', '=', r.id).execute();
    return { orderId: o.id, purchaseId: p.id };
  });
}
