import { sql, type ControlledTransaction, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { AppError } from '../../core/errors.ts';
import type { Actor } from '../../core/auth/actor.ts';
import { restoreCell } from './csv.ts';
import { readSheet, SHEET_LIMITS, streamSheet } from '../../core/spreadsheet/read-sheet.ts';
import { sheetHeader } from '../../core/spreadsheet/sheet-table.ts';
import { rowToInput, SHEET_COLUMNS, type ColumnKey } from './spreadsheet-columns.ts';
import { ProductInput, toProductRow } from './product-input.ts';
import { ownerMerchant, resolveStall } from './products.ts';
import { heldSkus } from './listing-status.ts';
import { headerProblem, RowProblems, shown, type ProblemLike, type SheetProblem } from './sheet-problems.ts';
import { categoryResolver, columnOf, issueProblem, type ZodIssueLike } from './import-checks.ts';

export type SheetFormat = 'csv' | 'xlsx';
export const MAX_IMPORT_ROWS = 200_000;
/** At most this many problems are listed in a refusal (details.errorCount says how many there were). */
export const MAX_REPORTED_ERRORS = 1000;

export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
}
/**
 * Progress of an import. The sheet is read, checked and written as one stream, so
 * `total` is the number of data rows read so far (the final count at the last call).
 */
export type Progress = (phase: 'parse' | 'validate' | 'write', done: number, total: number) => void;

/**
 * Called inside the import's transaction for every row whose images column names
 * references (URLs or file names, in the order written), after the row's product was
 * written. Problems it returns are reported on that row (column `images` unless
 * they say otherwise) and make the whole import fail (the transaction is rolled back).
 */
// biome-ignore lint/suspicious/noConfusingVoidType: a handler with nothing to report may simply return (an `async () => {}` is a Promise<void>)
export type ImageRefsHandler = (tx: Transaction<DB>, productId: number, refs: string[]) => Promise<ProblemLike[] | void>;

export interface ImportOptions {
  /** The operator imports for this merchant; a merchant for itself. */
  merchantId?: number;
  onProgress?: Progress;
  /**
   * Takes over the images column. Without it the references must be http(s) URLs and are stored
   * as the product's `images`; with it they may be anything the handler accepts (e.g. file names
   * in an uploaded zip), are not validated here, and the products' `images` column is left to the
   * handler (new products start with none, updated ones keep theirs).
   */
  onImages?: ImageRefsHandler;
  /**
   * The caller hands the file over and does not use it after the call (an HTTP body, a file just
   * read): its memory is moved to the reading thread instead of copied, and `data` is left empty.
   */
  handOver?: boolean;
}

/**
 * Read the first sheet of an xlsx or a CSV file as rows of strings: read in a worker
 * under SHEET_LIMITS (src/core/spreadsheet/), over a limit → 413 SHEET_TOO_LARGE.
 */
export { readSheet };

/**
 * Import a merchant's products from a spreadsheet. The sheet is read as a stream of row
 * batches from a worker (src/core/spreadsheet/read-sheet.ts, `streamSheet`), each batch
 * checked and written inside one transaction as it arrives, so memory stays bounded
 * whatever the size of the sheet. All rows or none: once a row has a problem nothing
 * more is written, the rest of the sheet is still checked, and the transaction is
 * rolled back. Every problem of every row is reported once, as `{ row, column, code,
 * params }` (sheet-problems.ts): row number as in the sheet, the column's key. Rows
 * whose SKU the merchant already has update that product; a row that would set active a
 * listing held down on an IP complaint is a problem (IP_HOLD, column status), never written.
 * Throws `UNAUTHENTICATED` / `FORBIDDEN` / `VALIDATION` / `NOT_FOUND` for the
 * owner (as `createProduct`), `BAD_SPREADSHEET` for an unreadable or empty file,
 * `SHEET_TOO_LARGE` for a sheet over `MAX_IMPORT_ROWS` rows or the sheet limits,
 * and `IMPORT_REJECTED` (details: `errorCount`, `errors`: the first MAX_REPORTED_ERRORS problems) when any row is bad.
 * @example
 * ```ts
 * const report = await importProducts(db, actor, await readFile('goods.xlsx'), 'xlsx');
 * console.log(report.created, report.updated);
 * ```
 */
export async function importProducts(db: Kysely<DB>, actor: Actor, data: Buffer, format: SheetFormat, opts: ImportOptions = {}): Promise<ImportReport> {
  const merchant = await ownerMerchant(db, actor, opts.merchantId);
  const progress = opts.onProgress ?? (() => {});
  const cats = await db.selectFrom('categories').select(['id', 'code', 'name_zh', 'name_en']).execute();
  const categoryCode = categoryResolver(cats);
  const catId = new Map(cats.map((c) => [c.code, c.id]));
  const onImages = opts.onImages;
  // listings held down on an IP complaint may not be set active by a row (listing-status.ts)
  const held = await heldSkus(db, merchant);

  const listed: SheetProblem[] = [];
  let problemCount = 0;
  const badRows = new Set<number>();
  const report = (p: SheetProblem) => {
    problemCount++;
    badRows.add(p.row);
    if (listed.length < MAX_REPORTED_ERRORS) listed.push(p);
  };
  const seen = new SkuRows();
  let index: ReadonlyMap<ColumnKey, number> | undefined;
  let dataRows = 0;
  let written = 0;
  let created = 0;
  let tx: ControlledTransaction<DB> | undefined;
  let stallId: number | null = null;
  let first = true;

  const write = async (batch: { input: ProductInput; rowNo: number; refs: string[] }[]) => {
    if (batch.length === 0 || problemCount > 0) return;
    if (!tx) {
      tx = await db.startTransaction().execute();
      stallId = await resolveStall(tx, merchant);
    }
    const t = tx;
    const CHUNK = 100;
    for (let i = 0; i < batch.length; i += CHUNK) {
      const part = batch.slice(i, i + CHUNK);
      const res = await insertRows(
        t,
        part.map((v) => toProductRow(v.input, merchant, catId.get(v.input.categoryCode)!, stallId)),
        !onImages,
      );
      if (res.length < part.length) {
        // held since the import began (the import checked the held SKUs it read at the start)
        const done = new Set(res.map((r) => r.sku));
        for (const v of part) if (!done.has(v.input.sku)) report({ row: v.rowNo, column: 'status', code: 'IP_HOLD', params: { sku: shown(v.input.sku) } });
        return;
      }
      created += res.filter((r) => r.inserted).length;
      written += part.length;
      progress('write', written, dataRows);
      if (onImages) {
        const idOf = new Map(res.map((r) => [r.sku, r.id]));
        for (const v of part) {
          if (v.refs.length === 0) continue;
          const found = await onImages(t, idOf.get(v.input.sku)!, v.refs);
          for (const p of found ?? []) report({ row: v.rowNo, column: p.column ?? 'images', code: p.code, params: p.params ?? {} });
        }
      }
    }
  };

  const stream = streamSheet(data, format, SHEET_LIMITS.productImport, {
    handOver: opts.handOver ?? false,
    // small batches: a batch's JSON text (and a statement's) stays under V8's large-object size (~128 KB),
    // and its rows are checked and written before the young generation fills, so they die young instead
    // of piling up as old-generation garbage that V8 collects only lazily (the main thread grew by
    // ~140 MB of it with 1,000-row batches while its live data grew by ~3 MB)
    batchRows: 100,
    window: 16,
  });
  try {
    reading: for await (const batch of stream) {
      if (first) {
        first = false;
        progress('parse', 0, 0);
      }
      const good: { input: ProductInput; rowNo: number; refs: string[] }[] = [];
      for (const [rowNo, cells] of batch) {
        if (!index) {
          // the header is row 1; a sheet whose first row is blank has no header
          const header = sheetHeader(rowNo === 1 ? cells : [], SHEET_COLUMNS);
          if (header.errors.length) {
            for (const e of header.errors) report(headerProblem(e));
            break reading;
          }
          index = header.index;
          if (rowNo === 1) continue;
        }
        if (cells.every((c) => c.trim() === '')) continue;
        // checking a row takes tens of microseconds: let other requests in every few hundred rows
        if (++dataRows % 250 === 0) await new Promise<void>((r) => setImmediate(r));
        const idx = index;
        const get = (k: ColumnKey) => {
          const i = idx.get(k);
          // Undo the export's formula neutralisation ('=x → =x; see src/core/csv.ts), so export → import is exact.
          return i === undefined ? '' : restoreCell(cells[i] ?? '');
        };
        const problems = new RowProblems(rowNo);
        const { input, tiers, unread } = rowToInput(get, problems, categoryCode);
        const refs = input.images as string[];
        const candidate = onImages ? { ...input, images: [] } : input;
        const parsed = ProductInput.safeParse(candidate);
        if (!parsed.success) {
          const qty1Blank = get('qty_1').trim() === '';
          for (const issue of parsed.error.issues) {
            const column = columnOf(issue.path, tiers, qty1Blank);
            if (problems.has(column)) continue;
            // a check across cells says nothing when one of its cells could not be read (it holds a stand-in)
            const [head, i] = issue.path;
            if (
              issue.code === 'custom' &&
              head === 'priceTiers' &&
              typeof i === 'number' &&
              (unread.has(i) || unread.has(i - 1) || (i === 0 && problems.has('moq')))
            )
              continue;
            const { code, params } = issueProblem(issue as ZodIssueLike, column ? get(column as ColumnKey) : '');
            problems.add(column, code, params);
          }
        }
        const sku = String(input.sku);
        const firstRow = sku && !problems.has('sku') ? seen.get(sku) : undefined;
        if (firstRow) problems.add('sku', 'DUPLICATE_SKU', { sku: shown(sku), firstRow });
        else if (sku && !problems.has('sku')) seen.set(sku, rowNo);
        if (held.size > 0 && parsed.success && parsed.data.status === 'active' && held.has(parsed.data.sku))
          problems.add('status', 'IP_HOLD', { sku: shown(parsed.data.sku) });
        for (const p of problems.list) report(p);
        if (problems.list.length === 0 && parsed.success) good.push({ input: parsed.data, rowNo, refs });
      }
      progress('validate', dataRows, dataRows);
      await write(good);
    }
    if (problemCount) throw reject(listed, problemCount, badRows.size);
    if (!index || dataRows === 0) throw new AppError('BAD_SPREADSHEET', 'the sheet has no product rows under the header row');
    if (dataRows > MAX_IMPORT_ROWS) throw new AppError('BAD_SPREADSHEET', `at most ${MAX_IMPORT_ROWS} rows per import; split the file`);
    // the writing transaction was opened by the first row written
    const t = tx as ControlledTransaction<DB> | undefined;
    if (t) await t.commit().execute();
    tx = undefined;
  } finally {
    const t = tx as ControlledTransaction<DB> | undefined;
    if (t) await t.rollback().execute();
  }
  return { rows: written, created, updated: written - created };
}

/**
 * SKU → the sheet row that first had it, for up to 200,000 rows without a JS string and a Map entry
 * for each: the SKUs' UTF-8 bytes end to end in one buffer, open addressing over typed arrays. Kept
 * off the JS heap, it does not make V8 grow the main thread's heap as the import goes on.
 */
class SkuRows {
  private bytes = Buffer.allocUnsafe(64 * 1024);
  private used = 0;
  private starts = new Uint32Array(1024);
  private ends = new Uint32Array(1024);
  private hashes = new Uint32Array(1024);
  private rows = new Uint32Array(1024);
  private count = 0;
  /** Entry index + 1 per slot, 0 = empty; a power of two, at most half full. */
  private slots = new Uint32Array(2048);

  get(sku: string): number | undefined {
    const h = hashOf(sku);
    const at = this.find(sku, h);
    const e = this.slots[at]!;
    return e === 0 ? undefined : this.rows[e - 1];
  }

  set(sku: string, row: number): void {
    const h = hashOf(sku);
    const at = this.find(sku, h);
    const e = this.slots[at]!;
    if (e !== 0) {
      this.rows[e - 1] = row;
      return;
    }
    const need = Buffer.byteLength(sku, 'utf8');
    if (this.used + need > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + need));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    if (this.count === this.rows.length) {
      const n = this.rows.length * 2;
      const grow = (a: Uint32Array) => {
        const b = new Uint32Array(n);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.hashes = grow(this.hashes);
      this.rows = grow(this.rows);
    }
    const i = this.count++;
    this.starts[i] = this.used;
    this.used += this.bytes.write(sku, this.used, 'utf8');
    this.ends[i] = this.used;
    this.hashes[i] = h;
    this.rows[i] = row;
    this.slots[at] = i + 1;
    if (this.count * 2 > this.slots.length) this.rehash();
  }

  private find(sku: string, h: number): number {
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const e = this.slots[at]!;
      if (e === 0) return at;
      const i = e - 1;
      if (this.hashes[i] === h && this.bytes.toString('utf8', this.starts[i], this.ends[i]) === sku) return at;
    }
  }

  private rehash(): void {
    const slots = new Uint32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let i = 0; i < this.count; i++) {
      let at = this.hashes[i]! & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = i + 1;
    }
    this.slots = slots;
  }
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Columns of ProductRow that hold JSON text (jsonb in the table). */
const JSON_COLUMNS = new Set(['titles', 'attributes', 'price_tiers', 'images']);

/**
 * Insert (or update by SKU) a part of a batch in one statement with one parameter: the rows as a
 * JSON array read by jsonb_populate_recordset, so a statement costs the main thread one string of
 * the rows' own size instead of a query tree and a parameter array of rows × columns values.
 * Without `withImages` the images column is left out (new products get the default, updated ones keep theirs).
 * A row that would set active a listing under an IP hold (taken down since the import read the
 * held SKUs) is not written and not returned: the caller reports it.
 */
async function insertRows(
  t: Transaction<DB> | ControlledTransaction<DB>,
  rows: ReturnType<typeof toProductRow>[],
  withImages: boolean,
): Promise<{ id: number; sku: string; inserted: boolean }[]> {
  const cols = Object.keys(rows[0]!).filter((c) => withImages || c !== 'images');
  const parts: string[] = [];
  for (const row of rows) {
    const r = row as Record<string, unknown>;
    parts.push(`{${cols.map((c) => `"${c}":${JSON_COLUMNS.has(c) ? (r[c] as string) : JSON.stringify(r[c] ?? null)}`).join(',')}}`);
  }
  const json = `[${parts.join(',')}]`;
  const updated = cols.filter((c) => c !== 'merchant_id' && c !== 'sku' && c !== 'stall_id');
  const res = await sql<{ id: number | string; sku: string; inserted: boolean }>`
    insert into products (${sql.join(cols.map((c) => sql.ref(c)))})
    select ${sql.join(cols.map((c) => sql.ref(`r.${c}`)))} from jsonb_populate_recordset(null::products, ${json}::jsonb) as r
    on conflict (merchant_id, sku) do update set ${sql.join(updated.map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`))}, updated_at = now()
      where not products.ip_hold or excluded.status <> 'active'
    returning id, sku, (xmax = 0) as inserted`.execute(t);
  return res.rows.map((r) => ({ id: Number(r.id), sku: r.sku, inserted: r.inserted }));
}

/** 422 IMPORT_REJECTED: the problems (codes and parameters; the first MAX_REPORTED_ERRORS of `count`), nothing written. */
function reject(errors: SheetProblem[], count: number, rows: number): AppError {
  return new AppError('IMPORT_REJECTED', `${count} problem(s) in ${rows} row(s); nothing was imported. Fix the rows listed and upload the file again.`, {
    errorCount: count,
    errors,
  });
}
