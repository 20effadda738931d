import { exponentOf, formatDecimal, isCurrency, parseDecimal } from '../../core/money.ts';
import { parseUnit } from '../../core/units.ts';
import type { Product } from './products.ts';
import { decodeList, decodePairs, encodeList, encodePairs } from './cell-codecs.ts';
import type { SheetColumn } from '../../core/spreadsheet/sheet-table.ts';
import { shown, type RowProblems } from './sheet-problems.ts';

/** The languages a sheet's headers (and the template's instructions) come in. */
export type SheetLang = 'zh' | 'en';
/** How a column's cells are written to xlsx: text stays text, the others are numbers. */
export type CellKind = 'text' | 'int' | 'decimal' | 'price';

/**
 * The spreadsheet layout merchants fill in (one product a row, header in row 1).
 * A header may name a column by its key, its Chinese or its English label
 * (compared case-, space- and underscore-insensitively).
 * Prices are written as decimals in major units ("12.50" yuan) — that is how
 * merchants write them; they are stored as integer minor units.
 * Up to ten price tiers (as many as the product model allows): price_1 applies
 * from qty_1 (blank: from the MOQ), qty_k/price_k from qty_k.
 */
export const COLUMNS = [
  { key: 'sku', zh: '货号', en: 'SKU', kind: 'text', required: true },
  { key: 'category', zh: '类目', en: 'Category', kind: 'text', required: true },
  { key: 'title_zh', zh: '中文标题', en: 'Title (Chinese)', kind: 'text' },
  { key: 'title_en', zh: '英文标题', en: 'Title (English)', kind: 'text' },
  { key: 'description_zh', zh: '中文描述', en: 'Description (Chinese)', kind: 'text' },
  { key: 'description_en', zh: '英文描述', en: 'Description (English)', kind: 'text' },
  { key: 'unit', zh: '单位', en: 'Unit', kind: 'text', required: true },
  { key: 'moq', zh: '起订量', en: 'MOQ', kind: 'int', required: true },
  { key: 'currency', zh: '币种', en: 'Currency', kind: 'text' },
  { key: 'qty_1', zh: '数量1', en: 'Qty 1', kind: 'int' },
  { key: 'price_1', zh: '价格1', en: 'Price 1', kind: 'price', required: true },
  { key: 'qty_2', zh: '数量2', en: 'Qty 2', kind: 'int' },
  { key: 'price_2', zh: '价格2', en: 'Price 2', kind: 'price' },
  { key: 'qty_3', zh: '数量3', en: 'Qty 3', kind: 'int' },
  { key: 'price_3', zh: '价格3', en: 'Price 3', kind: 'price' },
  { key: 'qty_4', zh: '数量4', en: 'Qty 4', kind: 'int' },
  { key: 'price_4', zh: '价格4', en: 'Price 4', kind: 'price' },
  { key: 'qty_5', zh: '数量5', en: 'Qty 5', kind: 'int' },
  { key: 'price_5', zh: '价格5', en: 'Price 5', kind: 'price' },
  { key: 'qty_6', zh: '数量6', en: 'Qty 6', kind: 'int' },
  { key: 'price_6', zh: '价格6', en: 'Price 6', kind: 'price' },
  { key: 'qty_7', zh: '数量7', en: 'Qty 7', kind: 'int' },
  { key: 'price_7', zh: '价格7', en: 'Price 7', kind: 'price' },
  { key: 'qty_8', zh: '数量8', en: 'Qty 8', kind: 'int' },
  { key: 'price_8', zh: '价格8', en: 'Price 8', kind: 'price' },
  { key: 'qty_9', zh: '数量9', en: 'Qty 9', kind: 'int' },
  { key: 'price_9', zh: '价格9', en: 'Price 9', kind: 'price' },
  { key: 'qty_10', zh: '数量10', en: 'Qty 10', kind: 'int' },
  { key: 'price_10', zh: '价格10', en: 'Price 10', kind: 'price' },
  { key: 'stock', zh: '库存', en: 'Stock', kind: 'int' },
  { key: 'hs_code', zh: 'HS编码', en: 'HS code', kind: 'text', required: true },
  { key: 'carton_units', zh: '每箱数量', en: 'Units per carton', kind: 'int', required: true },
  { key: 'carton_length_cm', zh: '箱长cm', en: 'Carton length cm', kind: 'decimal', required: true },
  { key: 'carton_width_cm', zh: '箱宽cm', en: 'Carton width cm', kind: 'decimal', required: true },
  { key: 'carton_height_cm', zh: '箱高cm', en: 'Carton height cm', kind: 'decimal', required: true },
  { key: 'carton_gross_kg', zh: '箱毛重kg', en: 'Carton gross weight kg', kind: 'decimal', required: true },
  { key: 'attributes', zh: '属性', en: 'Attributes', kind: 'text' },
  { key: 'titles', zh: '其他语言标题', en: 'Titles in other languages', kind: 'text' },
  { key: 'images', zh: '图片', en: 'Images', kind: 'text' },
  { key: 'status', zh: '状态', en: 'Status', kind: 'text' },
] as const satisfies readonly { key: string; zh: string; en: string; kind: CellKind; required?: boolean }[];
/** The price tiers a sheet carries: 1..MAX_TIERS (the product model's limit). */
export const MAX_TIERS = 10;
type TierNo = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;
const TIER_NOS: readonly TierNo[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
export type ColumnKey = (typeof COLUMNS)[number]['key'];

/** The columns as the sheet reader (src/core/spreadsheet/sheet-table.ts) takes them: the key, the Chinese or the English label. */
export const SHEET_COLUMNS: readonly SheetColumn<ColumnKey>[] = COLUMNS.map((c) => ({
  key: c.key,
  aliases: [c.zh, c.en],
  label: c.zh,
  required: 'required' in c && c.required,
}));

const BY_KEY = new Map<string, (typeof COLUMNS)[number]>(COLUMNS.map((c) => [c.key, c]));
/** A column's header in a language (the key itself for an unknown key). */
export const columnLabel = (key: string, lang: SheetLang): string => BY_KEY.get(key)?.[lang] ?? key;
export const isRequiredColumn = (key: string): boolean => {
  const c = BY_KEY.get(key);
  return c !== undefined && 'required' in c && c.required === true;
};

const intOf = (s: string) => (/^\s*\d{1,12}\s*$/.test(s) ? Number(s) : NaN);
const numOf = (s: string) => (/^\s*\d{1,7}(\.\d{1,3})?\s*$/.test(s) ? Number(s) : NaN);

/**
 * Which sheet tier (1-based k of qty_k/price_k) each entry of the candidate's priceTiers came from;
 * `unread`: the entries holding a stand-in because a cell could not be read.
 */
export type TierColumns = readonly number[];

/**
 * One spreadsheet row → a ProductInput candidate (still to be validated by the
 * zod schema); problems with the cells go to `problems` (the candidate is built
 * from what could be read, so the schema can still find the row's other problems).
 * `categoryCode` resolves codes and names.
 */
export function rowToInput(
  cells: (key: ColumnKey) => string,
  problems: RowProblems,
  categoryCode: (text: string) => string | undefined,
): { input: Record<string, unknown>; tiers: TierColumns; unread: ReadonlySet<number> } {
  const err = problems.add.bind(problems);
  for (const c of COLUMNS) if (cells(c.key).includes('\u0000')) err(c.key, 'BAD_TEXT', { char: 'U+0000' });
  const int = (key: ColumnKey, required: boolean) => {
    const s = cells(key).trim();
    if (s === '') {
      if (required) err(key, 'REQUIRED');
      return undefined;
    }
    const v = intOf(s);
    if (Number.isNaN(v)) err(key, 'NOT_WHOLE_NUMBER', { value: shown(s) });
    return Number.isNaN(v) ? undefined : v;
  };
  const num = (key: ColumnKey) => {
    const s = cells(key).trim();
    if (s === '') {
      err(key, 'REQUIRED');
      return undefined;
    }
    const v = numOf(s);
    if (Number.isNaN(v)) err(key, /^\s*-/.test(s) || Number(s) === 0 ? 'NOT_POSITIVE' : 'NOT_NUMBER', { value: shown(s) });
    else if (v <= 0) err(key, 'NOT_POSITIVE', { value: shown(s) });
    return Number.isNaN(v) || v <= 0 ? undefined : v;
  };
  const currencyText = (cells('currency').trim() || 'CNY').toUpperCase();
  const currencyOk = isCurrency(currencyText);
  if (!currencyOk) err('currency', 'UNKNOWN_CURRENCY', { value: shown(currencyText) });
  const currency = currencyOk ? currencyText : 'CNY';
  const decimals = exponentOf(currency);
  const price = (key: ColumnKey) => {
    const s = cells(key).trim();
    if (s === '') {
      err(key, 'REQUIRED');
      return undefined;
    }
    try {
      const v = parseDecimal(s, currency);
      if (v <= 0) {
        err(key, 'NOT_POSITIVE', { value: shown(s), currency, decimals });
        return undefined;
      }
      return v;
    } catch {
      const tooPrecise = /^\s*\d{1,15}[.,]\d+\s*$/.test(s);
      err(key, tooPrecise ? 'TOO_MANY_DECIMALS' : /^\s*-\d/.test(s) ? 'NOT_POSITIVE' : 'NOT_PRICE', { value: shown(s), currency, decimals });
      return undefined;
    }
  };
  const catText = cells('category').trim();
  const code = catText === '' ? undefined : categoryCode(catText);
  if (catText === '') err('category', 'REQUIRED');
  else if (!code) err('category', 'UNKNOWN_CATEGORY', { value: shown(catText) });
  const unitText = cells('unit').trim();
  const unit = unitText === '' ? undefined : parseUnit(unitText)?.key;
  if (unitText === '') err('unit', 'REQUIRED');
  else if (!unit) err('unit', 'UNKNOWN_UNIT', { value: shown(unitText) });
  const moq = int('moq', true);
  const tiers: { minQty: number | undefined; unitPrice: number | undefined }[] = [];
  const tierColumns: number[] = [];
  const q1 = cells('qty_1').trim() === '' ? moq : int('qty_1', true);
  tiers.push({ minQty: q1, unitPrice: price('price_1') });
  tierColumns.push(1);
  for (const k of TIER_NOS.slice(1)) {
    const q = cells(`qty_${k}`).trim();
    const p = cells(`price_${k}`).trim();
    if (q === '' && p === '') continue;
    if (q === '' || p === '') {
      const missing = q === '' ? `qty_${k}` : `price_${k}`;
      err(missing, 'TIER_INCOMPLETE', { tier: k, missing });
      continue;
    }
    tiers.push({ minQty: int(`qty_${k}`, true), unitPrice: price(`price_${k}`) });
    tierColumns.push(k);
  }
  const pairs = (key: 'attributes' | 'titles') => {
    const r = decodePairs(cells(key));
    if ('error' in r) err(key, 'BAD_PAIRS', { value: shown(cells(key).trim()) });
    return 'value' in r ? r.value : {};
  };
  const attributes = pairs('attributes');
  const titles = pairs('titles');
  const imageList = decodeList(cells('images'));
  if ('error' in imageList) err('images', 'BAD_LIST', { value: shown(cells('images').trim()) });
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
    unit: unit ?? 'pcs',
    moq: moq ?? 1,
    currency,
    // a tier that could not be read stays in place (so later tiers keep their columns) with placeholder values
    priceTiers: tiers.map((t) => ({ minQty: t.minQty ?? 1, unitPrice: t.unitPrice ?? 1 })),
    stock: int('stock', false) ?? 0,
    hsCode: cells('hs_code').trim().replace(/[.\s]/g, ''),
    carton: {
      units: int('carton_units', true) ?? 1,
      lengthCm: num('carton_length_cm') ?? 1,
      widthCm: num('carton_width_cm') ?? 1,
      heightCm: num('carton_height_cm') ?? 1,
      grossKg: num('carton_gross_kg') ?? 1,
    },
    images,
    status: (opt('status') ?? 'active').toLowerCase(),
  };
  const unread = new Set<number>();
  tiers.forEach((t, i) => {
    if (t.minQty === undefined || t.unitPrice === undefined) unread.add(i);
  });
  return { input, tiers: tierColumns, unread };
}

/**
 * A product → the spreadsheet cells as text, in COLUMNS order (round-trips through import:
 * every tier, every text). `images`: the image column's references (default: the product's URLs).
 */
export function productToCells(p: Product, images: readonly string[] = p.images): string[] {
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
    encodeList(images),
    p.status,
  ];
}
