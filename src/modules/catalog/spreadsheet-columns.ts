import { formatDecimal, parseDecimal } from '../../core/money.ts';
import { UNITS, type ProductInput } from './product-input.ts';
import type { Product } from './products.ts';
import { decodeList, decodePairs, encodeList, encodePairs } from './cell-codecs.ts';
import type { SheetColumn, SheetError } from '../../core/spreadsheet/sheet-table.ts';

/**
 * The spreadsheet layout merchants fill in (one product a row, header in row 1).
 * Prices are written as decimals in major units ("12.50" yuan) — that is how
 * merchants write them; they are stored as integer minor units.
 * Up to ten price tiers (as many as the product model allows): price_1 applies
 * from qty_1 (blank: from the MOQ), qty_k/price_k from qty_k.
 */
export const COLUMNS = [
  { key: 'sku', zh: '货号', required: true },
  { key: 'category', zh: '类目', required: true },
  { key: 'title_zh', zh: '中文标题' },
  { key: 'title_en', zh: '英文标题' },
  { key: 'description_zh', zh: '中文描述' },
  { key: 'description_en', zh: '英文描述' },
  { key: 'unit', zh: '单位', required: true },
  { key: 'moq', zh: '起订量', required: true },
  { key: 'currency', zh: '币种' },
  { key: 'qty_1', zh: '数量1' },
  { key: 'price_1', zh: '价格1', required: true },
  { key: 'qty_2', zh: '数量2' },
  { key: 'price_2', zh: '价格2' },
  { key: 'qty_3', zh: '数量3' },
  { key: 'price_3', zh: '价格3' },
  { key: 'qty_4', zh: '数量4' },
  { key: 'price_4', zh: '价格4' },
  { key: 'qty_5', zh: '数量5' },
  { key: 'price_5', zh: '价格5' },
  { key: 'qty_6', zh: '数量6' },
  { key: 'price_6', zh: '价格6' },
  { key: 'qty_7', zh: '数量7' },
  { key: 'price_7', zh: '价格7' },
  { key: 'qty_8', zh: '数量8' },
  { key: 'price_8', zh: '价格8' },
  { key: 'qty_9', zh: '数量9' },
  { key: 'price_9', zh: '价格9' },
  { key: 'qty_10', zh: '数量10' },
  { key: 'price_10', zh: '价格10' },
  { key: 'stock', zh: '库存' },
  { key: 'hs_code', zh: 'HS编码', required: true },
  { key: 'carton_units', zh: '每箱数量', required: true },
  { key: 'carton_length_cm', zh: '箱长cm', required: true },
  { key: 'carton_width_cm', zh: '箱宽cm', required: true },
  { key: 'carton_height_cm', zh: '箱高cm', required: true },
  { key: 'carton_gross_kg', zh: '箱毛重kg', required: true },
  { key: 'attributes', zh: '属性' },
  { key: 'titles', zh: '其他语言标题' },
  { key: 'images', zh: '图片' },
  { key: 'status', zh: '状态' },
] as const;
/** The price tiers a sheet carries: 1..MAX_TIERS (the product model's limit). */
export const MAX_TIERS = 10;
type TierNo = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;
const TIER_NOS: readonly TierNo[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
export type ColumnKey = (typeof COLUMNS)[number]['key'];

export type CellError = SheetError;

/** The columns as the sheet reader (src/core/spreadsheet/sheet-table.ts) takes them: English keys or the Chinese labels. */
export const SHEET_COLUMNS: readonly SheetColumn<ColumnKey>[] = COLUMNS.map((c) => ({
  key: c.key,
  aliases: [c.zh],
  label: c.zh,
  required: 'required' in c && c.required,
}));

const intOf = (s: string) => (/^\s*\d{1,12}\s*$/.test(s) ? Number(s) : NaN);
const numOf = (s: string) => (/^\s*\d{1,7}(\.\d{1,3})?\s*$/.test(s) ? Number(s) : NaN);

/**
 * One spreadsheet row → a ProductInput candidate (still to be validated by the
 * zod schema), or cell errors. `categoryCode` resolves codes and names.
 */
export function rowToInput(
  cells: (key: ColumnKey) => string,
  rowNo: number,
  categoryCode: (text: string) => string | undefined,
): { input?: unknown; errors: CellError[] } {
  const errors: CellError[] = [];
  const err = (column: string, reason: string) => errors.push({ row: rowNo, column, reason });
  for (const c of COLUMNS) if (cells(c.key).includes('\u0000')) err(c.key, 'contains a NUL character (U+0000); remove it and save the sheet again');
  if (errors.length) return { errors };
  const int = (key: ColumnKey, required: boolean) => {
    const s = cells(key).trim();
    if (s === '') {
      if (required) err(key, 'is empty');
      return undefined;
    }
    const v = intOf(s);
    if (Number.isNaN(v)) err(key, `"${s.slice(0, 30)}" is not a whole number ≥ 0`);
    return Number.isNaN(v) ? undefined : v;
  };
  const num = (key: ColumnKey) => {
    const s = cells(key).trim();
    if (s === '') {
      err(key, 'is empty');
      return undefined;
    }
    const v = numOf(s);
    if (Number.isNaN(v) || v <= 0) err(key, `"${s.slice(0, 30)}" is not a positive number`);
    return Number.isNaN(v) ? undefined : v;
  };
  const currency = (cells('currency').trim() || 'CNY').toUpperCase();
  const price = (key: ColumnKey) => {
    const s = cells(key).trim();
    try {
      const v = parseDecimal(s, currency);
      if (v <= 0) err(key, 'a price must be positive');
      return v;
    } catch (e) {
      err(key, e instanceof RangeError ? e.message : `"${s.slice(0, 30)}" is not a price`);
      return undefined;
    }
  };
  const catText = cells('category').trim();
  const code = categoryCode(catText);
  if (!code) err('category', `"${catText.slice(0, 40)}" is not a category code or name`);
  const unit = cells('unit').trim().toLowerCase();
  if (!(UNITS as readonly string[]).includes(unit)) err('unit', `"${unit.slice(0, 20)}" is not one of ${UNITS.join(', ')}`);
  const moq = int('moq', true);
  const tiers: { minQty: number; unitPrice: number }[] = [];
  const q1 = cells('qty_1').trim() === '' ? moq : int('qty_1', true);
  const p1 = price('price_1');
  if (q1 !== undefined && p1 !== undefined) tiers.push({ minQty: q1, unitPrice: p1 });
  for (const k of TIER_NOS.slice(1)) {
    const q = cells(`qty_${k}`).trim();
    const p = cells(`price_${k}`).trim();
    if (q === '' && p === '') continue;
    if (q === '' || p === '') {
      err(q === '' ? `qty_${k}` : `price_${k}`, `tier ${k} needs both qty_${k} and price_${k}`);
      continue;
    }
    const qv = int(`qty_${k}`, true);
    const pv = price(`price_${k}`);
    if (qv !== undefined && pv !== undefined) tiers.push({ minQty: qv, unitPrice: pv });
  }
  const pairs = (key: 'attributes' | 'titles') => {
    const r = decodePairs(cells(key));
    if ('error' in r) err(key, r.error);
    return 'value' in r ? r.value : {};
  };
  const attributes = pairs('attributes');
  const titles = pairs('titles');
  const imageList = decodeList(cells('images'));
  if ('error' in imageList) err('images', imageList.error);
  const images = 'value' in imageList ? imageList.value : [];
  const opt = (key: ColumnKey) => (cells(key).trim() === '' ? undefined : cells(key).trim());
  // Descriptions keep their spaces and line breaks as written (a blank cell is no description).
  const raw = (key: ColumnKey) => (cells(key).trim() === '' ? undefined : cells(key));
  const input = {
    sku: cells('sku').trim(),
    categoryCode: code ?? '00',
    ...(opt('title_zh') ? { titleZh: opt('title_zh') } : {}),
    ...(opt('title_en') ? { titleEn: opt('title_en') } : {}),
    ...(raw('description_zh') ? { descriptionZh: raw('description_zh') } : {}),
    ...(raw('description_en') ? { descriptionEn: raw('description_en') } : {}),
    ...(Object.keys(titles).length ? { titles } : {}),
    attributes,
    unit,
    moq,
    currency,
    priceTiers: tiers,
    stock: int('stock', false) ?? 0,
    hsCode: cells('hs_code').trim().replace(/[.\s]/g, ''),
    carton: {
      units: int('carton_units', true),
      lengthCm: num('carton_length_cm'),
      widthCm: num('carton_width_cm'),
      heightCm: num('carton_height_cm'),
      grossKg: num('carton_gross_kg'),
    },
    images,
    status: (opt('status') ?? 'active').toLowerCase(),
  } satisfies Partial<Record<keyof ProductInput, unknown>>;
  return errors.length ? { errors } : { input, errors };
}

/** A product → the spreadsheet cells, in COLUMNS order (round-trips through import: every tier, every text). */
export function productToCells(p: Product): string[] {
  const cur = p.currency;
  const t = p.priceTiers;
  const tier = (k: number) => (t[k - 1] ? [String(t[k - 1]!.minQty), formatDecimal(t[k - 1]!.unitPrice, cur)] : ['', '']);
  const first = t[0];
  return [
    p.sku,
    p.category.code,
    p.titleZh ?? '',
    p.titleEn ?? '',
    p.descriptionZh ?? '',
    p.descriptionEn ?? '',
    p.unit,
    String(p.moq),
    cur,
    first && first.minQty !== p.moq ? String(first.minQty) : '',
    first ? formatDecimal(first.unitPrice, cur) : '',
    ...TIER_NOS.slice(1).flatMap(tier),
    String(p.stock),
    p.hsCode,
    String(p.carton.units),
    String(p.carton.lengthCm),
    String(p.carton.widthCm),
    String(p.carton.heightCm),
    String(p.carton.grossKg),
    encodePairs(p.attributes),
    Object.keys(p.titles).length ? encodePairs(p.titles) : '',
    encodeList(p.images),
    p.status,
  ];
}
