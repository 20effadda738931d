/**
 * Flow: move an order, and when the move fixes its price (the merchant
 * confirms it, or the buyer accepts the merchant's proposal), record every
 * line as a dated transaction-price observation of the commodity index (price
 * type "order", source "order", quantity and value included) — in the same
 * transaction as the move, so an order confirmed is an order observed.
 * Lines made to a quote without a listed product have no category to file
 * them under and are not observed.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../core/db/schema.ts';
import type { Actor } from '../core/auth/actor.ts';
import { recordObservations } from '../modules/commodity-index/index.ts';
import { moveOrder, type AfterMove, type OrderView } from '../modules/trade/index.ts';
import { agreedPriceObservations } from './order-observations.ts';

/** The moves after which an order's prices are agreed. */
const PRICE_FIXING = new Set(['confirm', 'accept']);

const observeAgreedPrices: AfterMove = async (tx, { action, order, lines }) => {
  if (!PRICE_FIXING.has(action)) return;
  await recordObservations(tx, await agreedPriceObservations(tx, [{ order, lines, agreedOn: new Date().toISOString().slice(0, 10) }]));
};

/**
 * Move an order (any action), observing its agreed prices when the move fixes them.
 * @example
 * ```ts
 * await moveOrderAndObserve(db, merchant, orderId, { action: 'confirm', leadTimeDays: 15 });
 * ```
 */
export function moveOrderAndObserve(db: Kysely<DB>, actor: Actor, orderId: number, raw: unknown): Promise<OrderView> {
  return moveOrder(db, actor, orderId, raw, observeAgreedPrices);
}
