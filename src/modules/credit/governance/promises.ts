/**
 * Credit promises (信用承诺, "approve first, check later"): an entity in good
 * standing — class A or B and not on the blacklist — signs a promise attached
 * to an application of some kind (e.g. `stall_transfer`) and the application
 * is approved at once. A regulator checks it later: kept, or broken — a
 * broken promise records the severe event `broken_credit_promise`, which lists
 * the entity by the blacklist rules in the same transaction.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../core/db/schema.ts';
import { requireRole, type Actor } from '../../../core/auth/actor.ts';
import { AppError, forbidden, notFound } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { recordCreditEvent } from '../events.ts';
import { addDays } from '../model.ts';
import { creditStanding, today } from '../scores.ts';
import { audit } from './audit.ts';
import { applyBlacklistRules, isBlacklisted } from './blacklist.ts';
import { govDb, type PromiseStatus } from './tables.ts';

/** Days after signing by which a regulator should check a promise (unless the application names a date). */
export const PROMISE_CHECK_DAYS = 90;

export const PromiseInput = z.strictObject({
  applicationKind: z
    .string()
    .regex(/^[a-z_]{3,40}$/)
    .meta({ description: 'What is applied for, e.g. stall_transfer, licence_change, export_registration' }),
  applicationRef: z.string().trim().min(1).max(200).meta({ description: "The application's own reference" }),
  promiseText: z.string().trim().min(10).max(4000).meta({ description: 'The promise as signed (the facts declared true and the duties accepted)' }),
  checkDueOn: z.iso.date().optional(),
});
export const PromiseCheck = z.strictObject({
  outcome: z.enum(['kept', 'broken']),
  reason: z.string().trim().min(5).max(2000),
  evidenceRef: z.string().trim().min(1).max(500),
});
export const PromiseQuery = z.strictObject({ status: z.enum(['approved', 'kept', 'broken']).optional(), dueBy: z.iso.date().optional() });

export interface CreditPromise {
  id: number;
  entityId: number;
  applicationKind: string;
  applicationRef: string;
  promiseText: string;
  classAtSigning: 'A' | 'B';
  signedAt: string;
  checkDueOn: string;
  status: PromiseStatus;
  checkedAt: string | null;
  checkReason: string | null;
  eventId: number | null;
}

type Row = Awaited<ReturnType<typeof rowOf>>;
const rowOf = (db: Kysely<DB>, id: number) => govDb(db).selectFrom('credit_promises').selectAll().where('id', '=', id).executeTakeFirst();
const toPromise = (r: NonNullable<Row>): CreditPromise => ({
  id: r.id,
  entityId: r.entity_id,
  applicationKind: r.application_kind,
  applicationRef: r.application_ref,
  promiseText: r.promise_text,
  classAtSigning: r.class_at_signing,
  signedAt: r.signed_at.toISOString(),
  checkDueOn: r.check_due_on,
  status: r.status,
  checkedAt: r.checked_at?.toISOString() ?? null,
  checkReason: r.check_reason,
  eventId: r.event_id,
});

/**
 * Sign a promise: approved at once when the entity is in good standing. FORBIDDEN with
 * details.ineligible ('class' | 'blacklisted') otherwise; DUPLICATE for an application signed before.
 */
export async function signPromise(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<CreditPromise> {
  requireRole(actor, 'merchant', 'buyer', 'agent');
  const input = parseInput(PromiseInput, raw);
  const entityId = actor.entityId;
  if (entityId === null) throw forbidden('your account acts for no entity');
  if (await isBlacklisted(db, entityId))
    throw new AppError('FORBIDDEN', 'an entity on the blacklist cannot use a credit promise', { ineligible: 'blacklisted' });
  const standing = await creditStanding(db, entityId);
  if (standing.class !== 'A' && standing.class !== 'B')
    throw new AppError('FORBIDDEN', `credit promises need class A or B; yours is ${standing.class}`, { ineligible: 'class', class: standing.class });
  const due = input.checkDueOn ?? addDays(today(), PROMISE_CHECK_DAYS);
  const id = await db.transaction().execute(async (tx) => {
    const dup = await govDb(tx)
      .selectFrom('credit_promises')
      .select('id')
      .where('entity_id', '=', entityId)
      .where('application_kind', '=', input.applicationKind)
      .where('application_ref', '=', input.applicationRef)
      .executeTakeFirst();
    if (dup)
      throw new AppError('DUPLICATE', `you signed a promise for ${input.applicationKind} ${input.applicationRef} already (promise ${dup.id})`, {
        promiseId: dup.id,
      });
    const row = await govDb(tx)
      .insertInto('credit_promises')
      .values({
        entity_id: entityId,
        application_kind: input.applicationKind,
        application_ref: input.applicationRef,
        promise_text: input.promiseText,
        class_at_signing: standing.class as 'A' | 'B',
        signed_by: actor.userId,
        check_due_on: due,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(tx, actor, 'promise.sign', entityId, `${input.applicationKind} ${input.applicationRef} approved on promise`, {
      promiseId: row.id,
      class: standing.class,
      checkDueOn: due,
    });
    return row.id;
  });
  return toPromise((await rowOf(db, id))!);
}

/** Promises: the caller's own, or all for a regulator (by status, due by a date). */
export async function listPromises(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<CreditPromise[]> {
  requireRole(actor, 'regulator', 'operator', 'merchant', 'buyer', 'agent');
  const q = parseInput(PromiseQuery, raw);
  let s = govDb(db).selectFrom('credit_promises').selectAll();
  if (actor.role !== 'regulator' && actor.role !== 'operator') s = s.where('entity_id', '=', actor.entityId ?? -1);
  if (q.status) s = s.where('status', '=', q.status);
  if (q.dueBy) s = s.where('check_due_on', '<=', q.dueBy);
  return (await s.orderBy('id', 'desc').limit(500).execute()).map(toPromise);
}

/** A regulator checks a promise; broken → the severe event and the blacklist rules, in one transaction. */
export async function checkPromise(db: Kysely<DB>, actor: Actor, id: number, raw: unknown): Promise<CreditPromise> {
  requireRole(actor, 'regulator');
  const c = parseInput(PromiseCheck, raw);
  await db.transaction().execute(async (tx) => {
    const p = await govDb(tx).selectFrom('credit_promises').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!p) throw notFound('credit promise', id);
    if (p.status !== 'approved') throw new AppError('CONFLICT', `promise ${id} was checked already (${p.status})`);
    let eventId: number | null = null;
    if (c.outcome === 'broken') {
      eventId = (
        await recordCreditEvent(tx, actor, {
          entityId: p.entity_id,
          source: 'market_supervision',
          kind: 'broken_credit_promise',
          severity: 'severe',
          occurredOn: today(),
          evidenceRef: c.evidenceRef,
          externalId: `credit-promise:${id}`,
          note: `${p.application_kind} ${p.application_ref}: ${c.reason}`.slice(0, 2000),
        })
      ).id;
    }
    await govDb(tx)
      .updateTable('credit_promises')
      .set({ status: c.outcome, checked_at: new Date(), checked_by: actor.userId, check_reason: c.reason, event_id: eventId })
      .where('id', '=', id)
      .execute();
    await audit(tx, actor, c.outcome === 'kept' ? 'promise.kept' : 'promise.broken', p.entity_id, c.reason, {
      promiseId: id,
      evidenceRef: c.evidenceRef,
      eventId,
    });
    if (c.outcome === 'broken') await applyBlacklistRules(tx, actor, { entityIds: [p.entity_id] });
  });
  return toPromise((await rowOf(db, id))!);
}

/** One promise: its entity or a regulator. */
export async function getPromise(db: Kysely<DB>, actor: Actor, id: number): Promise<CreditPromise> {
  requireRole(actor, 'regulator', 'operator', 'merchant', 'buyer', 'agent');
  const r = await rowOf(db, id);
  if (!r || (actor.role !== 'regulator' && actor.role !== 'operator' && r.entity_id !== actor.entityId)) throw notFound('credit promise', id);
  return toPromise(r);
}
