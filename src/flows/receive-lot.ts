/**
 * Flow: receive a lot into a consignment. The goods come from the
 * procurement module's trade record (`getTradeRecord`): the record must be
 * qualified (recorded, not cancelled), of the consignment's buyer and agent,
 * and hold the order line; the export module stores the lot with what the
 * warehouse measured (cartons, size, weights, this side up).
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../core/auth/actor.ts';
import type { DB } from '../core/db/schema.ts';
import { AppError } from '../core/errors.ts';
import { parseInput } from '../core/validation.ts';
import { getConsignment, type LotView, ReceiveLotInput, receiveLot, type TradeLine } from '../modules/export/index.ts';
import { getTradeRecord, type TradeRecord } from '../modules/procurement/index.ts';

/**
 * Whether a trade record may give a lot to a consignment, and its line (pure;
 * the one place the rule lives). CONFLICT names what does not match.
 */
export function tradeLineForLot(
  record: Pick<TradeRecord, 'id' | 'agentEntityId' | 'buyerEntityId' | 'merchantEntityId' | 'orderId' | 'lines' | 'status'>,
  consignment: { id: number; agentId: number; buyerId: number },
  orderLineId: number,
): TradeLine {
  if (record.status !== 'recorded') throw new AppError('CONFLICT', `trade record ${record.id} is ${record.status}: only a qualified record gives lots`);
  if (record.buyerEntityId !== consignment.buyerId)
    throw new AppError(
      'CONFLICT',
      `trade record ${record.id} is for buyer ${record.buyerEntityId}, consignment ${consignment.id} for buyer ${consignment.buyerId}`,
    );
  if (record.agentEntityId !== consignment.agentId)
    throw new AppError('CONFLICT', `trade record ${record.id} is under agent ${record.agentEntityId}, not this consignment's agent`);
  const line = record.lines.find((l) => l.orderLineId === orderLineId);
  if (!line)
    throw new AppError('NOT_FOUND', `trade record ${record.id} has no order line ${orderLineId} (it has ${record.lines.map((l) => l.orderLineId).join(', ')})`);
  return {
    tradeRecordId: record.id,
    merchantId: record.merchantEntityId,
    orderId: record.orderId,
    orderLineId: line.orderLineId,
    productId: line.productId,
    hs: line.hs,
    goodsName: line.goodsName,
    quantity: line.quantity,
    unit: line.unit,
    valueMinor: line.valueMinor,
    currency: line.currency,
  };
}

/**
 * Receive the cartons of one trade-record line into the agent's consignment.
 * @example
 * ```ts
 * await receiveLotFromRecord(db, agent, 7, { tradeRecordId: 31, orderLineId: 1, cartons: 20, lengthMm: 520, widthMm: 380, heightMm: 305, netKg: 300, grossKg: 372, thisSideUp: true });
 * ```
 */
export async function receiveLotFromRecord(db: Kysely<DB>, actor: Actor, consignmentId: number, raw: unknown): Promise<LotView> {
  const input = parseInput(ReceiveLotInput, raw);
  const consignment = await getConsignment(db, actor, consignmentId); // the agent's own, or NOT_FOUND
  const record = await getTradeRecord(db, actor, input.tradeRecordId); // the agent's own, or NOT_FOUND
  const line = tradeLineForLot(record, consignment, input.orderLineId);
  return db.transaction().execute((tx) => receiveLot(tx, actor, consignmentId, input, line));
}
