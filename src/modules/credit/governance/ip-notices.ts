/**
 * IP notice and takedown (知识产权投诉与下架), the credit module's record:
 *
 *   filed ──takedown──▶ taken_down ──counter-notice──▶ countered
 *     │                     │                              │
 *     └──reject             ├──uphold / reject ◀───────────┘
 *                           ▼
 *                 upheld (listing stays down, credit event ip_infringement)
 *                 rejected (listing restored)
 *
 * A rights holder (a merchant or buyer account, not against its own listing)
 * or the operator on its behalf files a complaint with evidence; the operator
 * or a regulator takes the listing down pending a decision; the listing's
 * merchant may file one counter-notice; a regulator decides. Every step keeps
 * its time and actor on the notice and writes a row to the append-only audit
 * log. These functions run inside the caller's transaction and do not touch
 * the listing itself: src/flows/ip-takedown.ts hides and restores it through
 * the catalogue in the same transaction.
 */
import type { ColumnType, Generated, Kysely, Selectable, Transaction } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../core/db/schema.ts';
import { SYSTEM, requireRole, type Actor } from '../../../core/auth/actor.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { recordCreditEvent } from '../events.ts';
import { today } from '../scores.ts';
import { audit } from './audit.ts';

export type IpNoticeStatus = 'filed' | 'taken_down' | 'countered' | 'upheld' | 'rejected';
export type IpRightKind = 'trademark' | 'copyright' | 'patent' | 'design';
export const IP_NOTICE_STATUSES: readonly IpNoticeStatus[] = ['filed', 'taken_down', 'countered', 'upheld', 'rejected'];
/** The statuses in which the listing is held down. */
export const IP_HOLDING: readonly IpNoticeStatus[] = ['taken_down', 'countered', 'upheld'];

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type IpTables = {
  credit_ip_notices: {
    id: Generated<number>;
    product_id: number;
    merchant_id: number;
    complainant: string;
    complainant_entity_id: number | null;
    right_kind: IpRightKind;
    right_ref: string;
    claim: string;
    evidence_refs: string[];
    status: Generated<IpNoticeStatus>;
    filed_at: Timestamp;
    filed_by: number | null;
    filed_role: string;
    taken_down_at: Date | null;
    taken_down_by: number | null;
    takedown_reason: string | null;
    prior_status: 'active' | 'hidden' | null;
    counter_statement: string | null;
    counter_evidence_refs: string[] | null;
    countered_at: Date | null;
    countered_by: number | null;
    decided_at: Date | null;
    decided_by: number | null;
    decision_reason: string | null;
    event_id: number | null;
  };
};
type Db = Kysely<DB> | Transaction<DB>;
const ipDb = (db: Db) => (db as Kysely<DB>).withTables<IpTables>();

const Refs = z.array(z.string().trim().min(1).max(500)).min(1).max(20);
export const IpNoticeInput = z.strictObject({
  productId: z.number().int().positive(),
  complainant: z.string().trim().min(1).max(200).optional().meta({
    description: 'The rights holder (required when the operator files on its behalf; defaults to the filing entity name otherwise)',
  }),
  rightKind: z.enum(['trademark', 'copyright', 'patent', 'design']),
  rightRef: z.string().trim().min(1).max(100).meta({ description: 'Registration or certificate number of the right, e.g. trademark reg. no. 12345678' }),
  claim: z.string().trim().min(10).max(4000).meta({ description: 'What infringes and how' }),
  evidenceRefs: Refs.meta({ description: 'References to the evidence (documents, photos, test purchases)' }),
});
export const IpTakedownInput = z.strictObject({ reason: z.string().trim().min(1).max(2000) });
export const IpCounterInput = z.strictObject({
  statement: z.string().trim().min(10).max(4000),
  evidenceRefs: Refs,
});
export const IpDecisionInput = z.strictObject({
  outcome: z.enum(['upheld', 'rejected']),
  reason: z.string().trim().min(1).max(2000),
});
export const IpNoticeQuery = z.strictObject({
  status: z.enum(['filed', 'taken_down', 'countered', 'upheld', 'rejected']).optional(),
  productId: z.coerce.number().int().positive().optional(),
  merchantId: z.coerce.number().int().positive().optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export interface IpNotice {
  id: number;
  productId: number;
  merchantId: number;
  complainant: string;
  complainantEntityId: number | null;
  rightKind: IpRightKind;
  rightRef: string;
  claim: string;
  evidenceRefs: string[];
  status: IpNoticeStatus;
  filedAt: string;
  filedRole: string;
  takenDownAt: string | null;
  takedownReason: string | null;
  counterStatement: string | null;
  counterEvidenceRefs: string[] | null;
  counteredAt: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  eventId: number | null;
}

type Row = Selectable<IpTables['credit_ip_notices']>;
const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);
const toNotice = (r: Row): IpNotice => ({
  id: Number(r.id),
  productId: Number(r.product_id),
  merchantId: Number(r.merchant_id),
  complainant: r.complainant,
  complainantEntityId: r.complainant_entity_id === null ? null : Number(r.complainant_entity_id),
  rightKind: r.right_kind,
  rightRef: r.right_ref,
  claim: r.claim,
  evidenceRefs: r.evidence_refs,
  status: r.status,
  filedAt: iso(r.filed_at)!,
  filedRole: r.filed_role,
  takenDownAt: iso(r.taken_down_at),
  takedownReason: r.takedown_reason,
  counterStatement: r.counter_statement,
  counterEvidenceRefs: r.counter_evidence_refs,
  counteredAt: iso(r.countered_at),
  decidedAt: iso(r.decided_at),
  decisionReason: r.decision_reason,
  eventId: r.event_id === null ? null : Number(r.event_id),
});

/** Whether the actor may see a notice: regulators and the operator all; an entity those about its listings or filed by it. */
function maySee(actor: Actor, r: { merchant_id: number; complainant_entity_id: number | null }): boolean {
  if (actor.role === 'regulator' || actor.role === 'operator') return true;
  if (actor.entityId === null || actor.entityId === undefined) return false;
  return Number(r.merchant_id) === actor.entityId || (r.complainant_entity_id !== null && Number(r.complainant_entity_id) === actor.entityId);
}

async function locked(db: Db, id: number): Promise<Row> {
  const r = await ipDb(db).selectFrom('credit_ip_notices').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!r) throw notFound('IP notice', id);
  return r as Row;
}
const wrongState = (id: number, status: IpNoticeStatus, want: string) =>
  new AppError('CONFLICT', `IP notice ${id} is ${status}; this step needs it ${want}`, { status });

/**
 * File a complaint against a listing whose merchant is `merchantId` (the flow reads it from the
 * catalogue). A rights holder files for itself; the operator files on a named rights holder's behalf.
 */
export async function fileIpNotice(db: Db, actor: Actor, raw: unknown, listing: { merchantId: number; complainantName?: string | null }): Promise<IpNotice> {
  requireRole(actor, 'operator', 'merchant', 'buyer');
  const n = parseInput(IpNoticeInput, raw);
  if (actor.role !== 'operator' && actor.entityId === listing.merchantId)
    throw new AppError('FORBIDDEN', 'a merchant cannot file an IP complaint against its own listing');
  if (actor.role === 'operator' && !n.complainant)
    throw new AppError('VALIDATION', 'complainant: name the rights holder the operator files for', { field: 'complainant' });
  const complainant = n.complainant ?? listing.complainantName ?? `entity ${actor.entityId}`;
  const row = await ipDb(db)
    .insertInto('credit_ip_notices')
    .values({
      product_id: n.productId,
      merchant_id: listing.merchantId,
      complainant,
      complainant_entity_id: actor.role === 'operator' ? null : (actor.entityId ?? null),
      right_kind: n.rightKind,
      right_ref: n.rightRef,
      claim: n.claim,
      evidence_refs: n.evidenceRefs,
      filed_by: actor.userId,
      filed_role: actor.role,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await audit(db, actor, 'ip.file', listing.merchantId, n.claim.slice(0, 500), {
    noticeId: Number(row.id),
    productId: n.productId,
    complainant,
    rightKind: n.rightKind,
    rightRef: n.rightRef,
    evidenceRefs: n.evidenceRefs,
  });
  return toNotice(row as Row);
}

/** The operator or a regulator takes the listing down pending a decision; `priorStatus` is the listing's status before. */
export async function markIpTakedown(db: Db, actor: Actor, id: number, raw: unknown, priorStatus: 'active' | 'hidden'): Promise<IpNotice> {
  requireRole(actor, 'operator', 'regulator');
  const t = parseInput(IpTakedownInput, raw);
  const cur = await locked(db, id);
  if (cur.status !== 'filed') throw wrongState(id, cur.status, 'filed');
  const row = await ipDb(db)
    .updateTable('credit_ip_notices')
    .set({ status: 'taken_down', taken_down_at: new Date(), taken_down_by: actor.userId, takedown_reason: t.reason, prior_status: priorStatus })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await audit(db, actor, 'ip.takedown', Number(cur.merchant_id), t.reason, { noticeId: id, productId: Number(cur.product_id), priorStatus });
  return toNotice(row as Row);
}

/** The listing's merchant files its counter-notice (once, while the listing is down). */
export async function counterIpNotice(db: Db, actor: Actor, id: number, raw: unknown): Promise<IpNotice> {
  requireRole(actor, 'merchant');
  const c = parseInput(IpCounterInput, raw);
  const cur = await locked(db, id);
  if (Number(cur.merchant_id) !== actor.entityId) throw notFound('IP notice about your listing', id);
  if (cur.status !== 'taken_down') throw wrongState(id, cur.status, 'taken_down (one counter-notice, after the takedown)');
  const row = await ipDb(db)
    .updateTable('credit_ip_notices')
    .set({ status: 'countered', counter_statement: c.statement, counter_evidence_refs: c.evidenceRefs, countered_at: new Date(), countered_by: actor.userId })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await audit(db, actor, 'ip.counter', Number(cur.merchant_id), c.statement.slice(0, 500), {
    noticeId: id,
    productId: Number(cur.product_id),
    evidenceRefs: c.evidenceRefs,
  });
  return toNotice(row as Row);
}

/**
 * A regulator decides. Upheld (after a takedown): the listing stays down and the credit event
 * `ip_infringement` is recorded against the merchant. Rejected (at any open step): the flow restores
 * the listing to `priorStatus` unless another complaint still holds it.
 */
export async function decideIpNotice(
  db: Db,
  actor: Actor,
  id: number,
  raw: unknown,
): Promise<{ notice: IpNotice; restoreTo: 'active' | 'hidden' | null; stillHeld: boolean }> {
  requireRole(actor, 'regulator');
  const d = parseInput(IpDecisionInput, raw);
  const cur = await locked(db, id);
  const open = d.outcome === 'upheld' ? ['taken_down', 'countered'] : ['filed', 'taken_down', 'countered'];
  if (!open.includes(cur.status)) throw wrongState(id, cur.status, open.join(' or '));
  let eventId: number | null = null;
  if (d.outcome === 'upheld') {
    eventId =
      // The platform records the event its own process produced (source platform); the regulator's decision is in the audit log.
      (
        await recordCreditEvent(db as Kysely<DB>, SYSTEM, {
          entityId: Number(cur.merchant_id),
          source: 'platform',
          kind: 'ip_infringement',
          occurredOn: today(),
          evidenceRef: `ip-notice:${id}; ${cur.evidence_refs.join('; ')}`.slice(0, 500),
          externalId: `ip-notice:${id}`,
          note: `IP complaint upheld (${cur.right_kind} ${cur.right_ref}) on product ${cur.product_id}: ${d.reason}`.slice(0, 2000),
        })
      ).id;
  }
  const row = await ipDb(db)
    .updateTable('credit_ip_notices')
    .set({ status: d.outcome, decided_at: new Date(), decided_by: actor.userId, decision_reason: d.reason, event_id: eventId })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await audit(db, actor, d.outcome === 'upheld' ? 'ip.uphold' : 'ip.reject', Number(cur.merchant_id), d.reason, {
    noticeId: id,
    productId: Number(cur.product_id),
    eventId,
  });
  const stillHeld = await ipListingHeld(db, Number(cur.product_id));
  const wasDown = cur.status === 'taken_down' || cur.status === 'countered';
  return { notice: toNotice(row as Row), restoreTo: d.outcome === 'rejected' && wasDown && !stillHeld ? (cur.prior_status ?? 'active') : null, stillHeld };
}

/** Whether a complaint holds the listing down (taken down, countered or upheld). */
export async function ipListingHeld(db: Db, productId: number): Promise<boolean> {
  const r = await ipDb(db)
    .selectFrom('credit_ip_notices')
    .select('id')
    .where('product_id', '=', productId)
    .where('status', 'in', [...IP_HOLDING])
    .limit(1)
    .executeTakeFirst();
  return r !== undefined;
}

/** One notice, if the actor may see it. */
export async function getIpNotice(db: Db, actor: Actor, id: number): Promise<IpNotice> {
  requireRole(actor, 'regulator', 'operator', 'merchant', 'buyer');
  const r = await ipDb(db).selectFrom('credit_ip_notices').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r || !maySee(actor, r as Row)) throw notFound('IP notice', id);
  return toNotice(r as Row);
}

/** Notices, newest first: all for regulators and the operator; for an entity those about its listings or filed by it. */
export async function listIpNotices(db: Db, actor: Actor, raw: unknown): Promise<IpNotice[]> {
  requireRole(actor, 'regulator', 'operator', 'merchant', 'buyer');
  const q = parseInput(IpNoticeQuery, raw);
  let s = ipDb(db).selectFrom('credit_ip_notices').selectAll();
  if (actor.role !== 'regulator' && actor.role !== 'operator') {
    const me = actor.entityId ?? -1;
    s = s.where((eb) => eb.or([eb('merchant_id', '=', me), eb('complainant_entity_id', '=', me)]));
  }
  if (q.status) s = s.where('status', '=', q.status);
  if (q.productId) s = s.where('product_id', '=', q.productId);
  if (q.merchantId) s = s.where('merchant_id', '=', q.merchantId);
  if (q.beforeId) s = s.where('id', '<', q.beforeId);
  const rows = await s.orderBy('id', 'desc').limit(q.limit).execute();
  return rows.map((r) => toNotice(r as Row));
}
