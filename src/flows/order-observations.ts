/**
 * The step both order flows share (record-order.ts for live moves,
 * import-order-history.ts for an imported order book): an order's agreed
 * prices as commodity-index observations — one per line of a listed product,
 * filed under the product's category, price type and source "order", dated the
 * day the price was agreed. Lines made to a quote without a listed product
 * have no category and are not observed.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../core/db/schema.ts';
import { productTerms } from '../modules/catalog/index.ts';
import type { ObservationInput } from '../modules/commodity-index/index.ts';
import type { MovedLine } from '../modules/trade/index.ts';

/**
 * The observations of orders' agreed prices (orders never agreed, `agreedOn` null, give none).
 * @example
 * ```ts
 * await recordObservations(tx, await agreedPriceObservations(tx, [{ order, lines, agreedOn: '2026-03-02' }]));
 * ```
 */
export async function agreedPriceObservations(
  tx: Kysely<DB>,
  orders: readonly { order: { buyerId: number; merchantId: number; currency: string }; lines: readonly MovedLine[]; agreedOn: string | null }[],
): Promise<ObservationInput[]> {
  const listed = orders.flatMap((o) =>
    o.agreedOn === null ? [] : o.lines.flatMap((l) => (l.productId === null ? [] : [{ o, l, productId: l.productId, date: o.agreedOn! }])),
  );
  if (listed.length === 0) return [];
  const terms = await productTerms(
    tx,
    listed.map((x) => x.productId),
  );
  return listed.flatMap(({ o, l, productId, date }) => {
    const p = terms.get(productId);
    return p
      ? [
          {
            productId,
            merchantId: o.order.merchantId,
            categoryId: p.categoryId,
            date,
            priceType: 'order' as const,
            price: l.unitPrice,
            currency: o.order.currency,
            quantity: l.qty,
            value: l.lineTotal,
            source: 'order' as const,
            buyerId: o.order.buyerId,
          },
        ]
      : [];
  });
}
