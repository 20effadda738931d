import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { searchDocumentRows, searchDocumentRowsByIds, type SearchDocumentRow } from '../catalog/index.ts';
import { creditClassesVersion, currentClasses, declaredStandardsByProduct, declaredStandardsVersion } from '../credit/index.ts';
import { entityIdsOfKind, entityKindVersion, merchantTenure as marketTenure } from '../market/index.ts';
import type { CreditClass, DocStandard, SearchDoc } from './types.ts';

/**
 * Products as search documents, read from the database (the single source of
 * truth) through the catalogue's read model and the market's tenure figure
 * (search runs no SQL on their tables). Hidden products are not searchable.
 *
 * Quality signal (0..1), from what the platform knows today:
 *   0.5 × merchant tenure (years holding a stall in this market, capped at 10, / 10)
 * + 0.3 × listing completeness (both titles, a description, an image)
 * + 0.2 × availability (stock covers at least one MOQ)
 * Sales will replace tenure as that capability lands.
 *
 * Each document also carries its merchant's current credit class (the credit
 * module's figure), for the credit-class facet and filter; LiveSearch re-feeds a
 * merchant's products when its class changes (refreshCredit).
 *
 * And the standards the merchant declares on the product (亮标, the credit
 * module's declarations), for the standards facet and filter; a declaration
 * or withdrawal logs a product change (src/flows/declared-standards.ts), and
 * LiveSearch.refreshStandards re-feeds any product whose declarations differ.
 */
export type DocRow = SearchDocumentRow;

/** What the documents take from other modules, per merchant: years holding a stall, and the credit class. */
export interface Signals {
  tenure: Map<number, number>;
  classes: Map<number, CreditClass>;
}

/** Every merchant's tenure (the market module's figure) and credit class (the credit module's). */
export async function merchantSignals(db: Kysely<DB>, now = Date.now()): Promise<Signals> {
  const tenure = await marketTenure(db, now);
  return { tenure, classes: await merchantClasses(db) };
}

/** The current credit class of every merchant. */
export async function merchantClasses(db: Kysely<DB>): Promise<Map<number, CreditClass>> {
  return currentClasses(db, await entityIdsOfKind(db, 'merchant', 100_000_000));
}

/** Changes when any merchant's credit class may have (a merchant added or removed, a class stored or changed). */
export async function merchantClassesVersion(db: Kysely<DB>): Promise<string> {
  return `${await entityKindVersion(db, 'merchant')}|${await creditClassesVersion(db)}`;
}

/** Changes when any declaration is made or withdrawn. */
export async function productStandardsVersion(db: Kysely<DB>): Promise<string> {
  return declaredStandardsVersion(db);
}

/** The current declarations of some products (all when `ids` is undefined), as the documents carry them. */
export async function productStandards(db: Kysely<DB>, ids?: readonly number[]): Promise<Map<number, DocStandard[]>> {
  return declaredStandardsByProduct(db, ids);
}

export function docFromRow(r: DocRow, signals: Signals, standards?: DocStandard[]): SearchDoc {
  const years = Math.min(10, signals.tenure.get(r.merchant_id) ?? 0);
  const creditClass = signals.classes.get(r.merchant_id);
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
    ...(creditClass ? { creditClass } : {}),
    ...(standards && standards.length > 0 ? { standards } : {}),
  };
}

/** Every searchable product, in id order, in keyset-paged batches. */
export async function* allDocs(db: Kysely<DB>, signals: Signals, batch = 20_000): AsyncGenerator<SearchDoc> {
  let after = 0;
  const standards = await productStandards(db);
  for (;;) {
    const rows = await searchDocumentRows(db, { afterId: after, limit: batch });
    if (rows.length === 0) return;
    for (const r of rows) yield docFromRow(r, signals, standards.get(r.id));
    after = rows[rows.length - 1]!.id;
  }
}

/** The current state of some products: a doc for each searchable one; ids absent from the result are gone or hidden. */
export async function docsByIds(db: Kysely<DB>, ids: readonly number[], signals: Signals): Promise<SearchDoc[]> {
  const rows = await searchDocumentRowsByIds(db, ids);
  const standards = await productStandards(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => docFromRow(r, signals, standards.get(r.id)));
}
