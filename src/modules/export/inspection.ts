/**
 * Inspection before loading (先查验后装运): customs sets each lot's status.
 * pending → released | held; held → released | returned (to the merchant);
 * released → held (found later, before loading). Every change is kept with who
 * and when. Holding a lot that is in the consignment's load plan drops the
 * plan back to draft: it must be recomputed over the released lots.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { type Actor, requireRole } from '../../core/auth/actor.ts';
import type { DB } from '../../core/db/schema.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { requireBeforeDeclaration } from './consignments.ts';
import { type LotView, lotView } from './lots.ts';
import { exportDb, type InspectionStatus, iso } from './tables.ts';

/** The moves of a lot's inspection status. */
export const INSPECTION_MOVES: Readonly<Record<InspectionStatus, readonly InspectionStatus[]>> = {
  pending: ['released', 'held'],
  held: ['released', 'returned'],
  released: ['held'],
  returned: [],
};

export const MAX_INSPECTION_LOTS = 2000;

export const InspectionInput = z
  .strictObject({
    lotIds: z
      .array(z.number().int().positive())
      .min(1)
      .max(MAX_INSPECTION_LOTS)
      .refine((a) => new Set(a).size === a.length, 'a lot is given twice'),
    status: z.enum(['released', 'held', 'returned']),
    reason: z.string().trim().min(1).max(500).optional().meta({ description: 'Why; required to hold or return a lot' }),
  })
  .refine((i) => i.status === 'released' || i.reason !== undefined, { message: 'give the reason for holding or returning the lots', path: ['reason'] });
export type InspectionInput = z.input<typeof InspectionInput>;

export interface InspectionChange {
  lotId: number;
  seq: number;
  from: string;
  to: string;
  reason: string | null;
  actorUserId: number | null;
  actorRole: string;
  at: string;
}

/**
 * Set the inspection status of lots in bulk (customs only), all or none: every
 * lot must exist, be in a consignment still open or loading, and allow the
 * move (ILLEGAL_TRANSITION lists the lots that do not). A lot already in the
 * status asked for is left as it is. Returns the lots as they now are.
 * @example
 * ```ts
 * await setInspection(db, customs, { lotIds: [4, 5], status: 'held', reason: 'labels missing' });
 * ```
 */
export async function setInspection(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<LotView[]> {
  requireRole(actor, 'customs');
  const input = parseInput(InspectionInput, raw);
  return exportDb(db)
    .transaction()
    .execute(async (tx) => {
      const lots = await tx.selectFrom('export_lots').selectAll().where('id', 'in', input.lotIds).orderBy('id').forUpdate().execute();
      if (lots.length !== input.lotIds.length) {
        const found = new Set(lots.map((l) => l.id));
        throw notFound(
          'lot',
          input.lotIds.find((id) => !found.has(id)),
        );
      }
      const consignmentIds = [...new Set(lots.map((l) => l.consignment_id))].sort((a, b) => a - b);
      const consignments = await tx
        .selectFrom('export_consignments')
        .select(['id', 'status'])
        .where('id', 'in', consignmentIds)
        .orderBy('id')
        .forUpdate()
        .execute();
      for (const c of consignments) requireBeforeDeclaration(c, 'lots are inspected');
      const moving = lots.filter((l) => l.inspection !== input.status);
      const refused = moving.filter((l) => !INSPECTION_MOVES[l.inspection].includes(input.status));
      if (refused.length > 0)
        throw new AppError(
          'ILLEGAL_TRANSITION',
          `lot ${refused[0]!.id} is ${refused[0]!.inspection} and cannot become ${input.status}${refused.length > 1 ? ` (and ${refused.length - 1} more)` : ''}`,
          { lots: refused.map((l) => ({ id: l.id, inspection: l.inspection, allowed: INSPECTION_MOVES[l.inspection] })) },
        );
      if (moving.length > 0) {
        const ids = moving.map((l) => l.id);
        const last = await tx
          .selectFrom('export_lot_inspections')
          .select(['lot_id'])
          .select((eb) => eb.fn.max<number>('seq').as('m'))
          .where('lot_id', 'in', ids)
          .groupBy('lot_id')
          .execute();
        const seqOf = new Map(last.map((r) => [r.lot_id, Number(r.m)]));
        await tx
          .insertInto('export_lot_inspections')
          .values(
            moving.map((l) => ({
              lot_id: l.id,
              seq: (seqOf.get(l.id) ?? 0) + 1,
              merchant_id: l.merchant_id,
              from_status: l.inspection,
              to_status: input.status,
              reason: input.reason ?? null,
              actor_user_id: actor.userId,
              actor_role: actor.role,
            })),
          )
          .execute();
        await tx.updateTable('export_lots').set({ inspection: input.status }).where('id', 'in', ids).execute();
        // A plan that holds a lot no longer released is a draft again (plans hold lot ids as a jsonb array).
        const leaving = moving.filter((l) => l.inspection === 'released');
        if (leaving.length > 0) {
          const plans = await tx
            .selectFrom('export_load_plans')
            .select(['consignment_id', 'lot_ids', 'status'])
            .where('consignment_id', 'in', [...new Set(leaving.map((l) => l.consignment_id))])
            .execute();
          for (const p of plans) {
            const inPlan = new Set(p.lot_ids);
            const hit = leaving.filter((l) => l.consignment_id === p.consignment_id && inPlan.has(l.id));
            if (hit.length > 0)
              await tx
                .updateTable('export_load_plans')
                .set({ status: 'draft', draft_reason: `lot ${hit.map((l) => l.id).join(', ')} ${input.status}: recompute the plan over the released lots` })
                .where('consignment_id', '=', p.consignment_id)
                .execute();
          }
        }
      }
      const after = await tx.selectFrom('export_lots').selectAll().where('id', 'in', input.lotIds).orderBy('id').execute();
      return after.map(lotView);
    });
}

/**
 * A lot's inspection history, oldest first: customs and the operator; the
 * consignment's agent; the lot's merchant. Anyone else: NOT_FOUND.
 */
export async function inspectionHistory(db: Kysely<DB>, actor: Actor, lotId: number): Promise<InspectionChange[]> {
  requireRole(actor, 'customs', 'operator', 'agent', 'merchant');
  const x = exportDb(db);
  const lot = await x.selectFrom('export_lots').select(['agent_id', 'merchant_id']).where('id', '=', lotId).executeTakeFirst();
  if (!lot || (actor.role === 'agent' && lot.agent_id !== actor.entityId) || (actor.role === 'merchant' && lot.merchant_id !== actor.entityId))
    throw notFound('lot', lotId);
  const rows = await x.selectFrom('export_lot_inspections').selectAll().where('lot_id', '=', lotId).orderBy('seq').execute();
  return rows.map((r) => ({
    lotId: r.lot_id,
    seq: r.seq,
    from: r.from_status,
    to: r.to_status,
    reason: r.reason,
    actorUserId: r.actor_user_id,
    actorRole: r.actor_role,
    at: iso(r.at)!,
  }));
}
