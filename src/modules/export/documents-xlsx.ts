/**
 * A consignment document as an xlsx workbook (exceljs, streaming writer: rows
 * are committed as they are written, so 300 sheets of a large consignment
 * take a fraction of the in-memory writer's time): one sheet per section,
 * amounts as numbers in major units with the currency in the number format.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { exponentOf } from '../../core/money.ts';
import type { ConsignmentDocuments } from './documents.ts';
import { type Cell, type DocumentKind, documentTables } from './document-tables.ts';

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 28);
  let out = base;
  for (let i = 2; used.has(out); i++) out = `${base.slice(0, 25)} ${i}`;
  used.add(out);
  return out;
}

const formats = new Map<string, string>();
/** `"CNY "#,##0.00`: the currency's decimals, its code before the number. */
const moneyFormat = (currency: string): string => {
  let f = formats.get(currency);
  if (!f) {
    const e = exponentOf(currency);
    f = `"${currency} "#,##0${e ? `.${'0'.repeat(e)}` : ''}`;
    formats.set(currency, f);
  }
  return f;
};

/**
 * The workbook's bytes.
 * @example
 * ```ts
 * await writeFile('goods-list.xlsx', await documentXlsx(docs, 'goods-list'));
 * ```
 */
export async function documentXlsx(d: ConsignmentDocuments, kind: DocumentKind): Promise<Buffer> {
  const t = documentTables(d, kind);
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'yiwu';
  wb.title = `${t.title} #${d.consignmentId}`;
  const used = new Set<string>();
  const bold = { bold: true } as const;
  for (const s of t.sections) {
    const ws = wb.addWorksheet(sheetName(s.name, used), {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.columns = s.columns.map((c) => ({ width: c.width + 2, style: c.align === 'right' ? { alignment: { horizontal: 'right' } } : {} }));
    const title = ws.addRow([s.name]);
    title.font = { bold: true, size: 14 };
    title.commit();
    for (const [k, v] of s.meta) {
      const r = ws.addRow([k, '', v]);
      r.getCell(1).font = bold;
      r.commit();
    }
    ws.addRow([]).commit();
    const header = ws.addRow(s.columns.map((c) => c.label));
    header.font = bold;
    header.commit();
    const put = (cells: Cell[], isTotal: boolean) => {
      const row = ws.addRow(cells.map((c) => (typeof c === 'object' ? c.minor / 10 ** exponentOf(c.currency) : c)));
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i]!;
        if (typeof c === 'object') row.getCell(i + 1).numFmt = moneyFormat(c.currency);
      }
      if (isTotal) row.font = bold;
      row.commit();
    };
    for (const r of s.rows) put(r, false);
    if (s.total) put(s.total, true);
    ws.commit();
  }
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}
