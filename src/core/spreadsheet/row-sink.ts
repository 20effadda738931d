/**
 * Where a reader puts the rows it finds: checks the row, column, cell, text
 * and time limits as each cell arrives, and keeps the rows compactly as JSON
 * text chunks of `[rowNumber, cells]` pairs (sparse: rows that are not in
 * the file take no space). The chunks cross the thread boundary as a few
 * strings and are turned into rows on the other side a chunk at a time.
 */
import { sheetTooLarge, type SheetLimits } from './sheet-limits.ts';

/**
 * What the worker sends back: UTF-8 JSON chunks of [rowNumber (1-based), cells][] laid end to end
 * in one SharedArrayBuffer (shared, not copied, when posted between threads), where each chunk ends,
 * and the highest row number.
 */
export interface SheetRows {
  data: SharedArrayBuffer;
  ends: number[];
  lastRow: number;
}

const CHUNK_ROWS = 500;

export interface RowSinkOptions {
  /**
   * Stream instead of keeping: each chunk (UTF-8 JSON of [rowNumber, cells][]) is handed to `emit`
   * as soon as it is full, and `finish` returns no rows. `emit` may block (back-pressure); the time
   * it takes is not counted against `maxMillis`.
   */
  emit?: (chunk: Buffer) => void;
  /** Rows per chunk (default 500). */
  chunkRows?: number;
}

export class RowSink {
  private readonly chunks: Buffer[] = [];
  private pending: [number, string[]][] = [];
  private cells = 0;
  private rows = 0;
  private chars = 0;
  private lastRow = 0;
  private deadline: number;
  private waited = 0;
  private readonly chunkRows: number;

  constructor(
    private readonly limits: SheetLimits,
    private readonly options: RowSinkOptions = {},
  ) {
    this.deadline = Date.now() + limits.maxMillis;
    this.chunkRows = options.chunkRows ?? CHUNK_ROWS;
  }

  /** Refuse a row number beyond the limit the moment it is seen. */
  checkRow(rowNo: number): void {
    if (rowNo > this.limits.maxRows) this.tooLarge('maxRows', `row ${rowNo.toLocaleString('en-US')} found`);
  }

  checkColumn(col: number, rowNo: number): void {
    if (col > this.limits.maxColumns) this.tooLarge('maxColumns', `row ${rowNo} has a cell in column ${col > 16384 ? 'beyond XFD' : col}`);
  }

  /** Count one cell (before its value is read). */
  countCell(): void {
    if (++this.cells > this.limits.maxCells) this.tooLarge('maxCells', `more cells than that`);
    if ((this.cells & 0x3fff) === 0) this.checkTime();
  }

  /** Count a value's characters; refuses an over-long cell. */
  checkText(length: number, where: () => string): void {
    if (length > this.limits.maxCellChars) this.tooLarge('maxCellChars', `${where()} is longer than that`);
  }

  /** A finished row; `cells` may be sparse, holes become ''. */
  row(rowNo: number, cells: string[]): void {
    this.checkRow(rowNo);
    // row elements repeating a number count too: no more rows are kept than the limit allows
    if (++this.rows > this.limits.maxRows) this.tooLarge('maxRows', `more than that many rows (row ${rowNo} repeated)`);
    if (rowNo > this.lastRow) this.lastRow = rowNo;
    if (cells.length === 0) return;
    const out = new Array<string>(cells.length);
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i] ?? '';
      this.chars += v.length;
      out[i] = v;
    }
    if (this.chars > this.limits.maxTextChars)
      this.tooLarge('maxTextChars', `the text reached ${this.chars.toLocaleString('en-US')} characters by row ${rowNo}`);
    this.pending.push([rowNo, out]);
    if (this.pending.length >= this.chunkRows) this.flush();
  }

  checkTime(): void {
    if (Date.now() > this.deadline)
      this.tooLarge(
        'maxMillis',
        `reading took longer than that${this.waited ? ` (not counting ${Math.round(this.waited / 1000)} s spent waiting for the rows to be taken)` : ''}`,
      );
  }

  finish(): SheetRows {
    this.flush();
    if (this.options.emit) return { data: new SharedArrayBuffer(0), ends: [], lastRow: this.lastRow };
    const total = this.chunks.reduce((n, c) => n + c.length, 0);
    const data = new SharedArrayBuffer(total);
    const view = new Uint8Array(data);
    const ends: number[] = [];
    let at = 0;
    for (const c of this.chunks.splice(0)) {
      view.set(c, at);
      at += c.length;
      ends.push(at);
    }
    return { data, ends, lastRow: this.lastRow };
  }

  private flush(): void {
    if (this.pending.length) {
      const chunk = Buffer.from(JSON.stringify(this.pending), 'utf8');
      this.pending = [];
      const emit = this.options.emit;
      if (emit) {
        // waiting for the consumer is not reading time
        const t0 = Date.now();
        emit(chunk);
        const waited = Date.now() - t0;
        this.deadline += waited;
        this.waited += waited;
      } else this.chunks.push(chunk);
    }
    this.checkTime();
  }

  private tooLarge(limit: keyof SheetLimits, found: string): never {
    throw sheetTooLarge(this.limits, limit, found);
  }
}

/**
 * The rows as the callers have always had them: index r is sheet row r+1,
 * rows absent from the file are empty. Yields to the event loop between
 * chunks so that a large sheet does not hold up other requests.
 */
export async function rowsFrom(result: SheetRows): Promise<string[][]> {
  const rows: string[][] = new Array(result.lastRow);
  let start = 0;
  for (let i = 0; i < result.ends.length; i++) {
    const end = result.ends[i]!;
    const pairs = JSON.parse(Buffer.from(result.data, start, end - start).toString('utf8')) as [number, string[]][];
    start = end;
    for (const [rowNo, cells] of pairs) rows[rowNo - 1] = cells;
    if (i + 1 < result.ends.length) await new Promise<void>((r) => setImmediate(r));
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return rows;
}
