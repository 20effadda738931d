import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';

/**
 * Register an authority (a government office or a market department: entities of kind
 * 'authority', migration 016) by its names, or return the one already registered under
 * the same English name. No USCC is asked: authorities are not market entities that trade.
 * Callers check who may do this (the service desk's setup is the operator's).
 * @example
 * ```ts
 * const id = await ensureAuthority(db, { nameZh: '消防救援大队', nameEn: 'Fire and Rescue Brigade' });
 * ```
 */
export async function ensureAuthority(db: Kysely<DB> | Transaction<DB>, names: { nameZh: string; nameEn: string }): Promise<number> {
  const found = await db
    .selectFrom('entities')
    .select('id')
    .where('kind', '=', 'authority')
    .where('name_en', '=', names.nameEn)
    .orderBy('id')
    .executeTakeFirst();
  if (found) return found.id;
  const row = await db
    .insertInto('entities')
    .values({ kind: 'authority', uscc: null, name_zh: names.nameZh, name_en: names.nameEn, country: 'CN' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
