/**
 * Moving a service item on: the department accepts and replies, the raiser
 * confirms (with a rating) or reopens, the operator reassigns. Each move is one
 * transaction: the item (locked) changes and one step is appended. Illegal
 * moves are 409 ILLEGAL_TRANSITION with `details.allowed` (states.ts).
 */
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { allowedServiceActions, partyOf, SERVICE_MOVES } from './states.ts';
import { appendStep, getItem, type ServiceItemView } from './items.ts';
import { serviceDb } from './tables.ts';

const Text = z.string().trim().min(1).max(4000);
const Rating = z.number().int().min(1).max(5);

export const ActionInput = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('accept'), note: Text.optional() }),
  z.strictObject({ action: z.literal('reply'), reply: Text }),
  z.strictObject({ action: z.literal('confirm'), rating: Rating, note: Text.optional() }),
  z.strictObject({ action: z.literal('reopen'), reason: Text, rating: Rating.optional() }),
  z.strictObject({ action: z.literal('reassign'), departmentCode: z.string().regex(/^[a-z][a-z0-9_]{1,31}$/), note: Text }),
]);
export type ActionInput = z.infer<typeof ActionInput>;

const HOUR = 3600_000;

/**
 * Apply one action to an item. `now` is for the demo and tests.
 * Throws `NOT_FOUND` (not the caller's item), `ILLEGAL_TRANSITION` (not from this state or not by this party), `VALIDATION`.
 * @example
 * ```ts
 * await actOnItem(db, department, 7, { action: 'accept' });
 * await actOnItem(db, department, 7, { action: 'reply', reply: '已派人维修，明日完工' });
 * await actOnItem(db, merchant, 7, { action: 'confirm', rating: 5 });
 * ```
 */
export async function actOnItem(db0: Kysely<DB>, actor: Actor, id: number, raw: unknown, now: Date = new Date()): Promise<ServiceItemView> {
  requireRole(actor, 'operator', 'department', 'merchant', 'buyer');
  const input = parseInput(ActionInput, raw);
  await db0.transaction().execute(async (tx0) => {
    const tx = serviceDb(tx0);
    const item = await tx.selectFrom('service_items').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    const party = item ? partyOf(actor.role, actor.entityId, { raiserId: item.raiser_id, departmentId: item.department_id }) : null;
    if (!item || !party) throw new AppError('NOT_FOUND', `service item ${id} does not exist or is not yours`);
    const move = SERVICE_MOVES[input.action];
    if (move.party !== party || !move.from.includes(item.status)) {
      const allowed = allowedServiceActions(item.status, party);
      throw new AppError('ILLEGAL_TRANSITION', `cannot ${input.action} service item ${id}: it is ${item.status}`, {
        status: item.status,
        action: input.action,
        allowed,
      });
    }
    const set: Record<string, unknown> = { status: move.to, updated_at: now, version: item.version + 1 };
    let note: string | null = null;
    const detail: Record<string, unknown> = {};
    const windowHours = async (): Promise<number> => {
      const rule = await tx.selectFrom('service_rules').selectAll().where('category', '=', item.category).executeTakeFirst();
      if (rule) return item.urgency === 'urgent' ? rule.hours_urgent : rule.hours_normal;
      return Math.max(1, Math.round((new Date(item.due_at).getTime() - new Date(item.created_at).getTime()) / HOUR));
    };
    switch (input.action) {
      case 'accept':
        set.accepted_at = now;
        note = input.note ?? null;
        break;
      case 'reply': {
        const late = now.getTime() > new Date(item.due_at).getTime();
        set.reply = input.reply;
        set.replied_at = now;
        if (late) set.missed_deadline = true;
        note = input.reply;
        detail.late = late;
        break;
      }
      case 'confirm':
        set.rating = input.rating;
        set.rating_note = input.note ?? null;
        set.closed_at = now;
        set.closed_by = 'raiser';
        note = input.note ?? null;
        detail.rating = input.rating;
        break;
      case 'reopen': {
        const hours = await windowHours();
        set.reopen_count = item.reopen_count + 1;
        set.due_at = new Date(now.getTime() + hours * HOUR);
        set.escalation_level = 0;
        set.escalated_to = null;
        note = input.reason;
        if (input.rating !== undefined) detail.rating = input.rating;
        detail.dueAt = (set.due_at as Date).toISOString();
        break;
      }
      case 'reassign': {
        const to = await tx.selectFrom('service_departments').select(['entity_id', 'code']).where('code', '=', input.departmentCode).executeTakeFirst();
        if (!to) throw new AppError('VALIDATION', `no department has the code ${input.departmentCode}`, { field: 'departmentCode' });
        if (to.entity_id === item.department_id) throw new AppError('VALIDATION', `service item ${id} is already with ${to.code}`, { field: 'departmentCode' });
        const hours = await windowHours();
        set.department_id = to.entity_id;
        set.due_at = new Date(now.getTime() + hours * HOUR);
        set.escalation_level = 0;
        set.escalated_to = null;
        set.accepted_at = null;
        note = input.note;
        Object.assign(detail, { fromDepartmentId: item.department_id, toDepartmentId: to.entity_id, dueAt: (set.due_at as Date).toISOString() });
        break;
      }
    }
    await tx.updateTable('service_items').set(set).where('id', '=', id).execute();
    await appendStep(tx, actor, item, { action: input.action, from: item.status, to: move.to, note, detail, at: now });
  });
  return getItem(db0, actor, id, now);
}
