import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { DB, EntitiesTable } from '../../core/db/schema.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { checkUscc } from './uscc.ts';
import { parseInput } from '../../core/validation.ts';

/**
 * Input of `registerEntity`.
 */
export const EntityInput = z.strictObject({
  kind: z.enum(['merchant', 'buyer', 'agent']),
  uscc: z.string().max(40).optional(),
  nameZh: z.string().trim().min(1).max(200).optional(),
  nameEn: z.string().trim().min(1).max(300).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code, e.g. CN')
    .default('CN'),
});
export type EntityInput = z.input<typeof EntityInput>;

export interface Entity {
  id: number;
  kind: string;
  uscc: string | null;
  nameZh: string | null;
  nameEn: string | null;
  country: string;
}

export const toEntity = (r: Selectable<EntitiesTable>): Entity => ({
  id: r.id,
  kind: r.kind,
  uscc: r.uscc,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  country: r.country,
});

/**
 * Register a market entity. Merchants and agents registered in China need a valid USCC.
 * Operators only. `raw` is an `EntityInput`. Throws `UNAUTHENTICATED` /
 * `FORBIDDEN` (not an operator), `VALIDATION` (bad input, no name) and `BAD_USCC`
 * (missing or invalid code).
 * @example
 * ```ts
 * const e = await registerEntity(db, actor, { kind: 'merchant', nameZh: '义乌市小商品有限公司', uscc: makeUscc(7) });
 * ```
 */
export async function registerEntity(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<Entity> {
  requireRole(actor, 'operator');
  const input = parseInput(EntityInput, raw);
  if (!input.nameZh && !input.nameEn) throw new AppError('VALIDATION', 'give a legal name in Chinese (nameZh) or English (nameEn)');
  let uscc: string | null = null;
  if (input.uscc !== undefined) {
    const c = checkUscc(input.uscc);
    if (!c.ok) throw new AppError('BAD_USCC', `unified social credit code ${input.uscc.slice(0, 20)}: ${c.reason}`);
    uscc = c.code;
  } else if (input.kind !== 'buyer' && input.country === 'CN') {
    throw new AppError('BAD_USCC', 'a merchant or agent registered in China needs its 18-character unified social credit code (uscc)');
  }
  const row = await db
    .insertInto('entities')
    .values({ kind: input.kind, uscc, name_zh: input.nameZh ?? null, name_en: input.nameEn ?? null, country: input.country })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toEntity(row);
}

/**
 * One market entity (merchant, buyer or agent) by id. Throws `NOT_FOUND`.
 * @example
 * ```ts
 * const e = await getEntity(db, 7);
 * ```
 */
export async function getEntity(db: Kysely<DB>, id: number): Promise<Entity> {
  const row = await db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('entity', id);
  return toEntity(row);
}

/**
 * Entities in id order, optionally of one kind, paged by `limit`/`offset`, with the total.
 * The caller bounds `limit` (the HTTP route validates it).
 * @example
 * ```ts
 * const { items, total } = await listEntities(db, { kind: 'merchant', limit: 50, offset: 0 });
 * ```
 */
export async function listEntities(db: Kysely<DB>, q: { kind?: string; limit: number; offset: number }): Promise<{ items: Entity[]; total: number }> {
  let base = db.selectFrom('entities');
  if (q.kind) base = base.where('kind', '=', q.kind as Entity['kind'] & 'merchant');
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('id').limit(q.limit).offset(q.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toEntity), total: Number(count.n) };
}
