/**
 * The proforma invoice (形式发票) of one merchant order: the data both
 * renderings share (PDF in proforma-pdf.ts, xlsx in proforma-sheet.ts),
 * assembled from the order as its reader may see it (the order's buyer, its
 * merchant, or the operator: others get what getOrder answers them, 403 or
 * 404). The document is language-independent data; the renderers word it in
 * Chinese or English (proforma-labels.ts).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import type { Actor } from '../../core/auth/actor.ts';
import { currentStallsOf, getEntity, getStall } from '../market/index.ts';
import { getOrder } from './orders.ts';
import { tradeDb } from './tables.ts';

export type ProformaLang = 'zh' | 'en';

export interface ProformaLine {
  lineNo: number;
  sku: string;
  titleZh: string | null;
  titleEn: string | null;
  hsCode: string | null;
  qty: number;
  /** The unit key (pcs, set, carton, …; src/core/units.ts). */
  unit: string;
  unitPrice: number;
  lineTotal: number;
}

export interface ProformaData {
  /** PI-<year of issue>-<order id, 6 digits>: one number per order. */
  number: string;
  orderId: number;
  purchaseId: number;
  status: string;
  /** The day the order's terms were agreed (confirmed), or it was placed if not yet. */
  issueDate: string;
  /** The accepted quote's validity, else 30 days after the issue date. */
  validUntil: string;
  seller: {
    id: number;
    nameZh: string | null;
    nameEn: string | null;
    uscc: string | null;
    shopNameZh: string | null;
    shopNameEn: string | null;
    /** D2-F3-S21-12345 and 2区3楼21街12345, with the market's names; null when the merchant holds no stall. */
    stall: { address: string; addressZh: string; marketZh: string; marketEn: string; phone: string | null } | null;
  };
  buyer: { id: number; nameZh: string | null; nameEn: string | null; country: string };
  currency: string;
  lines: ProformaLine[];
  total: number;
  deposit: number;
  depositBp: number;
  balance: number;
  paid: number;
  leadTimeDays: number | null;
  /** From the RFQ quote the order was made from, when it was. */
  incoterm: string | null;
  port: string | null;
}

const day = (d: string | Date): string => (d instanceof Date ? d : new Date(d)).toISOString().slice(0, 10);
const addDays = (d: string, n: number): string => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * The proforma invoice data of an order. Throws what getOrder throws
 * (UNAUTHENTICATED, FORBIDDEN for a role that sees no orders, NOT_FOUND for an
 * order that is not the reader's).
 * @example
 * ```ts
 * const pi = await proformaData(db, buyer, 42);
 * pi.number; // 'PI-2026-000042'
 * ```
 */
export async function proformaData(db0: Kysely<DB>, actor: Actor, orderId: number): Promise<ProformaData> {
  const order = await getOrder(db0, actor, orderId);
  const db = tradeDb(db0);
  const [seller, buyer, stallIds, quote] = await Promise.all([
    getEntity(db0, order.merchantId),
    getEntity(db0, order.buyerId),
    currentStallsOf(db0, order.merchantId),
    db
      .selectFrom('quotes as q')
      .innerJoin('rfqs as r', 'r.id', 'q.rfq_id')
      .select(['q.incoterm', 'q.valid_until', 'r.destination'])
      .where('q.order_id', '=', orderId)
      .executeTakeFirst(),
  ]);
  const firstStall = [...stallIds].sort((a, b) => a - b)[0];
  const stall = firstStall === undefined ? null : await getStall(db0, firstStall);
  const confirmed = (order.events ?? []).find((e) => e.to === 'confirmed');
  const issueDate = day(confirmed?.at ?? order.createdAt);
  const quoteValid = quote?.valid_until ? day(quote.valid_until) : null;
  return {
    number: `PI-${issueDate.slice(0, 4)}-${String(order.id).padStart(6, '0')}`,
    orderId: order.id,
    purchaseId: order.purchaseId,
    status: order.status,
    issueDate,
    validUntil: quoteValid && quoteValid >= issueDate ? quoteValid : addDays(issueDate, 30),
    seller: {
      id: seller.id,
      nameZh: seller.nameZh,
      nameEn: seller.nameEn,
      uscc: seller.uscc,
      shopNameZh: stall?.shopNameZh ?? null,
      shopNameEn: stall?.shopNameEn ?? null,
      stall: stall
        ? { address: stall.address, addressZh: stall.addressZh, marketZh: stall.market.nameZh, marketEn: stall.market.nameEn, phone: stall.phone }
        : null,
    },
    buyer: { id: buyer.id, nameZh: buyer.nameZh, nameEn: buyer.nameEn, country: buyer.country },
    currency: order.currency,
    lines: (order.lines ?? []).map((l) => ({
      lineNo: l.lineNo,
      sku: l.sku,
      titleZh: l.titleZh,
      titleEn: l.titleEn,
      hsCode: l.hsCode,
      qty: l.qty,
      unit: l.unit,
      unitPrice: l.unitPrice,
      lineTotal: l.lineTotal,
    })),
    total: order.total,
    deposit: order.deposit,
    depositBp: order.depositBp,
    balance: order.balance,
    paid: order.paid,
    leadTimeDays: order.leadTimeDays,
    incoterm: quote?.incoterm ?? null,
    port: quote?.destination ?? null,
  };
}
