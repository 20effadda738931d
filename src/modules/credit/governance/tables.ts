/**
 * The governance tables as Kysely sees them (migration 020-credit-governance).
 * They are the credit module's own; `govDb` widens a handle (or a
 * transaction) with them, as trade's `tradeDb` does.
 */
import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema.ts';
import type { CreditClass } from '../tables.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export type { CreditClass };
export type BlacklistRule = 'severe_event' | 'class_d' | 'broken_promise' | 'manual';
export type RepairStatus = 'pending' | 'approved' | 'rejected';
export type PromiseStatus = 'approved' | 'kept' | 'broken';
export type RedListCategory = 'merchant' | 'foreign_buyer' | 'firm';
export type StandardKind = 'national' | 'national_recommended' | 'industry' | 'group' | 'enterprise';
export type InspectionResult = 'compliant' | 'minor_issues' | 'violation' | 'serious_violation';
export type CampaignStatus = 'defined' | 'drawn' | 'closed';

/** Who a campaign draws from: entities of a kind, optionally only the current stall holders of one district. */
export interface Population {
  kind: 'merchant' | 'buyer' | 'agent';
  district?: number | undefined;
}
export type ClassRates = Record<CreditClass, number>;

export type GovTables = {
  credit_audit: {
    id: Generated<number>;
    at: Timestamp;
    actor_user_id: number | null;
    actor_role: string;
    action: string;
    entity_id: number | null;
    reason: string | null;
    details: Json<Record<string, unknown>>;
  };
  credit_blacklist: {
    id: Generated<number>;
    entity_id: number;
    rule: BlacklistRule;
    reason: string;
    evidence_refs: string[];
    event_ids: number[];
    listed_at: Timestamp;
    listed_by: number | null;
    removed_at: Date | null;
    removed_by: number | null;
    removed_reason: string | null;
    repair_id: number | null;
  };
  credit_repairs: {
    id: Generated<number>;
    entity_id: number;
    blacklist_id: number;
    statement: string;
    evidence_refs: string[];
    status: Generated<RepairStatus>;
    applied_at: Timestamp;
    applied_by: number | null;
    decided_at: Date | null;
    decided_by: number | null;
    decision_reason: string | null;
  };
  credit_promises: {
    id: Generated<number>;
    entity_id: number;
    application_kind: string;
    application_ref: string;
    promise_text: string;
    class_at_signing: 'A' | 'B';
    signed_at: Timestamp;
    signed_by: number | null;
    check_due_on: string;
    status: Generated<PromiseStatus>;
    checked_at: Date | null;
    checked_by: number | null;
    check_reason: string | null;
    event_id: number | null;
  };
  credit_redlist: {
    year: number;
    category: RedListCategory;
    rank: number;
    entity_id: number;
    score: string;
    rules: string;
    computed_at: Timestamp;
  };
  credit_standards: {
    id: Generated<number>;
    product_id: number;
    merchant_id: number;
    kind: StandardKind;
    code: string;
    title: string | null;
    declared_at: Timestamp;
    withdrawn_at: Date | null;
  };
  credit_standard_checks: {
    id: Generated<number>;
    standard_id: number;
    merchant_id: number;
    product_id: number;
    result: 'meets' | 'below';
    inspected_on: string;
    evidence_ref: string;
    note: string | null;
    recorded_by: number | null;
    event_id: number | null;
    at: Timestamp;
  };
  credit_campaigns: {
    id: Generated<number>;
    name: string;
    population: Json<Population>;
    size: number | null;
    rates: Json<ClassRates>;
    inspectors: string[];
    per_entity: number;
    seed: number;
    algorithm: string;
    status: Generated<CampaignStatus>;
    created_by: number | null;
    created_at: Timestamp;
    drawn_at: Date | null;
    population_n: number | null;
    population_sha: string | null;
    draw_sha: string | null;
  };
  credit_campaign_population: { campaign_id: number; entity_id: number; class: CreditClass };
  credit_campaign_draws: {
    campaign_id: number;
    seq: number;
    entity_id: number;
    class: CreditClass;
    inspectors: string[];
    result: InspectionResult | null;
    result_note: string | null;
    evidence_ref: string | null;
    result_at: Date | null;
    event_id: number | null;
  };
  credit_shares: {
    id: Generated<number>;
    entity_id: number;
    grantee_name: string;
    grantee_entity_id: number | null;
    token_sha256: string;
    purpose: string | null;
    valid_from: Timestamp;
    valid_to: Date | string;
    revoked_at: Date | null;
    created_at: Timestamp;
  };
  credit_share_reads: { id: Generated<number>; share_id: number; entity_id: number; at: Timestamp; reader: string; address: string | null };
};

export type GovDB = DB & GovTables;

/** The handle widened with the governance tables (a transaction stays a transaction). */
export function govDb(db: Transaction<DB>): Transaction<GovDB>;
export function govDb(db: Kysely<DB>): Kysely<GovDB>;
export function govDb(db: Kysely<DB> | Transaction<DB>): Kysely<GovDB> | Transaction<GovDB> {
  return db.withTables<GovTables>();
}
