/**
 * A sheet read as a table: a header row whose cells name the columns (any
 * order; each column accepts its key and its aliases, e.g. the Chinese
 * label, compared trimmed and case-insensitively), then data rows. The one
 * place where product imports, price surveys and load-planner lots map
 * headers, walk their rows (blank rows skipped, row numbers as in the sheet)
 * and collect `{ row, column, reason }` problems.
 */
import { AppError } from '../errors.ts';

export interface SheetError {
  /** 1-based row number as in the sheet (the header is row 1). */
  row: number;
  column: string;
  reason: string;
  /** A stable code for header problems (UNKNOWN_COLUMN, DUPLICATE_COLUMN, MISSING_COLUMN) and its parameters. */
  code?: string;
  params?: Record<string, string | number>;
}

/** How header names are compared: width-folded, case-, space- and underscore-insensitive ("Qty 1" = "qty_1", "ＳＫＵ" = "sku"). */
export const headerKey = (s: string): string =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_*]+/g, '');

export interface SheetHeader<K extends string> {
  /** Column → index in a row, for the columns the header names. */
  readonly index: ReadonlyMap<K, number>;
  /** Required columns the header lacks. */
  readonly missing: readonly K[];
  /** Unknown, repeated and missing columns. */
  readonly errors: SheetError[];
}

/** Map a header row's cells to columns (see sheetTable). */
export function sheetHeader<K extends string>(
  header: readonly string[],
  columns: readonly SheetColumn<K>[],
  options: { unknown?: 'error' | 'ignore' } = {},
): SheetHeader<K> {
  const byName = new Map<string, SheetColumn<K>>();
  for (const c of columns) for (const name of [c.key, ...(c.aliases ?? [])]) byName.set(headerKey(name), c);
  const index = new Map<K, number>();
  const errors: SheetError[] = [];
  header.forEach((raw, i) => {
    const h = String(raw ?? '').trim();
    if (h === '') return;
    const col = byName.get(headerKey(h));
    if (!col) {
      if (options.unknown !== 'ignore')
        errors.push({
          row: 1,
          column: h,
          reason: `unknown column "${h}"; the columns are ${columns.map((c) => c.key).join(', ')}`,
          code: 'UNKNOWN_COLUMN',
          params: { header: h },
        });
    } else if (index.has(col.key))
      errors.push({ row: 1, column: h, reason: `column ${col.key} appears twice`, code: 'DUPLICATE_COLUMN', params: { header: h } });
    else index.set(col.key, i);
  });
  const missing = columns.filter((c) => c.required && !index.has(c.key)).map((c) => c.key);
  for (const k of missing) {
    const c = columns.find((x) => x.key === k)!;
    errors.push({ row: 1, column: k, reason: `required column ${k}${c.label ? ` (${c.label})` : ''} is missing`, code: 'MISSING_COLUMN', params: {} });
  }
  return { index, missing, errors };
}

export interface SheetColumn<K extends string = string> {
  readonly key: K;
  /** Other header names accepted for this column. */
  readonly aliases?: readonly string[];
  readonly required?: boolean;
  /** Shown beside the key when the column is missing (e.g. the Chinese label). */
  readonly label?: string;
}

export interface SheetRow<K extends string> {
  /** 1-based row number as in the sheet. */
  readonly rowNo: number;
  readonly cells: readonly string[];
  /** The cell of a column as written ('' when the column or the cell is absent). */
  get(key: K): string;
  /** Record a problem in this row. */
  err(column: string, reason: string): void;
}

export interface SheetTable<K extends string> {
  /** Column → index in a row, for the columns the header names. */
  readonly index: ReadonlyMap<K, number>;
  /** Required columns the header lacks. */
  readonly missing: readonly K[];
  /** Header problems (unknown, repeated, missing columns), then what the rows report through `err`. */
  readonly errors: SheetError[];
  /** The data rows under the header, blank rows skipped. */
  rows(): Generator<SheetRow<K>>;
}

/**
 * `rows[r]` is sheet row r+1; rows[0] is the header. `unknown`: a header cell
 * that names no column is an error (default) or ignored.
 */
export function sheetTable<K extends string>(
  rows: readonly (readonly string[])[],
  columns: readonly SheetColumn<K>[],
  options: { unknown?: 'error' | 'ignore' } = {},
): SheetTable<K> {
  const { index, missing, errors } = sheetHeader(rows[0] ?? [], columns, options);
  function* dataRows(): Generator<SheetRow<K>> {
    for (let r = 1; r < rows.length; r++) {
      const cells = rows[r] ?? [];
      if (cells.every((c) => c.trim() === '')) continue;
      const rowNo = r + 1;
      yield {
        rowNo,
        cells,
        get: (key) => {
          const i = index.get(key);
          return i === undefined ? '' : (cells[i] ?? '');
        },
        err: (column, reason) => void errors.push({ row: rowNo, column, reason }),
      };
    }
  }
  return { index, missing, errors, rows: dataRows };
}

/** At most this many problems are listed in a refusal (the count says how many there were). */
export const MAX_REPORTED_ERRORS = 1000;

/**
 * The all-or-nothing refusal of a sheet with problems: 400 IMPORT_REJECTED
 * counting the problems and their rows, listing the first MAX_REPORTED_ERRORS.
 * `outcome`: e.g. "nothing was imported"; `again`: e.g. "upload the file again".
 */
export function sheetRejected(errors: readonly SheetError[], outcome: string, again: string): AppError {
  const rowsWithErrors = new Set(errors.map((e) => e.row)).size;
  return new AppError('IMPORT_REJECTED', `${errors.length} problem(s) in ${rowsWithErrors} row(s); ${outcome}. Fix the rows listed and ${again}.`, {
    errorCount: errors.length,
    errors: errors.slice(0, MAX_REPORTED_ERRORS),
  });
}

/** 400 BAD_SPREADSHEET unless the sheet has a header and 1 … maxRows data rows under it. */
export function checkSheetSize(rows: readonly unknown[], maxRows: number, what: { rows: string; per: string }): void {
  if (rows.length < 2) throw new AppError('BAD_SPREADSHEET', `the sheet has no ${what.rows} under the header row`);
  if (rows.length - 1 > maxRows) throw new AppError('BAD_SPREADSHEET', `at most ${maxRows} rows per ${what.per}; split the file`);
}
