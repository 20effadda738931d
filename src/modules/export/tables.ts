/**
 * The export module's tables as Kysely sees them (its own: the platform's core
 * DB type knows none of them; `exportDb` widens a handle or a transaction).
 */
import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export const CONSIGNMENT_STATUSES = ['open', 'loading', 'declared', 'shipped', 'closed'] as const;
export type ConsignmentStatus = (typeof CONSIGNMENT_STATUSES)[number];
export const INSPECTION_STATUSES = ['pending', 'released', 'held', 'returned'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];
export type PlanStatus = 'draft' | 'final';

export type ExportTables = {
  export_consignments: {
    id: Generated<number>;
    agent_id: number;
    buyer_id: number;
    destination: string;
    incoterm: string;
    status: Generated<ConsignmentStatus>;
    note: string | null;
    created_by: number | null;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
  export_consignment_events: {
    consignment_id: number;
    seq: number;
    agent_id: number;
    at: Timestamp;
    actor_user_id: number | null;
    actor_role: string;
    from_status: string | null;
    to_status: string;
  };
  export_lots: {
    id: Generated<number>;
    consignment_id: number;
    agent_id: number;
    merchant_id: number;
    trade_record_id: number;
    order_id: number;
    order_line_id: string;
    product_id: number | null;
    goods_name: string;
    hs: string;
    quantity_milli: number;
    unit: string;
    cartons: number;
    length_mm: number;
    width_mm: number;
    height_mm: number;
    net_g: number;
    gross_g: number;
    value_minor: number;
    currency: string;
    this_side_up: boolean;
    inspection: Generated<InspectionStatus>;
    received_by: number | null;
    received_at: Timestamp;
  };
  export_lot_inspections: {
    lot_id: number;
    seq: number;
    merchant_id: number;
    from_status: string;
    to_status: string;
    reason: string | null;
    actor_user_id: number | null;
    actor_role: string;
    at: Timestamp;
  };
  export_load_plans: {
    consignment_id: number;
    agent_id: number;
    status: PlanStatus;
    lot_ids: Json<number[]>;
    plan: Json<unknown>;
    loading_list: string;
    draft_reason: string | null;
    computed_by: number | null;
    computed_at: Timestamp;
  };
  export_containers: {
    consignment_id: number;
    seq: number;
    agent_id: number;
    type_code: string;
    iso_number: string | null;
    seal_number: string | null;
    stuffed_by: number | null;
    stuffed_at: Date | null;
  };
};

export type ExportDB = DB & ExportTables;

/** The same handle, typed with the export module's tables. */
export function exportDb(db: Transaction<DB>): Transaction<ExportDB>;
export function exportDb(db: Kysely<DB>): Kysely<ExportDB>;
export function exportDb(db: Kysely<DB> | Transaction<DB>): Kysely<ExportDB> | Transaction<ExportDB> {
  return db.withTables<ExportTables>();
}

/** A timestamp as ISO text (both engines return Date for timestamptz; text is accepted too). */
export const iso = (d: Date | string | null): string | null => (d === null ? null : (d instanceof Date ? d : new Date(d)).toISOString());
