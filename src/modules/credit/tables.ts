/**
 * The credit module's tables as Kysely sees them (the platform's core DB type
 * knows none of them); `creditDb` widens a handle or a transaction.
 */
import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export const SOURCES = ['platform', 'market_supervision', 'customs', 'tax', 'ip_office', 'court', 'consumer_complaints', 'inspection'] as const;
export type Source = (typeof SOURCES)[number];
export const SEVERITIES = ['positive', 'minor', 'moderate', 'serious', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type CreditClass = 'A' | 'B' | 'C' | 'D';
export type AppealStatus = 'open' | 'upheld' | 'rejected';

export type CreditTables = {
  credit_batches: {
    id: Generated<number>;
    source: string;
    file_name: string | null;
    sha256: string;
    row_count: number;
    inserted: number;
    recorded_by: number | null;
    recorded_at: Timestamp;
  };
  credit_events: {
    id: Generated<number>;
    entity_id: number;
    source: Source;
    kind: string;
    severity: Severity;
    occurred_on: string;
    evidence_ref: string;
    external_id: string;
    note: string | null;
    batch_id: number | null;
    recorded_by: number | null;
    recorded_at: Timestamp;
    voided_at: Date | null;
    void_reason: string | null;
  };
  credit_scores: {
    entity_id: number;
    score: number;
    credit_class: CreditClass;
    class_since: string;
    as_of: string;
    quality: Generated<number>;
    fulfilment: Generated<number>;
    behaviour: Generated<number>;
    compliance: Generated<number>;
    computed_at: Timestamp;
  };
  credit_class_changes: {
    id: Generated<number>;
    entity_id: number;
    changed_on: string;
    from_class: CreditClass | null;
    to_class: CreditClass;
    score: number;
    cause: string;
    event_id: number | null;
    at: Timestamp;
  };
  credit_appeals: {
    id: Generated<number>;
    entity_id: number;
    event_id: number;
    reason: string;
    evidence_ref: string | null;
    status: Generated<AppealStatus>;
    filed_by: number | null;
    filed_at: Timestamp;
    decided_by: number | null;
    decided_at: Date | null;
    decision_note: string | null;
  };
  credit_index_months: {
    month: string;
    composite: number;
    quality: number;
    fulfilment: number;
    behaviour: number;
    compliance: number;
    entities: number;
    base_month: string;
    computed_at: Timestamp;
  };
  credit_recomputes: {
    id: Generated<number>;
    as_of: string;
    started_at: Date | string;
    finished_at: Timestamp;
    entities: number;
    changed: number;
    class_changes: number;
  };
  credit_feed_cursors: { feed: string; last_seq: Generated<number>; updated_at: Timestamp };
};

export type CreditDB = DB & CreditTables;

/** The handle widened with the credit tables (a transaction stays a transaction). */
export function creditDb(db: Transaction<DB>): Transaction<CreditDB>;
export function creditDb(db: Kysely<DB>): Kysely<CreditDB>;
export function creditDb(db: Kysely<DB> | Transaction<DB>): Kysely<CreditDB> | Transaction<CreditDB> {
  return db.withTables<CreditTables>();
}
