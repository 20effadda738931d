import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { searchDocumentRows, searchDocumentRowsByIds, type SearchDocumentRow } from '../catalog/index.ts';
import { merchantTenure as marketTenure } from '../market/index.ts';
import type { SearchDoc } from './types.ts';

/**
 * Products as search documents, read from the database (the single source of
 * truth) through the catalogue's read model and the market's tenure figure
 * (search runs no SQL on their tables). Hidden products are not searchable.
 *
 * Quality signal (0..1), from what the platform knows today:
 *   0.5 × merchant tenure (years holding a stall in this market, capped at 10, / 10)
 * + 0.3 × listing completeness (both titles, a description, an image)
 * + 0.2 × availability (stock covers at least one MOQ)
 * Credit class and sales replace tenure as their capabilities land.
 */
export type DocRow = SearchDocumentRow;

export type Tenure = Map<number, number>;

/** Years each merchant has held a stall (earliest holding), for the quality signal: the market module's figure. */
export function merchantTenure(db: Kysely<DB>, now = Date.now()): Promise<Tenure> {
  return marketTenure(db, now);
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

/** Every searchable product, in id order, in keyset-paged batches. */
export async function* allDocs(db: Kysely<DB>, tenure: Tenure, batch = 20_000): AsyncGenerator<SearchDoc> {
  let after = 0;
  for (;;) {
    const rows = await searchDocumentRows(db, { afterId: after, limit: batch });
    if (rows.length === 0) return;
    for (const r of rows) yield docFromRow(r, tenure);
    after = rows[rows.length - 1]!.id;
  }
}

/** The current state of some products: a doc for each searchable one; ids absent from the result are gone or hidden. */
export async function docsByIds(db: Kysely<DB>, ids: readonly number[], tenure: Tenure): Promise<SearchDoc[]> {
  const rows = await searchDocumentRowsByIds(db, ids);
  return rows.map((r) => docFromRow(r, tenure));
}
