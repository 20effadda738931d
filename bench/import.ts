/**
 * Spreadsheet import benchmark: N product rows (default 100,000) as CSV and as
 * xlsx, imported for one merchant into a fresh PGlite (and PostgreSQL when
 * BENCH_DATABASE_URL is set), all-or-nothing. Prints seconds per phase.
 *
 *   node --import tsx bench/import.ts [--rows 100000] [--formats csv,xlsx]
 */
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { freshDatabase } from '../src/platform/testing.ts';
import type { Engine } from '../src/core/db/database.ts';
import { importProducts, csvLine, SPREADSHEET_COLUMNS, type SheetFormat } from '../src/modules/catalog/index.ts';
import { loadDemo, scaleOf } from '../src/modules/demo/index.ts';

const { values: opt } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, formats: { type: 'string', default: 'csv,xlsx' } } });
const N = Number(opt.rows);
const formats = opt.formats.split(',') as SheetFormat[];
const engines: Engine[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

const header = SPREADSHEET_COLUMNS.map((c) => c.key);
function row(i: number): string[] {
  const r: Record<string, string> = {
    sku: `SKU-${i}`,
    category: '010401',
    title_zh: `韩版珍珠发夹 款${i % 500}`,
    title_en: `Korean style pearl hair clip no. ${i % 500}`,
    description_zh: '合金+仿珍珠，每卡12个，义乌国际商贸城现货。',
    description_en: 'Alloy and faux pearl, 12 per card, in stock in Yiwu.',
    unit: 'pcs',
    moq: String(100 + (i % 10) * 50),
    currency: 'CNY',
    price_1: `${1 + (i % 7)}.${i % 10}0`,
    qty_2: '5000',
    price_2: '0.95',
    stock: String(i % 10000),
    hs_code: '9615190000',
    carton_units: '1200',
    carton_length_cm: '60',
    carton_width_cm: '40',
    carton_height_cm: '40',
    carton_gross_kg: '15.5',
    attributes: 'material=alloy; colour=gold',
  };
  return header.map((k) => r[k] ?? '');
}

async function makeFile(format: SheetFormat): Promise<Buffer> {
  if (format === 'csv') {
    let s = csvLine(header);
    for (let i = 0; i < N; i++) s += csvLine(row(i));
    return Buffer.from(s);
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('products');
  ws.addRow(header);
  for (let i = 0; i < N; i++) ws.addRow(row(i));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

for (const format of formats) {
  const file = await makeFile(format);
  for (const engine of engines) {
    const d = await freshDatabase(engine);
    await loadDemo(d, scaleOf('tiny'));
    const merchant = (await d.db.selectFrom('users').select('entity_id').where('username', '=', 'merchant').executeTakeFirstOrThrow()).entity_id!;
    const first: Record<string, number> = {};
    const t0 = performance.now();
    const rep = await importProducts(d.db, { userId: 1, role: 'merchant', entityId: merchant }, file, format, {
      onProgress: (p) => void (first[p] ??= performance.now()),
    });
    const end = performance.now();
    const phases = {
      read: ((first.parse ?? end) - t0) / 1000,
      validate: ((first.write ?? end) - (first.parse ?? t0)) / 1000,
      write: (end - (first.write ?? end)) / 1000,
    };
    const s = (performance.now() - t0) / 1000;
    const rss = process.memoryUsage().rss;
    console.log(
      `${format} ${(file.length / 1e6).toFixed(1)} MB, ${N.toLocaleString('en')} rows on ${engine}: ${s.toFixed(1)} s (${Math.round(N / s).toLocaleString('en')} rows/s; ` +
        `${Object.entries(phases)
          .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
          .join(', ')}); created ${rep.created}; rss ${(rss / 1e6).toFixed(0)} MB`,
    );
    await d.close();
  }
}
