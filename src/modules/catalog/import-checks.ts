/**
 * How the product import names a row's problems: the sheet column a validation
 * issue belongs to, the stable problem code and parameters of an issue, and the
 * category column read as a code or a name in Chinese or English.
 */
import type { ColumnKey, TierColumns } from './spreadsheet-columns.ts';
import { shown, type ProblemParams } from './sheet-problems.ts';

const FIELD_COLUMN: Record<string, ColumnKey> = {
  sku: 'sku',
  categoryCode: 'category',
  titleZh: 'title_zh',
  titleEn: 'title_en',
  descriptionZh: 'description_zh',
  descriptionEn: 'description_en',
  attributes: 'attributes',
  titles: 'titles',
  unit: 'unit',
  moq: 'moq',
  currency: 'currency',
  stock: 'stock',
  hsCode: 'hs_code',
  images: 'images',
  status: 'status',
};
const CARTON_COLUMN: Record<string, ColumnKey> = {
  units: 'carton_units',
  lengthCm: 'carton_length_cm',
  widthCm: 'carton_width_cm',
  heightCm: 'carton_height_cm',
  grossKg: 'carton_gross_kg',
};
/** What a text column must look like, by the schema field whose pattern it failed. */
const FORMAT_OF: Record<string, string> = { sku: 'sku', hsCode: 'hs_code', images: 'url', titles: 'language_tag', categoryCode: 'category_code' };

/** Where a schema issue points in the sheet. Entry i of priceTiers came from sheet tier tiers[i] (qty_k/price_k; tier 1's quantity may be the MOQ). */
export function columnOf(path: readonly PropertyKey[], tiers: TierColumns, qty1Blank: boolean): string {
  const [head, a, b] = path;
  if (head === 'priceTiers' && typeof a === 'number') {
    const k = tiers[a] ?? a + 1;
    if (b === 'minQty') return k === 1 && qty1Blank ? 'moq' : `qty_${k}`;
    return b === 'unitPrice' ? `price_${k}` : 'price_1';
  }
  if (head === 'priceTiers') return 'price_1';
  if (head === 'carton' && typeof a === 'string') return CARTON_COLUMN[a] ?? 'carton_units';
  return FIELD_COLUMN[String(head)] ?? String(head ?? '');
}

export interface ZodIssueLike {
  code: string;
  path: readonly PropertyKey[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: readonly unknown[];
  params?: Record<string, unknown>;
}

/** A schema issue → a stable code and its parameters (never the validator's English text). */
export function issueProblem(issue: ZodIssueLike, value: string): { code: string; params: ProblemParams } {
  const v: ProblemParams = value.trim() === '' ? {} : { value: shown(value.trim()) };
  const field = String(issue.path[0] ?? '');
  switch (issue.code) {
    case 'custom': {
      const { problem, ...rest } = (issue.params ?? {}) as { problem?: string } & Record<string, unknown>;
      const params: ProblemParams = { ...v };
      for (const [k, x] of Object.entries(rest)) if (typeof x === 'string' || typeof x === 'number') params[k] = x;
      return { code: problem ?? 'INVALID', params };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return value.trim() === '' ? { code: 'REQUIRED', params: {} } : { code: 'TOO_SHORT', params: { min } };
      if (issue.origin === 'array') return { code: 'REQUIRED', params: {} };
      return { code: min <= 0 ? 'NOT_POSITIVE' : 'TOO_SMALL', params: { ...v, min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'TOO_LONG', params: { max } };
      if (issue.origin === 'array') return { code: 'TOO_MANY', params: { max } };
      return { code: 'TOO_BIG', params: { ...v, max } };
    }
    case 'invalid_format':
      return { code: 'BAD_FORMAT', params: { ...v, expected: FORMAT_OF[field] ?? 'text' } };
    case 'invalid_value':
      return { code: 'INVALID_OPTION', params: { ...v, options: (issue.values ?? []).map(String).join(', ') } };
    case 'invalid_key':
      return { code: 'BAD_FORMAT', params: { ...v, expected: FORMAT_OF[field] ?? 'text' } };
    default:
      return { code: 'INVALID', params: v };
  }
}

/** Resolve a category cell: a code ("010401"), a name (Chinese or English) or the template's "010401 发夹". */
export function categoryResolver(cats: readonly { code: string; name_zh: string; name_en: string }[]): (text: string) => string | undefined {
  const byText = new Map<string, string>();
  for (const c of cats) for (const k of [c.code, c.name_zh, c.name_en.toLowerCase()]) byText.set(k, c.code);
  const codes = new Set(cats.map((c) => c.code));
  return (t) => {
    const hit = byText.get(t) ?? byText.get(t.toLowerCase());
    if (hit) return hit;
    const m = /^(\d{2,10})[\s·|:：-]+\S/.exec(t);
    return m && codes.has(m[1]!) ? m[1] : undefined;
  };
}
