/**
 * Appeals: an entity appeals one of its own events with its reason and
 * evidence; a regulator decides. Upheld → the event is voided (kept, marked,
 * with the reason) and the entity's score is recomputed at once; rejected →
 * nothing changes but the outcome is recorded. One open appeal per event.
 */
import { z } from 'zod';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { INDICATOR_BY_KIND } from './model.ts';
import { refreshScore } from './scores.ts';
import { creditDb, type AppealStatus, type Severity } from './tables.ts';

export const AppealInput = z.strictObject({
  reason: z.string().trim().min(1).max(2000),
  evidenceRef: z.string().trim().min(1).max(500).optional(),
});

export const AppealDecision = z.strictObject({
  outcome: z.enum(['upheld', 'rejected']),
  note: z.string().trim().min(1).max(2000),
});

export const AppealQuery = z.strictObject({
  status: z.enum(['open', 'upheld', 'rejected']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export interface AppealView {
  id: number;
  entityId: number;
  eventId: number;
  eventKind: string;
  eventNameZh: string;
  eventNameEn: string;
  eventSeverity: Severity;
  eventOccurredOn: string;
  reason: string;
  evidenceRef: string | null;
  status: AppealStatus;
  filedAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
}

const iso = (d: Date | string): string => (d instanceof Date ? d : new Date(d)).toISOString();

async function appealView(db: Kysely<DB>, where: { id?: number; entityId?: number; status?: AppealStatus }, limit = 1): Promise<AppealView[]> {
  let q = creditDb(db)
    .selectFrom('credit_appeals as a')
    .innerJoin('credit_events as e', 'e.id', 'a.event_id')
    .select(['a.id', 'a.entity_id', 'a.event_id', 'a.reason', 'a.evidence_ref', 'a.status', 'a.filed_at', 'a.decided_at', 'a.decision_note'])
    .select(['e.kind', 'e.severity', 'e.occurred_on']);
  if (where.id !== undefined) q = q.where('a.id', '=', where.id);
  if (where.entityId !== undefined) q = q.where('a.entity_id', '=', where.entityId);
  if (where.status !== undefined) q = q.where('a.status', '=', where.status);
  const rows = await q
    .orderBy('a.id', where.status === 'open' ? 'asc' : 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    entityId: r.entity_id,
    eventId: r.event_id,
    eventKind: r.kind,
    eventNameZh: INDICATOR_BY_KIND.get(r.kind)?.zh ?? r.kind,
    eventNameEn: INDICATOR_BY_KIND.get(r.kind)?.en ?? r.kind,
    eventSeverity: r.severity,
    eventOccurredOn: r.occurred_on,
    reason: r.reason,
    evidenceRef: r.evidence_ref,
    status: r.status,
    filedAt: iso(r.filed_at),
    decidedAt: r.decided_at ? iso(r.decided_at) : null,
    decisionNote: r.decision_note,
  }));
}

/** The entity appeals one of its own (counting) events. */
export async function fileAppeal(db: Kysely<DB>, actor: Actor, eventId: number, raw: unknown): Promise<AppealView> {
  requireRole(actor, 'merchant', 'buyer', 'agent');
  const input = parseInput(AppealInput, raw);
  const ev = await creditDb(db).selectFrom('credit_events').select(['entity_id', 'voided_at']).where('id', '=', eventId).executeTakeFirst();
  if (!ev || ev.entity_id !== actor.entityId) throw new AppError('NOT_FOUND', `credit event ${eventId} does not exist among your events`);
  if (ev.voided_at) throw new AppError('CONFLICT', `credit event ${eventId} is already voided`);
  const open = await creditDb(db).selectFrom('credit_appeals').select('id').where('event_id', '=', eventId).where('status', '=', 'open').executeTakeFirst();
  if (open) throw new AppError('CONFLICT', `appeal ${open.id} against this event is still open`, { appealId: open.id });
  const r = await creditDb(db)
    .insertInto('credit_appeals')
    .values({ entity_id: ev.entity_id, event_id: eventId, reason: input.reason, evidence_ref: input.evidenceRef ?? null, filed_by: actor.userId })
    .onConflict((oc) => oc.column('event_id').where('status', '=', 'open').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!r) throw new AppError('CONFLICT', 'an appeal against this event is already open');
  return (await appealView(db, { id: r.id }))[0]!;
}

/** Appeals: a regulator or operator sees all (open ones oldest first); an entity sees its own. */
export async function listAppeals(db: Kysely<DB>, actor: Actor, raw: unknown = {}): Promise<AppealView[]> {
  requireRole(actor, 'regulator', 'operator', 'merchant', 'buyer', 'agent');
  const q = parseInput(AppealQuery, raw);
  const own = actor.role === 'regulator' || actor.role === 'operator' ? {} : { entityId: actor.entityId ?? -1 };
  return appealView(db, { ...own, ...(q.status ? { status: q.status } : {}) }, q.limit);
}

/** A regulator decides an open appeal; upheld voids the event and updates the score in the same transaction. */
export async function decideAppeal(db: Kysely<DB>, actor: Actor, appealId: number, raw: unknown): Promise<AppealView> {
  requireRole(actor, 'regulator');
  const input = parseInput(AppealDecision, raw);
  await db.transaction().execute(async (tx0) => {
    const tx = creditDb(tx0);
    const a = await tx.selectFrom('credit_appeals').select(['id', 'event_id', 'entity_id', 'status']).where('id', '=', appealId).forUpdate().executeTakeFirst();
    if (!a) throw new AppError('NOT_FOUND', `appeal ${appealId} does not exist`);
    if (a.status !== 'open') throw new AppError('CONFLICT', `appeal ${appealId} is already decided (${a.status})`);
    await tx
      .updateTable('credit_appeals')
      .set({ status: input.outcome, decided_by: actor.userId, decided_at: new Date(), decision_note: input.note })
      .where('id', '=', appealId)
      .execute();
    if (input.outcome === 'upheld') {
      await tx
        .updateTable('credit_events')
        .set({ voided_at: sql<Date>`now()`, void_reason: `appeal ${appealId} upheld: ${input.note}`.slice(0, 2000) })
        .where('id', '=', a.event_id)
        .execute();
      await refreshScore(tx0, a.entity_id, { text: `appeal ${appealId} upheld`, eventId: a.event_id });
    }
  });
  return (await appealView(db, { id: appealId }))[0]!;
}
