/**
 * The process's garbage collection kept tight: the old generation may grow
 * to 1 + TIGHT_PERCENT/100 times what survived the last full collection
 * before V8 collects again, instead of V8's own factor (up to 4 for a small
 * heap).
 *
 * Why: a spreadsheet import makes a lot of short-lived data that outlives the
 * young generation (rows checked while the database writes the previous
 * batch). On a server whose live heap is ~50 MB, that garbage grew the main
 * thread by ~120 MB before V8 collected it, while the data the import kept
 * grew by ~3 MB; with the factor fixed at 1.3 the largest import grows the
 * process by about +85 MB instead of +200 MB (bench/import.ts, docs/security.md).
 * The price is more frequent full collections: about 10 more while a
 * full-scale search index (870 MB) is built, each mostly concurrent marking.
 *
 * V8 reads the factor at each collection, but a limit already computed stays
 * until the next one, so this is set once when the process starts (bin/yiwu.js
 * for the server and the CLI; bench/import.ts measures with it), not around
 * an import.
 */
import v8 from 'node:v8';

/** The old generation may grow by this share over what survived the last full collection. */
export const TIGHT_PERCENT = 30;

let done = false;

/**
 * The growing percent a process runs with: TIGHT_PERCENT, or YIWU_HEAP_GROWING_PERCENT (an integer 10–400, or `v8`
 * for V8's own factor: undefined). The trade, measured at full scale (docs/search.md): V8's own factor makes a
 * search server's full collections rarer (HTTP p99 ~23 instead of ~27 ms) for ~+150–250 MB of RSS, and lets an
 * import's garbage grow the process more (above).
 */
export function heapGrowingPercent(setting: string | undefined): number | undefined {
  if (setting === undefined || setting === '') return TIGHT_PERCENT;
  if (setting === 'v8') return undefined;
  const n = Number(setting);
  if (!Number.isInteger(n) || n < 10 || n > 400) throw new Error(`YIWU_HEAP_GROWING_PERCENT must be an integer from 10 to 400, or v8; got ${setting}`);
  return n;
}

/** Fix V8's heap growing factor for this process (idempotent; call early, before the heap grows). */
export function tightenHeap(setFlags: (flags: string) => void = v8.setFlagsFromString): void {
  if (done) return;
  done = true;
  const percent = heapGrowingPercent(process.env.YIWU_HEAP_GROWING_PERCENT);
  if (percent !== undefined) setFlags(`--heap-growing-percent=${percent}`);
}
