import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sheetTable, type SheetColumn } from './sheet-table.ts';

const COLUMNS: SheetColumn<'sku' | 'price' | 'note'>[] = [
  { key: 'sku', aliases: ['货号'], label: '货号', required: true },
  { key: 'price', aliases: ['价格'], required: true },
  { key: 'note' },
];

test('a header that names a column twice, an unknown column or lacks a required one is refused with each problem on row 1', () => {
  const t = sheetTable([[' SKU ', '货号', 'colour']], COLUMNS);
  assert.deepEqual(t.errors, [
    { row: 1, column: '货号', reason: 'column sku appears twice', code: 'DUPLICATE_COLUMN', params: { header: '货号' } },
    { row: 1, column: 'colour', reason: 'unknown column "colour"; the columns are sku, price, note', code: 'UNKNOWN_COLUMN', params: { header: 'colour' } },
    { row: 1, column: 'price', reason: 'required column price is missing', code: 'MISSING_COLUMN', params: {} },
  ]);
  assert.deepEqual(t.missing, ['price']);
  assert.deepEqual(sheetTable([['colour', 'sku', '价格']], COLUMNS, { unknown: 'ignore' }).errors, []);
});

test('blank rows are skipped without shifting the row numbers that problems name', () => {
  const t = sheetTable([['价格', 'sku'], ['1', 'A'], ['', ' '], [], ['x', 'B']], COLUMNS);
  const seen: [number, string, string][] = [];
  for (const row of t.rows()) {
    seen.push([row.rowNo, row.get('sku'), row.get('note')]);
    if (!/^\d+$/.test(row.get('price'))) row.err('price', 'not a number');
  }
  assert.deepEqual(seen, [
    [2, 'A', ''],
    [5, 'B', ''],
  ]);
  assert.deepEqual(t.errors, [{ row: 5, column: 'price', reason: 'not a number' }]);
});

test('header names are compared width-folded and case-, space- and underscore-insensitively', () => {
  const cols: SheetColumn<'qty_1' | 'sku'>[] = [
    { key: 'qty_1', aliases: ['Qty 1', '数量1'] },
    { key: 'sku', required: true },
  ];
  for (const h of ['QTY_1', 'qty 1', ' Qty1 ', '数量 1', 'ｑｔｙ＿１']) {
    const t = sheetTable([[h, 'ＳＫＵ']], cols);
    assert.deepEqual(t.errors, [], h);
    assert.deepEqual(
      [...t.index],
      [
        ['qty_1', 0],
        ['sku', 1],
      ],
    );
  }
});
