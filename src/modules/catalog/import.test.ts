import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { testEngines } from '../../core/db/testing.ts';
import { AppError } from '../../core/errors.ts';
import { tinyMarket, type Market } from '../../../test/fixtures.ts';
import { exportProducts, importProducts, listProducts, parseCsv, csvLine, SPREADSHEET_COLUMNS } from './index.ts';

const HEADER = SPREADSHEET_COLUMNS.map((c) => c.key);
function row(leaf: string, sku: string, over: Record<string, string> = {}): string[] {
  const base: Record<string, string> = {
    sku, category: leaf, title_zh: `测试商品 ${sku}`, title_en: `Test item ${sku}`, unit: 'pcs', moq: '120', currency: 'CNY',
    price_1: '3.50', qty_2: '600', price_2: '3.2', stock: '1000', hs_code: '9615.1100.00', carton_units: '240', carton_length_cm: '50',
    carton_width_cm: '40', carton_height_cm: '35', carton_gross_kg: '12.5', attributes: 'material=alloy; colour=gold', images: 'https://example.com/a.jpg',
  };
  const r = { ...base, ...over };
  return HEADER.map((k) => r[k] ?? '');
}
const csv = (rows: string[][]) => Buffer.from(csvLine(HEADER) + rows.map(csvLine).join(''), 'utf8');

test('CSV reader handles quotes, commas, newlines and a BOM', () => {
  assert.deepEqual(parseCsv('\uFEFFa,"b,c","d ""e""",\r\n"x\ny",2\n'), [['a', 'b,c', 'd "e"', ''], ['x\ny', '2']]);
});

for (const engine of testEngines()) {
  describe(`spreadsheet import/export on ${engine}`, () => {
    let m: Market;
    let count: () => Promise<number>;
    before(async () => {
      m = await tinyMarket(engine);
      count = async () => (await listProducts(m.d.db, m.merchant, { merchant: String(m.merchant.entityId), pageSize: '1' })).total;
    });
    after(() => m.d.close());

    test('a clean sheet imports completely, prices become minor units', async () => {
      const before = await count();
      const rep = await importProducts(m.d.db, m.merchant, csv([row(m.categoryLeaf, 'IMP-1'), row(m.categoryLeaf, 'IMP-2', { qty_2: '', price_2: '' })]), 'csv');
      assert.deepEqual(rep, { rows: 2, created: 2, updated: 0 });
      assert.equal(await count(), before + 2);
      const items = (await listProducts(m.d.db, m.merchant, { merchant: String(m.merchant.entityId), pageSize: '100' })).items;
      const p = items.find((x) => x.sku === 'IMP-1')!;
      assert.deepEqual(p.priceTiers, [{ minQty: 120, unitPrice: 350 }, { minQty: 600, unitPrice: 320 }]);
      assert.equal(p.hsCode, '9615110000');
      assert.deepEqual(p.attributes, { material: 'alloy', colour: 'gold' });
    });

    test('every bad row is reported with row, column and reason, and nothing is written', async () => {
      const before = await count();
      const rows = [
        row(m.categoryLeaf, 'OK-1'),
        row(m.categoryLeaf, 'BAD-PRICE', { price_1: '-2' }),
        row(m.categoryLeaf, 'BAD-CAT', { category: '不存在的类目' }),
        row(m.categoryLeaf, 'BAD-TIER', { price_2: '9.99' }),
        row(m.categoryLeaf, 'OK-1'),
        row(m.categoryLeaf, 'BAD-HS', { hs_code: '12' }),
        row(m.categoryLeaf, 'BAD-DEC', { price_1: '1.234' }),
        row(m.categoryLeaf, 'BAD-UNIT', { unit: 'bottles' }),
        row(m.categoryLeaf, 'BAD-CARTON', { carton_length_cm: 'big' }),
      ];
      await assert.rejects(importProducts(m.d.db, m.merchant, csv(rows), 'csv'), (e: AppError) => {
        assert.equal(e.code, 'IMPORT_REJECTED');
        const errors = (e.details as { errors: { row: number; column: string; reason: string }[] }).errors;
        const at = (r: number) => errors.filter((x) => x.row === r).map((x) => x.column);
        assert.deepEqual(at(2), [], 'row 2 is fine');
        assert.deepEqual(at(3), ['price_1']);
        assert.deepEqual(at(4), ['category']);
        assert.deepEqual(at(5), ['price_2']);
        assert.deepEqual(at(6), ['sku']);
        assert.deepEqual(at(7), ['hs_code']);
        assert.deepEqual(at(8), ['price_1']);
        assert.deepEqual(at(9), ['unit']);
        assert.deepEqual(at(10), ['carton_length_cm']);
        assert.ok(errors.every((x) => x.reason.length > 3));
        return true;
      });
      assert.equal(await count(), before, 'all or nothing');
    });

    test('headers may be the Chinese labels; unknown or missing columns are named', async () => {
      const zhHeader = SPREADSHEET_COLUMNS.map((c) => c.zh);
      const data = Buffer.from(csvLine(zhHeader) + csvLine(row(m.categoryLeaf, 'ZH-1')), 'utf8');
      assert.equal((await importProducts(m.d.db, m.merchant, data, 'csv')).created, 1);
      const missing = Buffer.from('sku,colour\nA,red\n');
      await assert.rejects(importProducts(m.d.db, m.merchant, missing, 'csv'), (e: AppError) => {
        const errs = (e.details as { errors: { column: string }[] }).errors.map((x) => x.column);
        return e.code === 'IMPORT_REJECTED' && errs.includes('colour') && errs.includes('price_1');
      });
    });

    test('not a spreadsheet: a clear refusal', async () => {
      await assert.rejects(importProducts(m.d.db, m.merchant, Buffer.from('PK\u0003\u0004garbage'), 'xlsx'), (e: AppError) => e.code === 'BAD_SPREADSHEET');
      await assert.rejects(importProducts(m.d.db, m.merchant, Buffer.from('hello'), 'xlsx'), (e: AppError) => e.code === 'BAD_SPREADSHEET');
      await assert.rejects(importProducts(m.d.db, m.merchant, Buffer.from([0, 1, 2, 0]), 'csv'), (e: AppError) => e.code === 'BAD_SPREADSHEET');
      await assert.rejects(importProducts(m.d.db, m.buyer, csv([row(m.categoryLeaf, 'B')]), 'csv'), (e: AppError) => e.code === 'FORBIDDEN');
    });

    for (const format of ['csv', 'xlsx'] as const) {
      test(`export as ${format} and import back: the same products, updated in place`, async () => {
        const n = await count();
        const file = await exportProducts(m.d.db, m.merchant, format);
        if (format === 'xlsx') {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(file as unknown as ArrayBuffer);
          assert.equal(wb.worksheets[0]!.rowCount, n + 1);
        }
        const rep = await importProducts(m.d.db, m.merchant, file, format);
        assert.deepEqual(rep, { rows: n, created: 0, updated: n });
        assert.equal(await count(), n);
      });
    }

    test('thousands of rows import in batches inside one transaction', async () => {
      const rows = Array.from({ length: 3000 }, (_, i) => row(m.categoryLeaf, `BULK-${i}`));
      let writes = 0;
      const rep = await importProducts(m.d.db, m.merchant2, csv(rows), 'csv', { onProgress: (phase) => void (phase === 'write' && writes++) });
      assert.equal(rep.created, 3000);
      assert.ok(writes >= 6, 'progress reported per batch');
    });
  });
}
