/**
 * The blacklist of dishonest entities (失信黑名单). Published rules put an
 * entity on it (docs/credit-governance.md):
 *
 * - `severe_event`: an event of severity `severe` that is not voided and that
 *   no earlier entry of the entity already answered (a repaired entity is not
 *   listed again for the same facts);
 * - `class_d`: class D held for `CLASS_D_DAYS` days or more (credit_scores'
 *   `class_since`), unless an entry already answered that stretch in class D;
 * - `broken_promise` (the severe event a broken promise records) and `manual`
 *   (a regulator's decision with reason and evidence).
 *
 * An entity has at most one active entry (a unique partial index). Listing and
 * leaving are audited. Effects are enforced where they apply: catalogue
 * creation (src/flows/credit-guard.ts), 1039 eligibility (`isBlacklisted`),
 * the buyers' warning (`blacklistWarning`).
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../core/db/schema.ts';
import { requireRole, type Actor } from '../../../core/auth/actor.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { getEntity } from '../../market/index.ts';
import { creditDb } from '../tables.ts';
import { audit } from './audit.ts';
import { govDb, type BlacklistRule } from './tables.ts';

/** Days in class D after which an entity is listed. */
export const CLASS_D_DAYS = 180;
/** Severe events older than this many years no longer list an entity. */
export const SEVERE_EVENT_YEARS = 3;

export interface BlacklistEntry {
  id: number;
  entityId: number;
  entityNameZh: string | null;
  entityNameEn: string | null;
  rule: BlacklistRule;
  reason: string;
  evidenceRefs: string[];
  eventIds: number[];
  listedAt: string;
  removedAt: string | null;
  removedReason: string | null;
  repairId: number | null;
}

type Row = {
  id: number;
  entity_id: number;
  rule: BlacklistRule;
  reason: string;
  evidence_refs: string[];
  event_ids: number[];
  listed_at: Date;
  removed_at: Date | null;
  removed_reason: string | null;
  repair_id: number | null;
};

async function toEntries(db: Kysely<DB>, rows: Row[]): Promise<BlacklistEntry[]> {
  const names = new Map<number, { zh: string | null; en: string | null }>();
  for (const id of new Set(rows.map((r) => r.entity_id))) {
    const e = await getEntity(db, id);
    names.set(id, { zh: e.nameZh, en: e.nameEn });
  }
  return rows.map((r) => ({
    id: r.id,
    entityId: r.entity_id,
    entityNameZh: names.get(r.entity_id)?.zh ?? null,
    entityNameEn: names.get(r.entity_id)?.en ?? null,
    rule: r.rule,
    reason: r.reason,
    evidenceRefs: r.evidence_refs,
    eventIds: r.event_ids.map(Number),
    listedAt: r.listed_at.toISOString(),
    removedAt: r.removed_at?.toISOString() ?? null,
    removedReason: r.removed_reason,
    repairId: r.repair_id,
  }));
}

const COLS = ['id', 'entity_id', 'rule', 'reason', 'evidence_refs', 'event_ids', 'listed_at', 'removed_at', 'removed_reason', 'repair_id'] as const;

/** Whether the entity is on the blacklist now (the 1039 eligibility and listing checks use this). */
export async function isBlacklisted(db: Kysely<DB>, entityId: number): Promise<boolean> {
  const r = await govDb(db).selectFrom('credit_blacklist').select('id').where('entity_id', '=', entityId).where('removed_at', 'is', null).executeTakeFirst();
  return r !== undefined;
}

/** The warning a buyer sees before dealing with a listed entity, or null when it is not listed. */
export async function blacklistWarning(
  db: Kysely<DB>,
  entityId: number,
): Promise<{ entryId: number; rule: BlacklistRule; reason: string; listedAt: string } | null> {
  const r = await govDb(db)
    .selectFrom('credit_blacklist')
    .select(['id', 'rule', 'reason', 'listed_at'])
    .where('entity_id', '=', entityId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return r ? { entryId: r.id, rule: r.rule, reason: r.reason, listedAt: r.listed_at.toISOString() } : null;
}

export const BlacklistQuery = z.strictObject({
  entityId: z.coerce.number().int().positive().optional(),
  includeRemoved: z.enum(['true', 'false']).optional().meta({ description: 'Also entries that ended (repaired or revoked); default false' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** The public blacklist (anyone may read it): active entries, newest first; with `includeRemoved`, past ones too. */
export async function listBlacklist(db: Kysely<DB>, raw: unknown): Promise<{ items: BlacklistEntry[]; total: number }> {
  const q = parseInput(BlacklistQuery, raw);
  let base = govDb(db).selectFrom('credit_blacklist');
  if (q.includeRemoved !== 'true') base = base.where('removed_at', 'is', null);
  if (q.entityId) base = base.where('entity_id', '=', q.entityId);
  const [rows, n] = await Promise.all([
    base.select(COLS).orderBy('listed_at', 'desc').orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: await toEntries(db, rows), total: Number(n.n) };
}

/** One entry by id (public). */
export async function getBlacklistEntry(db: Kysely<DB>, id: number): Promise<BlacklistEntry> {
  const row = await govDb(db).selectFrom('credit_blacklist').select(COLS).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('blacklist entry', id);
  return (await toEntries(db, [row]))[0]!;
}

/** Put an entity on the list inside `tx` (no-op when it is listed already); audited. */
export async function addEntry(
  tx: Transaction<DB> | Kysely<DB>,
  actor: Actor,
  e: { entityId: number; rule: BlacklistRule; reason: string; evidenceRefs: string[]; eventIds: number[] },
): Promise<number | null> {
  const row = await govDb(tx as Kysely<DB>)
    .insertInto('credit_blacklist')
    .values({
      entity_id: e.entityId,
      rule: e.rule,
      reason: e.reason,
      evidence_refs: e.evidenceRefs,
      event_ids: e.eventIds,
      listed_by: actor.userId,
    })
    .onConflict((oc) => oc.column('entity_id').where('removed_at', 'is', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return null;
  await audit(tx, actor, 'blacklist.add', e.entityId, e.reason, { entryId: row.id, rule: e.rule, evidenceRefs: e.evidenceRefs, eventIds: e.eventIds });
  return row.id;
}

/** Severe events of entities (all, or `entityIds`) not yet answered by any entry, within SEVERE_EVENT_YEARS of `asOf`. */
async function unansweredSevere(tx: Kysely<DB>, asOf: string, entityIds?: number[]) {
  const from = sql<string>`(${asOf}::date - make_interval(years => ${SEVERE_EVENT_YEARS}))::date`;
  let q = creditDb(tx)
    .selectFrom('credit_events as e')
    .select(['e.id', 'e.entity_id', 'e.kind', 'e.evidence_ref', 'e.occurred_on'])
    .where('e.severity', '=', 'severe')
    .where('e.voided_at', 'is', null)
    .where('e.occurred_on', '>=', from)
    .where('e.occurred_on', '<=', asOf)
    .where(({ not, exists }) =>
      not(
        exists(
          govDb(tx)
            .selectFrom('credit_blacklist as b')
            .select('b.id')
            .where('b.entity_id', '=', sql.ref<number>('e.entity_id'))
            .where(sql<boolean>`e.id = any(b.event_ids)`),
        ),
      ),
    );
  if (entityIds) q = q.where('e.entity_id', 'in', entityIds);
  return q.orderBy('e.entity_id').orderBy('e.id').execute();
}

/** Apply the rules for every entity (or those given) as of `asOf` (YYYY-MM-DD, default today); returns the ids of new entries. */
export async function applyBlacklistRules(db: Kysely<DB>, actor: Actor, opts: { asOf?: string; entityIds?: number[] } = {}): Promise<number[]> {
  requireRole(actor, 'regulator', 'operator');
  const asOf = opts.asOf ?? new Date().toISOString().slice(0, 10);
  const run = async (tx: Transaction<DB>) => {
    const added: number[] = [];
    const severe = await unansweredSevere(tx, asOf, opts.entityIds);
    const byEntity = new Map<number, typeof severe>();
    for (const e of severe) byEntity.set(e.entity_id, [...(byEntity.get(e.entity_id) ?? []), e]);
    for (const [entityId, events] of byEntity) {
      const reason = `severe credit event${events.length > 1 ? 's' : ''}: ${events.map((e) => `${e.kind} on ${e.occurred_on}`).join('; ')}`;
      const id = await addEntry(tx, actor, {
        entityId,
        rule: events.some((e) => e.kind === 'broken_credit_promise') ? 'broken_promise' : 'severe_event',
        reason,
        evidenceRefs: events.map((e) => e.evidence_ref),
        eventIds: events.map((e) => e.id),
      });
      if (id !== null) added.push(id);
    }
    let d = creditDb(tx)
      .selectFrom('credit_scores as s')
      .select(['s.entity_id', 's.class_since', 's.score'])
      .where('s.credit_class', '=', 'D')
      .where('s.class_since', '<=', sql<string>`(${asOf}::date - ${CLASS_D_DAYS}::int)`)
      .where(({ not, exists }) =>
        not(
          exists(
            govDb(tx)
              .selectFrom('credit_blacklist as b')
              .select('b.id')
              .where('b.entity_id', '=', sql.ref<number>('s.entity_id'))
              .where(sql<boolean>`(b.removed_at is null or b.listed_at::date >= s.class_since)`),
          ),
        ),
      );
    if (opts.entityIds) d = d.where('s.entity_id', 'in', opts.entityIds);
    for (const s of await d.orderBy('s.entity_id').execute()) {
      const id = await addEntry(tx, actor, {
        entityId: s.entity_id,
        rule: 'class_d',
        reason: `credit class D since ${s.class_since} (${CLASS_D_DAYS} days or more)`,
        evidenceRefs: [`credit-class:${s.entity_id}:D:${s.class_since}`],
        eventIds: [],
      });
      if (id !== null) added.push(id);
    }
    return added;
  };
  if (db.isTransaction) return run(db as Transaction<DB>);
  return db.transaction().execute(run);
}

export const ManualListing = z.strictObject({
  entityId: z.number().int().positive(),
  reason: z.string().trim().min(5).max(2000),
  evidenceRefs: z.array(z.string().trim().min(1).max(500)).min(1).max(20),
});

/** A regulator lists an entity by decision (rule `manual`), with reason and evidence. */
export async function listManually(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<BlacklistEntry> {
  requireRole(actor, 'regulator');
  const input = parseInput(ManualListing, raw);
  await getEntity(db, input.entityId);
  const id = await db.transaction().execute((tx) => addEntry(tx, actor, { ...input, rule: 'manual', eventIds: [] }));
  if (id === null) throw new AppError('CONFLICT', `entity ${input.entityId} is on the blacklist already`);
  return getBlacklistEntry(db, id);
}

export const Revocation = z.strictObject({ reason: z.string().trim().min(5).max(2000) });

/** A regulator ends an entry listed in error (not a repair: the entry is marked revoked with the reason). */
export async function revokeEntry(db: Kysely<DB>, actor: Actor, id: number, raw: unknown): Promise<BlacklistEntry> {
  requireRole(actor, 'regulator');
  const { reason } = parseInput(Revocation, raw);
  await db.transaction().execute(async (tx) => {
    const row = await govDb(tx)
      .updateTable('credit_blacklist')
      .set({ removed_at: new Date(), removed_by: actor.userId, removed_reason: `revoked: ${reason}` })
      .where('id', '=', id)
      .where('removed_at', 'is', null)
      .returning('entity_id')
      .executeTakeFirst();
    if (!row) throw notFound('active blacklist entry', id);
    await audit(tx, actor, 'blacklist.revoke', row.entity_id, reason, { entryId: id });
  });
  return getBlacklistEntry(db, id);
}
