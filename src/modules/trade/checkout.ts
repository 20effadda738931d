/**
 * Checkout: a purchase list becomes one purchase (the buyer's view) split
 * into one order per merchant and currency (each merchant's view), with stock
 * reserved, in one transaction. An idempotency key makes a retried request
 * return the purchase the first one made; the same key with other lines is
 * refused (IDEMPOTENCY_MISMATCH).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import type { Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { reserveStock } from '../catalog/index.ts';
import { buyerOf, evaluateLines } from './purchase-list.ts';
import { tradeDb } from './tables.ts';
import { getPurchase, type PurchaseView } from './orders.ts';

export const CheckoutInput = z.strictObject({
  /** The lines to order; omitted = the whole purchase list. */
  lines: z
    .array(z.strictObject({ productId: z.number().int().positive(), qty: z.number().int().min(1).max(100_000_000) }))
    .min(1)
    .max(200)
    .optional(),
});

export const IdempotencyKey = z.string().regex(/^[A-Za-z0-9._:-]{8,100}$/, 'an Idempotency-Key is 8–100 letters, digits or . _ : -');

/**
 * Check out. Returns the purchase and whether this call created it (false: a retry).
 * @example
 * ```ts
 * const { purchase } = await checkout(db, buyer, 'c0ffee-2026-11-30-1', {});
 * purchase.orders.length; // one per merchant (and currency)
 * ```
 */
export async function checkout(db: Kysely<DB>, actor: Actor, key: string, raw: unknown): Promise<{ purchase: PurchaseView; created: boolean }> {
  const buyer = buyerOf(actor);
  const idemKey = parseInput(IdempotencyKey, key);
  const input = parseInput(CheckoutInput, raw ?? {});
  const fromList = input.lines === undefined;
  const requested = fromList
    ? (await tradeDb(db).selectFrom('list_lines').select(['product_id', 'qty']).where('buyer_id', '=', buyer).orderBy('product_id').execute()).map((l) => ({
        productId: l.product_id,
        qty: l.qty,
      }))
    : mergeLines(input.lines!);
  // "Check out my list" is one intent whatever the list holds when it is retried (the first call empties it).
  const hash = createHash('sha256')
    .update(fromList ? 'purchase-list' : JSON.stringify([...requested].sort((a, b) => a.productId - b.productId)))
    .digest('hex');

  const result = await db.transaction().execute(async (tx0) => {
    const tx = tradeDb(tx0);
    const ins = await tx
      .insertInto('purchases')
      .values({ buyer_id: buyer, idempotency_key: idemKey, request_hash: hash, totals: '{}' })
      .onConflict((oc) => oc.columns(['buyer_id', 'idempotency_key']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!ins) {
      const prev = await tx
        .selectFrom('purchases')
        .select(['id', 'request_hash'])
        .where('buyer_id', '=', buyer)
        .where('idempotency_key', '=', idemKey)
        .executeTakeFirstOrThrow();
      if (prev.request_hash !== hash)
        throw new AppError('IDEMPOTENCY_MISMATCH', `the Idempotency-Key ${idemKey} was already used for a different purchase (${prev.id}); use a new key`, {
          purchaseId: prev.id,
        });
      return { id: prev.id, created: false };
    }
    if (requested.length === 0) throw new AppError('LIST_NOT_READY', 'the purchase list is empty', { shortfalls: [] });
    const view = await evaluateLines(tx0, requested);
    if (view.unavailable.length > 0)
      throw new AppError('LIST_NOT_READY', `products ${view.unavailable.map((u) => u.productId).join(', ')} are no longer for sale; remove them first`, {
        shortfalls: view.unavailable.map((u) => ({ code: 'UNAVAILABLE', productId: u.productId })),
      });
    if (!view.ready) {
      // Only stock is short (e.g. another buyer took the last units): the same answer as a lost race in reserveStock.
      if (view.shortfalls.every((s) => s.code === 'OVER_STOCK')) {
        const short = view.shortfalls.map((s) => (s.code === 'OVER_STOCK' ? { productId: s.productId, wanted: s.qty, available: s.stock } : null));
        throw new AppError(
          'OUT_OF_STOCK',
          `not enough stock for ${short.map((x) => `product ${x!.productId} (wanted ${x!.wanted}, ${x!.available} left)`).join(', ')}`,
          {
            short,
          },
        );
      }
      throw new AppError('LIST_NOT_READY', describeShortfalls(view.shortfalls.length), { shortfalls: view.shortfalls });
    }
    await reserveStock(tx0, requested);

    const orders = await tx
      .insertInto('merchant_orders')
      .values(
        view.orders.map((o) => ({
          purchase_id: ins.id,
          buyer_id: buyer,
          merchant_id: o.merchantId,
          currency: o.currency,
          total: o.total,
          deposit: o.deposit,
          balance: o.balance,
          deposit_bp: o.depositBp,
          lead_time_days: null,
          proposal: null,
        })),
      )
      .returning('id')
      .execute();
    const lines = view.orders.flatMap((o, i) =>
      o.lines.map((l, j) => {
        const p = view.products.get(l.productId)!;
        return {
          order_id: orders[i]!.id,
          line_no: j + 1,
          merchant_id: o.merchantId,
          product_id: l.productId,
          sku: p.sku,
          title_zh: p.titleZh,
          title_en: p.titleEn,
          unit: p.unit,
          hs_code: p.hsCode,
          qty: l.qty,
          unit_price: l.unitPrice,
          tier_index: Math.max(0, l.tierIndex),
          line_total: l.lineTotal,
        };
      }),
    );
    await tx.insertInto('order_lines').values(lines).execute();
    await tx
      .insertInto('order_events')
      .values(
        view.orders.map((o, i) => ({
          order_id: orders[i]!.id,
          seq: 1,
          merchant_id: o.merchantId,
          actor_user_id: actor.userId,
          actor_role: actor.role,
          from_status: null,
          to_status: 'placed',
          reason: null,
          changes: null,
        })),
      )
      .execute();
    await tx
      .updateTable('purchases')
      .set({ totals: JSON.stringify(view.totals) })
      .where('id', '=', ins.id)
      .execute();
    if (fromList)
      await tx
        .deleteFrom('list_lines')
        .where('buyer_id', '=', buyer)
        .where(
          'product_id',
          'in',
          requested.map((r) => r.productId),
        )
        .execute();
    return { id: ins.id, created: true };
  });
  return { purchase: await getPurchase(db, actor, result.id), created: result.created };
}

function mergeLines(lines: readonly { productId: number; qty: number }[]): { productId: number; qty: number }[] {
  const m = new Map<number, number>();
  for (const l of lines) m.set(l.productId, (m.get(l.productId) ?? 0) + l.qty);
  return [...m].map(([productId, qty]) => ({ productId, qty }));
}

function describeShortfalls(n: number): string {
  return `the purchase list cannot be checked out yet: ${n} problem${n === 1 ? '' : 's'} (details.shortfalls says what is missing where)`;
}
