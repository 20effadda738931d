/**
 * Response schemas of the trade API (purchase list, checkout, orders), checked
 * against the trade module's types at compile time like src/http/responses.ts.
 */
import { z } from 'zod';
import type * as trade from '../modules/trade/index.ts';
import type { IndicativeAmounts } from '../flows/indicative-amounts.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(_proof: Same<A, B>): void => {};
const int = () => z.number().int();
const minor = () => z.number().int().meta({ description: 'Minor units of the currency (fen for CNY)' });

export const OrderStatus = z
  .enum(['placed', 'proposed', 'confirmed', 'deposit_paid', 'in_production', 'ready', 'delivered', 'completed', 'cancelled'])
  .meta({ id: 'OrderStatus' });
export const OrderAction = z
  .enum(['confirm', 'propose', 'accept', 'decline', 'start_production', 'mark_ready', 'deliver', 'complete', 'cancel'])
  .meta({ id: 'OrderAction' });

export const Shortfall = z
  .discriminatedUnion('code', [
    z.object({ code: z.literal('BELOW_MOQ'), productId: int(), moq: int(), qty: int(), missing: int() }),
    z.object({ code: z.literal('OVER_STOCK'), productId: int(), stock: int(), qty: int(), excess: int() }),
    z.object({ code: z.literal('AMOUNT_TOO_LARGE'), productId: int() }),
    z.object({ code: z.literal('BELOW_MIN_ORDER_VALUE'), merchantId: int(), currency: z.string(), minOrderValue: minor(), total: minor(), missing: minor() }),
  ])
  .meta({ id: 'Shortfall', description: 'What stops a line or an order from being checked out; the UI words it from the code and numbers' });
same<z.infer<typeof Shortfall>, trade.Shortfall>(true);

const ListLineView = z.object({
  productId: int(),
  merchantId: int(),
  currency: z.string(),
  unit: z.string(),
  moq: int(),
  tiers: z.array(z.object({ minQty: int(), unitPrice: minor() })),
  stock: int(),
  qty: int(),
  tierIndex: int().meta({ description: 'The tier that applies (index into tiers); -1 below every tier' }),
  unitPrice: minor(),
  lineTotal: minor(),
  nextTier: z.object({ moreQty: int(), unitPrice: minor() }).nullable(),
  sku: z.string(),
  titleZh: z.string().nullable(),
  titleEn: z.string().nullable(),
});

/** A purchase list's or purchase's amounts in the buyer's currency (`?currency=`), for orientation only. */
export const Indicative = z
  .object({
    currency: z.string().meta({ description: "The buyer's currency (ISO 4217); every amount here is minor units of it" }),
    rateDate: z.string().meta({ description: 'Date of the rates used (the older one when two were needed): the rates in force on the day asked' }),
    indicative: z.literal(true).meta({ description: 'Always true: indicative only, never used for settlement' }),
    orders: z.array(
      z.object({
        orderId: int().nullable().meta({ description: 'The merchant order (null on the purchase list)' }),
        merchantId: int(),
        from: z.string().meta({ description: "The order's own currency" }),
        total: minor(),
        deposit: minor(),
        balance: minor(),
      }),
    ),
    total: minor().meta({ description: "Sum of the orders' converted totals" }),
  })
  .meta({ id: 'IndicativeAmounts', description: "Amounts in the buyer's currency at the dated rate table; absent when no rate is known" });
same<z.infer<typeof Indicative>, IndicativeAmounts>(true);

export const PurchaseList = z
  .object({
    orders: z.array(
      z.object({
        merchantId: int(),
        currency: z.string(),
        lines: z.array(ListLineView),
        total: minor(),
        deposit: minor(),
        balance: minor(),
        depositBp: int(),
      }),
    ),
    totals: z.record(z.string(), minor()),
    shortfalls: z.array(Shortfall),
    unavailable: z.array(z.object({ productId: int(), qty: int() })),
    ready: z.boolean(),
    indicative: Indicative.optional(),
  })
  .meta({ id: 'PurchaseList' });

/** The list as the API sends it: each line with the product's SKU and titles. */
export function listBody(v: trade.ListView): z.infer<typeof PurchaseList> {
  return {
    orders: v.orders.map((o) => ({
      merchantId: o.merchantId,
      currency: o.currency,
      total: o.total,
      deposit: o.deposit,
      balance: o.balance,
      depositBp: o.depositBp,
      lines: o.lines.map((l) => {
        const p = v.products.get(l.productId);
        return { ...l, tiers: [...l.tiers], sku: p?.sku ?? '', titleZh: p?.titleZh ?? null, titleEn: p?.titleEn ?? null };
      }),
    })),
    totals: { ...v.totals },
    shortfalls: [...v.shortfalls],
    unavailable: [...v.unavailable],
    ready: v.ready,
  };
}

const Proposal = z.object({
  lines: z.array(z.object({ lineNo: int(), qty: int().optional(), unitPrice: minor().optional() })),
  leadTimeDays: int().optional(),
});

export const Order = z
  .object({
    id: int(),
    purchaseId: int(),
    buyerId: int(),
    merchantId: int(),
    currency: z.string(),
    total: minor(),
    deposit: minor(),
    balance: minor(),
    depositBp: int().meta({ description: 'Deposit share in basis points (3000 = 30 %)' }),
    paid: minor(),
    status: OrderStatus,
    leadTimeDays: int().nullable(),
    proposal: Proposal.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    actions: z.array(OrderAction).meta({ description: 'What the caller may do next' }),
    lines: z
      .array(
        z.object({
          lineNo: int(),
          productId: int().nullable(),
          sku: z.string(),
          titleZh: z.string().nullable(),
          titleEn: z.string().nullable(),
          unit: z.string(),
          hsCode: z.string().nullable(),
          qty: int(),
          unitPrice: minor(),
          tierIndex: int(),
          lineTotal: minor(),
        }),
      )
      .optional(),
    events: z
      .array(
        z.object({
          seq: int(),
          at: z.string(),
          actorRole: z.string(),
          from: z.string().nullable(),
          to: z.string(),
          reason: z.string().nullable(),
          changes: z.unknown(),
        }),
      )
      .optional(),
    payments: z
      .array(
        z.object({
          id: int(),
          kind: z.enum(['deposit', 'balance', 'refund']),
          method: z.enum(['bank_transfer', 'alipay', 'wechat_pay', 'letter_of_credit', 'card', 'escrow']),
          reference: z.string(),
          amount: minor(),
          currency: z.string(),
          recordedAt: z.string(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'Order' });
same<z.infer<typeof Order>, trade.OrderView>(true);

export const OrderPage = z
  .object({
    items: z.array(Order),
    page: int(),
    pageSize: int(),
    total: int(),
    nextCursor: z.string().nullable().meta({ description: 'Pass as `after` for the next page (keyset); null on the last page' }),
  })
  .meta({ id: 'OrderPage' });
export const Purchase = z
  .object({
    id: int(),
    buyerId: int(),
    totals: z.record(z.string(), minor()),
    createdAt: z.string(),
    orders: z.array(Order),
    indicative: Indicative.optional(),
  })
  .meta({ id: 'Purchase' });
same<z.infer<typeof Purchase>, trade.PurchaseView & { indicative?: IndicativeAmounts }>(true);

const Party = z.enum(['buyer', 'merchant']);
const inquiryFields = {
  id: int(),
  buyerId: int(),
  merchantId: int(),
  productId: int().nullable(),
  subject: z.string(),
  status: z.enum(['open', 'closed']),
  firstResponseSeconds: int().nullable().meta({ description: "Seconds from the buyer's first message to the merchant's first answer" }),
  reported: z.boolean(),
  lastMessageAt: z.string(),
  createdAt: z.string(),
  unread: int().meta({ description: 'Messages from the other party the caller has not read' }),
  lastMessage: z.object({ sender: Party, body: z.string() }).nullable(),
};
export const InquirySummary = z.object(inquiryFields).meta({ id: 'InquirySummary' });
same<z.infer<typeof InquirySummary>, trade.InquirySummary>(true);
export const InquiryThread = z
  .object({
    ...inquiryFields,
    messages: z.array(
      z.object({
        seq: int(),
        sender: Party,
        body: z.string(),
        lang: z.string().meta({ description: 'ISO 639 code; "und" when it could not be told' }),
        attachments: z.array(z.object({ url: z.string(), name: z.string().nullable() })),
        productId: int().nullable(),
        sentAt: z.string(),
        read: z.boolean().meta({ description: 'Read receipt: the other party has read it' }),
      }),
    ),
    report: z.object({ by: Party, reason: z.string(), at: z.string() }).nullable(),
  })
  .meta({ id: 'InquiryThread' });
same<z.infer<typeof InquiryThread>, trade.InquiryThread>(true);
export const Inbox = z
  .object({
    items: z.array(InquirySummary),
    total: int(),
    unreadTotal: int(),
    page: int(),
    pageSize: int(),
    nextCursor: z.string().nullable().meta({ description: 'Pass as `after` for the next page (keyset); null on the last page' }),
  })
  .meta({ id: 'Inbox' });

export const Dispute = z
  .object({
    id: int(),
    orderId: int(),
    buyerId: int(),
    merchantId: int(),
    openedBy: Party,
    reason: z.string(),
    evidence: z.array(z.object({ url: z.string(), name: z.string().nullable() })),
    status: z.enum(['open', 'resolved']),
    outcome: z.enum(['refund', 'partial_refund', 'rejected']).nullable(),
    refundAmount: minor().nullable(),
    winner: Party.nullable(),
    resolutionNote: z.string().nullable(),
    resolvedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Dispute' });
same<z.infer<typeof Dispute>, trade.DisputeView>(true);

const Incoterm = z.enum(['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF']).meta({ id: 'Incoterm', description: 'Incoterms 2020' });
export const Quote = z
  .object({
    id: int(),
    rfqId: int(),
    merchantId: int(),
    currency: z.string(),
    tiers: z.array(z.object({ minQty: int(), unitPrice: minor() })),
    moq: int(),
    leadTimeDays: int(),
    validUntil: z.string(),
    incoterm: Incoterm,
    sampleAvailable: z.boolean(),
    samplePrice: minor().nullable(),
    note: z.string().nullable(),
    productId: int().nullable(),
    status: z.enum(['open', 'accepted', 'rejected', 'withdrawn']),
    orderId: int().nullable(),
    atRfqQty: z
      .object({ unitPrice: minor(), total: minor() })
      .nullable()
      .meta({ description: "Unit price and total at the RFQ's quantity; null below the quote's MOQ" }),
  })
  .meta({ id: 'Quote' });
same<z.infer<typeof Quote>, trade.QuoteView>(true);
export const Rfq = z
  .object({
    id: int(),
    buyerId: int(),
    text: z.string(),
    categoryCode: z.string().nullable(),
    qty: int(),
    unit: z.string(),
    targetPrice: minor().nullable(),
    currency: z.string(),
    deadline: z.string(),
    destination: z.string().meta({ description: 'UN/LOCODE of the destination port' }),
    incoterm: Incoterm,
    status: z.enum(['open', 'awarded', 'closed']),
    createdAt: z.string(),
    matches: z
      .array(
        z.object({
          merchantId: int(),
          rank: int(),
          score: int(),
          seen: z.boolean(),
          reason: z.object({
            matchingProducts: int(),
            categoryCode: z.string().nullable(),
            bestProductId: int(),
            minMoq: int(),
            moqFits: z.boolean(),
            medianResponseSeconds: int().nullable(),
            lowestUnitPrice: minor().nullable(),
            currency: z.string().nullable(),
          }),
        }),
      )
      .optional(),
    quotes: z.array(Quote).optional(),
  })
  .meta({ id: 'Rfq' });
same<z.infer<typeof Rfq>, trade.RfqView>(true);
export const RfqList = z.object({ items: z.array(Rfq), unseen: int() }).meta({ id: 'RfqList' });
export const AcceptedQuote = z.object({ orderId: int(), purchaseId: int() }).meta({ id: 'AcceptedQuote' });

export const ResponseStats = z
  .object({
    inquiries: int().meta({ description: 'Inquiries counted (the last 200)' }),
    answered: int(),
    medianSeconds: int().nullable().meta({ description: 'Median time to the first answer; null when none was answered' }),
  })
  .meta({ id: 'ResponseStats' });
