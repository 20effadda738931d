/**
 * Reading trade records, each party only its own: the agent its records, the
 * merchant and buyer theirs, operator and customs all. `getTradeRecord` is the
 * export module's entry (a lot received into the consolidation warehouse is
 * one of a record's lines).
 */
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../core/db/schema.ts';
import { AppError } from '../../core/errors.ts';
import type { Actor } from '../../core/auth/actor.ts';
import { parseInput } from '../../core/validation.ts';
import { me, requireReader, seesAll } from './access.ts';
import { procDb, type ProcDB, type ProcurementTables, type TradeRecordStatus } from './tables.ts';

export interface TradeRecordLine {
  /** The order line's number within its order (order lines are keyed by order id and line number). */
  orderLineId: number;
  productId: number | null;
  /** 6 to 10 digits, as declared. */
  hs: string;
  goodsName: string;
  quantity: number;
  unit: string;
  /** Integer minor units of `currency`. */
  valueMinor: number;
  currency: string;
  /** On the restricted list: allowed under the record's licence reference. */
  restricted: boolean;
}

export interface TradeRecord {
  id: number;
  agentEntityId: number;
  buyerEntityId: number;
  merchantEntityId: number;
  orderId: number;
  lines: TradeRecordLine[];
  status: TradeRecordStatus;
  restricted: boolean;
  licenceRef: string | null;
  currency: string;
  totalMinor: number;
  recordedOn: string;
  createdAt: string;
}

type RecordRow = Selectable<ProcurementTables['proc_trade_records']>;
type LineRow = Selectable<ProcurementTables['proc_trade_record_lines']>;

const iso = (d: Date | string): string => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

function toRecord(r: RecordRow, lines: LineRow[]): TradeRecord {
  return {
    id: r.id,
    agentEntityId: r.agent_id,
    buyerEntityId: r.buyer_id,
    merchantEntityId: r.merchant_id,
    orderId: r.order_id,
    lines: lines.map((l) => ({
      orderLineId: l.order_line_no,
      productId: l.product_id,
      hs: l.hs,
      goodsName: l.goods_name,
      quantity: l.quantity,
      unit: l.unit,
      valueMinor: l.value_minor,
      currency: l.currency,
      restricted: l.restricted,
    })),
    status: r.status,
    restricted: r.restricted,
    licenceRef: r.licence_ref,
    currency: r.currency,
    totalMinor: r.total_minor,
    recordedOn: r.recorded_on,
    createdAt: iso(r.created_at),
  };
}

/** The column that ties a record to the actor, or null when the actor reads every record. */
export function recordScope(actor: Actor): 'agent_id' | 'merchant_id' | 'buyer_id' | null {
  requireReader(actor);
  if (seesAll(actor)) return null;
  return actor.role === 'agent' ? 'agent_id' : actor.role === 'merchant' ? 'merchant_id' : 'buyer_id';
}

/**
 * One trade record with its lines, if the actor may read it (the agent, merchant
 * or buyer of the record; operator and customs). Throws `NOT_FOUND` (absent or
 * not yours), `FORBIDDEN`/`UNAUTHENTICATED`.
 * @example
 * ```ts
 * const r = await getTradeRecord(db, agent, 12);
 * for (const l of r.lines) console.log(l.orderLineId, l.hs, l.valueMinor, l.currency);
 * ```
 */
export async function getTradeRecord(db0: Kysely<DB>, actor: Actor, id: number): Promise<TradeRecord> {
  const db = procDb(db0);
  const col = recordScope(actor);
  let q = db.selectFrom('proc_trade_records').selectAll().where('id', '=', id);
  if (col) q = q.where(col, '=', me(actor));
  const r = await q.executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', `trade record ${id} does not exist or is not yours`);
  const lines = await db.selectFrom('proc_trade_record_lines').selectAll().where('record_id', '=', id).orderBy('order_line_no').execute();
  return toRecord(r, lines);
}

export const RecordQuery = z.strictObject({
  merchant: z.coerce.number().int().positive().optional(),
  buyer: z.coerce.number().int().positive().optional(),
  agent: z.coerce.number().int().positive().optional(),
  order: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** Trade records the actor may read, newest first, with their lines and the total count. */
export async function listTradeRecords(db0: Kysely<DB>, actor: Actor, raw: unknown = {}): Promise<{ items: TradeRecord[]; total: number }> {
  const q = parseInput(RecordQuery, raw, 'query');
  const db = procDb(db0);
  const col = recordScope(actor);
  let base = db.selectFrom('proc_trade_records');
  if (col) base = base.where(col, '=', me(actor));
  if (q.merchant) base = base.where('merchant_id', '=', q.merchant);
  if (q.buyer) base = base.where('buyer_id', '=', q.buyer);
  if (q.agent) base = base.where('agent_id', '=', q.agent);
  if (q.order) base = base.where('order_id', '=', q.order);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const lines = rows.length
    ? await db
        .selectFrom('proc_trade_record_lines')
        .selectAll()
        .where(
          'record_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('record_id')
        .orderBy('order_line_no')
        .execute()
    : [];
  return {
    items: rows.map((r) =>
      toRecord(
        r,
        lines.filter((l) => l.record_id === r.id),
      ),
    ),
    total: Number(count.n),
  };
}

export type { ProcDB };
