/**
 * The append-only audit log of credit decisions (who, when, why). Every
 * governance decision writes one row in the same transaction as the decision;
 * the database refuses to change or delete a row (migration 020's triggers).
 */
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../core/db/schema.ts';
import { requireRole, type Actor } from '../../../core/auth/actor.ts';
import { parseInput } from '../../../core/validation.ts';
import { govDb } from './tables.ts';

export interface AuditEntry {
  id: number;
  at: string;
  actorUserId: number | null;
  actorRole: string;
  action: string;
  entityId: number | null;
  reason: string | null;
  details: Record<string, unknown>;
}

/** Write one audit row (inside the caller's transaction). */
export async function audit(
  tx: Kysely<DB> | Transaction<DB>,
  actor: Actor,
  action: string,
  entityId: number | null,
  reason: string | null,
  details: Record<string, unknown> = {},
): Promise<number> {
  const row = await govDb(tx as Kysely<DB>)
    .insertInto('credit_audit')
    .values({ actor_user_id: actor.userId, actor_role: actor.role, action, entity_id: entityId, reason, details: JSON.stringify(details) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export const AuditQuery = z.strictObject({
  entityId: z.coerce.number().int().positive().optional(),
  action: z
    .string()
    .regex(/^[a-z_.]{3,60}$/)
    .optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/**
 * The audit log, newest first: all of it for a regulator or the operator; a
 * merchant (or any entity's user) sees only the rows about its own entity.
 */
export async function listAudit(db0: Kysely<DB>, actor: Actor, raw: unknown): Promise<AuditEntry[]> {
  requireRole(actor, 'regulator', 'operator', 'merchant', 'buyer', 'agent');
  const q = parseInput(AuditQuery, raw);
  let entityId = q.entityId;
  if (actor.role !== 'regulator' && actor.role !== 'operator') entityId = actor.entityId ?? -1;
  let s = govDb(db0).selectFrom('credit_audit').selectAll();
  if (entityId !== undefined) s = s.where('entity_id', '=', entityId);
  if (q.action) s = s.where('action', '=', q.action);
  if (q.beforeId) s = s.where('id', '<', q.beforeId);
  const rows = await s.orderBy('id', 'desc').limit(q.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorUserId: r.actor_user_id,
    actorRole: r.actor_role,
    action: r.action,
    entityId: r.entity_id,
    reason: r.reason,
    details: r.details,
  }));
}
