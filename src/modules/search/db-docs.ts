import { sql, type Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import type { SearchDoc } from './types.ts';

/**
 * Products as search documents, read from the database (the single source of
 * truth). Hidden products are not searchable.
 *
 * Quality signal (0..1), from what the platform knows today:
 *   0.5 × merchant tenure (years holding a stall in this market, capped at 10, / 10)
 * + 0.3 × listing completeness (both titles, a description, an image)
 * + 0.2 × availability (stock covers at least one MOQ)
 * Credit class and sales replace tenure as their capabilities land.
 */
export interface DocRow {
  id: number; title_zh: string | null; title_en: string | null; description_zh: string | null; description_en: string | null;
  category_code: string; base_price: number; moq: number; district: number | null; merchant_id: number; created_at: Date | string;
  stock: number; has_image: boolean; status: string;
}

export type Tenure = Map<number, number>;

/** Years each merchant has held a stall (earliest holding), for the quality signal. */
export async function merchantTenure(db: Kysely<DB>, now = Date.now()): Promise<Tenure> {
  const rows = await sql<{ entity_id: number; since: string }>`select entity_id, min(valid_from)::text as since from stall_holdings group by entity_id`.execute(db);
  const m: Tenure = new Map();
  for (const r of rows.rows) m.set(Number(r.entity_id), Math.max(0, (now - Date.parse(r.since)) / (365.25 * 86400_000)));
  return m;
}

export function docFromRow(r: DocRow, tenure: Tenure): SearchDoc {
  const years = Math.min(10, tenure.get(r.merchant_id) ?? 0);
  const complete = (r.title_zh ? 0.25 : 0) + (r.title_en ? 0.25 : 0) + (r.description_zh || r.description_en ? 0.25 : 0) + (r.has_image ? 0.25 : 0);
  const quality = 0.5 * (years / 10) + 0.3 * complete + 0.2 * (r.stock >= r.moq ? 1 : 0);
  return {
    id: r.id,
    titleZh: r.title_zh ?? '',
    titleEn: r.title_en ?? '',
    descriptionZh: r.description_zh ?? '',
    descriptionEn: r.description_en ?? '',
    categoryCode: r.category_code.padStart(6, '0'),
    priceMinor: r.base_price,
    moq: r.moq,
    district: r.district ?? 0,
    merchantId: r.merchant_id,
    createdAt: new Date(r.created_at).getTime(),
    quality: Math.round(quality * 1000) / 1000,
  };
}

function docQuery(db: Kysely<DB>) {
  return db
    .selectFrom('products as p')
    .innerJoin('categories as c', 'c.id', 'p.category_id')
    .leftJoin('stalls as s', 's.id', 'p.stall_id')
    .leftJoin('districts as d', 'd.id', 's.district_id')
    .select([
      'p.id', 'p.title_zh', 'p.title_en', 'p.description_zh', 'p.description_en', 'c.code as category_code', 'p.base_price', 'p.moq',
      'd.no as district', 'p.merchant_id', 'p.created_at', 'p.stock', 'p.status',
      sql<boolean>`jsonb_array_length(p.images) > 0`.as('has_image'),
    ]);
}

/** Every searchable product, in id order, in keyset-paged batches. */
export async function* allDocs(db: Kysely<DB>, tenure: Tenure, batch = 20_000): AsyncGenerator<SearchDoc> {
  let after = 0;
  for (;;) {
    const rows = (await docQuery(db).where('p.id', '>', after).where('p.status', '=', 'active').orderBy('p.id').limit(batch).execute()) as DocRow[];
    if (rows.length === 0) return;
    for (const r of rows) yield docFromRow(r, tenure);
    after = rows[rows.length - 1]!.id;
  }
}

/** The current state of some products: a doc for each searchable one; ids absent from the result are gone or hidden. */
export async function docsByIds(db: Kysely<DB>, ids: readonly number[], tenure: Tenure): Promise<SearchDoc[]> {
  if (ids.length === 0) return [];
  const rows = (await docQuery(db).where('p.id', 'in', ids as number[]).where('p.status', '=', 'active').execute()) as DocRow[];
  return rows.map((r) => docFromRow(r, tenure));
}
