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
import { activeProductPageEnd, listedPrices } from '../catalog/index.ts';
import { collectionDateOf, mondayOf } from './calendar.ts';
import { parseInput } from '../../core/validation.ts';

/**
 * Kinds of price an observation records.
 */
export const PRICE_TYPES = ['in-market', 'online', 'order', 'export'] as const satisfies readonly IndexPriceType[];
/**
 * Where an observation comes from: listed prices, surveys, orders.
 */
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
 * Throws `VALIDATION` (details: the bad field) when any input is invalid; nothing is written then.
 * @example
 * ```ts
 * const n = await recordObservations(db, [
 *   { productId: 42, merchantId: 7, categoryId: 10302, date: '2025-02-10', priceType: 'in-market',
 *     price: 350, currency: 'CNY', source: 'survey' },
 * ]);
 * ```
 */
export async function recordObservations(db: Db, input: readonly ObservationInput[], opts: { batchId?: number } = {}): Promise<number> {
  const rows = input.map((r) => parseInput(ObservationInput, r));
  if (rows.length === 0) return 0;
  const key = (r: { productId: number; priceType: string; currency: string }) => `${r.productId}|${r.priceType}|${r.currency}`;
  const items = new Map<
    string,
    { product_id: number; merchant_id: number; category_id: number; price_type: IndexPriceType; currency: string; first_week: string }
  >();
  for (const r of rows) {
    const week = mondayOf(collectionDateOf(r.date));
    const k = key(r);
    const it = items.get(k);
    if (!it)
      items.set(k, {
        product_id: r.productId,
        merchant_id: r.merchantId,
        category_id: r.categoryId,
        price_type: r.priceType,
        currency: r.currency,
        first_week: week,
      });
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

/** Products per collection batch: each batch is one short transaction (a few statements over this many rows). */
export const COLLECT_BATCH = 1_000;

export interface CollectOptions {
  /** Products per batch (default COLLECT_BATCH). */
  batchSize?: number;
  /** Called after each committed batch with its number of new observations (tests, progress). */
  onBatch?: (collected: number) => void | Promise<void>;
}

/**
 * Collects the listed prices of all active products on a collection day
 * (price type 'online', source 'listed'; the price is the tier for the MOQ).
 *
 * Works in keyset-paged batches of products (by id), each its own short
 * transaction, and lets the event loop turn between batches, so requests
 * never wait long behind it. Progress is kept in index_collections: a
 * collection stopped half-way continues after the last product done; a
 * finished day called again makes a new pass from the start. Idempotent: a
 * product already collected that day is skipped. Batches take an advisory
 * lock and read the progress inside it, so several processes collecting the
 * same day share the work without doubling it. Returns the observations written.
 * @example
 * ```ts
 * const written = await collectListedPrices(database, '2025-02-13', { onBatch: (n) => console.log(n) });
 * ```
 */
export async function collectListedPrices(database: Database, date: string, opts: CollectOptions = {}): Promise<number> {
  const day = collectionDateOf(date);
  const week = mondayOf(day);
  const size = Math.max(1, Math.min(opts.batchSize ?? COLLECT_BATCH, 100_000));
  const db = database.db;
  await sql`
    insert into index_collections (day) values (${day}::date)
    on conflict (day) do update set last_product_id = 0, collected = 0, started_at = now(), finished_at = null
    where index_collections.finished_at is not null`.execute(db);
  let total = 0;
  for (;;) {
    const n = await db.transaction().execute((trx) => collectBatch(trx, day, week, size));
    if (n === null) break;
    total += n;
    await opts.onBatch?.(n);
    await new Promise((r) => setImmediate(r));
  }
  return total;
}

/** One batch: the next `size` active products after the recorded progress. Null when the day is complete. */
async function collectBatch(trx: Transaction<DB>, day: string, week: string, size: number): Promise<number | null> {
  await sql`select pg_advisory_xact_lock(7306403)`.execute(trx);
  const cur = (
    await sql<{ last: number; finished: boolean }>`
    select last_product_id as last, finished_at is not null as finished from index_collections where day = ${day}::date`.execute(trx)
  ).rows[0];
  if (!cur || cur.finished) return null;
  const hi = await activeProductPageEnd(trx, cur.last, size);
  if (hi == null) {
    await sql`update index_collections set finished_at = now() where day = ${day}::date`.execute(trx);
    return null;
  }
  const page = listedPrices(cur.last, hi);
  await sql`
    insert into index_items (product_id, merchant_id, category_id, price_type, currency, first_week)
    select p.id, p.merchant_id, p.category_id, 'online', p.currency, ${week}::date
    from ${page} p
    on conflict (product_id, price_type, currency) do nothing`.execute(trx);
  const res = await sql`
    insert into index_observations (item_id, product_id, merchant_id, category_id, obs_date, collection_date, price, source)
    select i.id, p.id, p.merchant_id, p.category_id, ${day}::date, ${day}::date, p.listed_price, 'listed'
    from ${page} p
    join index_items i on i.product_id = p.id and i.price_type = 'online' and i.currency = p.currency
    where not exists (select 1 from index_observations o where o.item_id = i.id and o.collection_date = ${day}::date and o.source = 'listed')`.execute(trx);
  const n = Number(res.numAffectedRows ?? 0);
  await sql`update index_collections set last_product_id = ${hi}, collected = collected + ${n} where day = ${day}::date`.execute(trx);
  return n;
}

/**
 * Whether the listed prices of `day` are collected: its collection finished; for
 * a day without a progress row (collected before batching existed, in one
 * transaction, or loaded as history), whether it has listed observations.
 * @example
 * ```ts
 * if (!(await isDayCollected(db, '2025-02-13'))) await collectListedPrices(database, '2025-02-13');
 * ```
 */
export async function isDayCollected(db: Kysely<DB>, day: string): Promise<boolean> {
  const row = (await sql<{ finished: boolean }>`select finished_at is not null as finished from index_collections where day = ${day}::date`.execute(db))
    .rows[0];
  if (row) return row.finished;
  const any = await db
    .selectFrom('index_observations')
    .select('id')
    .where('collection_date', '=', day)
    .where('source', '=', 'listed')
    .limit(1)
    .executeTakeFirst();
  return !!any;
}
