import type { SearchDoc } from '../search/index.ts';
import { generateMarket, type GenMarket } from './market-gen.ts';
import { generateProducts, PRODUCT_COLUMNS } from './product-gen.ts';
import { scaleOf } from './scale.ts';

/**
 * SearchDocs from the deterministic demo generator (tests and benchmarks), and
 * the mapping from a product row in PRODUCT_COLUMNS order — the same mapping a
 * database loader uses for a `products` row.
 */
const COL = Object.fromEntries(PRODUCT_COLUMNS.map((c, i) => [c, i])) as Record<(typeof PRODUCT_COLUMNS)[number], number>;

/**
 * A stand-in quality signal for generated data, 0..1: a merchant standing
 * (stable per merchant) × a product popularity (stable per product). A real
 * deployment passes merchant credit/standing × normalised sales.
 * @example
 * ```ts
 * const q = demoQuality(7, 42); // the same number every time
 * ```
 */
export function demoQuality(merchantId: number, productId: number): number {
  const h = (x: number) => {
    let t = Math.imul(x ^ 0x9e3779b9, 0x85ebca6b);
    t ^= t >>> 13;
    t = Math.imul(t, 0xc2b2ae35);
    return ((t ^ (t >>> 16)) >>> 0) / 4294967296;
  };
  const standing = 0.4 + 0.6 * h(merchantId * 7919 + 1);
  const sales = Math.sqrt(h(productId * 104729 + 3));
  return Math.round(standing * sales * 1000) / 1000;
}

/**
 * The search document of one generated product row (`PRODUCT_COLUMNS` order), shown at a stall of `district` (0 = none).
 * @example
 * ```ts
 * const doc = searchDocFromProductRow(row, 2);
 * index.upsert(doc);
 * ```
 */
export function searchDocFromProductRow(row: readonly (string | number)[], district: number): SearchDoc {
  const id = Number(row[COL.id]);
  const merchantId = Number(row[COL.merchant_id]);
  return {
    id,
    titleZh: String(row[COL.title_zh] ?? ''),
    titleEn: String(row[COL.title_en] ?? ''),
    descriptionZh: String(row[COL.description_zh] ?? ''),
    descriptionEn: String(row[COL.description_en] ?? ''),
    categoryCode: String(row[COL.category_id]).padStart(6, '0'),
    priceMinor: Number(row[COL.base_price]),
    moq: Number(row[COL.moq]),
    district,
    merchantId,
    createdAt: Date.parse(String(row[COL.created_at])),
    quality: demoQuality(merchantId, id),
  };
}

/**
 * Generated products of a scale ('tiny', 'demo', 'medium', 'full') as SearchDocs, lazily.
 * Throws `VALIDATION` for an unknown scale (as `scaleOf`).
 * @example
 * ```ts
 * const index = await SearchIndex.build(demoSearchDocs('tiny'));
 * ```
 */
export function* demoSearchDocs(scaleName: string, market?: GenMarket): Generator<SearchDoc> {
  const scale = scaleOf(scaleName);
  const m = market ?? generateMarket(scale);
  for (const row of generateProducts(m, scale)) {
    const stall = m.stalls[Number(row[COL.stall_id]) - 1];
    yield searchDocFromProductRow(row, stall?.districtNo ?? 0);
  }
}
