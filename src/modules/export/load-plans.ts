/**
 * The load plan of a consignment: the existing planner (src/modules/load-planner)
 * over its released lots only, each lot kept together, "this side up" as the
 * only standing orientation. A plan is final when it places every carton and
 * every lot in it is still released; holding one of its lots later makes it a
 * draft again (inspection.ts), to be recomputed. The containers of a plan get
 * ISO 6346 numbers and, when stuffed, seal numbers.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { type Actor, requireRole } from '../../core/auth/actor.ts';
import type { DB } from '../../core/db/schema.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { type LotInput, type PlanTaskInput, type ShipmentPlan, STANDARD_CONTAINERS, standardContainer } from '../load-planner/index.ts';
import { ownConsignmentForUpdate, requireBeforeDeclaration, visibleConsignment } from './consignments.ts';
import { parseContainerNumber } from './iso6346.ts';
import { exportDb, iso, type PlanStatus } from './tables.ts';

export const PlanOptions = z.strictObject({
  containers: z
    .array(z.strictObject({ code: z.enum(Object.keys(STANDARD_CONTAINERS) as [string, ...string[]]), available: z.number().int().min(0).max(50).optional() }))
    .min(1)
    .max(3)
    .default([{ code: '40HQ' }, { code: '20GP' }]),
  timeLimitSeconds: z.number().min(0.5).max(30).default(4),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .default(1),
});
export type PlanOptions = z.input<typeof PlanOptions>;

/** The planner's lot for an export lot: cm from mm, one carton's gross kg, this side up = only the height stands. */
export function plannerLot(l: {
  id: number;
  merchant_id: number;
  cartons: number;
  length_mm: number;
  width_mm: number;
  height_mm: number;
  gross_g: number;
  this_side_up: boolean;
}): LotInput {
  return {
    id: String(l.id),
    owner: `M${l.merchant_id}`,
    count: l.cartons,
    lengthCm: l.length_mm / 10,
    widthCm: l.width_mm / 10,
    heightCm: l.height_mm / 10,
    grossKg: Math.max(0.001, Math.round(l.gross_g / l.cartons) / 1000),
    ...(l.this_side_up ? { verticalAllowed: [false, false, true] as const } : {}),
  };
}

/** What to run (in a worker pool) for a consignment's plan: the released lots and the options. CONFLICT when no lot is released. */
export async function loadPlanTask(db: Kysely<DB>, actor: Actor, consignmentId: number, raw: unknown = {}): Promise<{ task: PlanTaskInput; lotIds: number[] }> {
  requireRole(actor, 'agent');
  const o = parseInput(PlanOptions, raw);
  const x = exportDb(db);
  const c = await visibleConsignment(x, actor, consignmentId);
  requireBeforeDeclaration(c, 'load plans are computed');
  const lots = await x
    .selectFrom('export_lots')
    .selectAll()
    .where('consignment_id', '=', consignmentId)
    .where('inspection', '=', 'released')
    .orderBy('id')
    .execute();
  if (lots.length === 0) throw new AppError('CONFLICT', `consignment ${consignmentId} has no released lot to plan`);
  const task: PlanTaskInput = {
    input: {
      lots: lots.map(plannerLot),
      containers: o.containers.map((k) => ({ ...standardContainer(k.code), ...(k.available !== undefined ? { available: k.available } : {}) })),
    },
    options: { support: true, mode: 'cheapest-mix', timeLimitMs: o.timeLimitSeconds * 1000, seed: o.seed },
  };
  return { task, lotIds: lots.map((l) => l.id) };
}

export interface ContainerView {
  seq: number;
  typeCode: string;
  isoNumber: string | null;
  sealNumber: string | null;
  stuffedAt: string | null;
  lots: { lot: string; owner: string; cartons: number }[];
}
export interface LoadPlanView {
  consignmentId: number;
  status: PlanStatus;
  draftReason: string | null;
  lotIds: number[];
  computedAt: string;
  plan: ShipmentPlan & { loadingList: string };
  containers: ContainerView[];
}

/**
 * Store a computed plan (the consignment's agent), replacing the one before
 * and its containers. Final when every carton is placed and every planned lot
 * is still released when it is stored (a lot held while the planner ran makes
 * it a draft).
 */
export async function saveLoadPlan(
  db: Kysely<DB>,
  actor: Actor,
  consignmentId: number,
  lotIds: readonly number[],
  result: { plan: ShipmentPlan; list: string },
): Promise<LoadPlanView> {
  await exportDb(db)
    .transaction()
    .execute(async (tx) => {
      const c = await ownConsignmentForUpdate(tx, actor, consignmentId);
      requireBeforeDeclaration(c, 'load plans are computed');
      const lots = await tx
        .selectFrom('export_lots')
        .select(['id', 'inspection'])
        .where('consignment_id', '=', consignmentId)
        .where('id', 'in', [...lotIds, -1])
        .execute();
      const notReleased = lotIds.filter((id) => lots.find((l) => l.id === id)?.inspection !== 'released');
      const reason = !result.plan.complete
        ? `${result.plan.unplaced.reduce((a, u) => a + u.cartons, 0)} carton(s) could not be placed: add a container type or allow more containers`
        : notReleased.length > 0
          ? `lot ${notReleased.join(', ')} was no longer released when the plan was stored: recompute`
          : null;
      const row = {
        agent_id: c.agent_id,
        status: (reason ? 'draft' : 'final') as PlanStatus,
        lot_ids: JSON.stringify(lotIds),
        plan: JSON.stringify(result.plan),
        loading_list: result.list,
        draft_reason: reason,
        computed_by: actor.userId,
        computed_at: new Date(),
      };
      await tx.deleteFrom('export_containers').where('consignment_id', '=', consignmentId).execute();
      await tx
        .insertInto('export_load_plans')
        .values({ consignment_id: consignmentId, ...row })
        .onConflict((oc) => oc.column('consignment_id').doUpdateSet(row))
        .execute();
      if (result.plan.containers.length > 0)
        await tx
          .insertInto('export_containers')
          .values(result.plan.containers.map((k, i) => ({ consignment_id: consignmentId, seq: i + 1, agent_id: c.agent_id, type_code: k.code })))
          .execute();
    });
  return getLoadPlan(db, actor, consignmentId);
}

/** The consignment's plan with its containers (its agent, the operator, customs); NOT_FOUND when none was computed. */
export async function getLoadPlan(db: Kysely<DB>, actor: Actor, consignmentId: number): Promise<LoadPlanView> {
  requireRole(actor, 'agent', 'operator', 'customs');
  const x = exportDb(db);
  await visibleConsignment(x, actor, consignmentId);
  const p = await x.selectFrom('export_load_plans').selectAll().where('consignment_id', '=', consignmentId).executeTakeFirst();
  if (!p) throw new AppError('NOT_FOUND', `consignment ${consignmentId} has no load plan yet`);
  const containers = await x.selectFrom('export_containers').selectAll().where('consignment_id', '=', consignmentId).orderBy('seq').execute();
  const plan = p.plan as ShipmentPlan;
  return {
    consignmentId,
    status: p.status,
    draftReason: p.draft_reason,
    lotIds: p.lot_ids,
    computedAt: iso(p.computed_at)!,
    plan: { ...plan, loadingList: p.loading_list },
    containers: containers.map((k) => ({
      seq: k.seq,
      typeCode: k.type_code,
      isoNumber: k.iso_number,
      sealNumber: k.seal_number,
      stuffedAt: iso(k.stuffed_at),
      lots: plan.containers[k.seq - 1]?.lots ?? [],
    })),
  };
}

export const ContainerInput = z.strictObject({
  isoNumber: z
    .string()
    .max(20)
    .meta({ description: 'ISO 6346 number: owner code, U, 6 digits, check digit (e.g. CSQU3054383); spaces and hyphens are dropped' }),
  sealNumber: z.string().trim().min(1).max(30).optional().meta({ description: 'The seal put on when the container is stuffed' }),
});

/**
 * Number a container of a final plan and, when stuffed, seal it (the
 * consignment's agent). VALIDATION names a wrong check digit; CONFLICT when the
 * plan is a draft, or the number is already on another container of the consignment.
 */
export async function numberContainer(db: Kysely<DB>, actor: Actor, consignmentId: number, seq: number, raw: unknown): Promise<ContainerView> {
  const input = parseInput(ContainerInput, raw);
  const number = parseContainerNumber(input.isoNumber);
  await exportDb(db)
    .transaction()
    .execute(async (tx) => {
      const c = await ownConsignmentForUpdate(tx, actor, consignmentId);
      requireBeforeDeclaration(c, 'containers are stuffed');
      const plan = await tx.selectFrom('export_load_plans').select(['status']).where('consignment_id', '=', consignmentId).executeTakeFirst();
      if (plan?.status !== 'final') throw new AppError('CONFLICT', 'the load plan is not final: containers are numbered and sealed over a final plan only');
      const k = await tx.selectFrom('export_containers').select('seq').where('consignment_id', '=', consignmentId).where('seq', '=', seq).executeTakeFirst();
      if (!k) throw notFound('container', seq);
      const clash = await tx
        .selectFrom('export_containers')
        .select('seq')
        .where('consignment_id', '=', consignmentId)
        .where('iso_number', '=', number)
        .where('seq', '<>', seq)
        .executeTakeFirst();
      if (clash) throw new AppError('CONFLICT', `${number} is already container ${clash.seq} of this consignment`);
      await tx
        .updateTable('export_containers')
        .set({
          iso_number: number,
          seal_number: input.sealNumber ?? null,
          stuffed_by: input.sealNumber ? actor.userId : null,
          stuffed_at: input.sealNumber ? new Date() : null,
        })
        .where('consignment_id', '=', consignmentId)
        .where('seq', '=', seq)
        .execute();
    });
  return (await getLoadPlan(db, actor, consignmentId)).containers.find((k) => k.seq === seq)!;
}
