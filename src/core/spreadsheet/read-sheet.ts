/**
 * readSheet: the first sheet of an xlsx or a CSV upload as rows of strings,
 * read in a worker thread of a small bounded pool under SHEET_LIMITS, so a
 * hostile or huge file neither blocks other requests nor grows the process
 * without bound. streamSheet: the same rows as a stream of batches, for
 * sheets too large to hold as string[][] (the product import): the worker
 * posts a batch at a time over a MessagePort and waits while a few batches
 * are still untaken, so memory stays bounded whatever the sheet's size.
 * The pool has two workers and four waiting places; a fifth waiting upload
 * is refused at once with 503 BUSY and Retry-After. The workers are stopped
 * after a few idle seconds, so their memory is given back and a CLI run or a
 * test can exit.
 */
import { MessageChannel } from 'node:worker_threads';
import { WorkPool } from '../work-pool.ts';
import { rowsFrom, type SheetRows } from './row-sink.ts';
import { SHEET_LIMITS, type SheetLimits } from './sheet-limits.ts';
import { CONTROL, type ReadSheetPayload, type SheetFormat, type StreamSheetPayload } from './sheet-reader.ts';

export { SHEET_LIMITS, type SheetLimits } from './sheet-limits.ts';
export type { SheetFormat } from './sheet-reader.ts';

const TASK = new URL('./sheet-reader.ts', import.meta.url);
const IDLE_MS = 2000;
let pool: WorkPool | undefined;
let idleTimer: NodeJS.Timeout | undefined;

function thePool(): WorkPool {
  clearTimeout(idleTimer);
  // a small young generation: the reader makes short-lived strings at a high rate, and V8 would otherwise grow it to tens of MB per worker
  // (reading the 200,000-row xlsx alone: RSS +107–113 MB with 16 MB, +99–101 MB with 4 MB, same time)
  pool ??= new WorkPool({ name: 'spreadsheets', size: 2, maxQueue: 4, retryAfterSeconds: 10, maxYoungMb: 4 });
  return pool;
}

function closeWhenIdle(): void {
  const p = pool;
  if (!p) return;
  const { running, queued } = p.load();
  if (running + queued > 0) return;
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    const l = p.load();
    if (pool === p && l.running + l.queued === 0) {
      pool = undefined;
      void p.close();
    }
  }, IDLE_MS);
}

/**
 * Rows of the sheet: index r is sheet row r+1, missing rows and cells are ''.
 * Over a limit → 413 SHEET_TOO_LARGE naming it; damaged → 400 BAD_SPREADSHEET.
 */
export async function readSheet(data: Buffer, format: SheetFormat, limits: SheetLimits = SHEET_LIMITS.import): Promise<string[][]> {
  const bytes = bytesFor(data, false);
  const payload: ReadSheetPayload = { data: bytes, format, limits };
  let result: SheetRows;
  try {
    result = await thePool().run<SheetRows>(TASK, 'readSheetRows', payload, { timeoutMs: limits.maxMillis + 5000, transfer: [bytes] });
  } finally {
    closeWhenIdle();
  }
  return rowsFrom(result);
}

/** One batch of a streamed sheet: [rowNumber (1-based, as in the sheet), cells] in the order of the file. */
export type SheetBatch = [number, string[]][];

export interface StreamSheetOptions {
  /** Rows per batch (default 1,000). */
  batchRows?: number;
  /** Batches read ahead of the consumer (default 4). */
  window?: number;
  /** The reader gives up when the consumer takes nothing for this long (default 5 minutes). */
  stallMillis?: number;
  /** Wall-clock limit of the whole stream, consumer included (default 30 minutes). */
  timeoutMs?: number;
  /**
   * The caller hands `data` over and will not use it again: when the Buffer is the whole of its own
   * ArrayBuffer, that memory is moved to the reader's thread instead of copied, and `data` is left
   * empty (detached). Otherwise (a slice, a pooled or shared buffer) a copy is sent as without it.
   */
  handOver?: boolean;
}

/** The bytes to send to the worker: the caller's own ArrayBuffer when handed over and not shared, else a private copy. */
function bytesFor(data: Buffer, handOver: boolean): ArrayBuffer {
  const own = data.buffer;
  if (handOver && own instanceof ArrayBuffer && data.byteOffset === 0 && data.byteLength === own.byteLength && own.byteLength > 64 * 1024) return own;
  // a private copy: the caller's Buffer may share its memory with others
  const copy = new Uint8Array(data.length);
  copy.set(data);
  return copy.buffer;
}

/**
 * The rows of the sheet as batches, read in a worker as they are consumed: at most `window`
 * batches wait between the reader and the consumer. Leaving the loop early (break, throw)
 * stops the reader. Limits and errors as readSheet (413 SHEET_TOO_LARGE, 400 BAD_SPREADSHEET,
 * 503 BUSY when the pool is full); a failure is thrown at the consumer's next step.
 * Returns (as the generator's value) the highest row number.
 * @example
 * ```ts
 * for await (const batch of streamSheet(file, 'xlsx')) for (const [rowNo, cells] of batch) check(rowNo, cells);
 * ```
 */
export async function* streamSheet(
  data: Buffer,
  format: SheetFormat,
  limits: SheetLimits = SHEET_LIMITS.import,
  opts: StreamSheetOptions = {},
): AsyncGenerator<SheetBatch, { lastRow: number }> {
  const bytes = bytesFor(data, opts.handOver ?? false);
  const { port1, port2 } = new MessageChannel();
  const control = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * CONTROL.length);
  const ctl = new Int32Array(control);
  const queue: Uint8Array[] = [];
  let end: number | undefined;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  port1.on('message', (m: { chunk?: Uint8Array; end?: number }) => {
    if (m.chunk) queue.push(m.chunk);
    else if (m.end !== undefined) end = m.end;
    wake?.();
  });
  const payload: StreamSheetPayload = {
    data: bytes,
    format,
    limits,
    port: port2,
    control,
    window: opts.window ?? 4,
    chunkRows: opts.batchRows ?? 1000,
    stallMillis: opts.stallMillis ?? 5 * 60_000,
  };
  let job: Promise<unknown>;
  try {
    job = thePool().run(TASK, 'streamSheetRows', payload, { timeoutMs: opts.timeoutMs ?? 30 * 60_000, transfer: [bytes, port2] });
  } catch (e) {
    port1.close();
    closeWhenIdle();
    throw e;
  }
  job.then(
    () => wake?.(),
    (error: unknown) => {
      failure = { error };
      wake?.();
    },
  );
  try {
    for (;;) {
      if (failure) throw failure.error;
      const chunk = queue.shift();
      if (chunk) {
        Atomics.sub(ctl, CONTROL.inFlight, 1);
        Atomics.notify(ctl, CONTROL.inFlight);
        yield JSON.parse(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8')) as SheetBatch;
        continue;
      }
      if (end !== undefined) return { lastRow: end };
      await new Promise<void>((r) => {
        wake = r;
      });
      wake = undefined;
    }
  } finally {
    Atomics.store(ctl, CONTROL.cancel, 1);
    Atomics.notify(ctl, CONTROL.inFlight);
    port1.close();
    await job.catch(() => {});
    closeWhenIdle();
  }
}
