/**
 * RFC 4180 CSV read incrementally under the sheet limits: the bytes are
 * decoded a slice at a time and every field and row is counted as it ends.
 * Same reading as parseCsv in src/core/csv.ts: a quote opens a
 * quoted field only at the start of a field, "" inside quotes is a quote,
 * CR, LF and CRLF end a row, one leading BOM is skipped, a final line
 * without a newline is a row, and an empty final line is not.
 */
import { RowSink, type SheetRows } from './row-sink.ts';
import { badSheet, sheetTooLarge, type SheetLimits } from './sheet-limits.ts';

const SLICE = 1024 * 1024;
const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

export function readCsv(data: Buffer, limits: SheetLimits): SheetRows {
  if (data.length > limits.maxSheetXmlBytes) throw sheetTooLarge(limits, 'maxSheetXmlBytes', `the file has ${data.length} bytes`);
  const sink = new RowSink(limits);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let row: string[] = [];
  let rowNo = 0;
  let field = '';
  let quoted = false;
  /** A quote was the last character of a slice while quoted: the next character decides. */
  let quoteAtEnd = false;
  /** A CR ended the last row at the end of a slice: a LF right after it belongs to it. */
  let crAtEnd = false;
  let first = true;

  const endField = () => {
    sink.checkText(field.length, () => `row ${rowNo + 1}, column ${row.length + 1}`);
    sink.checkColumn(row.length + 1, rowNo + 1);
    sink.countCell();
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rowNo++;
    sink.row(rowNo, row);
    row = [];
  };

  for (let off = 0; off <= data.length; off += SLICE) {
    const last = off + SLICE >= data.length;
    let s = decoder.decode(data.subarray(off, Math.min(off + SLICE, data.length)), { stream: !last });
    if (s.includes('\u0000')) throw badSheet('this is not a CSV text file (it contains binary data); save it as CSV UTF-8 or upload the .xlsx');
    if (first && s.length > 0) {
      first = false;
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    }
    let i = 0;
    const n = s.length;
    if (quoteAtEnd && n > 0) {
      quoteAtEnd = false;
      if (s.charCodeAt(0) === QUOTE) {
        field += '"';
        i = 1;
      } else quoted = false;
    }
    if (crAtEnd && n > 0) {
      crAtEnd = false;
      if (s.charCodeAt(0) === LF) i = 1;
    }
    let seg = i;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (quoted) {
        if (c !== QUOTE) {
          i++;
          continue;
        }
        field += s.slice(seg, i);
        if (i + 1 >= n) {
          quoteAtEnd = true;
          i++;
          seg = i;
          break;
        }
        if (s.charCodeAt(i + 1) === QUOTE) {
          field += '"';
          i += 2;
        } else {
          quoted = false;
          i++;
        }
        seg = i;
        sink.checkText(field.length, () => `row ${rowNo + 1}, column ${row.length + 1}`);
        continue;
      }
      if (c === QUOTE && field.length === 0 && seg === i) {
        quoted = true;
        i++;
        seg = i;
      } else if (c === COMMA) {
        field += s.slice(seg, i);
        endField();
        i++;
        seg = i;
      } else if (c === LF || c === CR) {
        field += s.slice(seg, i);
        endRow();
        if (c === CR) {
          if (i + 1 >= n) crAtEnd = true;
          else if (s.charCodeAt(i + 1) === LF) i++;
        }
        i++;
        seg = i;
      } else i++;
    }
    if (seg < n) field += s.slice(seg, n);
    sink.checkText(field.length, () => `row ${rowNo + 1}, column ${row.length + 1}`);
    sink.checkTime();
    if (last) break;
  }
  if (quoteAtEnd) quoted = false;
  if (field !== '' || row.length > 0) endRow();
  return sink.finish();
}
