/**
 * The procurement module's tables as Kysely sees them (its own; the core DB
 * type knows none of them). `procDb` widens a handle or a transaction.
 */
import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type RegistrationKind = 'agent' | 'buyer' | 'merchant';
export type RegistrationStatus = 'active' | 'suspended';
export type DocumentType = 'passport' | 'id_card' | 'travel_permit' | 'other';
export type HsRuleKind = 'prohibited' | 'restricted';
export type TradeRecordStatus = 'recorded' | 'cancelled';

export type ProcurementTables = {
  proc_registrations: {
    entity_id: number;
    kind: RegistrationKind;
    /** The registered name (the entity's, as registered). */
    name: string;
    country: string;
    status: Generated<RegistrationStatus>;
    customs_code: string | null;
    nationality: string | null;
    document_type: DocumentType | null;
    document_number: string | null;
    registered_at: Timestamp;
    registered_by: number | null;
  };
  proc_registration_agents: { entity_id: number; agent_id: number; linked_at: Timestamp };
  proc_registration_events: {
    entity_id: number;
    seq: number;
    at: Timestamp;
    actor_user_id: number | null;
    actor_role: string;
    status: RegistrationStatus;
    reason: string | null;
  };
  proc_accounts: {
    id: Generated<number>;
    owner_id: number;
    bank: string;
    account_number: string;
    currency: string;
    active: Generated<boolean>;
    created_at: Timestamp;
  };
  proc_hs_rules: {
    prefix: string;
    kind: HsRuleKind;
    reason_zh: string;
    reason_en: string;
    source: string | null;
    updated_at: Timestamp;
    updated_by: number | null;
  };
  proc_hs_rule_edits: {
    seq: Generated<number>;
    prefix: string;
    action: 'add' | 'update' | 'remove';
    kind: HsRuleKind | null;
    reason_zh: string | null;
    reason_en: string | null;
    actor_user_id: number | null;
    actor_role: string;
    at: Timestamp;
  };
  proc_trade_records: {
    id: Generated<number>;
    merchant_id: number;
    agent_id: number;
    buyer_id: number;
    order_id: number;
    status: Generated<TradeRecordStatus>;
    restricted: boolean;
    licence_ref: string | null;
    currency: string;
    total_minor: number;
    recorded_on: string;
    created_at: Timestamp;
    created_by: number | null;
  };
  proc_trade_record_lines: {
    record_id: number;
    merchant_id: number;
    order_id: number;
    order_line_no: number;
    product_id: number | null;
    hs: string;
    goods_name: string;
    quantity: number;
    unit: string;
    value_minor: number;
    currency: string;
    restricted: boolean;
  };
  proc_payments: {
    id: Generated<number>;
    agent_id: number;
    buyer_id: number;
    account_id: number;
    collector_id: number;
    method: string;
    reference: string;
    amount_minor: number;
    currency: string;
    received_on: string;
    created_at: Timestamp;
    recorded_by: number | null;
  };
  proc_allocations: {
    payment_id: number;
    order_id: number;
    merchant_id: number;
    agent_id: number;
    amount_minor: number;
    currency: string;
    allocated_at: Timestamp;
  };
};

export type ProcDB = DB & ProcurementTables;

export function procDb(db: Transaction<DB>): Transaction<ProcDB>;
export function procDb(db: Kysely<DB>): Kysely<ProcDB>;
export function procDb(db: Kysely<DB> | Transaction<DB>): Kysely<ProcDB> | Transaction<ProcDB> {
  return db.withTables<ProcurementTables>();
}
