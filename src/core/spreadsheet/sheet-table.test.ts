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
    { row: 1, column: '货号', reason: 'column sku appears twice' },
    { row: 1, column: 'colour', reason: 'unknown column "colour"; the columns are sku, price, note' },
    { row: 1, column: 'price', reason: 'required column price is missing' },
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
