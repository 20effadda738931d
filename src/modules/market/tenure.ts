import { sql, type Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';

/**
 * Years each entity has held a stall in the market (since its earliest holding), by entity id.
 * @example
 * ```ts
 * const years = (await merchantTenure(db)).get(7) ?? 0;
 * ```
 */
export async function merchantTenure(db: Kysely<DB>, now = Date.now()): Promise<Map<number, number>> {
  const rows = await sql<{ entity_id: number; since: string }>`select entity_id, min(valid_from)::text as since from stall_holdings group by entity_id`.execute(
    db,
  );
  const m = new Map<number, number>();
  for (const r of rows.rows) m.set(Number(r.entity_id), Math.max(0, (now - Date.parse(r.since)) / (365.25 * 86400_000)));
  return m;
}

/**
 * The ids of the first `limit` entities of a kind (by id).
 * @example
 * ```ts
 * const merchantIds = await entityIdsOfKind(db, 'merchant', 100);
 * ```
 */
export async function entityIdsOfKind(db: Kysely<DB>, kind: 'merchant' | 'buyer' | 'agent' | 'operator', limit: number): Promise<number[]> {
  return (await db.selectFrom('entities').select('id').where('kind', '=', kind).orderBy('id').limit(limit).execute()).map((e) => e.id);
}

/** A fingerprint of the entities of a kind (count and highest id): it changes when one is added or removed. */
export async function entityKindVersion(db: Kysely<DB>, kind: 'merchant' | 'buyer' | 'agent' | 'operator'): Promise<string> {
  const r = await db
    .selectFrom('entities')
    .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.max('id').as('top')])
    .where('kind', '=', kind)
    .executeTakeFirst();
  return `${r?.n ?? 0}/${r?.top ?? 0}`;
}
