/**
 * The proforma invoice as an xlsx workbook (exceljs), in Chinese or English:
 * the same content as the PDF, amounts as numbers in the currency's decimal
 * units with the currency's number of decimals (Excel can sum them), and the
 * totals as formulas over the line amounts whose cached values are the
 * order's own (so a reader without recalculation sees the right totals).
 */
import ExcelJS from 'exceljs';
import { exponentOf } from '../../core/money.ts';
import type { ProformaData, ProformaLang } from './proforma.ts';
import { description, LABELS, partyName, paymentTerms, stallLine, unitLabel } from './proforma-labels.ts';

/**
 * The workbook's bytes.
 * @example
 * ```ts
 * await writeFile('pi.xlsx', await proformaXlsx(await proformaData(db, operator, 42), 'en'));
 * ```
 */
export async function proformaXlsx(data: ProformaData, lang: ProformaLang): Promise<Buffer> {
  const L = LABELS[lang];
  const exp = exponentOf(data.currency);
  const major = (minor: number) => minor / 10 ** exp;
  const numFmt = exp === 0 ? '#,##0' : `#,##0.${'0'.repeat(exp)}`;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'yiwu';
  wb.title = `${L.title} ${data.number}`;
  const ws = wb.addWorksheet(L.sheetName, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [{ width: 6 }, { width: 16 }, { width: 40 }, { width: 13 }, { width: 10 }, { width: 8 }, { width: 14 }, { width: 16 }];
  const bold = { bold: true } as const;
  ws.addRow([L.title, '', L.subtitle]).font = { bold: true, size: 16 };
  const meta: [string, string][] = [
    [L.number, data.number],
    [L.date, data.issueDate],
    [L.validUntil, data.validUntil],
    [L.order, `#${data.orderId}`],
    [L.purchase, `#${data.purchaseId}`],
  ];
  for (const [k, v] of meta) ws.addRow([k, '', v]).getCell(1).font = bold;
  ws.addRow([]);
  const s = data.seller;
  const shop = lang === 'zh' ? s.shopNameZh || s.shopNameEn : s.shopNameEn || s.shopNameZh;
  const stall = stallLine(data, lang);
  const party: [string, string][] = [
    [L.seller, partyName(s, lang)],
    ...(shop ? ([['', shop]] as [string, string][]) : []),
    ...(stall ? ([[L.stall, stall]] as [string, string][]) : []),
    ...(s.uscc ? ([[L.uscc, s.uscc]] as [string, string][]) : []),
    ...(s.stall?.phone ? ([[L.phone, s.stall.phone]] as [string, string][]) : []),
    [L.buyer, partyName(data.buyer, lang)],
    [L.country, data.buyer.country],
  ];
  for (const [k, v] of party) ws.addRow([k, '', v]).getCell(1).font = bold;
  ws.addRow([]);

  const head = ws.addRow([L.lineNo, L.sku, L.description, L.hs, L.qty, L.unit, `${L.unitPrice} (${data.currency})`, `${L.amount} (${data.currency})`]);
  head.font = bold;
  head.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF6F8FA' } };
    c.border = { bottom: { style: 'thin' } };
  });
  const first = (head.number as number) + 1;
  for (const l of data.lines) {
    const r = ws.addRow([l.lineNo, l.sku, description(l, lang), l.hsCode ?? '', l.qty, unitLabel(l, lang), major(l.unitPrice), major(l.lineTotal)]);
    r.getCell(3).alignment = { wrapText: true, vertical: 'top' };
    r.getCell(7).numFmt = numFmt;
    r.getCell(8).numFmt = numFmt;
  }
  const last = first + data.lines.length - 1;
  ws.addRow([]);
  const amountRow = (label: string, value: number, formula?: string) => {
    const r = ws.addRow(['', '', '', '', '', '', label, formula ? { formula, result: major(value) } : major(value)]);
    r.getCell(7).font = bold;
    r.getCell(8).numFmt = numFmt;
    return r;
  };
  const pct = `${(data.depositBp / 100).toFixed(data.depositBp % 100 === 0 ? 0 : 2)}%`;
  const totalRow = amountRow(`${L.total} (${data.currency})`, data.total, data.lines.length ? `SUM(H${first}:H${last})` : undefined);
  totalRow.getCell(8).font = bold;
  const depositRow = amountRow(`${L.deposit} (${pct})`, data.deposit);
  amountRow(L.balance, data.balance, `H${totalRow.number}-H${depositRow.number}`);
  if (data.paid > 0) amountRow(L.paid, data.paid);
  ws.addRow([]);
  const terms: [string, string][] = [
    [L.currency, data.currency],
    ...(data.incoterm ? ([[L.incoterm, data.incoterm]] as [string, string][]) : []),
    ...(data.port ? ([[L.port, data.port]] as [string, string][]) : []),
    ...(data.leadTimeDays !== null ? ([[L.leadTime, `${data.leadTimeDays} ${L.days}`]] as [string, string][]) : []),
    [L.paymentTerms, paymentTerms(data, lang)],
    [L.validity, `${data.issueDate} – ${data.validUntil}`],
  ];
  for (const [k, v] of terms) {
    const r = ws.addRow([k, '', v]);
    r.getCell(1).font = bold;
    ws.mergeCells(r.number, 3, r.number, 8);
    r.getCell(3).alignment = { wrapText: true, vertical: 'top' };
  }
  ws.addRow([]);
  const note = ws.addRow([L.notTaxInvoice]);
  ws.mergeCells(note.number, 1, note.number, 8);
  note.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  note.height = 45;
  note.getCell(1).font = { italic: true, color: { argb: 'FF57606A' } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
