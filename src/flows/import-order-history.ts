/**
 * Flow: import an order book (trade's `importOrderHistory`) and record the
 * agreed prices of its orders as commodity-index observations (price type
 * "order"), dated the day each order was confirmed, in the import's
 * transaction: the imported orders and their observations land together or
 * not at all. Orders cancelled before they were confirmed agreed no price
 * and are not observed.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../core/db/schema.ts';
import type { Actor } from '../core/auth/actor.ts';
import { recordObservations } from '../modules/commodity-index/index.ts';
import { importOrderHistory, type AfterImport, type HistoryImportReport } from '../modules/trade/index.ts';
import { agreedPriceObservations } from './order-observations.ts';

const observeImported: AfterImport = async (tx, orders) => {
  await recordObservations(tx, await agreedPriceObservations(tx, orders));
};

/**
 * Import past orders with their price observations (all or nothing; IMPORT_REJECTED lists bad rows).
 * @example
 * ```ts
 * const r = await importOrderHistoryAndObserve(db, merchant, { orders: book });
 * r.orders; // how many were imported
 * ```
 */
export function importOrderHistoryAndObserve(db: Kysely<DB>, actor: Actor, raw: unknown, now?: Date): Promise<HistoryImportReport> {
  return importOrderHistory(db, actor, raw, observeImported, now);
}
