/**
 * Merchant orders after checkout: their views and reading them (each party
 * only its own), and the two steps every change shares — locking the order the
 * actor may see, and appending to its history. The changes themselves are in
 * order-moves.ts.
 */
import { z } from 'zod';
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { allowedActions, MOVES, type OrderAction } from './order-states.ts';
import { tradeDb, type OrderStatus, type PaymentKind, type PaymentMethod, type TradeDB, type TradeTables } from './tables.ts';

export interface OrderLineView {
  lineNo: number;
  /** Null for a line made to a quote rather than from a listed product. */
  productId: number | null;
  sku: string;
  titleZh: string | null;
  titleEn: string | null;
  unit: string;
  hsCode: string | null;
  qty: number;
  unitPrice: number;
  tierIndex: number;
  lineTotal: number;
}
export interface OrderEventView {
  seq: number;
  at: string;
  actorRole: string;
  from: string | null;
  to: string;
  reason: string | null;
  changes: unknown;
}
export interface PaymentView {
  id: number;
  kind: PaymentKind;
  method: PaymentMethod;
  reference: string;
  amount: number;
  currency: string;
  recordedAt: string;
}
export interface OrderView {
  id: number;
  purchaseId: number;
  buyerId: number;
  merchantId: number;
  currency: string;
  total: number;
  deposit: number;
  balance: number;
  depositBp: number;
  paid: number;
  status: OrderStatus;
  leadTimeDays: number | null;
  proposal: Proposal | null;
  createdAt: string;
  updatedAt: string;
  /** What the asking role may do next. */
  actions: OrderAction[];
  lines?: OrderLineView[];
  events?: OrderEventView[];
  payments?: PaymentView[];
}
export interface PurchaseView {
  id: number;
  buyerId: number;
  totals: Record<string, number>;
  createdAt: string;
  orders: OrderView[];
}

export const Proposal = z.strictObject({
  /** New quantities by line number (each ≥ 1 and not above the ordered quantity plus stock is not checked here: the merchant knows its stock). */
  lines: z
    .array(
      z.strictObject({
        lineNo: z.number().int().min(1),
        qty: z.number().int().min(1).max(100_000_000).optional(),
        unitPrice: z.number().int().min(1).optional(),
      }),
    )
    .max(200)
    .default([]),
  leadTimeDays: z.number().int().min(0).max(365).optional(),
});
export type Proposal = z.infer<typeof Proposal>;

export const MoveInput = z.strictObject({
  action: z.enum(Object.keys(MOVES) as [OrderAction, ...OrderAction[]]),
  reason: z.string().trim().min(1).max(1000).optional(),
  /** With `propose`: the changes the buyer is asked to accept. With `confirm`: the lead time. */
  proposal: Proposal.optional(),
  leadTimeDays: z.number().int().min(0).max(365).optional(),
});

export const PaymentInput = z.strictObject({
  kind: z.enum(['deposit', 'balance', 'refund']),
  method: z.enum(['bank_transfer', 'alipay', 'wechat_pay', 'letter_of_credit', 'card', 'escrow']),
  reference: z.string().trim().min(1).max(100),
  amount: z.number().int().min(1),
});

export const OrderQuery = z.strictObject({
  /** Only this merchant's orders (within what the caller may see). */
  merchant: z.coerce.number().int().positive().optional(),
  /** Only this buyer's orders (within what the caller may see). */
  buyer: z.coerce.number().int().positive().optional(),
  status: z.enum(['placed', 'proposed', 'confirmed', 'deposit_paid', 'in_production', 'ready', 'delivered', 'completed', 'cancelled']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  /** The orders after this point of the list (the previous page's `nextCursor`); `page` is then ignored. */
  after: z
    .string()
    .regex(/^\d{1,18}$/, 'a cursor is the nextCursor of the previous page')
    .optional(),
});

export type OrderRow = Omit<Selectable<TradeTables['merchant_orders']>, 'version'>;

const iso = (d: Date | string): string => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function toView(r: OrderRow, actor: Actor): OrderView {
  return {
    id: r.id,
    purchaseId: r.purchase_id,
    buyerId: r.buyer_id,
    merchantId: r.merchant_id,
    currency: r.currency,
    total: r.total,
    deposit: r.deposit,
    balance: r.balance,
    depositBp: r.deposit_bp,
    paid: r.paid,
    status: r.status,
    leadTimeDays: r.lead_time_days,
    proposal: (r.proposal as Proposal | null) ?? null,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    actions: actor.role === 'anonymous' ? [] : allowedActions(r.status, actor.role),
  };
}

/** Restrict a query of orders to what the actor may see. */
function visibleTo<Q extends { where: (...a: never[]) => Q }>(q: Q, actor: Actor): Q {
  requireRole(actor, 'buyer', 'merchant', 'operator');
  if (actor.role === 'operator') return q;
  if (actor.entityId === null) throw new AppError('FORBIDDEN', 'this account is not linked to a market entity');
  const col = actor.role === 'buyer' ? 'buyer_id' : 'merchant_id';
  return (q.where as unknown as (c: string, op: string, v: number) => Q)(col, '=', actor.entityId);
}

const ORDER_COLUMNS = [
  'id',
  'purchase_id',
  'buyer_id',
  'merchant_id',
  'currency',
  'total',
  'deposit',
  'balance',
  'deposit_bp',
  'paid',
  'status',
  'lead_time_days',
  'proposal',
  'created_at',
  'updated_at',
] as const;

/**
 * One page of the actor's orders (a buyer's purchases' orders, a merchant's incoming orders, all
 * for the operator), newest first. Pages by `page` or, at any depth in constant time, by `after` =
 * the previous page's `nextCursor` (keyset on id). Each filter a party uses is an index range
 * (merchant_id, status, id desc), (merchant_id, id desc), (buyer_id, id desc) (migrations 010, 012).
 * A buyer's or merchant's total is read from the order counters (migration 025), not counted.
 */
export async function listOrders(
  db0: Kysely<DB>,
  actor: Actor,
  raw: unknown,
): Promise<{ items: OrderView[]; page: number; pageSize: number; total: number; nextCursor: string | null }> {
  const q = parseInput(OrderQuery, raw);
  const db = tradeDb(db0);
  let base = visibleTo(db.selectFrom('merchant_orders'), actor);
  if (q.status) base = base.where('status', '=', q.status);
  if (q.merchant) base = base.where('merchant_id', '=', q.merchant);
  if (q.buyer) base = base.where('buyer_id', '=', q.buyer);
  const page = q.after ? base.where('id', '<', Number(q.after)) : base;
  // A party's own orders (all, or in one state) are counted by the counters kept with the orders (migration 025).
  const party = actor.role === 'buyer' || actor.role === 'merchant' ? actor.role : null;
  const counted = party !== null && q.merchant === undefined && q.buyer === undefined;
  const [rows, count] = await Promise.all([
    page
      .select([...ORDER_COLUMNS])
      .orderBy('id', 'desc')
      .limit(q.pageSize + 1)
      .offset(q.after ? 0 : (q.page - 1) * q.pageSize)
      .execute(),
    counted
      ? sql<{ n: number | null }>`select coalesce(sum(n), 0)::bigint as n from order_counts
          where party_id = ${actor.entityId!} and party = ${party}${q.status ? sql` and status = ${q.status}` : sql``}`
          .execute(db)
          .then((r) => ({ n: r.rows[0]?.n ?? 0 }))
      : base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const items = rows.slice(0, q.pageSize);
  return {
    items: items.map((r) => toView(r, actor)),
    page: q.after ? 1 : q.page,
    pageSize: q.pageSize,
    total: Number(count.n),
    nextCursor: rows.length > q.pageSize ? String(items.at(-1)!.id) : null,
  };
}

/** One order with its lines, history and payments; NOT_FOUND for an order that is not the actor's. */
export async function getOrder(db0: Kysely<DB>, actor: Actor, id: number): Promise<OrderView> {
  const db = tradeDb(db0);
  const r = await visibleTo(db.selectFrom('merchant_orders'), actor)
    .select([...ORDER_COLUMNS])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', `order ${id} does not exist or is not yours`);
  const [lines, events, payments] = await Promise.all([
    db.selectFrom('order_lines').selectAll().where('order_id', '=', id).orderBy('line_no').execute(),
    db.selectFrom('order_events').selectAll().where('order_id', '=', id).orderBy('seq').execute(),
    db.selectFrom('order_payments').selectAll().where('order_id', '=', id).orderBy('id').execute(),
  ]);
  return {
    ...toView(r, actor),
    lines: lines.map((l) => ({
      lineNo: l.line_no,
      productId: l.product_id,
      sku: l.sku,
      titleZh: l.title_zh,
      titleEn: l.title_en,
      unit: l.unit,
      hsCode: l.hs_code,
      qty: l.qty,
      unitPrice: l.unit_price,
      tierIndex: l.tier_index,
      lineTotal: l.line_total,
    })),
    events: events.map((e) => ({
      seq: e.seq,
      at: iso(e.at),
      actorRole: e.actor_role,
      from: e.from_status,
      to: e.to_status,
      reason: e.reason,
      changes: e.changes ?? null,
    })),
    payments: payments.map((p) => ({
      id: p.id,
      kind: p.kind,
      method: p.method,
      reference: p.reference,
      amount: p.amount,
      currency: p.currency,
      recordedAt: iso(p.recorded_at),
    })),
  };
}

/** A purchase with its orders (the buyer who made it, or the operator). */
export async function getPurchase(db0: Kysely<DB>, actor: Actor, id: number): Promise<PurchaseView> {
  requireRole(actor, 'buyer', 'operator');
  const db = tradeDb(db0);
  let q = db.selectFrom('purchases').select(['id', 'buyer_id', 'totals', 'created_at']).where('id', '=', id);
  if (actor.role === 'buyer') q = q.where('buyer_id', '=', actor.entityId ?? -1);
  const p = await q.executeTakeFirst();
  if (!p) throw new AppError('NOT_FOUND', `purchase ${id} does not exist or is not yours`);
  const orders = await db
    .selectFrom('merchant_orders')
    .select([...ORDER_COLUMNS])
    .where('purchase_id', '=', id)
    .orderBy('id')
    .execute();
  return { id: p.id, buyerId: p.buyer_id, totals: p.totals, createdAt: iso(p.created_at), orders: orders.map((o) => toView(o, actor)) };
}

export async function lockOrder(tx: Transaction<TradeDB>, actor: Actor, id: number) {
  const r = await visibleTo(tx.selectFrom('merchant_orders'), actor)
    .select([...ORDER_COLUMNS, 'version'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', `order ${id} does not exist or is not yours`);
  return r;
}

export async function appendEvent(
  tx: Transaction<TradeDB>,
  actor: Actor,
  order: { id: number; merchant_id: number; status: OrderStatus },
  to: OrderStatus,
  reason: string | null,
  changes: unknown,
): Promise<void> {
  const { n } = await tx
    .selectFrom('order_events')
    .select((eb) => eb.fn.max('seq').as('n'))
    .where('order_id', '=', order.id)
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('order_events')
    .values({
      order_id: order.id,
      seq: Number(n ?? 0) + 1,
      merchant_id: order.merchant_id,
      actor_user_id: actor.userId,
      actor_role: actor.role,
      from_status: order.status,
      to_status: to,
      reason,
      changes: changes === null || changes === undefined ? null : JSON.stringify(changes),
    })
    .execute();
}
