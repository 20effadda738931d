/**
 * The buyer's purchase list (进货单): lines of products and quantities, read
 * back priced at today's tiers, grouped into one order per merchant and
 * currency, with every shortfall (MOQ, stock, a merchant's minimum order value).
 */
import { z } from 'zod';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { productTerms, type ProductTerms } from '../catalog/index.ts';
import { evaluateList, type ListLine, type MerchantTerms, type PurchaseDraft } from './pricing.ts';
import { tradeDb } from './tables.ts';

/** Most lines one list may hold. */
export const MAX_LIST_LINES = 200;

export const LineInput = z.strictObject({ qty: z.number().int().min(1).max(100_000_000) });

/** The buyer entity acting, or FORBIDDEN. */
export function buyerOf(actor: Actor): number {
  requireRole(actor, 'buyer');
  if (actor.entityId === null) throw new AppError('FORBIDDEN', 'this buyer account is not linked to a buyer entity');
  return actor.entityId;
}

/** A list line with the product it names, as the list page shows it. */
export interface ListView extends PurchaseDraft {
  /** Lines whose product is gone or hidden: shown so the buyer can remove them, never ordered. */
  readonly unavailable: readonly { productId: number; qty: number }[];
  readonly products: ReadonlyMap<number, ProductTerms>;
}

/** Trade terms of the given merchants (defaults for those that set none: 30 % deposit, no minimum). */
export async function merchantTerms(db: Kysely<DB> | Transaction<DB>, merchantIds: readonly number[]): Promise<Map<number, MerchantTerms>> {
  const out = new Map<number, MerchantTerms>();
  for (const id of merchantIds) out.set(id, { merchantId: id, depositBp: 3000, minOrderValue: 0 });
  if (merchantIds.length === 0) return out;
  const rows = await tradeDb(db as Kysely<DB>)
    .selectFrom('trade_terms')
    .select(['merchant_id', 'deposit_bp', 'min_order_value'])
    .where('merchant_id', 'in', [...new Set(merchantIds)])
    .execute();
  for (const r of rows) out.set(r.merchant_id, { merchantId: r.merchant_id, depositBp: r.deposit_bp, minOrderValue: r.min_order_value });
  return out;
}

/**
 * The requested lines as priced list lines from the catalogue's terms; lines whose product is gone
 * or hidden are set apart as unavailable. `stockUnknown`: stock is checked later (under the locks).
 */
export function listLines(
  products: ReadonlyMap<number, ProductTerms>,
  lines: readonly { productId: number; qty: number }[],
  stockUnknown = false,
): { usable: ListLine[]; unavailable: { productId: number; qty: number }[] } {
  const usable: ListLine[] = [];
  const unavailable: { productId: number; qty: number }[] = [];
  for (const l of lines) {
    const p = products.get(l.productId);
    if (!p?.active) {
      unavailable.push(l);
      continue;
    }
    usable.push({
      productId: p.id,
      merchantId: p.merchantId,
      currency: p.currency,
      unit: p.unit,
      moq: p.moq,
      tiers: p.priceTiers,
      stock: stockUnknown ? Number.MAX_SAFE_INTEGER : p.stock,
      qty: l.qty,
    });
  }
  return { usable, unavailable };
}

/** Price a set of (product, qty) lines against the catalogue as it is now. */
export async function evaluateLines(db: Kysely<DB> | Transaction<DB>, lines: readonly { productId: number; qty: number }[]): Promise<ListView> {
  const products = await productTerms(
    db,
    lines.map((l) => l.productId),
  );
  const { usable, unavailable } = listLines(products, lines);
  const terms = await merchantTerms(db, [...new Set(usable.map((l) => l.merchantId))]);
  return { ...evaluateList(usable, terms), unavailable, products };
}

/** The buyer's list, priced and grouped. */
export async function getList(db: Kysely<DB>, actor: Actor): Promise<ListView> {
  const buyer = buyerOf(actor);
  const lines = await tradeDb(db)
    .selectFrom('list_lines')
    .select(['product_id', 'qty'])
    .where('buyer_id', '=', buyer)
    .orderBy('added_at')
    .orderBy('product_id')
    .execute();
  return evaluateLines(
    db,
    lines.map((l) => ({ productId: l.product_id, qty: l.qty })),
  );
}

/** Add a product to the list or change its quantity. */
export async function setListLine(db: Kysely<DB>, actor: Actor, productId: number, raw: unknown): Promise<void> {
  const buyer = buyerOf(actor);
  const { qty } = parseInput(LineInput, raw);
  const p = (await productTerms(db, [productId])).get(productId);
  if (!p?.active) throw new AppError('NOT_FOUND', `product ${productId} does not exist or is not for sale`);
  await db.transaction().execute(async (tx0) => {
    const tx = tradeDb(tx0);
    const has = await tx.selectFrom('list_lines').select('product_id').where('buyer_id', '=', buyer).where('product_id', '=', productId).executeTakeFirst();
    if (!has) {
      const { n } = await tx
        .selectFrom('list_lines')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('buyer_id', '=', buyer)
        .executeTakeFirstOrThrow();
      if (Number(n) >= MAX_LIST_LINES)
        throw new AppError('CONFLICT', `a purchase list holds at most ${MAX_LIST_LINES} products; check out or remove some first`, { max: MAX_LIST_LINES });
    }
    await tx
      .insertInto('list_lines')
      .values({ buyer_id: buyer, product_id: productId, qty })
      .onConflict((oc) => oc.columns(['buyer_id', 'product_id']).doUpdateSet({ qty, updated_at: new Date() }))
      .execute();
  });
}

/** Remove a product from the list (no error when it is not there). */
export async function removeListLine(db: Kysely<DB>, actor: Actor, productId: number): Promise<void> {
  const buyer = buyerOf(actor);
  await tradeDb(db).deleteFrom('list_lines').where('buyer_id', '=', buyer).where('product_id', '=', productId).execute();
}
