/**
 * Trade's facts for the rest of the platform (the credit data centre, stall
 * evaluation): appended in the same transaction as the change that makes them
 * true, read in order by those who consume them.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { tradeDb, type TradeDB, type TradeEventKind } from './tables.ts';

export interface TradeEvent {
  seq: number;
  at: string;
  entityId: number;
  kind: TradeEventKind;
  orderId: number | null;
  disputeId: number | null;
  inquiryId: number | null;
  detail: Record<string, unknown>;
}

/** Append one fact inside the caller's transaction. */
export async function emitTradeEvent(
  tx: Transaction<TradeDB>,
  e: { entityId: number; kind: TradeEventKind; orderId?: number; disputeId?: number; inquiryId?: number; detail?: Record<string, unknown> },
): Promise<void> {
  await tx
    .insertInto('trade_events')
    .values({
      entity_id: e.entityId,
      kind: e.kind,
      order_id: e.orderId ?? null,
      dispute_id: e.disputeId ?? null,
      inquiry_id: e.inquiryId ?? null,
      detail: JSON.stringify(e.detail ?? {}),
    })
    .execute();
}

/**
 * Facts about one entity (or all), oldest first, after `afterSeq`. A consumer that must not miss a
 * late commit on PostgreSQL reads by transaction visibility (the `xid` column), as the search feed does.
 */
export async function tradeEvents(db: Kysely<DB>, opts: { entityId?: number; afterSeq?: number; limit?: number } = {}): Promise<TradeEvent[]> {
  let q = tradeDb(db)
    .selectFrom('trade_events')
    .select(['seq', 'at', 'entity_id', 'kind', 'order_id', 'dispute_id', 'inquiry_id', 'detail'])
    .where('seq', '>', opts.afterSeq ?? 0);
  if (opts.entityId !== undefined) q = q.where('entity_id', '=', opts.entityId);
  const rows = await q
    .orderBy('seq')
    .limit(Math.min(opts.limit ?? 1000, 10_000))
    .execute();
  return rows.map((r) => ({
    seq: Number(r.seq),
    at: (r.at instanceof Date ? r.at : new Date(r.at)).toISOString(),
    entityId: r.entity_id,
    kind: r.kind,
    orderId: r.order_id,
    disputeId: r.dispute_id,
    inquiryId: r.inquiry_id,
    detail: r.detail,
  }));
}
