/**
 * Flow: record a 1039 trade (交易记录). Reads the order and its lines (trade),
 * the products' HS codes where a line has none (catalog), the parties'
 * registrations and the HS list (procurement) and whether the merchant is
 * blacklisted (a function the caller passes: the credit module's blacklist),
 * qualifies the goods, and stores the record — or refuses with every reason
 * (`NOT_QUALIFIED`, details.reason = the first reason's code, details.reasons
 * all of them).
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../core/db/schema.ts';
import { requireRole, SYSTEM, type Actor } from '../core/auth/index.ts';
import { AppError } from '../core/errors.ts';
import { parseInput } from '../core/validation.ts';
import { productsByIds } from '../modules/catalog/index.ts';
import { isBlacklisted as creditBlacklisted } from '../modules/credit/index.ts';
import { insertTradeRecord, listHsRules, qualify, recordedLines, registrationFacts, type TradeRecord } from '../modules/procurement/index.ts';
import { getOrder } from '../modules/trade/index.ts';

export const TradeRecordInput = z.strictObject({
  orderId: z.number().int().positive(),
  /** The order's line numbers to record (default: every line not yet recorded). */
  lines: z.array(z.number().int().positive()).min(1).max(500).optional(),
  /** The operator or a merchant names the agent; an agent is itself. */
  agentId: z.number().int().positive().optional(),
  /** The licence (export permit) reference for restricted goods. */
  licenceRef: z.string().trim().min(1).max(100).optional(),
  /** The deal's date (default today, UTC). */
  recordedOn: z.iso.date().optional(),
});

/** Is this entity on the market's blacklist? (The credit module answers; tests pass a fake.) */
export type IsBlacklisted = (entityId: number) => Promise<boolean> | boolean;

/**
 * Record a trade under 1039 for (lines of) an order. The agent (for itself),
 * the order's merchant (naming the agent) or the operator. Throws
 * `NOT_QUALIFIED` with the reasons, `NOT_FOUND` (order), `CONFLICT` (cancelled
 * order, lines already recorded), `VALIDATION` (unknown line).
 * @example
 * ```ts
 * const r = await recordTrade(db, agent, { orderId: 41 }, credit.isBlacklisted);
 * ```
 */
export async function recordTrade(
  db: Kysely<DB>,
  actor: Actor,
  raw: unknown,
  isBlacklisted: IsBlacklisted = (id) => creditBlacklisted(db, id),
): Promise<TradeRecord> {
  requireRole(actor, 'agent', 'merchant', 'operator');
  const input = parseInput(TradeRecordInput, raw);
  const agentId = actor.role === 'agent' ? (actor.entityId ?? -1) : input.agentId;
  if (agentId === undefined) throw new AppError('VALIDATION', 'agentId: name the export agent');
  if (actor.role === 'agent' && input.agentId !== undefined && input.agentId !== agentId)
    throw new AppError('FORBIDDEN', 'an agent records trades under itself only');
  const order = await getOrder(db, SYSTEM, input.orderId).catch((e: unknown) => {
    if (e instanceof AppError && e.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', `order ${input.orderId} does not exist`);
    throw e;
  });
  if (actor.role === 'merchant' && order.merchantId !== actor.entityId)
    throw new AppError('NOT_FOUND', `order ${input.orderId} does not exist or is not yours`);
  if (order.status === 'cancelled') throw new AppError('CONFLICT', `order ${order.id} is cancelled`);
  const done = new Set(await recordedLines(db, order.id));
  const all = order.lines ?? [];
  const wanted = input.lines ?? all.filter((l) => !done.has(l.lineNo)).map((l) => l.lineNo);
  const unknown = wanted.filter((n) => !all.some((l) => l.lineNo === n));
  if (unknown.length > 0) throw new AppError('VALIDATION', `lines: order ${order.id} has no line ${unknown.join(', ')}`);
  const twice = wanted.filter((n) => done.has(n));
  if (wanted.length === 0 || twice.length > 0)
    throw new AppError('CONFLICT', `order ${order.id}: line(s) ${twice.join(', ') || 'all'} already recorded`, { lines: twice });
  const lines = all.filter((l) => wanted.includes(l.lineNo));
  const missing = lines.filter((l) => !l.hsCode && l.productId !== null).map((l) => l.productId!);
  const products = new Map((await productsByIds(db, missing)).map((p) => [p.id, p.hsCode]));
  const hsOf = (l: (typeof lines)[number]) => l.hsCode ?? (l.productId !== null ? (products.get(l.productId) ?? null) : null);
  const [regs, rules, blacklisted] = await Promise.all([
    registrationFacts(db, [agentId, order.buyerId, order.merchantId]),
    listHsRules(db),
    isBlacklisted(order.merchantId),
  ]);
  const q = qualify({
    paymentMethods: (order.payments ?? []).map((p) => p.method),
    agent: regs.get(agentId),
    buyer: regs.get(order.buyerId),
    merchant: regs.get(order.merchantId),
    agentId,
    merchantBlacklisted: blacklisted,
    lines: lines.map((l) => ({ orderLineId: l.lineNo, hs: hsOf(l) })),
    rules,
    licenceRef: input.licenceRef ?? null,
  });
  const first = q.refusals[0];
  if (first)
    throw new AppError('NOT_QUALIFIED', `the goods do not qualify for market procurement: ${q.refusals.map((r) => r.message).join('; ')}`, {
      reason: first.code,
      reasons: q.refusals,
    });
  return insertTradeRecord(db, actor, {
    agentId,
    buyerId: order.buyerId,
    merchantId: order.merchantId,
    orderId: order.id,
    currency: order.currency,
    licenceRef: input.licenceRef ?? null,
    recordedOn: input.recordedOn ?? new Date().toISOString().slice(0, 10),
    lines: lines.map((l) => ({
      orderLineId: l.lineNo,
      productId: l.productId,
      hs: hsOf(l)!,
      goodsName: l.titleZh ?? l.titleEn ?? l.sku,
      quantity: l.qty,
      unit: l.unit,
      valueMinor: l.lineTotal,
      restricted: q.restricted.includes(l.lineNo),
    })),
  });
}
