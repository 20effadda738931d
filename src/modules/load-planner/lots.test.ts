import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { lotsFromXlsx, LotParseError, parseCsv } from './lots.ts';

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
      assert.deepEqual(lots.map((l) => [l.id, l.owner, l.count, l.heightCm, l.grossKg, l.verticalAllowed]), [
        ['L-1', 'M001', 12, 35.5, 12.5, [false, false, true]],
        ['L-2', 'M002', 3, 50, 8, [true, true, true]],
      ]);
      ws.addRow(['L-3', 'M003', 0, 50, 50, 50, 8, 'no']);
      await wb.xlsx.writeFile(file);
      await assert.rejects(lotsFromXlsx(file), (e: unknown) => e instanceof LotParseError && /row 4: count/.test(e.message));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('CSV: quotes, semicolons, CRLF and a BOM', () => {
    assert.deepEqual(parseCsv('\uFEFFa;b\r\n"x;1";"say ""hi"""\r\n'), [['a', 'b'], ['x;1', 'say "hi"']]);
    assert.throws(() => parseCsv('a,"b'), LotParseError);
  });
});
