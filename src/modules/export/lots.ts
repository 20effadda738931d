/**
 * Lots received into the consolidation warehouse: the cartons of one order
 * line of one trade record. The agent receives them into its consignment; the
 * goods (merchant, HS code, name, quantity, value) come from the trade record,
 * read and checked by the flow `receive-lot`; the agent gives what the
 * warehouse measures (cartons, carton size, weights, this side up).
 */
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { type Actor, requireRole } from '../../core/auth/actor.ts';
import type { DB } from '../../core/db/schema.ts';
import { AppError } from '../../core/errors.ts';
import { isCurrency } from '../../core/money.ts';
import { parseInput } from '../../core/validation.ts';
import { ownConsignmentForUpdate, requireBeforeDeclaration, visibleConsignment } from './consignments.ts';
import { type ExportDB, exportDb, INSPECTION_STATUSES, type InspectionStatus, iso } from './tables.ts';

const kg = (max: number) =>
  z
    .number()
    .positive()
    .max(max)
    .refine((v) => Math.abs(Math.round(v * 1000) - v * 1000) < 1e-6, 'at most 3 decimals (grams)');

/** What the agent enters when the cartons arrive (the goods come from the trade record). */
export const ReceiveLotInput = z.strictObject({
  tradeRecordId: z.number().int().positive(),
  orderLineId: z.number().int().min(0).meta({ description: 'The order line (its number in the order) of the trade record these cartons carry' }),
  cartons: z.number().int().min(1).max(100_000),
  lengthMm: z.number().int().min(50).max(2400).meta({ description: 'Carton length, mm' }),
  widthMm: z.number().int().min(50).max(2350),
  heightMm: z.number().int().min(50).max(2600),
  netKg: kg(1_000_000).meta({ description: 'Net weight of the whole lot, kg (at most 3 decimals)' }),
  grossKg: kg(1_000_000).meta({ description: 'Gross weight of the whole lot, kg' }),
  thisSideUp: z.boolean().meta({ description: '"This side up": the cartons may only stand on their base' }),
});
export type ReceiveLotInput = z.input<typeof ReceiveLotInput>;

/** The goods of one trade-record line, as the flow read them from procurement. */
export interface TradeLine {
  tradeRecordId: number;
  merchantId: number;
  orderId: number;
  orderLineId: number;
  productId: number | null;
  hs: string;
  goodsName: string;
  quantity: number;
  unit: string;
  valueMinor: number;
  currency: string;
}

export interface LotView {
  id: number;
  consignmentId: number;
  merchantId: number;
  tradeRecordId: number;
  orderId: number;
  orderLineId: string;
  productId: number | null;
  goodsName: string;
  hs: string;
  quantity: number;
  unit: string;
  cartons: number;
  lengthMm: number;
  widthMm: number;
  heightMm: number;
  netKg: number;
  grossKg: number;
  valueMinor: number;
  currency: string;
  thisSideUp: boolean;
  inspection: InspectionStatus;
  receivedAt: string;
}

type LotRow = Awaited<ReturnType<typeof lotRows>>[number];
export const lotView = (r: LotRow): LotView => ({
  id: r.id,
  consignmentId: r.consignment_id,
  merchantId: r.merchant_id,
  tradeRecordId: r.trade_record_id,
  orderId: r.order_id,
  orderLineId: r.order_line_id,
  productId: r.product_id,
  goodsName: r.goods_name,
  hs: r.hs,
  quantity: r.quantity_milli / 1000,
  unit: r.unit,
  cartons: r.cartons,
  lengthMm: r.length_mm,
  widthMm: r.width_mm,
  heightMm: r.height_mm,
  netKg: r.net_g / 1000,
  grossKg: r.gross_g / 1000,
  valueMinor: r.value_minor,
  currency: r.currency,
  thisSideUp: r.this_side_up,
  inspection: r.inspection,
  receivedAt: iso(r.received_at)!,
});

/** Lots of consignments, by id (every column; numbers as numbers). */
export function lotRows(db: Kysely<ExportDB> | Transaction<ExportDB>, consignmentIds: readonly number[]) {
  return db
    .selectFrom('export_lots')
    .selectAll()
    .where('consignment_id', 'in', consignmentIds.length ? [...consignmentIds] : [-1])
    .orderBy('id')
    .execute();
}

/**
 * Receive a lot (the consignment's agent; open or loading) inside the flow's
 * transaction. `line` is the trade-record line the flow has checked.
 * DUPLICATE when that order line is already in the consignment.
 */
export async function receiveLot(tx: Transaction<DB>, actor: Actor, consignmentId: number, raw: unknown, line: TradeLine): Promise<LotView> {
  const input = parseInput(ReceiveLotInput, raw);
  const x = exportDb(tx);
  const c = await ownConsignmentForUpdate(x, actor, consignmentId);
  requireBeforeDeclaration(c, 'lots are received');
  const netG = Math.round(input.netKg * 1000);
  const grossG = Math.round(input.grossKg * 1000);
  if (grossG < netG) throw new AppError('VALIDATION', `grossKg: ${input.grossKg} kg is less than the net weight (${input.netKg} kg)`);
  if (!/^\d{10}$/.test(line.hs))
    throw new AppError('VALIDATION', `the trade record's line has HS code "${line.hs}", not 10 digits: correct the trade record first`);
  if (!isCurrency(line.currency) || !(line.valueMinor > 0) || !(line.quantity > 0))
    throw new AppError('VALIDATION', "the trade record's line has no positive value or quantity in a known currency");
  const row = await x
    .insertInto('export_lots')
    .values({
      consignment_id: consignmentId,
      agent_id: c.agent_id,
      merchant_id: line.merchantId,
      trade_record_id: line.tradeRecordId,
      order_id: line.orderId,
      order_line_id: String(line.orderLineId),
      product_id: line.productId,
      goods_name: line.goodsName.slice(0, 200),
      hs: line.hs,
      quantity_milli: Math.round(line.quantity * 1000),
      unit: line.unit,
      cartons: input.cartons,
      length_mm: input.lengthMm,
      width_mm: input.widthMm,
      height_mm: input.heightMm,
      net_g: netG,
      gross_g: grossG,
      value_minor: line.valueMinor,
      currency: line.currency,
      this_side_up: input.thisSideUp,
      received_by: actor.userId,
    })
    .onConflict((oc) => oc.columns(['consignment_id', 'trade_record_id', 'order_line_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!row)
    throw new AppError('DUPLICATE', `order line ${line.orderLineId} of trade record ${line.tradeRecordId} is already a lot of consignment ${consignmentId}`);
  return lotView(row);
}

export const LotQuery = z.strictObject({ inspection: z.enum(INSPECTION_STATUSES).optional() });

/** The lots of a consignment (its agent, the operator, customs). */
export async function consignmentLots(db: Kysely<DB>, actor: Actor, consignmentId: number, raw: unknown = {}): Promise<LotView[]> {
  requireRole(actor, 'agent', 'operator', 'customs');
  const q = parseInput(LotQuery, raw);
  const x = exportDb(db);
  await visibleConsignment(x, actor, consignmentId);
  const rows = await lotRows(x, [consignmentId]);
  return rows.filter((r) => !q.inspection || r.inspection === q.inspection).map(lotView);
}

/** A merchant's own lots in every consignment, newest first, with their inspection status (at most 1,000). */
export async function merchantLots(db: Kysely<DB>, actor: Actor, raw: unknown = {}): Promise<LotView[]> {
  requireRole(actor, 'merchant');
  const q = parseInput(LotQuery, raw);
  let s = exportDb(db)
    .selectFrom('export_lots')
    .selectAll()
    .where('merchant_id', '=', actor.entityId ?? -1)
    .orderBy('id', 'desc')
    .limit(1000);
  if (q.inspection) s = s.where('inspection', '=', q.inspection);
  return (await s.execute()).map(lotView);
}
