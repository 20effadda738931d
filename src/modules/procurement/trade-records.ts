/**
 * Writing a trade record once the record-trade flow has qualified it
 * (src/flows/record-trade.ts gathers the order, the products' HS codes and the
 * blacklist; this module keeps the record). Each order line is in at most one
 * record (`DUPLICATE`).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import type { Actor } from '../../core/auth/index.ts';
import { getTradeRecord, type TradeRecord } from './trade-record-view.ts';
import { procDb } from './tables.ts';

export interface TradeRecordDraft {
  agentId: number;
  buyerId: number;
  merchantId: number;
  orderId: number;
  currency: string;
  licenceRef: string | null;
  recordedOn: string;
  lines: {
    orderLineId: number;
    productId: number | null;
    hs: string;
    goodsName: string;
    quantity: number;
    unit: string;
    valueMinor: number;
    restricted: boolean;
  }[];
}

/** Store a qualified record and its lines in one transaction; returns it as the actor sees it. */
export async function insertTradeRecord(db0: Kysely<DB>, actor: Actor, d: TradeRecordDraft): Promise<TradeRecord> {
  const id = await db0.transaction().execute(async (t) => {
    const tx = procDb(t);
    const restricted = d.lines.some((l) => l.restricted);
    const r = await tx
      .insertInto('proc_trade_records')
      .values({
        merchant_id: d.merchantId,
        agent_id: d.agentId,
        buyer_id: d.buyerId,
        order_id: d.orderId,
        restricted,
        licence_ref: restricted ? d.licenceRef : null,
        currency: d.currency,
        total_minor: d.lines.reduce((s, l) => s + l.valueMinor, 0),
        recorded_on: d.recordedOn,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('proc_trade_record_lines')
      .values(
        d.lines.map((l) => ({
          record_id: r.id,
          merchant_id: d.merchantId,
          order_id: d.orderId,
          order_line_no: l.orderLineId,
          product_id: l.productId,
          hs: l.hs,
          goods_name: l.goodsName,
          quantity: l.quantity,
          unit: l.unit,
          value_minor: l.valueMinor,
          currency: d.currency,
          restricted: l.restricted,
        })),
      )
      .execute();
    return r.id;
  });
  return getTradeRecord(db0, actor, id);
}

/** Order lines already in a trade record (to refuse recording them twice before writing). */
export async function recordedLines(db0: Kysely<DB>, orderId: number): Promise<number[]> {
  const rows = await procDb(db0).selectFrom('proc_trade_record_lines').select('order_line_no').where('order_id', '=', orderId).execute();
  return rows.map((r) => r.order_line_no);
}
