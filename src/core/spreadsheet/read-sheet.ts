/**
 * readSheet: the first sheet of an xlsx or a CSV upload as rows of strings,
 * read in a worker thread of a small bounded pool under SHEET_LIMITS, so a
 * hostile or huge file neither blocks other requests nor grows the process
 * without bound. The pool has one worker and four waiting places; a fifth
 * waiting upload is refused at once with 503 BUSY and Retry-After. The worker
 * is stopped after a few idle seconds, so its memory is given back and a CLI
 * run or a test can exit.
 */
import { WorkPool } from '../work-pool.ts';
import { rowsFrom, type SheetRows } from './row-sink.ts';
import { SHEET_LIMITS, type SheetLimits } from './sheet-limits.ts';
import type { ReadSheetPayload, SheetFormat } from './sheet-reader.ts';

export { SHEET_LIMITS, type SheetLimits } from './sheet-limits.ts';
export type { SheetFormat } from './sheet-reader.ts';

const TASK = new URL('./sheet-reader.ts', import.meta.url);
const IDLE_MS = 2000;
let pool: WorkPool | undefined;
let idleTimer: NodeJS.Timeout | undefined;

function thePool(): WorkPool {
  clearTimeout(idleTimer);
  pool ??= new WorkPool({ name: 'spreadsheets', size: 1, maxQueue: 4, retryAfterSeconds: 10 });
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
  // a private copy is handed over: the caller's Buffer may share its memory with others
  const copy = new Uint8Array(data.length);
  copy.set(data);
  const payload: ReadSheetPayload = { data: copy.buffer, format, limits };
  let result: SheetRows;
  try {
    result = await thePool().run<SheetRows>(TASK, 'readSheetRows', payload, { timeoutMs: limits.maxMillis + 5000, transfer: [copy.buffer] });
  } finally {
    closeWhenIdle();
  }
  return rowsFrom(result);
}
