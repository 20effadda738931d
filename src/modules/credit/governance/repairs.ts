/**
 * Credit repair (信用修复): the listed entity applies with a statement and
 * evidence of correction; a regulator approves (the entry ends, the entity
 * leaves the list) or rejects with a reason. Every step is kept: the
 * application row, the entry's end, and audit rows for applying and deciding.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../core/db/schema.ts';
import { requireRole, type Actor } from '../../../core/auth/actor.ts';
import { AppError, forbidden, notFound } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { audit } from './audit.ts';
import { govDb, type RepairStatus } from './tables.ts';

export interface Repair {
  id: number;
  entityId: number;
  blacklistId: number;
  statement: string;
  evidenceRefs: string[];
  status: RepairStatus;
  appliedAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
}

export const RepairInput = z.strictObject({
  statement: z.string().trim().min(4).max(4000).meta({ description: 'What was corrected, and how' }),
  evidenceRefs: z.array(z.string().trim().min(1).max(500)).min(1).max(20).meta({ description: 'References to the evidence of correction' }),
});
export const RepairDecision = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('approve'), reason: z.string().trim().min(1).max(2000).optional() }),
  z.strictObject({ decision: z.literal('reject'), reason: z.string().trim().min(5).max(2000) }),
]);
export const RepairQuery = z.strictObject({ status: z.enum(['pending', 'approved', 'rejected']).optional() });

const toRepair = (r: {
  id: number;
  entity_id: number;
  blacklist_id: number;
  statement: string;
  evidence_refs: string[];
  status: RepairStatus;
  applied_at: Date;
  decided_at: Date | null;
  decision_reason: string | null;
}): Repair => ({
  id: r.id,
  entityId: r.entity_id,
  blacklistId: r.blacklist_id,
  statement: r.statement,
  evidenceRefs: r.evidence_refs,
  status: r.status,
  appliedAt: r.applied_at.toISOString(),
  decidedAt: r.decided_at?.toISOString() ?? null,
  decisionReason: r.decision_reason,
});

const COLS = ['id', 'entity_id', 'blacklist_id', 'statement', 'evidence_refs', 'status', 'applied_at', 'decided_at', 'decision_reason'] as const;

/** The listed entity applies for repair of its active entry. CONFLICT when not listed or an application is pending. */
export async function applyForRepair(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<Repair> {
  requireRole(actor, 'merchant', 'buyer', 'agent');
  const input = parseInput(RepairInput, raw);
  const entityId = actor.entityId;
  if (entityId === null) throw forbidden('your account acts for no entity');
  const id = await db.transaction().execute(async (tx) => {
    const g = govDb(tx);
    const entry = await g.selectFrom('credit_blacklist').select('id').where('entity_id', '=', entityId).where('removed_at', 'is', null).executeTakeFirst();
    if (!entry) throw new AppError('CONFLICT', 'you are not on the blacklist: there is nothing to repair');
    const pending = await g.selectFrom('credit_repairs').select('id').where('blacklist_id', '=', entry.id).where('status', '=', 'pending').executeTakeFirst();
    if (pending) throw new AppError('CONFLICT', `your application ${pending.id} is still being reviewed`, { repairId: pending.id });
    const row = await g
      .insertInto('credit_repairs')
      .values({ entity_id: entityId, blacklist_id: entry.id, statement: input.statement, evidence_refs: input.evidenceRefs, applied_by: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(tx, actor, 'repair.apply', entityId, input.statement, { repairId: row.id, entryId: entry.id, evidenceRefs: input.evidenceRefs });
    return row.id;
  });
  return getRepair(db, actor, id);
}

/** One application: its entity or a regulator. */
export async function getRepair(db: Kysely<DB>, actor: Actor, id: number): Promise<Repair> {
  requireRole(actor, 'regulator', 'operator', 'merchant', 'buyer', 'agent');
  const row = await govDb(db).selectFrom('credit_repairs').select(COLS).where('id', '=', id).executeTakeFirst();
  const mine = actor.role === 'regulator' || actor.role === 'operator' || row?.entity_id === actor.entityId;
  if (!row || !mine) throw notFound('repair application', id);
  return toRepair(row);
}

/** Applications: all (a regulator's queue, by status) or the caller's own. */
export async function listRepairs(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<Repair[]> {
  requireRole(actor, 'regulator', 'operator', 'merchant', 'buyer', 'agent');
  const q = parseInput(RepairQuery, raw);
  let s = govDb(db).selectFrom('credit_repairs').select(COLS);
  if (actor.role !== 'regulator' && actor.role !== 'operator') s = s.where('entity_id', '=', actor.entityId ?? -1);
  if (q.status) s = s.where('status', '=', q.status);
  return (await s.orderBy('id', 'desc').limit(500).execute()).map(toRepair);
}

/** A regulator decides a pending application: approve ends the entry (the entity leaves the list); reject keeps it, with the reason. */
export async function decideRepair(db: Kysely<DB>, actor: Actor, id: number, raw: unknown): Promise<Repair> {
  requireRole(actor, 'regulator');
  const d = parseInput(RepairDecision, raw);
  await db.transaction().execute(async (tx) => {
    const g = govDb(tx);
    const row = await g
      .updateTable('credit_repairs')
      .set({ status: d.decision === 'approve' ? 'approved' : 'rejected', decided_at: new Date(), decided_by: actor.userId, decision_reason: d.reason ?? null })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .returning(['entity_id', 'blacklist_id'])
      .executeTakeFirst();
    if (!row) {
      const exists = await g.selectFrom('credit_repairs').select('status').where('id', '=', id).executeTakeFirst();
      if (!exists) throw notFound('repair application', id);
      throw new AppError('CONFLICT', `application ${id} was decided already (${exists.status})`);
    }
    if (d.decision === 'approve') {
      await g
        .updateTable('credit_blacklist')
        .set({ removed_at: new Date(), removed_by: actor.userId, removed_reason: `repaired: ${d.reason ?? 'correction accepted'}`, repair_id: id })
        .where('id', '=', row.blacklist_id)
        .where('removed_at', 'is', null)
        .execute();
    }
    await audit(tx, actor, d.decision === 'approve' ? 'repair.approve' : 'repair.reject', row.entity_id, d.reason ?? null, {
      repairId: id,
      entryId: row.blacklist_id,
    });
  });
  return getRepair(db, actor, id);
}
