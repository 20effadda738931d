import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import type { Actor } from '../../core/auth/actor.ts';
import { exponentOf } from '../../core/money.ts';
import { unitName } from '../../core/units.ts';
import { csvLine, escapeQuotedFormula } from './csv.ts';
import { COLUMNS, columnLabel, productToCells, type SheetLang } from './spreadsheet-columns.ts';
import { ownerMerchant, merchantProducts, type Product } from './products.ts';
import type { SheetFormat } from './import.ts';

export interface ExportOptions {
  /** The operator exports a merchant's products; a merchant its own. */
  merchantId?: number;
  /** Headers (and unit names) in this language (default zh). The import reads either. */
  lang?: SheetLang;
  onProgress?: (done: number, total: number) => void;
  /**
   * The images column: URLs for each product id (in the order to show them). Without it
   * the products' stored `images` URLs are written.
   */
  imageUrls?: (productIds: number[]) => Promise<Map<number, string[]>>;
}

/** The number format of a price cell: as many decimals as the currency has. */
export const priceFormat = (currency: string): string => {
  const e = exponentOf(currency);
  return e === 0 ? '#,##0' : `#,##0.${'0'.repeat(e)}`;
};

/**
 * All of a merchant's products (hidden ones too) in the import layout, so an
 * export can be edited and imported back unchanged: headers in the reader's
 * language, every price tier, an images column of URLs. In xlsx, numbers are
 * number cells (prices as decimal numbers of the currency with a number format,
 * quantities and stock as integers) and text stays text (never a formula);
 * CSV cells that a spreadsheet would run as formulas are neutralised
 * (src/core/csv.ts).
 * Throws `UNAUTHENTICATED`, `FORBIDDEN`, `VALIDATION` or `NOT_FOUND` for the owner, as `createProduct`.
 * @example
 * ```ts
 * const csv = await exportProducts(db, actor, 'csv', { lang: 'en' });
 * await writeFile('goods.csv', csv);
 * ```
 */
export async function exportProducts(db: Kysely<DB>, actor: Actor, format: SheetFormat, opts: ExportOptions = {}): Promise<Buffer> {
  const merchant = await ownerMerchant(db, actor, opts.merchantId);
  const lang = opts.lang ?? 'zh';
  const header = COLUMNS.map((c) => columnLabel(c.key, lang));
  const total = Number(
    (
      await db
        .selectFrom('products')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('merchant_id', '=', merchant)
        .executeTakeFirstOrThrow()
    ).n,
  );
  const unitCol = COLUMNS.findIndex((c) => c.key === 'unit');
  const cellsOf = async (batch: Product[]): Promise<{ p: Product; cells: string[] }[]> => {
    const urls = opts.imageUrls ? await opts.imageUrls(batch.map((p) => p.id)) : undefined;
    return batch.map((p) => {
      // a product's hosted pictures when it has any, else the external references it keeps
      const hosted = urls?.get(p.id);
      const cells = productToCells(p, hosted?.length ? hosted : p.images);
      cells[unitCol] = unitName(p.unit, lang);
      return { p, cells };
    });
  };
  let done = 0;
  if (format === 'csv') {
    const parts: string[] = [`\uFEFF${csvLine(header)}`];
    for await (const batch of merchantProducts(db, merchant)) {
      for (const { cells } of await cellsOf(batch)) parts.push(csvLine(cells));
      done += batch.length;
      opts.onProgress?.(done, total);
    }
    return Buffer.from(parts.join(''), 'utf8');
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(lang === 'zh' ? '商品' : 'Products');
  ws.columns = COLUMNS.map((c) => ({
    width: c.kind === 'text' ? Math.max(12, Math.min(30, columnLabel(c.key, lang).length * 2)) : 11,
    ...(c.key === 'hs_code' || c.key === 'sku' ? { style: { numFmt: '@' } } : {}),
  }));
  ws.addRow(header);
  ws.getRow(1).font = { bold: true };
  for await (const batch of merchantProducts(db, merchant)) {
    for (const { p, cells } of await cellsOf(batch)) {
      const values = cells.map((s, i) => {
        const kind = COLUMNS[i]!.kind;
        if (s === '') return null;
        // numbers as numbers (Excel can sum them); the import reads them back as JavaScript prints them
        if (kind !== 'text') return Number(s);
        // plain strings become shared-string (text) cells; the import reads them back with restoreCell
        return escapeQuotedFormula(s);
      });
      const row = ws.addRow(values);
      const fmt = priceFormat(p.currency);
      COLUMNS.forEach((c, i) => {
        if (c.kind === 'price' && values[i] !== null) row.getCell(i + 1).numFmt = fmt;
      });
    }
    done += batch.length;
    opts.onProgress?.(done, total);
  }
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
