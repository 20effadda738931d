/**
 * Worker task of the spreadsheet pool (read-sheet.ts): reads the upload's
 * rows under the limits and returns them as compact JSON chunks. Also
 * callable in-process (tests, tools that own their thread).
 */
import { readCsv } from './csv-reader.ts';
import { readXlsx } from './xlsx-reader.ts';
import type { SheetRows } from './row-sink.ts';
import type { SheetLimits } from './sheet-limits.ts';

export type SheetFormat = 'csv' | 'xlsx';

export interface ReadSheetPayload {
  data: ArrayBuffer | Uint8Array;
  format: SheetFormat;
  limits: SheetLimits;
}

export async function readSheetRows(payload: ReadSheetPayload): Promise<SheetRows> {
  const d = payload.data;
  const data = d instanceof ArrayBuffer ? Buffer.from(d) : Buffer.from(d.buffer, d.byteOffset, d.byteLength);
  return payload.format === 'csv' ? readCsv(data, payload.limits) : readXlsx(data, payload.limits);
}
