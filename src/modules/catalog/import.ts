import { sql, type Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import type { AppError } from '../../core/errors.ts';
import type { Actor } from '../../core/auth/actor.ts';
import { restoreCell } from './csv.ts';
import { readSheet } from '../../core/spreadsheet/read-sheet.ts';
import { checkSheetSize, sheetRejected, sheetTable, type SheetError } from '../../core/spreadsheet/sheet-table.ts';
import { rowToInput, SHEET_COLUMNS, type ColumnKey } from './spreadsheet-columns.ts';
import { ProductInput, toProductRow } from './product-input.ts';
import { ownerMerchant, resolveStall } from './products.ts';

export type SheetFormat = 'csv' | 'xlsx';
export const MAX_IMPORT_ROWS = 200_000;
export { MAX_REPORTED_ERRORS } from '../../core/spreadsheet/sheet-table.ts';

export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
}
export type Progress = (phase: 'parse' | 'validate' | 'write', done: number, total: number) => void;

/**
 * Read the first sheet of an xlsx or a CSV file as rows of strings: streamed in a worker
 * under SHEET_LIMITS (src/core/spreadsheet/), over a limit → 413 SHEET_TOO_LARGE.
 */
export { readSheet };

const FIELD_COLUMN: Record<string, ColumnKey> = {
  sku: 'sku',
  categoryCode: 'category',
  titleZh: 'title_zh',
  titleEn: 'title_en',
  descriptionZh: 'description_zh',
  descriptionEn: 'description_en',
  attributes: 'attributes',
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

/** Where a schema issue points in the sheet. Tier k (0-based) is qty_{k+1}/price_{k+1}; tier 0 is moq/price_1. */
function columnOf(path: readonly PropertyKey[]): string {
  const [head, a, b] = path;
  if (head === 'priceTiers' && typeof a === 'number') {
    if (b === 'minQty') return a === 0 ? 'moq' : `qty_${a + 1}`;
    return `price_${a + 1}`;
  }
  if (head === 'carton' && typeof a === 'string') return CARTON_COLUMN[a] ?? 'carton';
  return FIELD_COLUMN[String(head)] ?? String(head ?? '');
}

/**
 * Import a merchant's products from a spreadsheet: every row is checked first,
 * and every bad row is reported (row number as in the sheet, column, reason).
 * Only a clean sheet is written, in one transaction: all rows or none. Rows
 * whose SKU the merchant already has update that product.
 * Throws `UNAUTHENTICATED` / `FORBIDDEN` / `VALIDATION` / `NOT_FOUND` for the
 * owner (as `createProduct`), `BAD_SPREADSHEET` for an unreadable file,
 * `SHEET_TOO_LARGE` for a sheet over `MAX_IMPORT_ROWS` rows or the sheet limits,
 * and `IMPORT_REJECTED` (details: the row errors) when any row is bad.
 * @example
 * ```ts
 * const report = await importProducts(db, actor, await readFile('goods.xlsx'), 'xlsx');
 * console.log(report.created, report.updated);
 * ```
 */
export async function importProducts(
  db: Kysely<DB>,
  actor: Actor,
  data: Buffer,
  format: SheetFormat,
  opts: { merchantId?: number; onProgress?: Progress } = {},
): Promise<ImportReport> {
  const merchant = await ownerMerchant(db, actor, opts.merchantId);
  const progress = opts.onProgress ?? (() => {});
  const rows = await readSheet(data, format);
  progress('parse', rows.length, rows.length);
  checkSheetSize(rows, MAX_IMPORT_ROWS, { rows: 'product rows', per: 'import' });
  const table = sheetTable(rows, SHEET_COLUMNS);
  const errors = table.errors;
  if (errors.length) throw reject(errors);

  const cats = await db.selectFrom('categories').select(['id', 'code', 'name_zh', 'name_en']).execute();
  const catByText = new Map<string, { id: number; code: string }>();
  for (const c of cats) for (const k of [c.code, c.name_zh, c.name_en.toLowerCase()]) catByText.set(k, c);
  const categoryCode = (t: string) => (catByText.get(t) ?? catByText.get(t.toLowerCase()))?.code;

  const valid: { input: ProductInput; rowNo: number }[] = [];
  const seen = new Map<string, number>();
  const total = rows.length - 1;
  for (const row of table.rows()) {
    const { rowNo } = row;
    // Undo the export's formula neutralisation ('=x → =x; see src/core/csv.ts), so export → import is exact.
    const get = (k: ColumnKey) => restoreCell(row.get(k));
    const res = rowToInput(get, rowNo, categoryCode);
    if (res.errors.length) errors.push(...res.errors);
    else {
      const parsed = ProductInput.safeParse(res.input);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) row.err(columnOf(issue.path), issue.message);
      } else {
        const first = seen.get(parsed.data.sku);
        if (first) row.err('sku', `SKU ${parsed.data.sku} already appears in row ${first}`);
        else {
          seen.set(parsed.data.sku, rowNo);
          valid.push({ input: parsed.data, rowNo });
        }
      }
    }
    if ((rowNo - 1) % 5000 === 0) progress('validate', rowNo - 1, total);
  }
  progress('validate', total, total);
  if (errors.length) throw reject(errors);

  const catId = new Map(cats.map((c) => [c.code, c.id]));
  let created = 0;
  await db.transaction().execute(async (trx) => {
    const stallId = await resolveStall(trx, merchant);
    const BATCH = 500;
    for (let i = 0; i < valid.length; i += BATCH) {
      const batch = valid.slice(i, i + BATCH).map((v) => toProductRow(v.input, merchant, catId.get(v.input.categoryCode)!, stallId));
      const res = await trx
        .insertInto('products')
        .values(batch)
        .onConflict((oc) =>
          oc.columns(['merchant_id', 'sku']).doUpdateSet((eb) => {
            const cols = Object.keys(batch[0]!).filter((k) => k !== 'merchant_id' && k !== 'sku' && k !== 'stall_id') as (keyof (typeof batch)[0])[];
            return { ...Object.fromEntries(cols.map((c) => [c, eb.ref(`excluded.${c}`)])), updated_at: sql`now()` } as never;
          }),
        )
        .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
        .execute();
      created += res.filter((r) => r.inserted).length;
      progress('write', Math.min(i + BATCH, valid.length), valid.length);
    }
  });
  return { rows: valid.length, created, updated: valid.length - created };
}

const reject = (errors: SheetError[]): AppError => sheetRejected(errors, 'nothing was imported', 'upload the file again');
