/**
 * CSV read incrementally under the sheet limits: the bytes are decoded a
 * slice at a time and fed to the one CSV parser (CsvParser in
 * src/core/csv.ts, the same reading as parseCsv); every field and row is
 * counted as it ends, and the field still open is measured after each slice.
 *
 * The text encoding is detected (`csvEncoding`): a byte-order mark names
 * UTF-8, UTF-16 LE or UTF-16 BE; without one, a file that is valid UTF-8 is
 * UTF-8 (valid UTF-8 is never read otherwise), UTF-16 without a mark is
 * recognised by its zero bytes, and anything else is GB18030 — the superset
 * of GBK and GB2312 that Excel on Chinese Windows writes for "CSV (逗号分隔)".
 */
import { isUtf8 } from 'node:buffer';
import { CsvParser } from '../csv.ts';
import { RowSink, type RowSinkOptions, type SheetRows } from './row-sink.ts';
import { badSheet, sheetTooLarge, type SheetLimits } from './sheet-limits.ts';

const SLICE = 1024 * 1024;

export function readCsv(data: Buffer, limits: SheetLimits, sinkOptions: RowSinkOptions = {}): SheetRows {
  if (data.length > limits.maxSheetXmlBytes) throw sheetTooLarge(limits, 'maxSheetXmlBytes', `the file has ${data.length} bytes`);
  const sink = new RowSink(limits, sinkOptions);
  const { encoding, bom } = csvEncoding(data);
  const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
  data = data.subarray(bom);
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

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** The text encoding of a CSV file and the length of its byte-order mark (see the file comment). */
export function csvEncoding(data: Uint8Array): { encoding: CsvEncoding; bom: number } {
  const [a, b, c] = data;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bom: 2 };
  // UTF-16 without a mark: text of mostly ASCII has a zero in every other byte
  const n = Math.min(data.length & ~1, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (data[i] === 0) evenZeros++;
    if (data[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (pairs >= 2) {
    if (oddZeros > pairs * 0.3 && evenZeros === 0) return { encoding: 'utf-16le', bom: 0 };
    if (evenZeros > pairs * 0.3 && oddZeros === 0) return { encoding: 'utf-16be', bom: 0 };
  }
  if (isUtf8(data)) return { encoding: 'utf-8', bom: 0 };
  return { encoding: 'gb18030', bom: 0 };
}
