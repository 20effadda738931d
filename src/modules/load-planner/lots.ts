/**
 * Lots from a table (CSV text or the first sheet of an .xlsx workbook).
 *
 * Columns (header row required, names case-insensitive, any order):
 *   lot           lot id, unique
 *   owner         owner id or label (merchant, declaration)
 *   count         number of cartons (integer ≥ 1)
 *   length_cm, width_cm, height_cm   outer carton size, cm (decimals allowed)
 *   gross_kg      gross weight of ONE carton, kg
 *   this_side_up  yes/no (also y/n, true/false, 1/0); blank = yes. yes: only
 *                 height_cm may be vertical; no: any side may be vertical.
 */
import { AppError } from '../../core/errors.ts';
import { readFile } from 'node:fs/promises';
import { readCsvRecords } from '../../core/csv.ts';
import { readSheet, SHEET_LIMITS } from '../../core/spreadsheet/read-sheet.ts';
import { sheetTable, type SheetColumn } from '../../core/spreadsheet/sheet-table.ts';
import type { LotInput } from './types.ts';

/** A lots table that cannot be read: BAD_SPREADSHEET, the message names the row. */
const lotsError = (message: string): AppError => new AppError('BAD_SPREADSHEET', message);

/**
 * Header of a lots table (CSV or xlsx), in order.
 */
export const LOT_COLUMNS = ['lot', 'owner', 'count', 'length_cm', 'width_cm', 'height_cm', 'gross_kg', 'this_side_up'] as const;
type LotColumn = (typeof LOT_COLUMNS)[number];
const SHEET_COLUMNS: SheetColumn<LotColumn>[] = LOT_COLUMNS.map((key) => ({ key, required: key !== 'this_side_up' }));

/**
 * Split CSV text into rows of cells: the platform's CSV parser (src/core/csv.ts),
 * with the separator taken from the header line (";" when it has semicolons and
 * no comma, as spreadsheets write in decimal-comma locales).
 * @example
 * ```ts
 * parseCsv('lot;owner;count\nA;7;10\n'); // [['lot', 'owner', 'count'], ['A', '7', '10']]
 * ```
 */
export function parseCsv(text: string): string[][] {
  const firstLine = /^[^\r\n]*/.exec(text)![0];
  const separator = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const { records, unterminated } = readCsvRecords(text, { separator });
  if (unterminated) throw lotsError('unterminated quoted field (a " is missing)');
  return records.map((r) => r.fields);
}

function yesNo(v: string, where: string): boolean {
  const s = v.trim().toLowerCase();
  if (s === '' || ['yes', 'y', 'true', '1', '是'].includes(s)) return true;
  if (['no', 'n', 'false', '0', '否'].includes(s)) return false;
  throw lotsError(`${where}: this_side_up must be yes or no, got "${v}"`);
}

/**
 * Lots from table rows; the first row is the header. Errors name the row (1-based, as in a spreadsheet).
 * Throws `BAD_SPREADSHEET` naming the row and column of the first problem, or when there are no lots.
 * @example
 * ```ts
 * const lots = lotsFromRows([[...LOT_COLUMNS], ['A', 'M7', '120', '60', '40', '30', '12.5', 'yes']]);
 * ```
 */
export function lotsFromRows(rows: readonly (readonly string[])[]): LotInput[] {
  if (rows.length === 0) throw lotsError('the table is empty');
  const table = sheetTable(rows, SHEET_COLUMNS, { unknown: 'ignore' });
  if (table.missing.length) throw lotsError(`missing column(s): ${table.missing.join(', ')} (expected ${LOT_COLUMNS.join(',')})`);
  if (table.errors.length) throw lotsError(table.errors[0]!.reason);
  const out: LotInput[] = [];
  const seen = new Set<string>();
  for (const row of table.rows()) {
    const where = `row ${row.rowNo}`;
    const get = (c: LotColumn): string => row.get(c).trim();
    const num = (c: LotColumn, opts: { int?: boolean; min0?: boolean } = {}): number => {
      const s = get(c);
      const v = Number(s.replace(/,/g, '.'));
      if (s === '' || !Number.isFinite(v)) throw lotsError(`${where}: ${c} must be a number, got "${s}"`);
      if (opts.int && !Number.isInteger(v)) throw lotsError(`${where}: ${c} must be a whole number, got "${s}"`);
      if (opts.min0 ? v < 0 : v <= 0) throw lotsError(`${where}: ${c} must be ${opts.min0 ? '≥ 0' : '> 0'}, got "${s}"`);
      return v;
    };
    const id = get('lot');
    if (!id) throw lotsError(`${where}: lot id is empty`);
    if (seen.has(id)) throw lotsError(`${where}: lot "${id}" appears twice`);
    seen.add(id);
    const up = yesNo(get('this_side_up'), where);
    out.push({
      id,
      owner: get('owner') || id,
      count: num('count', { int: true }),
      lengthCm: num('length_cm'),
      widthCm: num('width_cm'),
      heightCm: num('height_cm'),
      grossKg: num('gross_kg', { min0: true }),
      verticalAllowed: up ? [false, false, true] : [true, true, true],
    });
  }
  if (out.length === 0) throw lotsError('no lots in the table');
  return out;
}

/**
 * Lots from CSV text (`parseCsv`, then `lotsFromRows`). Throws `BAD_SPREADSHEET` as `lotsFromRows`.
 * @example
 * ```ts
 * const lots = lotsFromCsv(await readFile('lots.csv', 'utf8'));
 * ```
 */
export function lotsFromCsv(text: string): LotInput[] {
  return lotsFromRows(parseCsv(text));
}

/**
 * Lots from the first worksheet of an .xlsx file, read as uploads are (src/core/spreadsheet, the lots limits).
 * Throws `BAD_SPREADSHEET` (unreadable file or bad rows) and `SHEET_TOO_LARGE` (over the lots limits).
 * @example
 * ```ts
 * const lots = await lotsFromXlsx('./lots.xlsx');
 * ```
 */
export async function lotsFromXlsx(path: string): Promise<LotInput[]> {
  return lotsFromRows(await readSheet(await readFile(path), 'xlsx', SHEET_LIMITS.lots));
}
