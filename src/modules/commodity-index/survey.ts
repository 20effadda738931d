/**
 * Collectors' price surveys: a CSV or xlsx sheet, one observation a row.
 * Every row is checked first and every bad row is reported (row number as in
 * the sheet, column, reason); only a clean sheet is written, in one
 * transaction (all rows or none). Only the market operator uploads.
 *
 * Columns (header row, any order; English or Chinese names):
 *   product_id 商品ID · price_type 价格类型 (in-market 市场价, online 网上价,
 *   order 订单价, export 出口价) · date 日期 (YYYY-MM-DD) · price 价格 (major
 *   units, e.g. 12.50) · currency 币种 (default CNY) · quantity 数量 · value 金额
 */
import type { Kysely } from 'kysely';
import type { DB, IndexPriceType } from '../../core/db/schema.ts';
import { AppError } from '../../core/errors.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { productRefsByIds, readSheet, type SheetFormat } from '../catalog/index.ts';
import { checkSheetSize, sheetRejected, sheetTable, type SheetColumn, type SheetError } from '../../core/spreadsheet/sheet-table.ts';
import { recordObservations, type ObservationInput } from './observations.ts';
import { collectionDateOf } from './calendar.ts';

/**
 * Survey sheet columns and the header names (English and Chinese) each accepts.
 */
export const SURVEY_COLUMNS = {
  product_id: ['product_id', 'product', '商品id', '商品编号'],
  price_type: ['price_type', 'type', '价格类型'],
  date: ['date', '日期', '采集日期'],
  price: ['price', '价格', '单价'],
  currency: ['currency', '币种'],
  quantity: ['quantity', 'qty', '数量'],
  value: ['value', '金额'],
} as const;
type Col = keyof typeof SURVEY_COLUMNS;
const REQUIRED: Col[] = ['product_id', 'price_type', 'date', 'price'];
const SHEET_COLUMNS: SheetColumn<Col>[] = (Object.keys(SURVEY_COLUMNS) as Col[]).map((key) => ({
  key,
  aliases: SURVEY_COLUMNS[key],
  label: SURVEY_COLUMNS[key].find((name) => /[^\x20-\x7e]/.test(name)),
  required: REQUIRED.includes(key),
}));
const PRICE_TYPE_NAMES: Record<string, IndexPriceType> = {
  'in-market': 'in-market',
  市场价: 'in-market',
  online: 'online',
  网上价: 'online',
  order: 'order',
  订单价: 'order',
  export: 'export',
  出口价: 'export',
};
/**
 * Most observation rows one survey upload may hold.
 */
export const MAX_SURVEY_ROWS = 200_000;
export type SurveyError = SheetError;
export interface SurveyReport {
  batchId: number;
  rows: number;
  items: number;
}

const DECIMALS: Record<string, number> = { JPY: 0, KRW: 0 };

/** "12.5" in CNY → 1250 minor units; undefined when not a plain positive decimal with at most the currency's decimals. */
function toMinor(text: string, currency: string): number | undefined {
  const exp = DECIMALS[currency] ?? 2;
  const m = /^(\d{1,13})(?:\.(\d+))?$/.exec(text.replace(/[,\s¥$]/g, ''));
  if (!m) return undefined;
  const frac = m[2] ?? '';
  if (frac.length > exp && !/^0*$/.test(frac.slice(exp))) return undefined;
  return Number(m[1]) * 10 ** exp + Number((frac + '0'.repeat(exp)).slice(0, exp) || '0');
}

const reject = (errors: SurveyError[]): AppError => sheetRejected(errors, 'nothing was recorded', 'upload the survey again');

/**
 * Record a price survey from a spreadsheet (CSV or xlsx, columns as
 * `SURVEY_COLUMNS`) as one batch of observations: every row is checked first and
 * every bad row reported; only a clean sheet is recorded, all rows or none.
 * Operators only. Throws `UNAUTHENTICATED` / `FORBIDDEN`, `BAD_SPREADSHEET` (an
 * unreadable file), `SHEET_TOO_LARGE` (over `MAX_SURVEY_ROWS` rows or the sheet
 * limits) and `IMPORT_REJECTED` (details: the row errors).
 * @example
 * ```ts
 * const report = await uploadSurvey(db, actor, await readFile('survey.xlsx'), 'xlsx', { fileName: 'survey.xlsx' });
 * console.log(report.batchId, report.rows);
 * ```
 */
export async function uploadSurvey(
  db: Kysely<DB>,
  actor: Actor,
  data: Buffer,
  format: SheetFormat,
  opts: { fileName?: string; today?: string } = {},
): Promise<SurveyReport> {
  requireRole(actor, 'operator');
  const rows = await readSheet(data, format);
  checkSheetSize(rows, MAX_SURVEY_ROWS, { rows: 'observation rows', per: 'upload' });
  const table = sheetTable(rows, SHEET_COLUMNS, { unknown: 'ignore' });
  const errors = table.errors;
  if (errors.length) throw reject(errors);

  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const parsed: {
    rowNo: number;
    productId: number;
    priceType: IndexPriceType;
    date: string;
    price: number;
    currency: string;
    quantity: number | null;
    value: number | null;
  }[] = [];
  for (const row of table.rows()) {
    const { rowNo, err } = row;
    const get = (c: Col) => row.get(c).trim();
    const before = errors.length;
    const pid = get('product_id');
    if (!/^\d{1,15}$/.test(pid) || Number(pid) === 0) err('product_id', `"${pid}" is not a product id`);
    const ptText = get('price_type');
    const priceType = PRICE_TYPE_NAMES[ptText.toLowerCase()] ?? PRICE_TYPE_NAMES[ptText];
    if (!priceType) err('price_type', `"${ptText}" is not a price type (in-market, online, order, export / 市场价, 网上价, 订单价, 出口价)`);
    const date = get('date');
    let dateOk =
      /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;
    if (!dateOk) err('date', `"${date}" is not a date (YYYY-MM-DD)`);
    else if (date > today) {
      err('date', `${date} is in the future`);
      dateOk = false;
    }
    const currency = (get('currency') || 'CNY').toUpperCase();
    if (!/^[A-Z]{3}$/.test(currency)) err('currency', `"${currency}" is not an ISO 4217 currency code`);
    const priceText = get('price');
    const price = toMinor(priceText, currency);
    if (price === undefined || price <= 0) err('price', `"${priceText}" is not a price > 0 (a number such as 12.50)`);
    const qText = get('quantity');
    const quantity = qText === '' ? null : /^\d{1,15}$/.test(qText) ? Number(qText) : undefined;
    if (quantity === undefined) err('quantity', `"${qText}" is not a whole number ≥ 0`);
    const vText = get('value');
    const value = vText === '' ? null : toMinor(vText, currency);
    if (value === undefined) err('value', `"${vText}" is not an amount ≥ 0`);
    if (errors.length === before && dateOk) {
      parsed.push({ rowNo, productId: Number(pid), priceType: priceType!, date, price: price!, currency, quantity: quantity ?? null, value: value ?? null });
    }
  }

  const productIds = [...new Set(parsed.map((p) => p.productId))];
  const products = await productRefsByIds(db, productIds);
  const inputs: ObservationInput[] = [];
  for (const p of parsed) {
    const prod = products.get(p.productId);
    if (!prod) {
      errors.push({ row: p.rowNo, column: 'product_id', reason: `product ${p.productId} does not exist` });
      continue;
    }
    inputs.push({
      productId: p.productId,
      merchantId: prod.merchant_id,
      categoryId: prod.category_id,
      date: p.date,
      priceType: p.priceType,
      price: p.price,
      currency: p.currency,
      quantity: p.quantity,
      value: p.value,
      source: 'survey',
    });
  }
  if (errors.length) throw reject(errors.sort((a, b) => a.row - b.row));
  if (inputs.length === 0) throw new AppError('BAD_SPREADSHEET', 'the sheet has no observation rows under the header row');

  return db.transaction().execute(async (trx) => {
    const batch = await trx
      .insertInto('index_survey_batches')
      .values({ uploaded_by: actor.userId, file_name: opts.fileName ?? null, rows: inputs.length })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordObservations(trx, inputs, { batchId: batch.id });
    const items = new Set(inputs.map((i) => `${i.productId}|${i.priceType}|${i.currency}`)).size;
    return { batchId: batch.id, rows: inputs.length, items };
  });
}

/** collection day of a survey date (exported for the docs/tests). */
export const surveyCollectionDate = collectionDateOf;
