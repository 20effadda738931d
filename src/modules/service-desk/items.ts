/**
 * Service items: a merchant or a buyer raises a problem, which the dispatch
 * rules send to a department with a deadline; who sees what (a department its
 * own items, a raiser its own, the operator all); one item with its steps.
 */
import { z } from 'zod';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { getStall } from '../market/index.ts';
import { CategoryCode } from './departments.ts';
import { allowedServiceActions, partyOf, SERVICE_STATES, AWAITING_DEPARTMENT, type ServiceAction } from './states.ts';
import { iso, serviceDb, type ServiceDB, type ServiceStatus, type ServiceTables, type StepAction, type Urgency } from './tables.ts';

/** At most this many photos on an item. */
export const MAX_PHOTOS = 6;
const PhotoUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((u) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(u), 'a photo is an http(s) URL');

export const RaiseInput = z.strictObject({
  category: CategoryCode,
  urgency: z.enum(['normal', 'urgent']).default('normal'),
  description: z.string().trim().min(1).max(4000),
  photos: z
    .array(z.strictObject({ url: PhotoUrl }))
    .max(MAX_PHOTOS)
    .default([]),
  stallId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullable().default(null),
});

export const ItemQuery = z.strictObject({
  status: z.enum(SERVICE_STATES as [ServiceStatus, ...ServiceStatus[]]).optional(),
  department: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,31}$/)
    .optional(),
  overdue: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export interface ServiceStepView {
  seq: number;
  at: string;
  actorRole: string;
  action: StepAction;
  from: ServiceStatus | null;
  to: ServiceStatus;
  note: string | null;
  detail: Record<string, unknown>;
}
export interface ServiceItemView {
  id: number;
  raiserId: number;
  raiserRole: 'merchant' | 'buyer';
  stallId: number | null;
  category: string;
  urgency: Urgency;
  description: string;
  photos: { url: string }[];
  departmentId: number;
  departmentCode: string;
  status: ServiceStatus;
  dueAt: string;
  overdue: boolean;
  missedDeadline: boolean;
  escalationLevel: number;
  escalatedTo: 'department_head' | 'market_office' | null;
  reopenCount: number;
  reply: string | null;
  rating: number | null;
  ratingNote: string | null;
  acceptedAt: string | null;
  repliedAt: string | null;
  closedAt: string | null;
  closedBy: 'raiser' | 'sweep' | null;
  createdAt: string;
  updatedAt: string;
  /** What the caller may do to the item now. */
  allowed: ServiceAction[];
  /** Every step, oldest first (one item only; absent in lists). */
  steps?: ServiceStepView[];
}
export interface ServiceItemPage {
  items: ServiceItemView[];
  total: number;
  page: number;
  pageSize: number;
}

export type ItemRow = Selectable<ServiceTables['service_items']> & { department_code: string };
const t = (d: Date | string | null) => (d ? iso(d) : null);

export function itemView(r: ItemRow, actor: Actor, now: Date): ServiceItemView {
  const party = partyOf(actor.role, actor.entityId, { raiserId: r.raiser_id, departmentId: r.department_id });
  return {
    id: r.id,
    raiserId: r.raiser_id,
    raiserRole: r.raiser_role,
    stallId: r.stall_id,
    category: r.category,
    urgency: r.urgency,
    description: r.description,
    photos: r.photos,
    departmentId: r.department_id,
    departmentCode: r.department_code,
    status: r.status,
    dueAt: iso(r.due_at),
    overdue: AWAITING_DEPARTMENT.includes(r.status) && new Date(r.due_at).getTime() < now.getTime(),
    missedDeadline: r.missed_deadline,
    escalationLevel: r.escalation_level,
    escalatedTo: r.escalated_to,
    reopenCount: r.reopen_count,
    reply: r.reply,
    rating: r.rating,
    ratingNote: r.rating_note,
    acceptedAt: t(r.accepted_at),
    repliedAt: t(r.replied_at),
    closedAt: t(r.closed_at),
    closedBy: r.closed_by,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    allowed: allowedServiceActions(r.status, party),
  };
}

/** Items with their department's code. */
export const itemsQuery = (db: Kysely<ServiceDB> | Transaction<ServiceDB>) =>
  db
    .selectFrom('service_items as i')
    .innerJoin('service_departments as d', 'd.entity_id', 'i.department_id')
    .selectAll('i')
    .select('d.code as department_code');

/** Append the next step of an item inside the caller's transaction. */
export async function appendStep(
  tx: Transaction<ServiceDB>,
  actor: Actor,
  item: { id: number; raiser_id: number },
  s: {
    action: StepAction;
    from: ServiceStatus | null;
    to: ServiceStatus;
    note?: string | null;
    detail?: Record<string, unknown>;
    at: Date;
    actorRole?: string;
  },
): Promise<void> {
  const last = await tx
    .selectFrom('service_steps')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('item_id', '=', item.id)
    .executeTakeFirst();
  await tx
    .insertInto('service_steps')
    .values({
      item_id: item.id,
      seq: Number(last?.seq ?? 0) + 1,
      raiser_id: item.raiser_id,
      at: s.at,
      actor_user_id: actor.userId,
      actor_role: s.actorRole ?? actor.role,
      action: s.action,
      from_status: s.from,
      to_status: s.to,
      note: s.note ?? null,
      detail: JSON.stringify(s.detail ?? {}),
    })
    .execute();
}

const HOUR = 3600_000;

/**
 * A merchant or a buyer raises a problem: the rule of its category picks the department and the
 * deadline (now + the rule's hours for its urgency, calendar hours). `now` is for the demo and tests.
 * Throws `VALIDATION` (bad input, unknown category or stall), `FORBIDDEN` (another role).
 * @example
 * ```ts
 * const item = await raiseItem(db, merchant, { category: 'facility_repair', urgency: 'urgent', description: '走廊漏水', stallId: 12 });
 * ```
 */
export async function raiseItem(db0: Kysely<DB>, actor: Actor, raw: unknown, now: Date = new Date()): Promise<ServiceItemView> {
  requireRole(actor, 'merchant', 'buyer');
  if (actor.entityId === null) throw new AppError('FORBIDDEN', 'this account acts for no market entity');
  const input = parseInput(RaiseInput, raw);
  if (input.stallId !== null)
    await getStall(db0, input.stallId).catch((e: unknown) => {
      if (e instanceof AppError && e.code === 'NOT_FOUND') throw new AppError('VALIDATION', `stall ${input.stallId} does not exist`, { field: 'stallId' });
      throw e;
    });
  const id = await db0.transaction().execute(async (tx0) => {
    const tx = serviceDb(tx0);
    const rule = await tx.selectFrom('service_rules').selectAll().where('category', '=', input.category).executeTakeFirst();
    if (!rule) {
      const known = (await tx.selectFrom('service_rules').select('category').orderBy('category').execute()).map((r) => r.category);
      throw new AppError('VALIDATION', `no dispatch rule for the category ${input.category}`, { field: 'category', known });
    }
    const hours = input.urgency === 'urgent' ? rule.hours_urgent : rule.hours_normal;
    const item = await tx
      .insertInto('service_items')
      .values({
        raiser_id: actor.entityId!,
        raiser_role: actor.role as 'merchant' | 'buyer',
        raised_by: actor.userId,
        stall_id: input.stallId,
        category: input.category,
        urgency: input.urgency,
        description: input.description,
        photos: JSON.stringify(input.photos),
        department_id: rule.department_id,
        due_at: new Date(now.getTime() + hours * HOUR),
        escalated_to: null,
        reply: null,
        rating: null,
        rating_note: null,
        closed_by: null,
        created_at: now,
        updated_at: now,
      })
      .returning(['id', 'raiser_id'])
      .executeTakeFirstOrThrow();
    await appendStep(tx, actor, item, {
      action: 'raise',
      from: null,
      to: 'dispatched',
      at: now,
      detail: { departmentId: rule.department_id, hours, rule: rule.category },
    });
    return item.id;
  });
  return getItem(db0, actor, id, now);
}

/** Items the caller may see, newest first: a department its own, a raiser its own, the operator all (filters by state, department, overdue). */
export async function listItems(db0: Kysely<DB>, actor: Actor, raw: unknown = {}, now: Date = new Date()): Promise<ServiceItemPage> {
  requireRole(actor, 'operator', 'department', 'merchant', 'buyer');
  const f = parseInput(ItemQuery, raw);
  let q = itemsQuery(serviceDb(db0));
  if (actor.role === 'department') q = q.where('i.department_id', '=', actor.entityId ?? -1);
  if (actor.role === 'merchant' || actor.role === 'buyer') q = q.where('i.raiser_id', '=', actor.entityId ?? -1);
  if (f.status) q = q.where('i.status', '=', f.status);
  if (f.department) q = q.where('d.code', '=', f.department);
  if (f.overdue === 'true') q = q.where('i.status', 'in', [...AWAITING_DEPARTMENT]).where('i.due_at', '<', now);
  if (f.overdue === 'false') q = q.where((eb) => eb.or([eb('i.status', 'not in', [...AWAITING_DEPARTMENT]), eb('i.due_at', '>=', now)]));
  const total = await q
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await q
    .orderBy('i.id', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { items: rows.map((r) => itemView(r, actor, now)), total: Number(total.n), page: f.page, pageSize: f.pageSize };
}

/** One item with its steps; NOT_FOUND when it does not exist or is not the caller's to see. */
export async function getItem(db0: Kysely<DB>, actor: Actor, id: number, now: Date = new Date()): Promise<ServiceItemView> {
  requireRole(actor, 'operator', 'department', 'merchant', 'buyer');
  const db = serviceDb(db0);
  const r = await itemsQuery(db).where('i.id', '=', id).executeTakeFirst();
  if (!r || !partyOf(actor.role, actor.entityId, { raiserId: r.raiser_id, departmentId: r.department_id }))
    throw new AppError('NOT_FOUND', `service item ${id} does not exist or is not yours`);
  const steps = await db.selectFrom('service_steps').selectAll().where('item_id', '=', id).orderBy('seq').execute();
  return {
    ...itemView(r, actor, now),
    steps: steps.map((s) => ({
      seq: s.seq,
      at: iso(s.at),
      actorRole: s.actor_role,
      action: s.action,
      from: s.from_status,
      to: s.to_status,
      note: s.note,
      detail: s.detail,
    })),
  };
}
