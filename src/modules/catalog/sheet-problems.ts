/**
 * What is wrong with a spreadsheet row, as data: `{ row, column, code, params }`.
 * The codes are stable (clients word them in the reader's language: the web UI's
 * sheets.*.ts catalogues, the CLI through `wordProblem`), the params say what was
 * found and what is allowed, so "what to type instead" follows from them.
 *
 * | code | params | meaning |
 * |---|---|---|
 * | UNKNOWN_COLUMN | header | a header names no column |
 * | DUPLICATE_COLUMN | header | two headers name one column |
 * | MISSING_COLUMN | — | a required column is absent |
 * | REQUIRED | — | the cell is empty and must not be |
 * | BAD_TEXT | char | a character that is not text (NUL, control) |
 * | NOT_WHOLE_NUMBER | value | expected a whole number ≥ 0 |
 * | NOT_NUMBER | value | expected a positive number (at most 3 decimals) |
 * | NOT_PRICE | value, currency, decimals | expected a price such as 12.50 |
 * | TOO_MANY_DECIMALS | value, currency, decimals | more decimals than the currency has |
 * | NOT_POSITIVE | value | zero or negative where a positive value is needed |
 * | TOO_SMALL / TOO_BIG | value, min / max | a number out of range |
 * | TOO_SHORT / TOO_LONG | min / max | text length out of range |
 * | TOO_MANY | max | too many tiers or images |
 * | UNKNOWN_CATEGORY | value | not a category code or name |
 * | UNKNOWN_UNIT | value | not a unit (src/core/units.ts) |
 * | UNKNOWN_CURRENCY | value | not an ISO 4217 code |
 * | BAD_FORMAT | value, expected: sku, hs_code, url, language_tag | the text does not have the expected form |
 * | INVALID_OPTION | value, options | not one of the options (status) |
 * | TIER_INCOMPLETE | tier, missing | a tier needs both qty_k and price_k |
 * | TIER_ABOVE_MOQ | moq | the first tier starts above the MOQ |
 * | TIERS_NOT_RISING | previous | a tier's quantity is not above the one before |
 * | TIER_DEARER | previous | a larger quantity costs more per unit |
 * | TITLE_REQUIRED | — | neither a Chinese nor an English title |
 * | BAD_PAIRS | value | not name=value; name=value (or a JSON object) |
 * | BAD_LIST | value | not a list of image references |
 * | DUPLICATE_SKU | sku, firstRow | the SKU appears in an earlier row |
 * | IP_HOLD | sku | the row sets active a listing held down on an IP complaint |
 * | INVALID | — | anything else the schema refuses |
 *
 * An image handler (importProducts' `onImages`) may add its own codes.
 */
import type { SheetError } from '../../core/spreadsheet/sheet-table.ts';

export type ProblemParams = Record<string, string | number>;

export interface SheetProblem {
  /** 1-based row number as in the sheet (the header is row 1). */
  row: number;
  /** The column's key (e.g. price_1), the same whatever the language of the header. */
  column: string;
  code: string;
  params: ProblemParams;
}

/** What an image handler may report for a row (its column defaults to `images`). */
export interface ProblemLike {
  code: string;
  params?: ProblemParams;
  column?: string;
}

/** A header problem of sheetTable (which also carries English text for older readers) → a problem. */
export function headerProblem(e: SheetError): SheetProblem {
  return { row: e.row, column: e.column, code: e.code ?? 'INVALID', params: e.params ?? {} };
}

/** At most this many characters of a cell are repeated in a problem. */
export const shown = (s: string): string => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/**
 * Collects a row's problems: the first problem of a cell is kept, later ones for the
 * same cell are dropped (one thing to fix per cell, never the same thing twice).
 */
export class RowProblems {
  readonly list: SheetProblem[] = [];
  private readonly columns = new Set<string>();
  constructor(readonly row: number) {}
  add(column: string, code: string, params: ProblemParams = {}): void {
    if (this.columns.has(column)) return;
    this.columns.add(column);
    this.list.push({ row: this.row, column, code, params });
  }
  has(column: string): boolean {
    return this.columns.has(column);
  }
}
