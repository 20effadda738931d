/**
 * The service desk's tables as Kysely sees them (the platform's core DB type
 * knows none of them; `serviceDb` widens a handle or a transaction).
 */
import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type MaybeTime = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** Where an item is in its life cycle (states.ts has the transition table). */
export type ServiceStatus = 'dispatched' | 'accepted' | 'replied' | 'reopened' | 'closed';
export type Urgency = 'normal' | 'urgent';
export type StepAction = 'raise' | 'accept' | 'reply' | 'confirm' | 'reopen' | 'reassign' | 'escalate' | 'auto_close';
/** Who an overdue item was escalated to: level 1 the department's head, level 2 the market office (the operator). */
export type EscalationTarget = 'department_head' | 'market_office';

export type ServiceTables = {
  service_departments: { entity_id: number; code: string; name_zh: string; name_en: string; created_at: Timestamp };
  service_rules: {
    category: string;
    department_id: number;
    hours_normal: number;
    hours_urgent: number;
    updated_by: number | null;
    updated_at: Timestamp;
  };
  service_items: {
    id: Generated<number>;
    raiser_id: number;
    raiser_role: 'merchant' | 'buyer';
    raised_by: number | null;
    stall_id: number | null;
    category: string;
    urgency: Urgency;
    description: string;
    photos: ColumnType<{ url: string }[], string, string>;
    department_id: number;
    status: Generated<ServiceStatus>;
    due_at: ColumnType<Date, Date | string, Date | string>;
    missed_deadline: Generated<boolean>;
    escalation_level: Generated<number>;
    escalated_to: EscalationTarget | null;
    reopen_count: Generated<number>;
    reply: string | null;
    rating: number | null;
    rating_note: string | null;
    accepted_at: MaybeTime;
    replied_at: MaybeTime;
    closed_at: MaybeTime;
    closed_by: 'raiser' | 'sweep' | null;
    version: Generated<number>;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
  service_steps: {
    item_id: number;
    seq: number;
    raiser_id: number;
    at: Timestamp;
    actor_user_id: number | null;
    actor_role: string;
    action: StepAction;
    from_status: ServiceStatus | null;
    to_status: ServiceStatus;
    note: string | null;
    detail: ColumnType<Record<string, unknown>, string, string>;
  };
};

export type ServiceDB = DB & ServiceTables;

/** The handle widened with the service desk's tables (a transaction stays a transaction). */
export function serviceDb(db: Transaction<DB>): Transaction<ServiceDB>;
export function serviceDb(db: Kysely<DB>): Kysely<ServiceDB>;
export function serviceDb(db: Kysely<DB> | Transaction<DB>): Kysely<ServiceDB> | Transaction<ServiceDB> {
  return db.withTables<ServiceTables>();
}

export const iso = (d: Date | string): string => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());
