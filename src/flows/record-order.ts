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
import { productTerms } from '../modules/catalog/index.ts';
import { recordObservations, type ObservationInput } from '../modules/commodity-index/index.ts';
import { moveOrder, type AfterMove, type OrderView } from '../modules/trade/index.ts';

/** The moves after which an order's prices are agreed. */
const PRICE_FIXING = new Set(['confirm', 'accept']);

const observeAgreedPrices: AfterMove = async (tx, { action, order, lines }) => {
  if (!PRICE_FIXING.has(action)) return;
  const listed = lines.filter((l): l is typeof l & { productId: number } => l.productId !== null);
  if (listed.length === 0) return;
  const terms = await productTerms(
    tx,
    listed.map((l) => l.productId),
  );
  const date = new Date().toISOString().slice(0, 10);
  const obs: ObservationInput[] = listed.flatMap((l) => {
    const p = terms.get(l.productId);
    return p
      ? [
          {
            productId: l.productId,
            merchantId: order.merchantId,
            categoryId: p.categoryId,
            date,
            priceType: 'order' as const,
            price: l.unitPrice,
            currency: order.currency,
            quantity: l.qty,
            value: l.lineTotal,
            source: 'order' as const,
            buyerId: order.buyerId,
          },
        ]
      : [];
  });
  await recordObservations(tx, obs);
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
