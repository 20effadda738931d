/**
 * The trade module's tables as Kysely sees them. They are the module's own:
 * the platform's core DB type knows none of them; `tradeDb` widens a handle
 * (or a transaction) with these tables for the module's queries.
 */
import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';

/** Written by default (now()) unless given. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type OrderStatus = 'placed' | 'proposed' | 'confirmed' | 'deposit_paid' | 'in_production' | 'ready' | 'delivered' | 'completed' | 'cancelled';
export type PaymentKind = 'deposit' | 'balance' | 'refund';
export type PaymentMethod = 'bank_transfer' | 'alipay' | 'wechat_pay' | 'letter_of_credit' | 'card' | 'escrow';

export type TradeTables = {
  trade_terms: { merchant_id: number; deposit_bp: Generated<number>; min_order_value: Generated<number>; updated_at: Timestamp };
  list_lines: { buyer_id: number; product_id: number; qty: number; added_at: Timestamp; updated_at: Timestamp };
  purchases: {
    id: Generated<number>;
    buyer_id: number;
    idempotency_key: string;
    request_hash: string;
    totals: ColumnType<Record<string, number>, string, string>;
    created_at: Timestamp;
  };
  merchant_orders: {
    id: Generated<number>;
    purchase_id: number;
    buyer_id: number;
    merchant_id: number;
    currency: string;
    total: number;
    deposit: number;
    balance: number;
    deposit_bp: number;
    paid: Generated<number>;
    status: Generated<OrderStatus>;
    lead_time_days: number | null;
    proposal: ColumnType<unknown, string | null, string | null>;
    version: Generated<number>;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
  order_lines: {
    order_id: number;
    line_no: number;
    merchant_id: number;
    product_id: number | null;
    sku: string;
    title_zh: string | null;
    title_en: string | null;
    unit: string;
    hs_code: string | null;
    qty: number;
    unit_price: number;
    tier_index: number;
    line_total: number;
  };
  order_events: {
    order_id: number;
    seq: number;
    merchant_id: number;
    at: Timestamp;
    actor_user_id: number | null;
    actor_role: string;
    from_status: string | null;
    to_status: string;
    reason: string | null;
    changes: ColumnType<unknown, string | null, string | null>;
  };
  order_payments: {
    id: Generated<number>;
    order_id: number;
    merchant_id: number;
    kind: PaymentKind;
    method: PaymentMethod;
    reference: string;
    amount: number;
    currency: string;
    recorded_by: number | null;
    recorded_at: Timestamp;
  };
  inquiries: {
    id: Generated<number>;
    buyer_id: number;
    merchant_id: number;
    product_id: number | null;
    subject: string;
    status: Generated<'open' | 'closed'>;
    first_response_seconds: number | null;
    reported_at: Date | null;
    reported_by: 'buyer' | 'merchant' | null;
    report_reason: string | null;
    last_message_at: Timestamp;
    created_at: Timestamp;
    /** Messages each party has not read, kept by triggers (migration 012). */
    buyer_unread: Generated<number>;
    merchant_unread: Generated<number>;
  };
  inquiry_messages: {
    inquiry_id: number;
    seq: number;
    merchant_id: number;
    sender: 'buyer' | 'merchant';
    sender_user_id: number | null;
    body: string;
    lang: string;
    attachments: ColumnType<{ url: string; name: string | null }[], string, string>;
    product_id: number | null;
    sent_at: Timestamp;
  };
  inquiry_reads: { inquiry_id: number; party: 'buyer' | 'merchant'; merchant_id: number; last_read_seq: number; read_at: Timestamp };
  disputes: {
    id: Generated<number>;
    order_id: number;
    buyer_id: number;
    merchant_id: number;
    opened_by: 'buyer' | 'merchant';
    reason: string;
    evidence: ColumnType<{ url: string; name: string | null }[], string, string>;
    status: Generated<'open' | 'resolved'>;
    outcome: 'refund' | 'partial_refund' | 'rejected' | null;
    refund_amount: number | null;
    winner: 'buyer' | 'merchant' | null;
    resolution_note: string | null;
    resolved_by: number | null;
    resolved_at: Date | null;
    created_at: Timestamp;
  };
  trade_events: {
    seq: Generated<number>;
    xid: Generated<string>;
    at: Timestamp;
    entity_id: number;
    kind: TradeEventKind;
    order_id: number | null;
    dispute_id: number | null;
    inquiry_id: number | null;
    detail: ColumnType<Record<string, unknown>, string, string>;
  };
  rfqs: {
    id: Generated<number>;
    buyer_id: number;
    text: string;
    category_code: string | null;
    qty: number;
    unit: string;
    target_price: number | null;
    currency: string;
    deadline: string;
    destination: string;
    incoterm: Incoterm;
    status: Generated<'open' | 'awarded' | 'closed'>;
    created_at: Timestamp;
  };
  rfq_matches: {
    rfq_id: number;
    merchant_id: number;
    rank: number;
    score: number;
    reason: ColumnType<RfqMatchReason, string, string>;
    notified_at: Timestamp;
    seen_at: Date | null;
  };
  quotes: {
    id: Generated<number>;
    rfq_id: number;
    merchant_id: number;
    buyer_id: number;
    currency: string;
    tiers: ColumnType<{ minQty: number; unitPrice: number }[], string, string>;
    moq: number;
    lead_time_days: number;
    valid_until: string;
    incoterm: Incoterm;
    sample_available: boolean;
    sample_price: number | null;
    note: string | null;
    product_id: number | null;
    status: Generated<'open' | 'accepted' | 'rejected' | 'withdrawn'>;
    order_id: number | null;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
};

/** Incoterms 2020. */
export const INCOTERMS = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF'] as const;
export type Incoterm = (typeof INCOTERMS)[number];

/** Why a merchant was matched to an RFQ (the UI words it: "sells 37 matching products in 保温杯; MOQ fits; answers in 2 h on median"). */
export interface RfqMatchReason {
  matchingProducts: number;
  categoryCode: string | null;
  bestProductId: number;
  minMoq: number;
  moqFits: boolean;
  medianResponseSeconds: number | null;
  lowestUnitPrice: number | null;
  currency: string | null;
}

export type TradeEventKind =
  | 'order_delivered_on_time'
  | 'order_delivered_late'
  | 'order_cancelled_by_merchant'
  | 'order_completed'
  | 'dispute_won'
  | 'dispute_lost'
  | 'inquiry_answered';

export type TradeDB = DB & TradeTables;

/** The handle widened with the trade tables (a transaction stays a transaction). */
export function tradeDb(db: Transaction<DB>): Transaction<TradeDB>;
export function tradeDb(db: Kysely<DB>): Kysely<TradeDB>;
export function tradeDb(db: Kysely<DB> | Transaction<DB>): Kysely<TradeDB> | Transaction<TradeDB> {
  return db.withTables<TradeTables>();
}
