/**
 * Worker tasks of the spreadsheet pool (read-sheet.ts): read the upload's
 * rows under the limits and either return them all as compact JSON chunks
 * (`readSheetRows`) or stream the chunks over a MessagePort as they are read
 * (`streamSheetRows`), with back-pressure. Also callable in-process (tests,
 * tools that own their thread).
 */
import type { MessagePort } from 'node:worker_threads';
import { readCsv } from './csv-reader.ts';
import { readXlsx } from './xlsx-reader.ts';
import type { SheetRows } from './row-sink.ts';
import { sheetTooLarge, type SheetLimits } from './sheet-limits.ts';
import { AppError } from '../errors.ts';

export type SheetFormat = 'csv' | 'xlsx';

export interface ReadSheetPayload {
  data: ArrayBuffer | Uint8Array;
  format: SheetFormat;
  limits: SheetLimits;
}

function bufferOf(d: ArrayBuffer | Uint8Array): Buffer {
  return d instanceof ArrayBuffer ? Buffer.from(d) : Buffer.from(d.buffer, d.byteOffset, d.byteLength);
}

export async function readSheetRows(payload: ReadSheetPayload): Promise<SheetRows> {
  const data = bufferOf(payload.data);
  return payload.format === 'csv' ? readCsv(data, payload.limits) : readXlsx(data, payload.limits);
}

/** Slots of the control block shared by the streaming reader and its consumer (Int32Array). */
export const CONTROL = {
  /** Chunks posted and not yet taken by the consumer. */
  inFlight: 0,
  /** Set to 1 by the consumer to stop the reader. */
  cancel: 1,
  length: 2,
} as const;

export interface StreamSheetPayload extends ReadSheetPayload {
  /** Where the chunks go: `{ chunk: Uint8Array }` messages (UTF-8 JSON of [rowNumber, cells][]), then `{ end: lastRow }`. */
  port: MessagePort;
  /** Int32Array of CONTROL.length over a SharedArrayBuffer. */
  control: SharedArrayBuffer;
  /** Chunks that may wait for the consumer before the reader stops and waits. */
  window: number;
  /** Rows per chunk. */
  chunkRows: number;
  /** How long the reader waits for a consumer that takes nothing before it gives up (ms). */
  stallMillis: number;
}

/**
 * Read the sheet and post its rows over `port` a chunk at a time. When `window` chunks are
 * waiting, the reader blocks (Atomics.wait; it runs in its own thread) until the consumer
 * takes one, so at most `window` chunks are ever in memory between the two.
 */
export async function streamSheetRows(payload: StreamSheetPayload): Promise<{ lastRow: number }> {
  const data = bufferOf(payload.data);
  const ctl = new Int32Array(payload.control);
  const { port, limits } = payload;
  const cancelled = () => new AppError('BUSY', 'the spreadsheet reader was stopped: its reader went away', { retryAfterSeconds: 1 });
  const emit = (chunk: Buffer) => {
    if (Atomics.load(ctl, CONTROL.cancel)) throw cancelled();
    const bytes = new Uint8Array(chunk.length);
    bytes.set(chunk);
    port.postMessage({ chunk: bytes }, [bytes.buffer]);
    Atomics.add(ctl, CONTROL.inFlight, 1);
    const since = Date.now();
    for (;;) {
      const waiting = Atomics.load(ctl, CONTROL.inFlight);
      if (Atomics.load(ctl, CONTROL.cancel)) throw cancelled();
      if (waiting < payload.window) break;
      if (Date.now() - since > payload.stallMillis) throw sheetTooLarge(limits, 'maxMillis', 'the rows read were not taken in time');
      Atomics.wait(ctl, CONTROL.inFlight, waiting, 1000);
    }
  };
  const opts = { emit, chunkRows: payload.chunkRows };
  try {
    const r = payload.format === 'csv' ? readCsv(data, limits, opts) : await readXlsx(data, limits, opts);
    port.postMessage({ end: r.lastRow });
    return { lastRow: r.lastRow };
  } finally {
    port.close();
  }
}
