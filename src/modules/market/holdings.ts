import { sql, type Kysely, type Transaction } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../core/db/schema.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { parseInput } from '../../core/validation.ts';

export interface Holding {
  id: number;
  stallId: number;
  entityId: number;
  entityNameZh: string | null;
  entityNameEn: string | null;
  validFrom: string;
  validTo: string | null;
  note: string | null;
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a real date');

/**
 * Input of `transferStall`: the new holder, the ISO date it takes over, an optional note.
 */
export const TransferInput = z.strictObject({
  toEntityId: z.number().int().positive(),
  date: isoDate,
  note: z.string().max(500).optional(),
});

/**
 * Full use-right history of a stall, oldest first.
 * @example
 * ```ts
 * const history = await stallHistory(db, 1201);
 * ```
 */
export async function stallHistory(db: Kysely<DB>, stallId: number): Promise<Holding[]> {
  const rows = await db
    .selectFrom('stall_holdings as h')
    .innerJoin('entities as e', 'e.id', 'h.entity_id')
    .select(['h.id', 'h.stall_id', 'h.entity_id', 'e.name_zh', 'e.name_en', 'h.valid_from', 'h.valid_to', 'h.note'])
    .where('h.stall_id', '=', stallId)
    .orderBy('h.valid_from')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    stallId: r.stall_id,
    entityId: r.entity_id,
    entityNameZh: r.name_zh,
    entityNameEn: r.name_en,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    note: r.note,
  }));
}

/**
 * Transfer (流转) of a stall's use right: the current holding ends on `date`
 * and the new holder's begins on the same day, in one transaction. A stall
 * without a holder is simply granted. The database's exclusion constraint
 * makes overlapping holdings impossible even if two transfers race.
 * Operators only; returns the stall's history after the transfer. Throws
 * `UNAUTHENTICATED` / `FORBIDDEN`, `VALIDATION` (bad input, new holder not a
 * merchant), `NOT_FOUND` (stall or entity), `STALL_HELD` (already held by that
 * merchant) and `CONFLICT` (a date not after the current or a later holding).
 * @example
 * ```ts
 * const history = await transferStall(db, actor, 1201, { toEntityId: 7, date: '2026-03-01' });
 * ```
 */
export async function transferStall(db: Kysely<DB>, actor: Actor, stallId: number, raw: unknown): Promise<Holding[]> {
  requireRole(actor, 'operator');
  const input = parseInput(TransferInput, raw);
  await db.transaction().execute((trx) => transferWithin(trx, stallId, input));
  return stallHistory(db, stallId);
}

/**
 * `transferStall` inside the caller's transaction, for a flow whose other steps must
 * commit or fail with the transfer (e.g. awarding a re-allocation round). Operators only;
 * same checks and errors as `transferStall`; returns the stall's history as the transaction sees it.
 * @example
 * ```ts
 * await db.transaction().execute((trx) => transferStallIn(trx, actor, 1201, { toEntityId: 7, date: '2026-03-01' }));
 * ```
 */
export async function transferStallIn(trx: Transaction<DB>, actor: Actor, stallId: number, raw: unknown): Promise<Holding[]> {
  requireRole(actor, 'operator');
  await transferWithin(trx, stallId, parseInput(TransferInput, raw));
  return stallHistory(trx, stallId);
}

async function transferWithin(trx: Transaction<DB>, stallId: number, input: z.output<typeof TransferInput>): Promise<void> {
  const stall = await trx.selectFrom('stalls').select('id').where('id', '=', stallId).forUpdate().executeTakeFirst();
  if (!stall) throw notFound('stall', stallId);
  const to = await trx.selectFrom('entities').select(['id', 'kind']).where('id', '=', input.toEntityId).executeTakeFirst();
  if (!to) throw notFound('entity', input.toEntityId);
  if (to.kind !== 'merchant') throw new AppError('VALIDATION', `entity ${to.id} is a ${to.kind}; only a merchant can hold a stall`);
  const current = await trx.selectFrom('stall_holdings').selectAll().where('stall_id', '=', stallId).where('valid_to', 'is', null).executeTakeFirst();
  if (current) {
    if (current.entity_id === input.toEntityId) throw new AppError('STALL_HELD', 'the stall is already held by this merchant');
    if (input.date <= current.valid_from) {
      throw new AppError('CONFLICT', `the transfer date must be after the current holding began (${current.valid_from})`);
    }
    await trx.updateTable('stall_holdings').set({ valid_to: input.date }).where('id', '=', current.id).execute();
  } else {
    const later = await trx.selectFrom('stall_holdings').select(sql<string>`max(valid_to)`.as('end')).where('stall_id', '=', stallId).executeTakeFirst();
    if (later?.end && input.date < later.end) {
      throw new AppError('CONFLICT', `the stall was held until ${later.end}; a new holding cannot start before that`);
    }
  }
  await trx
    .insertInto('stall_holdings')
    .values({ stall_id: stallId, entity_id: input.toEntityId, valid_from: input.date, valid_to: null, note: input.note ?? null })
    .execute();
}

/**
 * End the current holding without a successor (the stall falls idle).
 * Operators only; returns the stall's history. Throws `UNAUTHENTICATED` /
 * `FORBIDDEN`, `VALIDATION` (not an ISO date) and `CONFLICT` (no current holding
 * that began before `date`).
 * @example
 * ```ts
 * await releaseStall(db, actor, 1201, '2026-06-30');
 * ```
 */
export async function releaseStall(db: Kysely<DB>, actor: Actor, stallId: number, date: string): Promise<Holding[]> {
  requireRole(actor, 'operator');
  const d = parseInput(isoDate, date, 'date');
  const res = await db
    .updateTable('stall_holdings')
    .set({ valid_to: d })
    .where('stall_id', '=', stallId)
    .where('valid_to', 'is', null)
    .where('valid_from', '<', d)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw new AppError('CONFLICT', 'the stall has no current holding that began before that date');
  return stallHistory(db, stallId);
}

/**
 * Stalls an entity holds today.
 * @example
 * ```ts
 * const stallIds = await currentStallsOf(db, 7);
 * ```
 */
export async function currentStallsOf(db: Kysely<DB>, entityId: number): Promise<number[]> {
  const rows = await db.selectFrom('stall_holdings').select('stall_id').where('entity_id', '=', entityId).where('valid_to', 'is', null).execute();
  return rows.map((r) => r.stall_id);
}
