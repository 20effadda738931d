/**
 * Merchant orders after checkout: reading (each party only its own), moving
 * them through their life cycle (order-states.ts), merchant proposals the
 * buyer accepts, and payments recorded against them. Every change is one
 * transaction that locks the order row, checks the move, writes the order and
 * appends its history.
 */
import { z } from 'zod';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { releaseStock } from '../catalog/index.ts';
import { splitDeposit } from './pricing.ts';
import { emitTradeEvent } from './events.ts';
import { allowedActions, canMove, MOVES, type OrderAction } from './order-states.ts';
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
});

type OrderRow = Omit<Selectable<TradeTables['merchant_orders']>, 'version'>;

const iso = (d: Date | string): string => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

function toView(r: OrderRow, actor: Actor): OrderView {
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

/** One page of the actor's orders (a buyer's purchases' orders, a merchant's incoming orders, all for the operator), newest first. */
export async function listOrders(db0: Kysely<DB>, actor: Actor, raw: unknown): Promise<{ items: OrderView[]; page: number; pageSize: number; total: number }> {
  const q = parseInput(OrderQuery, raw);
  const db = tradeDb(db0);
  let base = visibleTo(db.selectFrom('merchant_orders'), actor);
  if (q.status) base = base.where('status', '=', q.status);
  if (q.merchant) base = base.where('merchant_id', '=', q.merchant);
  if (q.buyer) base = base.where('buyer_id', '=', q.buyer);
  const [rows, count] = await Promise.all([
    base
      .select([...ORDER_COLUMNS])
      .orderBy('id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((r) => toView(r, actor)), page: q.page, pageSize: q.pageSize, total: Number(count.n) };
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

async function lockOrder(tx: Transaction<TradeDB>, actor: Actor, id: number) {
  const r = await visibleTo(tx.selectFrom('merchant_orders'), actor)
    .select([...ORDER_COLUMNS, 'version'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', `order ${id} does not exist or is not yours`);
  return r;
}

async function appendEvent(
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

/**
 * Move an order: the action must be allowed for the actor's role from the order's state
 * (ILLEGAL_TRANSITION lists what is), with a reason where the move needs one.
 * `accept` applies the merchant's proposal (quantities, prices, lead time) and recomputes
 * the totals, deposit and balance; `cancel` puts the reserved stock back.
 */
/** Called inside the move's transaction, after the order is written (src/flows/record-order.ts). */
export type AfterMove = (
  tx: Transaction<DB>,
  moved: { action: OrderAction; order: { id: number; buyerId: number; merchantId: number; currency: string }; lines: MovedLine[] },
) => Promise<void>;
export interface MovedLine {
  productId: number | null;
  qty: number;
  unitPrice: number;
  lineTotal: number;
}

export async function moveOrder(db0: Kysely<DB>, actor: Actor, id: number, raw: unknown, afterMove?: AfterMove): Promise<OrderView> {
  const input = parseInput(MoveInput, raw);
  requireRole(actor, 'buyer', 'merchant', 'operator');
  await db0.transaction().execute(async (tx0) => {
    const tx = tradeDb(tx0);
    const o = await lockOrder(tx, actor, id);
    const role = actor.role as 'buyer' | 'merchant' | 'operator';
    if (!canMove(input.action, o.status, role)) {
      const allowed = allowedActions(o.status, role);
      throw new AppError(
        'ILLEGAL_TRANSITION',
        `order ${id} is ${o.status}: a ${role} cannot ${input.action.replace('_', ' ')} it now${allowed.length ? ` (you can: ${allowed.join(', ')})` : ''}`,
        { status: o.status, action: input.action, allowed },
      );
    }
    const move = MOVES[input.action];
    if (move.needsReason && !input.reason) throw new AppError('VALIDATION', `to ${input.action} an order, say why (reason)`, { field: 'reason' });
    const set: Record<string, unknown> = { status: move.to, updated_at: new Date(), version: o.version + 1 };
    let changes: unknown = null;
    if (input.action === 'confirm' && input.leadTimeDays !== undefined) set.lead_time_days = input.leadTimeDays;
    if (input.action === 'propose') {
      if (!input.proposal || (input.proposal.lines.length === 0 && input.proposal.leadTimeDays === undefined))
        throw new AppError('VALIDATION', 'a proposal changes at least one line or the lead time (proposal)', { field: 'proposal' });
      const lineNos = new Set((await tx.selectFrom('order_lines').select('line_no').where('order_id', '=', id).execute()).map((l) => l.line_no));
      const bad = input.proposal.lines.find((l) => !lineNos.has(l.lineNo));
      if (bad) throw new AppError('VALIDATION', `order ${id} has no line ${bad.lineNo}`, { field: 'proposal.lines' });
      set.proposal = JSON.stringify(input.proposal);
      changes = input.proposal;
    }
    if (input.action === 'decline') set.proposal = null;
    if (input.action === 'accept') {
      changes = o.proposal;
      await applyProposal(tx, o, o.proposal as Proposal, set);
    }
    if (input.action === 'cancel') {
      const lines = await tx.selectFrom('order_lines').select(['product_id', 'qty']).where('order_id', '=', id).execute();
      await releaseStock(
        tx0,
        lines.flatMap((l) => (l.product_id === null ? [] : [{ productId: l.product_id, qty: l.qty }])),
      );
    }
    await tx.updateTable('merchant_orders').set(set).where('id', '=', id).execute();
    await appendEvent(tx, actor, o, move.to, input.reason ?? null, changes);
    if (input.action === 'deliver') await emitDelivery(tx, o);
    if (input.action === 'cancel' && role === 'merchant')
      await emitTradeEvent(tx, { entityId: o.merchant_id, kind: 'order_cancelled_by_merchant', orderId: id, detail: { from: o.status, reason: input.reason } });
    if (input.action === 'complete')
      await emitTradeEvent(tx, { entityId: o.merchant_id, kind: 'order_completed', orderId: id, detail: { total: o.total, currency: o.currency } });
    if (afterMove) {
      const lines = await tx
        .selectFrom('order_lines')
        .select(['product_id', 'qty', 'unit_price', 'line_total'])
        .where('order_id', '=', id)
        .orderBy('line_no')
        .execute();
      await afterMove(tx0, {
        action: input.action,
        order: { id, buyerId: o.buyer_id, merchantId: o.merchant_id, currency: o.currency },
        lines: lines.map((l) => ({ productId: l.product_id, qty: l.qty, unitPrice: l.unit_price, lineTotal: l.line_total })),
      });
    }
  });
  return getOrder(db0, actor, id);
}

/** Delivered on time or late: due is the confirmation plus the lead time (no lead time: on time). */
async function emitDelivery(tx: Transaction<TradeDB>, o: { id: number; merchant_id: number; lead_time_days: number | null }): Promise<void> {
  const confirmed = await tx
    .selectFrom('order_events')
    .select('at')
    .where('order_id', '=', o.id)
    .where('to_status', '=', 'confirmed')
    .orderBy('seq', 'desc')
    .executeTakeFirst();
  const deliveredAt = new Date();
  const due = confirmed && o.lead_time_days !== null ? new Date(new Date(confirmed.at).getTime() + o.lead_time_days * 86_400_000) : null;
  const lateDays = due ? Math.max(0, Math.ceil((deliveredAt.getTime() - due.getTime()) / 86_400_000)) : 0;
  await emitTradeEvent(tx, {
    entityId: o.merchant_id,
    kind: due && deliveredAt > due ? 'order_delivered_late' : 'order_delivered_on_time',
    orderId: o.id,
    detail: { due: due?.toISOString() ?? null, deliveredAt: deliveredAt.toISOString(), lateDays },
  });
}

async function applyProposal(
  tx: Transaction<TradeDB>,
  o: { id: number; deposit_bp: number; lead_time_days: number | null },
  p: Proposal,
  set: Record<string, unknown>,
): Promise<void> {
  const lines = await tx.selectFrom('order_lines').select(['line_no', 'product_id', 'qty', 'unit_price']).where('order_id', '=', o.id).execute();
  const byNo = new Map(p.lines.map((l) => [l.lineNo, l]));
  let total = 0;
  for (const l of lines) {
    const c = byNo.get(l.line_no);
    const qty = c?.qty ?? l.qty;
    const unitPrice = c?.unitPrice ?? l.unit_price;
    const lineTotal = qty * unitPrice;
    if (!Number.isSafeInteger(lineTotal)) throw new AppError('VALIDATION', `line ${l.line_no}: the amount is too large`, { field: 'proposal' });
    total += lineTotal;
    if (c)
      await tx
        .updateTable('order_lines')
        .set({ qty, unit_price: unitPrice, line_total: lineTotal })
        .where('order_id', '=', o.id)
        .where('line_no', '=', l.line_no)
        .execute();
  }
  const { deposit, balance } = splitDeposit(total, o.deposit_bp);
  Object.assign(set, { total, deposit, balance, proposal: null, lead_time_days: p.leadTimeDays ?? o.lead_time_days });
}

/**
 * Record a payment against an order (the buyer who paid, or the operator; never cash). A deposit
 * that brings the paid amount to the order's deposit moves a confirmed order to deposit_paid.
 * The same (method, reference) twice is a DUPLICATE, so a resent confirmation counts once.
 */
export async function recordPayment(db0: Kysely<DB>, actor: Actor, id: number, raw: unknown): Promise<OrderView> {
  requireRole(actor, 'buyer', 'operator');
  const input = parseInput(PaymentInput, raw);
  await db0.transaction().execute(async (tx0) => {
    const tx = tradeDb(tx0);
    const o = await lockOrder(tx, actor, id);
    if (o.status === 'cancelled' && input.kind !== 'refund') throw new AppError('CONFLICT', `order ${id} is cancelled: only refunds can be recorded`);
    if (input.kind === 'refund' && actor.role !== 'operator') throw new AppError('FORBIDDEN', 'refunds are recorded by the operator (dispute resolution)');
    if (input.kind !== 'refund' && !['confirmed', 'deposit_paid', 'in_production', 'ready', 'delivered'].includes(o.status))
      throw new AppError('CONFLICT', `order ${id} is ${o.status}: payments are taken once the merchant has confirmed it`, { status: o.status });
    const paid = input.kind === 'refund' ? o.paid - input.amount : o.paid + input.amount;
    if (paid < 0) throw new AppError('VALIDATION', `a refund of ${input.amount} is more than the ${o.paid} paid`, { field: 'amount' });
    if (paid > o.total)
      throw new AppError('VALIDATION', `this would pay ${paid}, more than the order's total ${o.total}`, { field: 'amount', total: o.total, paid: o.paid });
    const dup = await tx
      .selectFrom('order_payments')
      .select('id')
      .where('order_id', '=', id)
      .where('method', '=', input.method)
      .where('reference', '=', input.reference)
      .executeTakeFirst();
    if (dup) throw new AppError('DUPLICATE', `payment ${input.method} ${input.reference} is already recorded on order ${id}`, { paymentId: dup.id });
    await tx
      .insertInto('order_payments')
      .values({ order_id: id, merchant_id: o.merchant_id, ...input, currency: o.currency, recorded_by: actor.userId })
      .execute();
    const set: Record<string, unknown> = { paid, updated_at: new Date(), version: o.version + 1 };
    if (o.status === 'confirmed' && paid >= o.deposit) {
      set.status = 'deposit_paid';
      await appendEvent(tx, actor, o, 'deposit_paid', null, { paid });
    }
    await tx.updateTable('merchant_orders').set(set).where('id', '=', id).execute();
  });
  return getOrder(db0, actor, id);
}
