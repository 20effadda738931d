import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { AppError } from '../../core/errors.ts';
import { lotsFromCsv, lotsFromXlsx, parseCsv } from './lots.ts';

describe('lots from xlsx and CSV details', () => {
  it('reads the first sheet of a workbook', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yiwu-lots-'));
    try {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('lots');
      ws.addRow(['Lot', 'Owner', 'Count', 'Length_cm', 'Width_cm', 'Height_cm', 'Gross_kg', 'This_side_up']);
      ws.addRow(['L-1', 'M001', 12, 60, 40, 35.5, 12.5, 'yes']);
      ws.addRow(['L-2', 'M002', 3, 50, 50, 50, 8, 'no']);
      const file = join(dir, 'lots.xlsx');
      await wb.xlsx.writeFile(file);
      const lots = await lotsFromXlsx(file);
      assert.deepEqual(
        lots.map((l) => [l.id, l.owner, l.count, l.heightCm, l.grossKg, l.verticalAllowed]),
        [
          ['L-1', 'M001', 12, 35.5, 12.5, [false, false, true]],
          ['L-2', 'M002', 3, 50, 8, [true, true, true]],
        ],
      );
      ws.addRow(['L-3', 'M003', 0, 50, 50, 50, 8, 'no']);
      await wb.xlsx.writeFile(file);
      await assert.rejects(lotsFromXlsx(file), (e: unknown) => e instanceof AppError && e.code === 'BAD_SPREADSHEET' && /row 4: count/.test(e.message));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('CSV: quotes, semicolons, CRLF and a BOM', () => {
    assert.deepEqual(parseCsv('\uFEFFa;b\r\n"x;1";"say ""hi"""\r\n'), [
      ['a', 'b'],
      ['x;1', 'say "hi"'],
    ]);
    assert.throws(
      () => parseCsv('a,"b'),
      (e: unknown) => e instanceof AppError && e.code === 'BAD_SPREADSHEET' && /unterminated/.test(e.message),
    );
  });
  it('a bad lot below a blank line is named by its row in the file, not its place among the non-blank rows', () => {
    const text = 'lot,owner,count,length_cm,width_cm,height_cm,gross_kg\nA,M,1,50,50,50,8\n\nB,M,x,50,50,50,8\n';
    assert.throws(
      () => lotsFromCsv(text),
      (e: unknown) => e instanceof AppError && /^row 4: count/.test(e.message),
    );
  });
  it('a lots header that names a column twice is refused instead of the later one silently winning', () => {
    const text = 'lot,owner,count,length_cm,width_cm,height_cm,gross_kg,count\nA,M,1,50,50,50,8,999\n';
    assert.throws(
      () => lotsFromCsv(text),
      (e: unknown) => e instanceof AppError && e.code === 'BAD_SPREADSHEET' && /count appears twice/.test(e.message),
    );
  });
});
