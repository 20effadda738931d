/**
 * The buyers' payments (never cash) into a registered settlement account —
 * the agent's or a merchant's — and their allocation to merchants' orders
 * under trade records (in the payment's currency; the allocations of a payment
 * never exceed it).
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/index.ts';
import { AppError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { me, requireReader } from './access.ts';
import { procDb } from './tables.ts';

const refuse = (reason: string, message: string, details: Record<string, unknown> = {}) => new AppError('NOT_QUALIFIED', message, { reason, ...details });

export const ProcPaymentInput = z.strictObject({
  /** The paying buyer (registered, and with this agent). */
  buyerId: z.number().int().positive(),
  /** The registered settlement account it was paid into. */
  accountId: z.number().int().positive(),
  /** `cash` is refused (reason CASH_PAYMENT). */
  method: z.enum(['bank_transfer', 'letter_of_credit', 'alipay', 'wechat_pay', 'card', 'cash']),
  reference: z.string().trim().min(1).max(100),
  amountMinor: z.number().int().min(1).max(9_000_000_000_000),
  currency: z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 currency code'),
  receivedOn: z.iso.date(),
  /** The operator names the agent; an agent is itself. */
  agentId: z.number().int().positive().optional(),
  allocations: z
    .array(z.strictObject({ orderId: z.number().int().positive(), amountMinor: z.number().int().min(1) }))
    .max(200)
    .default([]),
});

export interface AllocationView {
  orderId: number;
  merchantId: number;
  amountMinor: number;
  currency: string;
}
export interface ProcPaymentView {
  id: number;
  agentId: number;
  buyerId: number;
  accountId: number;
  collectorId: number;
  method: string;
  reference: string;
  amountMinor: number;
  currency: string;
  receivedOn: string;
  allocatedMinor: number;
  allocations: AllocationView[];
}

/**
 * Record a buyer's payment, optionally allocated at once. Agent (its buyers) or
 * operator. Refusals (`NOT_QUALIFIED`, details.reason): CASH_PAYMENT,
 * BUYER_UNREGISTERED, NOT_YOUR_BUYER, AGENT_UNREGISTERED, COLLECTOR_UNREGISTERED
 * (the account's owner is not an active registered agent or merchant),
 * ACCOUNT_CLOSED, CURRENCY_MISMATCH (payment and account currencies differ);
 * allocation errors as `allocate`.
 */
export async function recordProcPayment(db0: Kysely<DB>, actor: Actor, raw: unknown): Promise<ProcPaymentView> {
  requireRole(actor, 'operator', 'agent');
  const p = parseInput(ProcPaymentInput, raw);
  if (p.method === 'cash') throw refuse('CASH_PAYMENT', 'payments under market procurement are never in cash');
  const agentId = actor.role === 'agent' ? me(actor) : p.agentId;
  if (agentId === undefined) throw new AppError('VALIDATION', 'agentId: name the export agent the payment is under');
  if (actor.role === 'agent' && p.agentId !== undefined && p.agentId !== agentId)
    throw new AppError('FORBIDDEN', 'an agent records payments under itself only');
  const id = await db0.transaction().execute(async (t) => {
    const tx = procDb(t);
    const regs = await tx.selectFrom('proc_registrations').select(['entity_id', 'kind', 'status']).where('entity_id', 'in', [agentId, p.buyerId]).execute();
    const agent = regs.find((r) => r.entity_id === agentId && r.kind === 'agent' && r.status === 'active');
    if (!agent) throw refuse('AGENT_UNREGISTERED', `entity ${agentId} is not an active registered export agent`);
    const buyer = regs.find((r) => r.entity_id === p.buyerId && r.kind === 'buyer');
    if (!buyer) throw refuse('BUYER_UNREGISTERED', `buyer ${p.buyerId} is not registered for market procurement`);
    const link = await tx
      .selectFrom('proc_registration_agents')
      .select('agent_id')
      .where('entity_id', '=', p.buyerId)
      .where('agent_id', '=', agentId)
      .executeTakeFirst();
    if (!link) throw refuse('NOT_YOUR_BUYER', `buyer ${p.buyerId} is not registered with agent ${agentId}`);
    const acct = await tx
      .selectFrom('proc_accounts as a')
      .innerJoin('proc_registrations as r', 'r.entity_id', 'a.owner_id')
      .select(['a.id', 'a.owner_id', 'a.currency', 'a.active', 'r.kind', 'r.status'])
      .where('a.id', '=', p.accountId)
      .executeTakeFirst();
    if (!acct || acct.kind === 'buyer' || acct.status !== 'active') {
      throw refuse('COLLECTOR_UNREGISTERED', `account ${p.accountId} is not a settlement account of an active registered agent or merchant`);
    }
    if (acct.kind === 'agent' && acct.owner_id !== agentId) throw refuse('COLLECTOR_UNREGISTERED', `account ${p.accountId} belongs to another agent`);
    if (!acct.active) throw refuse('ACCOUNT_CLOSED', `account ${p.accountId} is closed`);
    if (acct.currency !== p.currency) throw refuse('CURRENCY_MISMATCH', `account ${p.accountId} is kept in ${acct.currency}, the payment is in ${p.currency}`);
    const row = await tx
      .insertInto('proc_payments')
      .values({
        agent_id: agentId,
        buyer_id: p.buyerId,
        account_id: p.accountId,
        collector_id: acct.owner_id,
        method: p.method,
        reference: p.reference,
        amount_minor: p.amountMinor,
        currency: p.currency,
        received_on: p.receivedOn,
        recorded_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
  if (p.allocations.length > 0) return allocate(db0, actor, id, { allocations: p.allocations });
  return getProcPayment(db0, actor, id);
}

export const AllocateInput = z.strictObject({
  allocations: z
    .array(z.strictObject({ orderId: z.number().int().positive(), amountMinor: z.number().int().min(1) }))
    .min(1)
    .max(200),
});

/**
 * Allocate (more of) a payment to merchants' orders. Each order must be under a
 * trade record of the payment's buyer and agent; the payment's allocations sum
 * to at most its amount (`CONFLICT`, details.unallocated) and, in the order's
 * currency, an order is never paid more than its recorded total (`CONFLICT`).
 * Refusal `NOT_QUALIFIED` reason NO_TRADE_RECORD. Agent (its payments) or operator.
 */
export async function allocate(db0: Kysely<DB>, actor: Actor, paymentId: number, raw: unknown): Promise<ProcPaymentView> {
  requireRole(actor, 'operator', 'agent');
  const input = parseInput(AllocateInput, raw);
  await db0.transaction().execute(async (t) => {
    const tx = procDb(t);
    let q = tx.selectFrom('proc_payments').selectAll().where('id', '=', paymentId);
    if (actor.role === 'agent') q = q.where('agent_id', '=', me(actor));
    const pay = await q.forUpdate().executeTakeFirst();
    if (!pay) throw new AppError('NOT_FOUND', `payment ${paymentId} does not exist or is not yours`);
    const done = await tx
      .selectFrom('proc_allocations')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_minor'), eb.lit(0)).as('s'))
      .where('payment_id', '=', paymentId)
      .executeTakeFirstOrThrow();
    const want = input.allocations.reduce((s, a) => s + a.amountMinor, 0);
    const left = pay.amount_minor - Number(done.s);
    if (want > left) throw new AppError('CONFLICT', `the allocations (${want}) exceed what is left of payment ${paymentId} (${left})`, { unallocated: left });
    const ids = [...new Set(input.allocations.map((a) => a.orderId))];
    if (ids.length !== input.allocations.length) throw new AppError('VALIDATION', 'allocations: one line per order');
    const records = await tx
      .selectFrom('proc_trade_records')
      .select(['order_id', 'merchant_id', 'currency', (eb) => eb.fn.sum<number>('total_minor').as('total')])
      .where('order_id', 'in', ids)
      .where('buyer_id', '=', pay.buyer_id)
      .where('agent_id', '=', pay.agent_id)
      .where('status', '=', 'recorded')
      .groupBy(['order_id', 'merchant_id', 'currency'])
      .execute();
    const paid = await tx
      .selectFrom('proc_allocations')
      .select(['order_id', 'currency', (eb) => eb.fn.sum<number>('amount_minor').as('s')])
      .where('order_id', 'in', ids)
      .groupBy(['order_id', 'currency'])
      .execute();
    for (const a of input.allocations) {
      const r = records.find((x) => x.order_id === a.orderId);
      if (!r) throw refuse('NO_TRADE_RECORD', `order ${a.orderId} is under no trade record of this payment's buyer and agent`, { orderId: a.orderId });
      if (r.currency === pay.currency) {
        const before = Number(paid.find((x) => x.order_id === a.orderId && x.currency === pay.currency)?.s ?? 0);
        if (before + a.amountMinor > Number(r.total)) {
          throw new AppError('CONFLICT', `order ${a.orderId} would be paid ${before + a.amountMinor} of its recorded ${r.total} ${r.currency}`, {
            orderId: a.orderId,
            owed: Number(r.total) - before,
          });
        }
      }
      await tx
        .insertInto('proc_allocations')
        .values({
          payment_id: paymentId,
          order_id: a.orderId,
          merchant_id: r.merchant_id,
          agent_id: pay.agent_id,
          amount_minor: a.amountMinor,
          currency: pay.currency,
        })
        .execute();
    }
  });
  return getProcPayment(db0, actor, paymentId);
}

export const PaymentQuery = z.strictObject({
  buyer: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/**
 * Payments the actor may read: operator and customs all; an agent those under
 * it; a buyer its own; a merchant those paid into its account or allocated to
 * its orders (with only its own allocations shown).
 */
export async function listProcPayments(db0: Kysely<DB>, actor: Actor, raw: unknown = {}): Promise<{ items: ProcPaymentView[]; total: number }> {
  const q = parseInput(PaymentQuery, raw, 'query');
  return readPayments(db0, actor, { buyer: q.buyer }, q.limit, q.offset);
}

/** One payment, if the actor may read it. Throws `NOT_FOUND`. */
export async function getProcPayment(db0: Kysely<DB>, actor: Actor, id: number): Promise<ProcPaymentView> {
  const p = (await readPayments(db0, actor, { id }, 1, 0)).items[0];
  if (!p) throw new AppError('NOT_FOUND', `payment ${id} does not exist or is not yours`);
  return p;
}

async function readPayments(db0: Kysely<DB>, actor: Actor, f: { id?: number; buyer?: number }, limit: number, offset: number) {
  requireReader(actor);
  const db = procDb(db0);
  const id = me(actor);
  let base = db.selectFrom('proc_payments');
  if (actor.role === 'agent') base = base.where('agent_id', '=', id);
  else if (actor.role === 'buyer') base = base.where('buyer_id', '=', id);
  else if (actor.role === 'merchant') {
    base = base.where((eb) =>
      eb.or([eb('collector_id', '=', id), eb('id', 'in', eb.selectFrom('proc_allocations').select('payment_id').where('merchant_id', '=', id))]),
    );
  }
  if (f.id !== undefined) base = base.where('id', '=', f.id);
  if (f.buyer !== undefined) base = base.where('buyer_id', '=', f.buyer);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const allocs = rows.length
    ? await db
        .selectFrom('proc_allocations')
        .selectAll()
        .where(
          'payment_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('order_id')
        .execute()
    : [];
  const items: ProcPaymentView[] = rows.map((r) => {
    const mine = allocs.filter((a) => a.payment_id === r.id);
    return {
      id: r.id,
      agentId: r.agent_id,
      buyerId: r.buyer_id,
      accountId: r.account_id,
      collectorId: r.collector_id,
      method: r.method,
      reference: r.reference,
      amountMinor: r.amount_minor,
      currency: r.currency,
      receivedOn: r.received_on,
      allocatedMinor: mine.reduce((s, a) => s + a.amount_minor, 0),
      allocations: mine
        .filter((a) => actor.role !== 'merchant' || a.merchant_id === id)
        .map((a) => ({ orderId: a.order_id, merchantId: a.merchant_id, amountMinor: a.amount_minor, currency: a.currency })),
    };
  });
  return { items, total: Number(count.n) };
}
