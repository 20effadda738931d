/**
 * The analysts' CSV: a header line, then one observation per line with the
 * columns `period,product,price,quantity` in any order (matched by header name,
 * case-insensitive, surrounding spaces ignored; other columns are ignored).
 *
 * - Fields follow RFC 4180, read by the platform's one CSV parser
 *   (src/core/csv.ts): comma-separated, optionally in double quotes ("" is a
 *   quote inside a quoted field); CRLF or LF line ends; a UTF-8 BOM is skipped;
 *   blank lines are skipped.
 * - `period` and `product`: non-empty labels.
 * - `price`: a decimal number > 0.
 * - `quantity`: a decimal number ≥ 0, or empty (allowed only when quantities are
 *   not required; the column itself may be absent then).
 *
 * Problems are returned (not thrown) as a failed Result: AppError IMPORT_REJECTED
 * with details.problems, each with its 1-based line number, column and reason;
 * parsing stops after `maxErrors` of them.
 */
import { readCsvRecords, type CsvRecord } from '../../../core/csv.ts';
import { AppError } from '../../../core/errors.ts';
import { err, ok, type Result } from '../../../core/result.ts';
import type { Observation } from './panel.ts';

export interface CsvProblem {
  /** 1-based line number in the file (the header is line 1). */
  readonly line: number;
  readonly column: string;
  readonly reason: string;
}

export interface CsvOptions {
  /** Every row must have a quantity (weighted formulas). */
  readonly requireQuantity?: boolean;
  readonly maxErrors?: number;
}

export type CsvResult = Result<Observation[]>;

/** The failure of a parse: IMPORT_REJECTED, every problem in details.problems (formatCsvProblems prints them). */
const rejected = (problems: CsvProblem[]) =>
  err(new AppError('IMPORT_REJECTED', `${problems.length} problem(s) in the observations; nothing was computed. Fix the lines listed.`, { problems }));

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Splits CSV text (RFC 4180) into records of fields, with the 1-based line each
 * record starts on; blank lines are skipped.
 * @example
 * ```ts
 * splitCsv('a,b\n\n"x,y",2\n'); // [{ line: 1, fields: ['a', 'b'] }, { line: 3, fields: ['x,y', '2'] }]
 * ```
 */
export function splitCsv(text: string): { line: number; fields: string[] }[] {
  return nonBlank(readCsvRecords(text).records);
}

const nonBlank = (records: CsvRecord[]) => records.filter((r) => !(r.fields.length === 1 && r.fields[0] === ''));

/**
 * Parses the analysts' CSV into observations for {@link buildPanel}. Returns
 * a Result: the observations, or an IMPORT_REJECTED AppError listing every
 * problem (up to `maxErrors`, default 20) in details.problems; nothing is thrown.
 * @example
 * ```ts
 * const r = parseObservationsCsv('period,product,price,quantity\n2025-W1,A,10,\n');
 * if (r.ok) r.value; // [{ period: '2025-W1', product: 'A', price: 10, quantity: null }]
 * else console.error(formatCsvProblems(csvProblemsOf(r.error)));
 * ```
 */
export function parseObservationsCsv(text: string, options: CsvOptions = {}): CsvResult {
  const maxErrors = options.maxErrors ?? 20;
  const read = readCsvRecords(text);
  const records = nonBlank(read.records);
  if (read.unterminated) {
    const line = text.split(/\r\n|\r|\n/).length;
    return rejected([{ line, column: '-', reason: 'a quoted field is not closed (a " is missing) by the end of the file' }]);
  }
  const header = records[0];
  if (!header) return rejected([{ line: 1, column: '-', reason: 'the file is empty (a header line is needed)' }]);
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const col = (name: string) => names.indexOf(name);
  const problems: CsvProblem[] = [];
  const idx = { period: col('period'), product: col('product'), price: col('price'), quantity: col('quantity') };
  for (const name of ['period', 'product', 'price'] as const) {
    if (idx[name] < 0) problems.push({ line: header.line, column: name, reason: `missing column "${name}" in the header (found: ${names.join(', ')})` });
  }
  if (options.requireQuantity && idx.quantity < 0)
    problems.push({ line: header.line, column: 'quantity', reason: 'missing column "quantity"; the formula is weighted and needs quantities' });
  if (problems.length > 0) return rejected(problems);

  const observations: Observation[] = [];
  for (let r = 1; r < records.length && problems.length < maxErrors; r++) {
    const { line, fields } = records[r] as { line: number; fields: string[] };
    const get = (k: number) => (k >= 0 ? (fields[k] ?? '').trim() : '');
    if (fields.length < header.fields.length) {
      problems.push({ line, column: '-', reason: `expected ${header.fields.length} fields, found ${fields.length}` });
      continue;
    }
    const period = get(idx.period);
    const product = get(idx.product);
    const priceText = get(idx.price);
    const quantityText = get(idx.quantity);
    let bad = false;
    const fail = (column: string, reason: string) => {
      problems.push({ line, column, reason });
      bad = true;
    };
    if (period === '') fail('period', 'empty period');
    if (product === '') fail('product', 'empty product');
    const price = Number(priceText);
    if (priceText === '') fail('price', 'empty price');
    else if (!NUMBER.test(priceText) || !Number.isFinite(price)) fail('price', `"${priceText}" is not a number`);
    else if (!(price > 0)) fail('price', `price must be > 0, got ${priceText}`);
    let quantity: number | null = null;
    if (quantityText === '') {
      if (options.requireQuantity) fail('quantity', 'empty quantity; the formula is weighted and needs quantities');
    } else {
      quantity = Number(quantityText);
      if (!NUMBER.test(quantityText) || !Number.isFinite(quantity)) fail('quantity', `"${quantityText}" is not a number`);
      else if (!(quantity >= 0)) fail('quantity', `quantity must be ≥ 0, got ${quantityText}`);
    }
    if (!bad) observations.push({ period, product, price, quantity });
  }
  if (problems.length > 0) return rejected(problems);
  if (observations.length === 0) return rejected([{ line: header.line + 1, column: '-', reason: 'no observations after the header' }]);
  return ok(observations);
}

/**
 * The problems of a failed parse (details.problems of its IMPORT_REJECTED; empty
 * for any other AppError).
 * @example
 * ```ts
 * const r = parseObservationsCsv('period,product,price\n2025-W1,A,-1\n');
 * if (!r.ok) csvProblemsOf(r.error); // [{ line: 2, column: 'price', reason: 'price must be > 0, got -1' }]
 * ```
 */
export const csvProblemsOf = (e: AppError): CsvProblem[] => (e.details as { problems?: CsvProblem[] } | undefined)?.problems ?? [];

/**
 * One line per problem: "line 7, column price: price must be > 0, got -1".
 * @example
 * ```ts
 * console.error(formatCsvProblems(csvProblemsOf(err)));
 * ```
 */
export function formatCsvProblems(problems: readonly CsvProblem[]): string {
  return problems.map((p) => `line ${p.line}, column ${p.column}: ${p.reason}`).join('\n');
}
