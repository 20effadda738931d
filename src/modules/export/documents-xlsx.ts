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

type Style = Partial<ExcelJS.Style>;
/** Column styles, the same objects in every sheet (exceljs serialises a style object once). */
const RIGHT: Style = { alignment: { horizontal: 'right' } };
const LEFT: Style = {};
const STYLE_KEYS = ['numFmt', 'font', 'alignment', 'border', 'fill', 'protection'] as const;

/**
 * One style object per distinct style of a workbook. exceljs gives every cell
 * a new style object (the row's and the column's merged) and writes each one
 * by serialising it to XML to find its id, unless it has seen that very object
 * before: cells whose style parts are the same objects (the column's
 * alignment, a shared font, a format string) share one, so a workbook of
 * thousands of rows serialises a handful of styles.
 */
function styleSharer(): (style: Style) => Style {
  const ids = new WeakMap<object, number>();
  let next = 0;
  const shared = new Map<string, Style>();
  const id = (v: unknown): string => {
    if (v === undefined) return '';
    if (typeof v !== 'object' || v === null) return `=${String(v)}`;
    let n = ids.get(v);
    if (n === undefined) {
      n = ++next;
      ids.set(v, n);
    }
    return `#${n}`;
  };
  return (style) => {
    let key = '';
    for (const k of STYLE_KEYS) key += `${id(style[k])}|`;
    let s = shared.get(key);
    if (!s) {
      s = style;
      shared.set(key, s);
    }
    return s;
  };
}

/**
 * The workbook's bytes, drawn in this thread (`documentXlsx` draws it in the work pool: documents-render.ts).
 * @example
 * ```ts
 * await writeFile('goods-list.xlsx', await renderDocumentXlsx(docs, 'goods-list'));
 * ```
 */
export async function renderDocumentXlsx(d: ConsignmentDocuments, kind: DocumentKind): Promise<Buffer> {
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
  const share = styleSharer();
  const shareStyles = (cell: ExcelJS.Cell) => {
    cell.style = share(cell.style);
  };
  const commit = (row: ExcelJS.Row) => {
    row.eachCell({ includeEmpty: true }, shareStyles);
    row.commit();
  };
  for (const s of t.sections) {
    const ws = wb.addWorksheet(sheetName(s.name, used), {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.columns = s.columns.map((c) => ({ width: c.width + 2, style: c.align === 'right' ? RIGHT : LEFT }));
    const title = ws.addRow([s.name]);
    title.font = { bold: true, size: 14 };
    commit(title);
    for (const [k, v] of s.meta) {
      const r = ws.addRow([k, '', v]);
      r.getCell(1).font = bold;
      commit(r);
    }
    ws.addRow([]).commit();
    const header = ws.addRow(s.columns.map((c) => c.label));
    header.font = bold;
    commit(header);
    const put = (cells: Cell[], isTotal: boolean) => {
      const row = ws.addRow(cells.map((c) => (typeof c === 'object' ? c.minor / 10 ** exponentOf(c.currency) : c)));
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i]!;
        if (typeof c === 'object') row.getCell(i + 1).numFmt = moneyFormat(c.currency);
      }
      if (isTotal) row.font = bold;
      commit(row);
    };
    for (const r of s.rows) put(r, false);
    if (s.total) put(s.total, true);
    ws.commit();
  }
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}
