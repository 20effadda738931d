import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import type { Actor } from '../../core/auth/actor.ts';
import { csvDocument, escapeQuotedFormula } from './csv.ts';
import { COLUMNS, productToCells } from './spreadsheet-columns.ts';
import { ownerMerchant, merchantProducts } from './products.ts';
import type { SheetFormat } from './import.ts';

/**
 * All of a merchant's products (hidden ones too) in the import layout, so an
 * export can be edited and imported back unchanged. CSV cells that a spreadsheet
 * would run as formulas are neutralised (src/core/csv.ts); xlsx cells are
 * written as text cells, never as formulas.
 * Throws `UNAUTHENTICATED`, `FORBIDDEN`, `VALIDATION` or `NOT_FOUND` for the owner, as `createProduct`.
 * @example
 * ```ts
 * const csv = await exportProducts(db, actor, 'csv');
 * await writeFile('goods.csv', csv);
 * ```
 */
export async function exportProducts(
  db: Kysely<DB>,
  actor: Actor,
  format: SheetFormat,
  opts: { merchantId?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<Buffer> {
  const merchant = await ownerMerchant(db, actor, opts.merchantId);
  const header = COLUMNS.map((c) => c.key);
  const rows: string[][] = [];
  const total = Number(
    (
      await db
        .selectFrom('products')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('merchant_id', '=', merchant)
        .executeTakeFirstOrThrow()
    ).n,
  );
  for await (const batch of merchantProducts(db, merchant)) {
    for (const p of batch) rows.push(productToCells(p));
    opts.onProgress?.(rows.length, total);
  }
  if (format === 'csv') return csvDocument(header, rows);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('products');
  ws.addRow(header);
  ws.getRow(1).font = { bold: true };
  // Plain strings become shared-string (text) cells; the import reads them back with restoreCell.
  for (const r of rows) ws.addRow(r.map(escapeQuotedFormula));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
