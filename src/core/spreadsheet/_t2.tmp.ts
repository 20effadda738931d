import ExcelJS from 'exceljs';
import { readSheet } from './read-sheet.ts';
import { csvLine, SPREADSHEET_COLUMNS } from '../../modules/catalog/index.ts';
const N = Number(process.env.N ?? 100_000);
const header = SPREADSHEET_COLUMNS.map((c) => c.key);
function row(i: number): string[] {
  const r: Record<string, string> = {
    sku: `SKU-${i}`, category: '010401', title_zh: `韩版珍珠发夹 款${i}`, title_en: `Korean style pearl hair clip no. ${i}`,
    description_zh: '合金+仿珍珠，每卡12个，义乌国际商贸城现货。' + i, description_en: 'Alloy and faux pearl, 12 per card, in stock in Yiwu.' + i,
    unit: 'pcs', moq: String(100 + (i % 10) * 50), currency: 'CNY', price_1: `${1 + (i % 7)}.${i % 10}0`, qty_2: '5000', price_2: '0.95',
    stock: String(i % 10000), hs_code: '9615190000', carton_units: '1200', carton_length_cm: '60', carton_width_cm: '40', carton_height_cm: '40',
    carton_gross_kg: '15.5', attributes: 'material=alloy; colour=gold',
  };
  return header.map((k) => r[k] ?? '');
}
const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('p'); ws.addRow(header);
let s = csvLine(header);
for (let i = 0; i < N; i++) { const r = row(i); ws.addRow(r); s += csvLine(r); }
const x = Buffer.from(await wb.xlsx.writeBuffer());
const c = Buffer.from(s);
console.log('xlsx MB', x.length / 1e6, 'csv MB', c.length / 1e6, 'cols', header.length);
for (const [f, d] of [['xlsx', x], ['csv', c], ['xlsx', x]] as const) {
  if (global.gc) global.gc();
  const r0 = process.memoryUsage().rss; let peak = r0; let lag = 0; let last = Date.now();
  const iv = setInterval(() => { const now = Date.now(); lag = Math.max(lag, now - last); last = now; peak = Math.max(peak, process.memoryUsage().rss); }, 5);
  const t = Date.now();
  const rows = await readSheet(d, f);
  console.log(f, rows.length, rows[1]!.length, Date.now() - t, 'ms; peak +MB', ((peak - r0) / 1e6).toFixed(0), 'max lag', lag);
  clearInterval(iv);
}
