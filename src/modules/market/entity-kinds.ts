import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';

/**
 * The kind of each of the given entities that exists (absent ids are missing from the map), in one query.
 * @example
 * ```ts
 * const kinds = await entityKinds(db, [7, 8]); // Map { 7 => 'merchant' }
 * ```
 */
export async function entityKinds(db: Kysely<DB>, ids: readonly number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)].filter((n) => Number.isSafeInteger(n) && n > 0);
  const m = new Map<number, string>();
  for (let i = 0; i < unique.length; i += 10_000) {
    const rows = await db
      .selectFrom('entities')
      .select(['id', 'kind'])
      .where('id', 'in', unique.slice(i, i + 10_000))
      .execute();
    for (const r of rows) m.set(Number(r.id), r.kind);
  }
  return m;
}
