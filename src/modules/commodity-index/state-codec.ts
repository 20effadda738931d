/**
 * Compact, lossless byte layouts of the weekly run's stored state (run
 * lengths, item categories, reference prices); see docs/commodity-index.md §13.7.
 */
import { float64From, int32From, toBytes, uint16From } from './data-path.ts';

/**
 * Run lengths and item categories are stored in few bytes, the layout
 * following from the byte length and item_count n (docs §13.7):
 * run lengths — sparse (int32 item, uint16 run) for the non-zero ones when
 * that is shorter than n bytes, else 1 byte per item when all are < 256, else 2;
 * categories — 2 bytes per item when all ids are < 65,536, else a dictionary
 * (2-byte index per item, then the d distinct ids as int32, then d as int32)
 * when d + 1 < n / 2 and d ≤ 65,536, else 4 bytes per item. Little-endian.
 */
export function narrowRuns(a: Uint16Array): Uint8Array {
  let max = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    const v = a[i] as number;
    if (v > max) max = v;
    if (v !== 0) k++;
  }
  if (6 * k < a.length) {
    const out = new Uint8Array(6 * k);
    const dv = new DataView(out.buffer);
    let o = 0;
    for (let i = 0; i < a.length; i++) {
      const v = a[i] as number;
      if (v === 0) continue;
      dv.setInt32(o, i, true);
      dv.setUint16(o + 4, v, true);
      o += 6;
    }
    return out;
  }
  if (max < 256) return Uint8Array.from(a);
  return toBytes(a);
}
export function widenRuns(b: Uint8Array, n: number): Uint16Array {
  if (b.byteLength === 2 * n) return uint16From(b);
  if (b.byteLength === n) return Uint16Array.from(b);
  if (b.byteLength % 6 !== 0 || b.byteLength >= n) throw new Error('index_states: imputed_runs has a broken length');
  const a = new Uint16Array(n);
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let o = 0; o < b.byteLength; o += 6) a[dv.getInt32(o, true)] = dv.getUint16(o + 4, true);
  return a;
}
export function narrowCategories(a: Int32Array): Uint8Array {
  const n = a.length;
  let min = 0;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const v = a[i] as number;
    if (v > max) max = v;
    else if (v < min) min = v;
  }
  if (min >= 0 && max < 65536) return toBytes(Uint16Array.from(a));
  const index = new Map<number, number>();
  const idx = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const v = a[i] as number;
    let x = index.get(v);
    if (x === undefined) {
      x = index.size;
      if (x >= 65536 || x + 2 >= n / 2) return toBytes(a);
      index.set(v, x);
    }
    idx[i] = x;
  }
  const d = index.size;
  const out = new Uint8Array(2 * n + 4 * d + 4);
  out.set(toBytes(idx));
  const dv = new DataView(out.buffer);
  for (const [v, x] of index) dv.setInt32(2 * n + 4 * x, v, true);
  dv.setInt32(2 * n + 4 * d, d, true);
  return out;
}
export function widenCategories(b: Uint8Array, n: number): Int32Array {
  if (b.byteLength === 4 * n) return int32From(b);
  if (b.byteLength === 2 * n) return Int32Array.from(uint16From(b));
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const d = b.byteLength >= 2 * n + 4 ? dv.getInt32(b.byteLength - 4, true) : -1;
  if (d < 0 || b.byteLength !== 2 * n + 4 * d + 4) throw new Error('index_states: item_category has a broken length');
  const dict = new Int32Array(d);
  for (let x = 0; x < d; x++) dict[x] = dv.getInt32(2 * n + 4 * x, true);
  const idx = uint16From(b.subarray(0, 2 * n));
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = dict[idx[i] as number] as number;
  return a;
}
/** For the tests: the state encodings round-trip. */
export const stateCodecs = { narrowRuns, widenRuns, narrowCategories, widenCategories };

/**
 * Reference prices: observed ones are integers (minor units), imputed ones
 * are not. Stored as 4 bytes per item (the integer price, 0 = none) followed
 * by 12-byte exceptions (item index int32, float64) for the others — when
 * those are at most a quarter of the items (the byte length then differs from
 * the 8 bytes per item of the plain float64 layout, which is used otherwise).
 * Lossless either way.
 */
export function packRefPrices(a: Float64Array): Uint8Array {
  const n = a.length;
  const u = new Uint32Array(n);
  const exc: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = a[i] as number;
    if (Number.isNaN(v)) continue;
    if (v > 0 && v < 4294967296 && Number.isInteger(v)) u[i] = v;
    else {
      exc.push(i);
      if (exc.length > n / 4) return toBytes(a);
    }
  }
  const out = new Uint8Array(4 * n + 12 * exc.length);
  out.set(new Uint8Array(u.buffer));
  const dv = new DataView(out.buffer);
  let o = 4 * n;
  for (const i of exc) {
    dv.setInt32(o, i, true);
    dv.setFloat64(o + 4, a[i] as number, true);
    o += 12;
  }
  return out;
}
export function unpackRefPrices(b: Uint8Array, n: number): Float64Array {
  if (b.byteLength === 8 * n) return float64From(b);
  if ((b.byteLength - 4 * n) % 12 !== 0 || b.byteLength < 4 * n) throw new Error('index_states: ref_price has a broken length');
  const u = new Uint32Array(uint16From(b.subarray(0, 4 * n)).buffer);
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = u[i] as number;
    a[i] = v === 0 ? Number.NaN : v;
  }
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let o = 4 * n; o < b.byteLength; o += 12) a[dv.getInt32(o, true)] = dv.getFloat64(o + 4, true);
  return a;
}
