/**
 * Price observations of the commodity index, from every source, behind one
 * interface: `recordObservations`. Listed prices (collected from the
 * catalogue on collection days), collectors' surveys (spreadsheet upload) and
 * the demo trade history use it today; confirmed order lines will call it
 * with source 'order' once orders exist.
 *
 * An *item* is one product at one price type in one currency (the unit the
 * index follows over time, matched models). Items get dense ids, which the
 * weekly run uses as array positions.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { z } from 'zod';
import type { DB, IndexPriceType, IndexSource } from '../../core/db/schema.ts';
import type { Database } from '../../core/db/database.ts';
import { collectionDateOf, mondayOf } from './calendar.ts';

export const PRICE_TYPES = ['in-market', 'online', 'order', 'export'] as const satisfies readonly IndexPriceType[];
export const SOURCES = ['listed', 'survey', 'order'] as const satisfies readonly IndexSource[];
export type { IndexPriceType as PriceType, IndexSource as ObservationSource };

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');
const Id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const Minor = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** One observation as every source hands it in. Money in integer minor units of `currency`. */
export const ObservationInput = z.strictObject({
  productId: Id,
  merchantId: Id,
  categoryId: z.number().int().positive(),
  date: Day,
  priceType: z.enum(PRICE_TYPES),
  price: Minor.refine((p) => p > 0, 'a price must be > 0'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code such as CNY'),
  quantity: Minor.nullish(),
  value: Minor.nullish(),
  source: z.enum(SOURCES),
  buyerId: Id.nullish(),
});
export type ObservationInput = z.infer<typeof ObservationInput>;

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Records observations (validated), creating their items on first sight.
 * Returns the number of rows written. Call inside a transaction for
 * all-or-nothing batches.
 */
export async function recordObservations(db: Db, input: readonly ObservationInput[], opts: { batchId?: number } = {}): Promise<number> {
  const rows = input.map((r) => ObservationInput.parse(r));
  if (rows.length === 0) return 0;
  const key = (r: { productId: number; priceType: string; currency: string }) => `${r.productId}|${r.priceType}|${r.currency}`;
  const items = new Map<string, { product_id: number; merchant_id: number; category_id: number; price_type: IndexPriceType; currency: string; first_week: string }>();
  for (const r of rows) {
    const week = mondayOf(collectionDateOf(r.date));
    const k = key(r);
    const it = items.get(k);
    if (!it) items.set(k, { product_id: r.productId, merchant_id: r.merchantId, category_id: r.categoryId, price_type: r.priceType, currency: r.currency, first_week: week });
    else if (week < it.first_week) it.first_week = week;
  }
  const ids = new Map<string, number>();
  const list = [...items.values()];
  for (let i = 0; i < list.length; i += 1000) {
    const res = await db
      .insertInto('index_items')
      .values(list.slice(i, i + 1000))
      .onConflict((oc) =>
        oc.columns(['product_id', 'price_type', 'currency']).doUpdateSet({ first_week: sql`least(index_items.first_week, excluded.first_week)` }),
      )
      .returning(['id', 'product_id', 'price_type', 'currency'])
      .execute();
    for (const r of res) ids.set(`${r.product_id}|${r.price_type}|${r.currency}`, r.id);
  }
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insertInto('index_observations')
      .values(
        rows.slice(i, i + 1000).map((r) => ({
          item_id: ids.get(key(r))!,
          product_id: r.productId,
          merchant_id: r.merchantId,
          category_id: r.categoryId,
          obs_date: r.date,
          collection_date: collectionDateOf(r.date),
          price: r.price,
          quantity: r.quantity ?? null,
          value: r.value ?? null,
          source: r.source,
          buyer_id: r.buyerId ?? null,
          batch_id: opts.batchId ?? null,
        })),
      )
      .execute();
  }
  return rows.length;
}

/**
 * Collects the listed prices of all active products on a collection day
 * (price type 'online', source 'listed'; the price is the tier for the MOQ).
 * Idempotent: a product already collected that day is skipped. One
 * INSERT … SELECT, so it scales with the catalogue.
 */
export async function collectListedPrices(database: Database, date: string): Promise<number> {
  const day = collectionDateOf(date);
  const week = mondayOf(day);
  return database.db.transaction().execute(async (trx) => {
    await sql`
      insert into index_items (product_id, merchant_id, category_id, price_type, currency, first_week)
      select p.id, p.merchant_id, p.category_id, 'online', p.currency, ${week}::date
      from products p where p.status = 'active'
      on conflict (product_id, price_type, currency) do nothing`.execute(trx);
    const res = await sql`
      insert into index_observations (item_id, product_id, merchant_id, category_id, obs_date, collection_date, price, source)
      select i.id, p.id, p.merchant_id, p.category_id, ${day}::date, ${day}::date,
             coalesce((p.price_tiers -> 0 ->> 'unitPrice')::bigint, p.base_price), 'listed'
      from products p
      join index_items i on i.product_id = p.id and i.price_type = 'online' and i.currency = p.currency
      where p.status = 'active'
        and not exists (select 1 from index_observations o where o.item_id = i.id and o.collection_date = ${day}::date and o.source = 'listed')`.execute(trx);
    return Number(res.numAffectedRows ?? 0);
  });
}
