/**
 * Rates from a spreadsheet (CSV or xlsx), one rate a row: every row is checked
 * first and every bad row reported (row number as in the sheet); only a clean
 * sheet is written, all rows in one transaction. Operators only.
 *
 * Columns (header row, any order; English or Chinese names):
 *   date 日期 (YYYY-MM-DD) · currency 币种 · rate 汇率 (CNY per unit, e.g.
 *   7.1034) · per 单位 (optional: 1, 10, 100, 1000 or 10000 units, as PBOC
 *   quotes JPY per 100) · source 来源 (optional; default the file's name or "import")
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';
import { isCurrency } from '../../core/money.ts';
import { readSheet, type SheetFormat } from '../../core/spreadsheet/read-sheet.ts';
import { checkSheetSize, sheetRejected, sheetTable, type SheetColumn } from '../../core/spreadsheet/sheet-table.ts';
import { parseRate, REFERENCE_CURRENCY } from './rate-math.ts';
import { IsoDate, latestRateDate, writeRates, type RateRow } from './rates.ts';

const COLUMNS = {
  date: ['date', '日期', 'rate_date'],
  currency: ['currency', '币种', '货币'],
  rate: ['rate', '汇率', '中间价'],
  per: ['per', '单位', 'unit'],
  source: ['source', '来源'],
} as const;
type Col = keyof typeof COLUMNS;
const REQUIRED: Col[] = ['date', 'currency', 'rate'];
const SHEET_COLUMNS: SheetColumn<Col>[] = (Object.keys(COLUMNS) as Col[]).map((key) => ({
  key,
  aliases: COLUMNS[key],
  label: COLUMNS[key].find((n) => /[^\x20-\x7e]/.test(n)),
  required: REQUIRED.includes(key),
}));

/** Most rate rows one import may hold (a year of daily rates for 100 currencies fits). */
export const MAX_RATE_ROWS = 50_000;

export interface RatesImportReport {
  rows: number;
  currencies: string[];
  from: string;
  to: string;
}

/**
 * Import rates from a sheet (operator). Throws FORBIDDEN, BAD_SPREADSHEET,
 * SHEET_TOO_LARGE, and IMPORT_REJECTED listing every bad row (nothing written).
 * @example
 * ```ts
 * await importRates(db, operator, await readFile('rates.csv'), 'csv', { fileName: 'rates.csv' });
 * ```
 */
export async function importRates(
  db: Kysely<DB>,
  actor: Actor,
  data: Buffer,
  format: SheetFormat,
  opts: { fileName?: string; onProgress?: (done: number, total: number) => void } = {},
): Promise<RatesImportReport> {
  requireRole(actor, 'operator');
  const sheet = await readSheet(data, format);
  checkSheetSize(sheet, MAX_RATE_ROWS, { rows: 'rate rows', per: 'import' });
  const table = sheetTable(sheet, SHEET_COLUMNS, { unknown: 'ignore' });
  const errors = table.errors;
  if (errors.length) throw sheetRejected(errors, 'no rate was imported', 'import the file again');
  const latest = latestRateDate();
  const defaultSource = (opts.fileName ?? 'import').slice(0, 100) || 'import';
  const rows: RateRow[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows()) {
    const get = (c: Col) => row.get(c).trim();
    const date = get('date');
    const dateOk = IsoDate.safeParse(date).success;
    if (!dateOk) row.err('date', `"${date}" is not a date (YYYY-MM-DD)`);
    else if (date > latest) row.err('date', `${date} is in the future`);
    const currency = get('currency').toUpperCase();
    const currencyOk = isCurrency(currency) && currency !== REFERENCE_CURRENCY;
    if (!currencyOk)
      row.err(
        'currency',
        currency === REFERENCE_CURRENCY ? 'CNY is the reference currency; its rate is always 1' : `"${currency}" is not an ISO 4217 currency code`,
      );
    const perText = get('per') || '1';
    const perOk = /^(1|10|100|1000|10000)$/.test(perText);
    if (!perOk) row.err('per', `"${perText}" is not 1, 10, 100, 1000 or 10000`);
    let rateE10: bigint | undefined;
    try {
      rateE10 = parseRate(get('rate'), perOk ? Number(perText) : 1);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      row.err('rate', e.message);
    }
    const source = get('source') || defaultSource;
    if (source.length > 100) row.err('source', 'at most 100 characters');
    if (dateOk && currencyOk) {
      const key = `${currency} ${date}`;
      const first = seen.get(key);
      if (first !== undefined) row.err('date', `${currency} on ${date} is already in row ${first}`);
      else seen.set(key, row.rowNo);
    }
    if (rateE10 !== undefined && dateOk && currencyOk) rows.push({ currency, date, rateE10, source });
  }
  if (errors.length) throw sheetRejected(errors, 'no rate was imported', 'import the file again');
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < rows.length; i += 5000) {
      await writeRates(tx, actor, rows.slice(i, i + 5000));
      opts.onProgress?.(Math.min(i + 5000, rows.length), rows.length);
    }
  });
  const dates = rows.map((r) => r.date).sort();
  return { rows: rows.length, currencies: [...new Set(rows.map((r) => r.currency))].sort(), from: dates[0] ?? '', to: dates.at(-1) ?? '' };
}
