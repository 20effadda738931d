/**
 * Consignments: an agent's consolidated export for one buyer and one
 * destination, open → loading → declared → shipped → closed, each move kept.
 * The agent sees and changes only its own; the operator and customs read all.
 */
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { type Actor, requireRole } from '../../core/auth/actor.ts';
import type { DB } from '../../core/db/schema.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { INCOTERMS } from '../trade/index.ts';
import { type ConsignmentStatus, CONSIGNMENT_STATUSES, type ExportDB, exportDb, type InspectionStatus, iso } from './tables.ts';

/** UN/LOCODE: ISO 3166 country (2 letters) and a 3-character place code (letters and the digits 2–9), e.g. AEJEA, USLAX, CNNGB. */
export const UnLocode = z
  .string()
  .transform((s) => s.replace(/\s/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}[A-Z2-9]{3}$/, 'a UN/LOCODE: 2-letter country and 3-character place, e.g. AEJEA (Jebel Ali)'))
  .meta({ description: 'UN/LOCODE of the destination (country + place), e.g. AEJEA; spaces are dropped, letters upper-cased' });

export const OpenConsignmentInput = z.strictObject({
  buyerId: z.number().int().positive().meta({ description: 'The registered foreign buyer (entity id)' }),
  destination: UnLocode,
  incoterm: z.enum(INCOTERMS).meta({ description: 'Incoterms 2020 rule' }),
  note: z.string().trim().max(500).optional(),
});
export type OpenConsignmentInput = z.input<typeof OpenConsignmentInput>;

export const ConsignmentQuery = z.strictObject({ status: z.enum(CONSIGNMENT_STATUSES).optional() });

export interface LotCounts {
  total: number;
  pending: number;
  released: number;
  held: number;
  returned: number;
  cartons: number;
}
export interface ConsignmentView {
  id: number;
  agentId: number;
  buyerId: number;
  destination: string;
  incoterm: string;
  status: ConsignmentStatus;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  lots: LotCounts;
  plan: { status: 'draft' | 'final'; computedAt: string } | null;
}

type Db = Kysely<ExportDB> | Transaction<ExportDB>;

/** The consignment row, if the actor may see it: its agent, the operator, customs. Others' consignments answer NOT_FOUND. */
export async function visibleConsignment(db: Db, actor: Actor, id: number, forUpdate = false) {
  let q = db.selectFrom('export_consignments').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row || (actor.role === 'agent' && row.agent_id !== actor.entityId)) throw notFound('consignment', id);
  return row;
}

/** The agent's own consignment, locked for a change; NOT_FOUND for another agent's. */
export async function ownConsignmentForUpdate(tx: Transaction<ExportDB>, actor: Actor, id: number) {
  requireRole(actor, 'agent');
  return visibleConsignment(tx, actor, id, true);
}

async function views(db: Kysely<ExportDB>, rows: { id: number }[]): Promise<Map<number, Pick<ConsignmentView, 'lots' | 'plan'>>> {
  const ids = rows.map((r) => r.id);
  const out = new Map<number, Pick<ConsignmentView, 'lots' | 'plan'>>();
  for (const id of ids) out.set(id, { lots: { total: 0, pending: 0, released: 0, held: 0, returned: 0, cartons: 0 }, plan: null });
  if (ids.length === 0) return out;
  const counts = await db
    .selectFrom('export_lots')
    .select(['consignment_id', 'inspection'])
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('cartons').as('cartons')])
    .where('consignment_id', 'in', ids)
    .groupBy(['consignment_id', 'inspection'])
    .execute();
  for (const c of counts) {
    const v = out.get(c.consignment_id)!.lots;
    v[c.inspection as InspectionStatus] += Number(c.n);
    v.total += Number(c.n);
    v.cartons += Number(c.cartons);
  }
  const plans = await db.selectFrom('export_load_plans').select(['consignment_id', 'status', 'computed_at']).where('consignment_id', 'in', ids).execute();
  for (const p of plans) out.get(p.consignment_id)!.plan = { status: p.status, computedAt: iso(p.computed_at)! };
  return out;
}

type Row = Awaited<ReturnType<typeof visibleConsignment>>;
const toView = (r: Row, more: Pick<ConsignmentView, 'lots' | 'plan'>): ConsignmentView => ({
  id: r.id,
  agentId: r.agent_id,
  buyerId: r.buyer_id,
  destination: r.destination,
  incoterm: r.incoterm,
  status: r.status,
  note: r.note,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
  ...more,
});

/**
 * Open a consignment (agent): for a buyer, to a destination, under an Incoterm.
 * The caller (flow `open-consignment`) has checked that the buyer is registered.
 * @example
 * ```ts
 * await openConsignment(db, agent, { buyerId: 12, destination: 'AEJEA', incoterm: 'FOB' });
 * ```
 */
export async function openConsignment(db: Kysely<DB> | Transaction<DB>, actor: Actor, raw: unknown): Promise<ConsignmentView> {
  requireRole(actor, 'agent');
  if (actor.entityId === null) throw new AppError('FORBIDDEN', 'this agent account acts for no agent entity');
  const input = parseInput(OpenConsignmentInput, raw);
  const x = exportDb(db as Kysely<DB>);
  const row = await x
    .insertInto('export_consignments')
    .values({
      agent_id: actor.entityId,
      buyer_id: input.buyerId,
      destination: input.destination,
      incoterm: input.incoterm,
      note: input.note ?? null,
      created_by: actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await x
    .insertInto('export_consignment_events')
    .values({
      consignment_id: row.id,
      seq: 1,
      agent_id: row.agent_id,
      actor_user_id: actor.userId,
      actor_role: actor.role,
      from_status: null,
      to_status: 'open',
    })
    .execute();
  return toView(row, { lots: { total: 0, pending: 0, released: 0, held: 0, returned: 0, cartons: 0 }, plan: null });
}

/** Consignments newest first: an agent its own; the operator and customs all (customs inspects every agent's lots). */
export async function listConsignments(db: Kysely<DB>, actor: Actor, raw: unknown = {}): Promise<ConsignmentView[]> {
  requireRole(actor, 'agent', 'operator', 'customs');
  const q = parseInput(ConsignmentQuery, raw);
  const x = exportDb(db);
  let s = x.selectFrom('export_consignments').selectAll().orderBy('id', 'desc').limit(500);
  if (actor.role === 'agent') s = s.where('agent_id', '=', actor.entityId ?? -1);
  if (q.status) s = s.where('status', '=', q.status);
  const rows = await s.execute();
  const more = await views(x, rows);
  return rows.map((r) => toView(r, more.get(r.id)!));
}

/** One consignment (its agent, the operator, customs); NOT_FOUND for anyone else's. */
export async function getConsignment(db: Kysely<DB>, actor: Actor, id: number): Promise<ConsignmentView> {
  requireRole(actor, 'agent', 'operator', 'customs');
  const x = exportDb(db);
  const row = await visibleConsignment(x, actor, id);
  return toView(row, (await views(x, [row])).get(row.id)!);
}

/** The moves an agent makes, and what each needs. */
export const CONSIGNMENT_MOVES: Readonly<Record<ConsignmentStatus, ConsignmentStatus | null>> = {
  open: 'loading',
  loading: 'declared',
  declared: 'shipped',
  shipped: 'closed',
  closed: null,
};

export const MoveInput = z.strictObject({ to: z.enum(CONSIGNMENT_STATUSES) });

/**
 * Move a consignment one step (its agent): open → loading (at least one lot);
 * loading → declared (no lot waiting for inspection, a final load plan, every
 * container numbered and sealed); declared → shipped → closed.
 * ILLEGAL_TRANSITION names what is missing.
 */
export async function moveConsignment(db: Kysely<DB>, actor: Actor, id: number, raw: unknown): Promise<ConsignmentView> {
  const { to } = parseInput(MoveInput, raw);
  await exportDb(db)
    .transaction()
    .execute(async (tx) => {
      const c = await ownConsignmentForUpdate(tx, actor, id);
      const next = CONSIGNMENT_MOVES[c.status];
      if (next !== to)
        throw new AppError('ILLEGAL_TRANSITION', `a consignment that is ${c.status} can move only to ${next ?? 'nothing'}`, { allowed: next ? [next] : [] });
      const lots = await tx.selectFrom('export_lots').select(['inspection']).where('consignment_id', '=', id).execute();
      if (to === 'loading' && lots.length === 0) throw new AppError('ILLEGAL_TRANSITION', 'receive at least one lot before loading', { allowed: [] });
      if (to === 'declared') {
        const pending = lots.filter((l) => l.inspection === 'pending').length;
        if (pending > 0) throw new AppError('ILLEGAL_TRANSITION', `${pending} lot(s) still wait for inspection`, { allowed: [] });
        const plan = await tx.selectFrom('export_load_plans').select('status').where('consignment_id', '=', id).executeTakeFirst();
        if (plan?.status !== 'final')
          throw new AppError('ILLEGAL_TRANSITION', 'the load plan is not final: compute it over the released lots', { allowed: [] });
        const open = await tx
          .selectFrom('export_containers')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('consignment_id', '=', id)
          .where((eb) => eb.or([eb('iso_number', 'is', null), eb('seal_number', 'is', null)]))
          .executeTakeFirstOrThrow();
        if (Number(open.n) > 0) throw new AppError('ILLEGAL_TRANSITION', `${open.n} container(s) have no number or seal yet`, { allowed: [] });
      }
      const seq = await tx
        .selectFrom('export_consignment_events')
        .select((eb) => eb.fn.max<number>('seq').as('m'))
        .where('consignment_id', '=', id)
        .executeTakeFirstOrThrow();
      await tx.updateTable('export_consignments').set({ status: to, updated_at: new Date() }).where('id', '=', id).execute();
      await tx
        .insertInto('export_consignment_events')
        .values({
          consignment_id: id,
          seq: Number(seq.m ?? 0) + 1,
          agent_id: c.agent_id,
          actor_user_id: actor.userId,
          actor_role: actor.role,
          from_status: c.status,
          to_status: to,
        })
        .execute();
    });
  return getConsignment(db, actor, id);
}

/** Statuses in which lots may be received, inspected and planned. */
export const BEFORE_DECLARATION: readonly ConsignmentStatus[] = ['open', 'loading'];
export function requireBeforeDeclaration(c: { id: number; status: ConsignmentStatus }, what: string): void {
  if (!BEFORE_DECLARATION.includes(c.status))
    throw new AppError('CONFLICT', `consignment ${c.id} is ${c.status}: ${what} only while it is open or loading`, { status: c.status });
}
