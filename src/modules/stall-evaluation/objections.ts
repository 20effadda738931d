/**
 * Objections: a holder objects to its stall's score for a period; the operator
 * answers. Both steps are kept with their time.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../core/db/schema.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { parseInput } from '../../core/validation.ts';
import { stallBreakdown } from './read.ts';
import { evalDb } from './tables.ts';

export const ObjectionInput = z.strictObject({
  period: z.string().regex(/^\d{4}Q[1-4]$/, 'a quarter such as 2026Q3'),
  text: z.string().trim().min(5).max(2000),
});
export const AnswerInput = z.strictObject({ answer: z.string().trim().min(2).max(2000) });

export interface ObjectionView {
  id: number;
  stallId: number;
  period: string;
  runId: number;
  entityId: number;
  text: string;
  status: 'open' | 'answered';
  answer: string | null;
  answeredAt: string | null;
  createdAt: string;
}

type Row = {
  id: number;
  stall_id: number;
  period: string;
  run_id: number;
  entity_id: number;
  text: string;
  status: 'open' | 'answered';
  answer: string | null;
  answered_at: Date | null;
  created_at: Date;
};

const view = (r: Row): ObjectionView => ({
  id: r.id,
  stallId: r.stall_id,
  period: r.period,
  runId: r.run_id,
  entityId: r.entity_id,
  text: r.text,
  status: r.status,
  answer: r.answer,
  answeredAt: r.answered_at?.toISOString() ?? null,
  createdAt: r.created_at.toISOString(),
});

/**
 * The holder objects to its stall's score of a period. Merchants only, on their own
 * stalls' scores; one open objection per stall and period. Throws `FORBIDDEN`,
 * `NOT_FOUND`, `VALIDATION`, `CONFLICT`.
 * @example
 * ```ts
 * await objectToScore(db, merchant, 1201, { period: '2026Q3', text: 'Our fair orders are missing.' });
 * ```
 */
export async function objectToScore(db0: Kysely<DB>, actor: Actor, stallId: number, raw: unknown): Promise<ObjectionView> {
  requireRole(actor, 'merchant');
  const input = parseInput(ObjectionInput, raw);
  const b = await stallBreakdown(db0, actor, stallId, input.period);
  const db = evalDb(db0);
  const open = await db
    .selectFrom('stall_eval_objections')
    .select('id')
    .where('stall_id', '=', stallId)
    .where('period', '=', b.period)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (open) throw new AppError('CONFLICT', `objection ${open.id} on this score is still open`);
  const r = await db
    .insertInto('stall_eval_objections')
    .values({ stall_id: stallId, period: b.period, run_id: b.runId, entity_id: actor.entityId!, text: input.text })
    .returningAll()
    .executeTakeFirstOrThrow();
  return view(r);
}

/**
 * The operator answers an open objection. Throws `FORBIDDEN`, `NOT_FOUND`, `CONFLICT` (already answered).
 * @example
 * ```ts
 * await answerObjection(db, operator, 3, { answer: 'Checked: fair orders are counted from 2026Q4.' });
 * ```
 */
export async function answerObjection(db0: Kysely<DB>, actor: Actor, id: number, raw: unknown): Promise<ObjectionView> {
  requireRole(actor, 'operator');
  const input = parseInput(AnswerInput, raw);
  const r = await evalDb(db0)
    .updateTable('stall_eval_objections')
    .set({ status: 'answered', answer: input.answer, answered_by: actor.userId, answered_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returningAll()
    .executeTakeFirst();
  if (r) return view(r);
  const exists = await evalDb(db0).selectFrom('stall_eval_objections').select('id').where('id', '=', id).executeTakeFirst();
  if (!exists) throw notFound('objection', id);
  throw new AppError('CONFLICT', `objection ${id} is already answered`);
}

/**
 * Objections: the operator sees all (optionally only open ones), a merchant its own.
 * @example
 * ```ts
 * const open = await listObjections(db, operator, { status: 'open' });
 * ```
 */
export async function listObjections(db0: Kysely<DB>, actor: Actor, opts: { status?: 'open' | 'answered'; stallId?: number } = {}): Promise<ObjectionView[]> {
  requireRole(actor, 'operator', 'merchant');
  let q = evalDb(db0).selectFrom('stall_eval_objections').selectAll().orderBy('id', 'desc').limit(500);
  if (actor.role === 'merchant') q = q.where('entity_id', '=', actor.entityId ?? -1);
  if (opts.status) q = q.where('status', '=', opts.status);
  if (opts.stallId) q = q.where('stall_id', '=', opts.stallId);
  return (await q.execute()).map(view);
}
