import { sql, type Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';

export interface StallListings {
  stallId: number;
  /** Active listings. */
  active: number;
  /** Active listings updated on or after `currentSince`. */
  current: number;
  /** The top-level category (id) most of its active listings fall in; 0 when none. */
  mainCategoryId: number;
}

/**
 * Listing figures of every stall that lists something, by stall id, as they stand
 * now: active listings, those kept current (updated on or after `currentSince`),
 * and the stall's main top-level category. One grouped read.
 * @example
 * ```ts
 * const byStall = await stallListingStats(db, '2026-07-02');
 * ```
 */
export async function stallListingStats(db: Kysely<DB>, currentSince: string): Promise<Map<number, StallListings>> {
  const rows = await sql<{ stall_id: number; active: string; current: string; main: string | null }>`
    select p.stall_id,
      count(*) as active,
      count(*) filter (where p.updated_at >= ${currentSince}::date) as current,
      mode() within group (order by left(c.code, 2)) as main
    from products p join categories c on c.id = p.category_id
    where p.stall_id is not null and p.status = 'active'
    group by p.stall_id`.execute(db);
  const m = new Map<number, StallListings>();
  for (const r of rows.rows) {
    const id = Number(r.stall_id);
    m.set(id, { stallId: id, active: Number(r.active), current: Number(r.current), mainCategoryId: r.main === null ? 0 : Number(r.main) });
  }
  return m;
}
