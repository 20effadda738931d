/**
 * CSV read incrementally under the sheet limits: the bytes are decoded a
 * slice at a time and fed to the one CSV parser (CsvParser in
 * src/core/csv.ts, the same reading as parseCsv); every field and row is
 * counted as it ends, and the field still open is measured after each slice.
 */
import { CsvParser } from '../csv.ts';
import { RowSink, type SheetRows } from './row-sink.ts';
import { badSheet, sheetTooLarge, type SheetLimits } from './sheet-limits.ts';

const SLICE = 1024 * 1024;

export function readCsv(data: Buffer, limits: SheetLimits): SheetRows {
  if (data.length > limits.maxSheetXmlBytes) throw sheetTooLarge(limits, 'maxSheetXmlBytes', `the file has ${data.length} bytes`);
  const sink = new RowSink(limits);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const parser: CsvParser = new CsvParser({
    onField: (value, col) => {
      const rowNo = parser.records + 1;
      sink.checkText(value.length, () => `row ${rowNo}, column ${col + 1}`);
      sink.checkColumn(col + 1, rowNo);
      sink.countCell();
    },
    onRecord: (fields) => sink.row(parser.records, fields),
  });
  for (let off = 0; off <= data.length; off += SLICE) {
    const last = off + SLICE >= data.length;
    const s = decoder.decode(data.subarray(off, Math.min(off + SLICE, data.length)), { stream: !last });
    if (s.includes('\u0000')) throw badSheet('this is not a CSV text file (it contains binary data); save it as CSV UTF-8 or upload the .xlsx');
    parser.push(s);
    sink.checkText(parser.openFieldLength, () => `row ${parser.records + 1}, column ${parser.openFieldColumn + 1}`);
    sink.checkTime();
    if (last) break;
  }
  parser.end();
  return sink.finish();
}
