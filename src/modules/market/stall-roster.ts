import { sql, type Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';

export interface RosterStall {
  stallId: number;
  districtId: number;
  holderId: number;
}

/**
 * Every stall held on a date, with its district and the holder on that date, in
 * stall id order: one set-based read for periodic work over the whole market
 * (the stall evaluation reads it for each period).
 * @example
 * ```ts
 * const held = await stallRoster(db, '2026-09-30');
 * ```
 */
export async function stallRoster(db: Kysely<DB>, onDate: string): Promise<RosterStall[]> {
  const rows = await sql<{ stall_id: number; district_id: number; entity_id: number }>`
    select s.id as stall_id, s.district_id, h.entity_id
    from stalls s
    join stall_holdings h on h.stall_id = s.id and h.valid_from <= ${onDate}::date and (h.valid_to is null or h.valid_to > ${onDate}::date)
    order by s.id`.execute(db);
  return rows.rows.map((r) => ({ stallId: Number(r.stall_id), districtId: Number(r.district_id), holderId: Number(r.entity_id) }));
}
