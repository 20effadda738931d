import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';

export interface DistrictName {
  id: number;
  market: string;
  no: number;
  nameZh: string;
  nameEn: string;
}

/**
 * Every district with its id, market code, number and names (for summaries keyed by district id).
 * @example
 * ```ts
 * const names = new Map((await districtNames(db)).map((d) => [d.id, d]));
 * ```
 */
export async function districtNames(db: Kysely<DB>): Promise<DistrictName[]> {
  const rows = await db
    .selectFrom('districts as d')
    .innerJoin('markets as m', 'm.id', 'd.market_id')
    .select(['d.id', 'm.code as market', 'd.no', 'd.name_zh', 'd.name_en'])
    .orderBy('m.code')
    .orderBy('d.no')
    .execute();
  return rows.map((r) => ({ id: r.id, market: r.market, no: r.no, nameZh: r.name_zh, nameEn: r.name_en }));
}
