/**
 * The stall-evaluation module's tables as Kysely sees them (the platform's core
 * DB type knows none of them); `evalDb` widens a handle or a transaction.
 */
import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import type { IndicatorLine } from './scoring.ts';
import type { RankedApplicant } from './ranking.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export type FlagReason = 'lowest_grade' | 'idle';
export type FlagStatus = 'warned' | 'cleared' | 'taken_back';
export type RoundMethod = 'score' | 'bid_score';
export type RoundStatus = 'open' | 'awarded' | 'published' | 'void';

export type EvalTables = {
  stall_eval_runs: {
    id: Generated<number>;
    period: string;
    method_version: string;
    stalls: Generated<number>;
    flagged: Generated<number>;
    started_at: Timestamp;
    finished_at: Date | null;
    run_by: number | null;
  };
  stall_eval_current: { period: string; run_id: number };
  stall_scores: {
    run_id: number;
    stall_id: number;
    period: string;
    holder_id: number;
    district_id: number;
    category_id: number;
    peer_key: string;
    peer_size: number;
    score: number;
    grade: number;
    idle: boolean;
    indicators: Json<IndicatorLine[]>;
  };
  stall_eval_objections: {
    id: Generated<number>;
    stall_id: number;
    period: string;
    run_id: number;
    entity_id: number;
    text: string;
    status: Generated<'open' | 'answered'>;
    answer: string | null;
    answered_by: number | null;
    answered_at: Date | null;
    created_at: Timestamp;
  };
  stall_flags: {
    id: Generated<number>;
    stall_id: number;
    period: string;
    reason: FlagReason;
    holder_id: number;
    deadline: string;
    status: Generated<FlagStatus>;
    warned_at: Timestamp;
    closed_at: Date | null;
    closed_note: string | null;
  };
  stall_rounds: {
    id: Generated<number>;
    stall_id: number;
    flag_id: number | null;
    method: RoundMethod;
    bid_weight: number;
    min_credit_class: string | null;
    currency: string;
    min_bid: number;
    closes_on: string;
    starts_on: string;
    status: Generated<RoundStatus>;
    ranking: ColumnType<RankedApplicant[] | null, string | null, string | null>;
    winner_entity_id: number | null;
    created_by: number | null;
    created_at: Timestamp;
    awarded_at: Date | null;
    published_at: Date | null;
  };
  stall_round_applications: {
    id: Generated<number>;
    round_id: number;
    entity_id: number;
    bid_amount: number | null;
    credit_class: string;
    merit: number;
    record: Json<Record<string, number | string | null>>;
    eligible: boolean;
    ineligible_reason: string | null;
    created_at: Timestamp;
  };
};

export type EvalDB = DB & EvalTables;

/** The handle widened with this module's tables (a transaction stays a transaction). */
export function evalDb(db: Transaction<DB>): Transaction<EvalDB>;
export function evalDb(db: Kysely<DB>): Kysely<EvalDB>;
export function evalDb(db: Kysely<DB> | Transaction<DB>): Kysely<EvalDB> | Transaction<EvalDB> {
  return db.withTables<EvalTables>();
}
