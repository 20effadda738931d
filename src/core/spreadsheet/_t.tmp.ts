import ExcelJS from 'exceljs';
import { xlsx, repeat } from './xlsx-fixtures.ts';
import { readSheet } from './read-sheet.ts';
const normal = await xlsx(['<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>b&amp;c</t></is></c></row>', '<row r="3"><c r="C3"><v>42</v></c></row>'], { sharedStrings: ['sku'] });
const wb = new ExcelJS.Workbook(); await wb.xlsx.load(normal as any);
const rows: string[][] = []; wb.worksheets[0]!.eachRow({ includeEmpty: true }, (r, n) => { rows[n - 1] = (r.values as any[]).slice(1).map(String); });
console.log('exceljs', JSON.stringify(rows));
console.log('ours', JSON.stringify(await readSheet(normal, 'xlsx')));
const far = await xlsx(['<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row><row r="999999999"><c r="A999999999"><v>1</v></c></row>']);
console.log('far bytes', far.length);
let t = Date.now();
const bomb = await xlsx(['<row r="1"><c r="A1"><v>1</v></c></row>', ...repeat(' ', 300 * 1024 * 1024)], { declaredSize: 100 });
console.log('bomb bytes', bomb.length, Date.now() - t);
t = Date.now();
const rowsBomb = await xlsx(repeat('<row><c t="inlineStr"><is><t>x</t></is></c></row>', 6_000_000));
console.log('rows bomb bytes', rowsBomb.length, Date.now() - t);
for (const [name, f] of [['far', far], ['bomb', bomb], ['rowsBomb', rowsBomb]] as const) {
  const r0 = process.memoryUsage().rss; let peak = r0; const iv = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
  t = Date.now();
  try { await readSheet(f, 'xlsx'); console.log(name, 'read?!'); } catch (e: any) { console.log(name, e.code, e.message, Date.now() - t, 'ms', 'peak +MB', ((peak - r0) / 1e6).toFixed(0)); }
  clearInterval(iv);
}
