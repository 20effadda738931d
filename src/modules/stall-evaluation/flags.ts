/**
 * Flags: stalls in the lowest grade for several periods running, or idle, with
 * the holder's warning and deadline; cleared when the stall improves, or taken
 * back (the flow that releases the stall marks it).
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { evalDb, type FlagReason, type FlagStatus } from './tables.ts';

export interface FlagView {
  id: number;
  stallId: number;
  period: string;
  reason: FlagReason;
  holderId: number;
  deadline: string;
  status: FlagStatus;
  warnedAt: string;
  closedAt: string | null;
  closedNote: string | null;
}

type FlagRow = {
  id: number;
  stall_id: number;
  period: string;
  reason: FlagReason;
  holder_id: number;
  deadline: string;
  status: FlagStatus;
  warned_at: Date;
  closed_at: Date | null;
  closed_note: string | null;
};

const view = (r: FlagRow): FlagView => ({
  id: r.id,
  stallId: r.stall_id,
  period: r.period,
  reason: r.reason,
  holderId: r.holder_id,
  deadline: r.deadline,
  status: r.status,
  warnedAt: r.warned_at.toISOString(),
  closedAt: r.closed_at?.toISOString() ?? null,
  closedNote: r.closed_note,
});

/**
 * Flags, newest first: the operator sees all, a merchant the flags (warnings) on its own stalls.
 * @example
 * ```ts
 * const warned = await listFlags(db, operator, { status: 'warned' });
 * ```
 */
export async function listFlags(db0: Kysely<DB>, actor: Actor, opts: { status?: FlagStatus; limit?: number } = {}): Promise<FlagView[]> {
  requireRole(actor, 'operator', 'merchant');
  let q = evalDb(db0)
    .selectFrom('stall_flags')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(Math.min(opts.limit ?? 200, 1000));
  if (actor.role === 'merchant') q = q.where('holder_id', '=', actor.entityId ?? -1);
  if (opts.status) q = q.where('status', '=', opts.status);
  return (await q.execute()).map(view);
}

/**
 * Mark a warned flag taken back, inside the caller's transaction (the re-allocation
 * flow releases the stall in the same transaction). Refuses before the deadline has
 * passed. Throws `NOT_FOUND`, `CONFLICT`.
 */
export async function markTakenBack(trx: Transaction<DB>, flagId: number, date: string): Promise<FlagView> {
  const db = evalDb(trx);
  const f = await db.selectFrom('stall_flags').selectAll().where('id', '=', flagId).forUpdate().executeTakeFirst();
  if (!f) throw notFound('flag', flagId);
  if (f.status !== 'warned') throw new AppError('CONFLICT', `flag ${flagId} is ${f.status}; only a warned stall can be taken back`);
  if (date <= f.deadline) throw new AppError('CONFLICT', `the holder has until ${f.deadline} to improve; a take-back must come after that`);
  const r = await db
    .updateTable('stall_flags')
    .set({ status: 'taken_back', closed_at: new Date(), closed_note: `taken back on ${date}` })
    .where('id', '=', flagId)
    .returningAll()
    .executeTakeFirstOrThrow();
  return view(r);
}

/** One flag by id (no actor check: the caller checks). Throws `NOT_FOUND`. */
export async function getFlag(db0: Kysely<DB>, id: number): Promise<FlagView> {
  const r = await evalDb(db0).selectFrom('stall_flags').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('flag', id);
  return view(r);
}
