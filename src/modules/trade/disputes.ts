/**
 * Disputes: either party of an order opens one with its evidence (URLs); the
 * operator resolves it — a full refund (the order is cancelled, stock not yet
 * delivered goes back), a partial refund, or a rejection — and the outcome,
 * the amount and who won are recorded. One open dispute per order at a time.
 */
import { z } from 'zod';
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { releaseStock } from '../catalog/index.ts';
import { tradeDb, type OrderStatus, type TradeTables } from './tables.ts';
import { emitTradeEvent } from './events.ts';
import { appendEvent } from './orders.ts';

const Url = z
  .string()
  .max(2000)
  .refine((u) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(u), 'evidence is an http(s) URL');

export const DisputeInput = z.strictObject({
  reason: z.string().trim().min(1).max(2000),
  evidence: z
    .array(z.strictObject({ url: Url, name: z.string().trim().min(1).max(200).nullable().default(null) }))
    .max(10)
    .default([]),
});

export const Resolution = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('refund'), note: z.string().trim().min(1).max(2000) }),
  z.strictObject({ outcome: z.literal('partial_refund'), amount: z.number().int().min(1), note: z.string().trim().min(1).max(2000) }),
  z.strictObject({ outcome: z.literal('rejected'), note: z.string().trim().min(1).max(2000) }),
]);

export interface DisputeView {
  id: number;
  orderId: number;
  buyerId: number;
  merchantId: number;
  openedBy: 'buyer' | 'merchant';
  reason: string;
  evidence: { url: string; name: string | null }[];
  status: 'open' | 'resolved';
  outcome: 'refund' | 'partial_refund' | 'rejected' | null;
  refundAmount: number | null;
  winner: 'buyer' | 'merchant' | null;
  resolutionNote: string | null;
  resolvedAt: string | null;
  createdAt: string;
}

const iso = (d: Date | string): string => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());
/** States in which goods have not reached the consolidation warehouse: a full refund returns their stock. */
const UNDELIVERED: readonly OrderStatus[] = ['placed', 'proposed', 'confirmed', 'deposit_paid', 'in_production', 'ready'];

type Row = Omit<Selectable<TradeTables['disputes']>, 'resolved_by'>;

function view(r: Row): DisputeView {
  return {
    id: r.id,
    orderId: r.order_id,
    buyerId: r.buyer_id,
    merchantId: r.merchant_id,
    openedBy: r.opened_by,
    reason: r.reason,
    evidence: r.evidence,
    status: r.status,
    outcome: r.outcome,
    refundAmount: r.refund_amount,
    winner: r.winner,
    resolutionNote: r.resolution_note,
    resolvedAt: r.resolved_at ? iso(r.resolved_at) : null,
    createdAt: iso(r.created_at),
  };
}

/** A party of an order opens a dispute about it (not on a cancelled order, one open at a time). */
export async function openDispute(db0: Kysely<DB>, actor: Actor, orderId: number, raw: unknown): Promise<DisputeView> {
  requireRole(actor, 'buyer', 'merchant');
  const input = parseInput(DisputeInput, raw);
  const db = tradeDb(db0);
  const o = await db.selectFrom('merchant_orders').select(['id', 'buyer_id', 'merchant_id', 'status']).where('id', '=', orderId).executeTakeFirst();
  const party = actor.role as 'buyer' | 'merchant';
  if (!o || (party === 'buyer' ? o.buyer_id : o.merchant_id) !== actor.entityId)
    throw new AppError('NOT_FOUND', `order ${orderId} does not exist or is not yours`);
  if (o.status === 'cancelled') throw new AppError('CONFLICT', `order ${orderId} is cancelled; there is nothing left to dispute`);
  const open = await db.selectFrom('disputes').select('id').where('order_id', '=', orderId).where('status', '=', 'open').executeTakeFirst();
  if (open) throw new AppError('CONFLICT', `order ${orderId} already has an open dispute (${open.id})`, { disputeId: open.id });
  const r = await db
    .insertInto('disputes')
    .values({
      order_id: orderId,
      buyer_id: o.buyer_id,
      merchant_id: o.merchant_id,
      opened_by: party,
      reason: input.reason,
      evidence: JSON.stringify(input.evidence),
      outcome: null,
      refund_amount: null,
      winner: null,
      resolution_note: null,
      resolved_by: null,
      resolved_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return view(r);
}

/** Disputes the caller may see: its own as buyer or merchant; all for the operator (open first). */
export async function listDisputes(db0: Kysely<DB>, actor: Actor): Promise<DisputeView[]> {
  requireRole(actor, 'buyer', 'merchant', 'operator');
  let q = tradeDb(db0).selectFrom('disputes').selectAll();
  if (actor.role === 'buyer') q = q.where('buyer_id', '=', actor.entityId ?? -1);
  if (actor.role === 'merchant') q = q.where('merchant_id', '=', actor.entityId ?? -1);
  const rows = await q.orderBy('status').orderBy('id', 'desc').limit(200).execute();
  return rows.map(view);
}

/**
 * The operator resolves an open dispute. A full refund refunds everything paid and cancels the
 * order (undelivered stock goes back); a partial refund refunds `amount` (≤ paid); a rejection
 * refunds nothing. The refund is recorded as a payment of kind refund (reference dispute-<id>).
 */
export async function resolveDispute(db0: Kysely<DB>, actor: Actor, id: number, raw: unknown): Promise<DisputeView> {
  requireRole(actor, 'operator');
  const input = parseInput(Resolution, raw);
  const result = await db0.transaction().execute(async (tx0) => {
    const tx = tradeDb(tx0);
    const d = await tx.selectFrom('disputes').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!d) throw new AppError('NOT_FOUND', `dispute ${id} does not exist`);
    if (d.status !== 'open') throw new AppError('CONFLICT', `dispute ${id} is already resolved (${d.outcome})`);
    const o = await tx.selectFrom('merchant_orders').selectAll().where('id', '=', d.order_id).forUpdate().executeTakeFirstOrThrow();
    const refund = input.outcome === 'refund' ? o.paid : input.outcome === 'partial_refund' ? input.amount : 0;
    if (refund > o.paid)
      throw new AppError('VALIDATION', `a refund of ${refund} is more than the ${o.paid} paid on order ${o.id}`, { field: 'amount', paid: o.paid });
    const other = d.opened_by === 'buyer' ? 'merchant' : 'buyer';
    const winner = input.outcome === 'rejected' ? other : d.opened_by;
    if (refund > 0)
      await tx
        .insertInto('order_payments')
        .values({
          order_id: o.id,
          merchant_id: o.merchant_id,
          kind: 'refund',
          method: 'escrow',
          reference: `dispute-${id}`,
          amount: refund,
          currency: o.currency,
          recorded_by: actor.userId,
        })
        .execute();
    const set: Record<string, unknown> = { paid: o.paid - refund, updated_at: new Date(), version: o.version + 1 };
    if (input.outcome === 'refund' && o.status !== 'completed') {
      set.status = 'cancelled';
      if (UNDELIVERED.includes(o.status)) {
        const lines = await tx.selectFrom('order_lines').select(['product_id', 'qty']).where('order_id', '=', o.id).execute();
        await releaseStock(
          tx0,
          lines.flatMap((l) => (l.product_id === null ? [] : [{ productId: l.product_id, qty: l.qty }])),
        );
      }
      await appendEvent(tx, actor, o, 'cancelled', `dispute ${id} resolved with a full refund`, { disputeId: id, refund });
    }
    await tx.updateTable('merchant_orders').set(set).where('id', '=', o.id).execute();
    const entityOf = (p: 'buyer' | 'merchant') => (p === 'buyer' ? d.buyer_id : d.merchant_id);
    const loser = winner === 'buyer' ? 'merchant' : 'buyer';
    const detail = { outcome: input.outcome, refund, openedBy: d.opened_by };
    await emitTradeEvent(tx, { entityId: entityOf(winner), kind: 'dispute_won', orderId: o.id, disputeId: id, detail });
    await emitTradeEvent(tx, { entityId: entityOf(loser), kind: 'dispute_lost', orderId: o.id, disputeId: id, detail });
    return tx
      .updateTable('disputes')
      .set({
        status: 'resolved',
        outcome: input.outcome,
        refund_amount: refund,
        winner,
        resolution_note: input.note,
        resolved_by: actor.userId,
        resolved_at: new Date(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
  return view(result);
}
