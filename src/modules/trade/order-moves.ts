/**
 * Changing merchant orders: moves through their life cycle (order-states.ts),
 * merchant proposals the buyer accepts, and payments recorded against them.
 * Every change is one transaction that locks the order row, checks the move,
 * writes the order and appends its history (orders.ts).
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { releaseStock } from '../catalog/index.ts';
import { splitDeposit } from './pricing.ts';
import { emitTradeEvent } from './events.ts';
import { allowedActions, canMove, MOVES, type OrderAction } from './order-states.ts';
import { appendEvent, getOrder, lockOrder, MoveInput, PaymentInput, type OrderView, type Proposal } from './orders.ts';
import { tradeDb, type TradeDB } from './tables.ts';

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
