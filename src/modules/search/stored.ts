import { FACET_KINDS, FacetLists, type FacetListParts } from './browse.ts';
import type { HotCounts as Counts } from './hot-cross.ts';
import { MOQ_BANDS, PRICE_BANDS } from './columns.ts';
import { HotTerms, type HotEntry } from './hot-terms.ts';

/**
 * The structures a search index derives from its columns and postings for the fast paths
 * (browse.ts facet lists, sort orders and cross counts; hot-terms.ts entries) as snapshot
 * sections, so that loading a snapshot reads them instead of rebuilding them (at full scale
 * the rebuild is most of a load's time). Each structure is a set of typed arrays stored as
 * they are in memory, plus a small JSON description.
 *
 * Loading checks that the description matches what this index would build (format, document
 * count, leaf count, hot-term thresholds); any mismatch returns undefined and the caller
 * rebuilds, so a snapshot written by another version or with other options is never trusted.
 */

type Arr = Int32Array | Uint8Array | Uint16Array | Float64Array;

/**
 * Bumped whenever the layout below changes: a snapshot with another format rebuilds. Format 3 (issue
 * 15) adds the hot terms' cross counts (`hot.<i>.xv`, `hot.<i>.cross`); format 4 keeps each facet
 * value's list in browse order (quality desc, ordinal asc) instead of ascending ordinals.
 */
const FORMAT = 4;

export interface StoredMeta {
  format: number;
  docs: number;
  nLeaves: number;
  /** Hot and warm term thresholds: [hot share, hot min docs, warm share, warm min docs]. */
  hotOpts: number[];
  /** Per kind: which values have cross counts (1) and the count of values. */
  crossValues: number[];
  hot: { term: number; total: number; maxImp: number; leafLen: number; top: number; imp: boolean; warm?: boolean; cross?: boolean }[];
}

/** The length of one flattened Counts record: total, then leaf, price, moq, district, credit counts. */
const stride = (nLeaves: number) => 1 + nLeaves + PRICE_BANDS.length + MOQ_BANDS.length + 256 + 5;

/** The facet counts of `c` (leaf, price, moq, district, credit) one after the other from `at`. */
function putFacets(c: Omit<Counts, 'total'>, out: Int32Array, at: number): void {
  for (const a of [c.leaf, c.price, c.moq, c.district, c.credit]) {
    out.set(a, at);
    at += a.length;
  }
}

function flatten(c: Counts, out: Int32Array, at: number): void {
  out[at] = c.total;
  putFacets(c, out, at + 1);
}

/** A Counts record whose arrays are views of `src` (kept up to date in place, as built ones are). */
function unflatten(nLeaves: number, src: Int32Array, at: number): Counts {
  const view = (n: number) => src.subarray(at, (at += n));
  const total = src[at++]!;
  return { total, leaf: view(nLeaves), price: view(PRICE_BANDS.length), moq: view(MOQ_BANDS.length), district: view(256), credit: view(5) };
}

/** The sections to write for the facet lists and hot terms of an index of `docs` documents. */
export function packStructures(lists: FacetLists, hot: HotTerms, docs: number, hotOpts: readonly number[]): { meta: StoredMeta; arrays: [string, Arr][] } {
  const p = lists.parts();
  const arrays: [string, Arr][] = [
    ['fl.byQuality', p.byQuality],
    ['fl.byPrice', p.byPrice],
    ['fl.bySecond', p.bySecond],
  ];
  const crossValues: number[] = [];
  const s = stride(p.nLeaves);
  for (let k = 0; k < p.off.length; k++) {
    arrays.push([`fl.off.${k}`, p.off[k]!], [`fl.ords.${k}`, p.ords[k]!]);
    const row = p.cross[k]!;
    const present = new Uint8Array(row.length);
    let n = 0;
    for (let v = 0; v < row.length; v++) if (row[v]) present[v] = 1;
    for (let v = 0; v < row.length; v++) n += present[v]!;
    const flat = new Int32Array(n * s);
    let i = 0;
    for (let v = 0; v < row.length; v++) {
      if (!row[v]) continue;
      flatten(row[v]!, flat, i * s);
      i++;
    }
    arrays.push([`fl.present.${k}`, present], [`fl.cross.${k}`, flat]);
    crossValues.push(row.length);
  }
  const meta: StoredMeta = { format: FORMAT, docs, nLeaves: p.nLeaves, hotOpts: [...hotOpts], crossValues, hot: [] };
  for (const [term, e] of hot.entries()) {
    const i = meta.hot.length;
    meta.hot.push({
      term,
      total: e.total,
      maxImp: e.maxImp,
      leafLen: e.leaf.length,
      top: e.top.length,
      imp: e.imp !== undefined,
      ...(e.warm ? { warm: true } : {}),
      ...(e.cross ? { cross: true } : {}),
    });
    const counts = new Int32Array(e.leaf.length + PRICE_BANDS.length + MOQ_BANDS.length + 256 + 5);
    putFacets(e, counts, 0);
    arrays.push([`hot.${i}.counts`, counts], [`hot.${i}.top`, Int32Array.from(e.top)], [`hot.${i}.keys`, Float64Array.from(e.keys)]);
    if (e.imp) arrays.push([`hot.${i}.imp`, e.imp]);
    if (e.cross) arrays.push(...packCross(e.cross, e.leaf.length, i));
  }
  return { meta, arrays };
}

/**
 * The facet lists and hot terms from stored sections, or undefined when they were not stored,
 * were stored in another format, or do not fit this index (the caller then rebuilds them).
 */
export function unpackStructures(
  raw: unknown,
  get: (name: string) => Arr | undefined,
  docs: number,
  nLeaves: number,
  hotOpts: readonly number[],
): { lists: FacetLists; hot: HotTerms } | undefined {
  const meta = raw as Partial<StoredMeta> | undefined;
  if (!meta || meta.format !== FORMAT || meta.docs !== docs || meta.nLeaves !== Math.max(1, nLeaves)) return undefined;
  if (!Array.isArray(meta.hotOpts) || meta.hotOpts.length !== hotOpts.length || meta.hotOpts.some((x, i) => x !== hotOpts[i])) return undefined;
  if (!Array.isArray(meta.crossValues) || meta.crossValues.length !== FACET_KINDS || !Array.isArray(meta.hot)) return undefined;
  const i32 = (name: string, length?: number): Int32Array | undefined => {
    const a = get(name);
    return a instanceof Int32Array && (length === undefined || a.length === length) ? a : undefined;
  };
  const u8 = (name: string, length?: number): Uint8Array | undefined => {
    const a = get(name);
    return a instanceof Uint8Array && (length === undefined || a.length === length) ? a : undefined;
  };
  const byQuality = i32('fl.byQuality', docs);
  const byPrice = i32('fl.byPrice', docs);
  const bySecond = i32('fl.bySecond', docs);
  if (!byQuality || !byPrice || !bySecond) return undefined;
  const parts: FacetListParts = { nLeaves: meta.nLeaves, base: docs, off: [], ords: [], byQuality, byPrice, bySecond, cross: [] };
  const s = stride(meta.nLeaves);
  for (let k = 0; k < FACET_KINDS; k++) {
    const nv = meta.crossValues[k]!;
    const off = i32(`fl.off.${k}`, nv + 1);
    const ords = i32(`fl.ords.${k}`, docs);
    const present = u8(`fl.present.${k}`, nv);
    const flat = i32(`fl.cross.${k}`);
    if (!off || !ords || !present || !flat) return undefined;
    const row = new Array<Counts | undefined>(nv);
    let i = 0;
    for (let v = 0; v < nv; v++) {
      if (!present[v]) continue;
      if ((i + 1) * s > flat.length) return undefined;
      row[v] = unflatten(meta.nLeaves, flat, i * s);
      i++;
    }
    if (i * s !== flat.length) return undefined;
    parts.off.push(off);
    parts.ords.push(ords);
    parts.cross.push(row);
  }
  const entries: [number, HotEntry][] = [];
  for (let i = 0; i < meta.hot.length; i++) {
    const h = meta.hot[i]!;
    const counts = i32(`hot.${i}.counts`, h.leafLen + PRICE_BANDS.length + MOQ_BANDS.length + 256 + 5);
    const top = i32(`hot.${i}.top`, h.top);
    const keys = get(`hot.${i}.keys`);
    const imp = h.imp ? u8(`hot.${i}.imp`) : undefined;
    if (!counts || !top || !(keys instanceof Float64Array) || keys.length !== h.top || (h.imp && !imp)) return undefined;
    let at = 0;
    const take = (n: number) => counts.subarray(at, (at += n));
    const e: HotEntry = {
      total: h.total,
      leaf: take(h.leafLen),
      price: take(PRICE_BANDS.length),
      moq: take(MOQ_BANDS.length),
      district: take(256),
      credit: take(5),
      top: Array.from(top),
      keys: Array.from(keys),
      maxImp: h.maxImp,
    };
    if (imp) e.imp = imp;
    if (h.warm) e.warm = true;
    if (h.cross) {
      const cross = unpackCross(u8(`hot.${i}.xv`), i32(`hot.${i}.cross`), h.leafLen);
      if (!cross) return undefined;
      e.cross = cross;
    }
    entries.push([h.term, e]);
  }
  return { lists: FacetLists.fromParts(parts), hot: HotTerms.fromEntries(entries) };
}

/**
 * A hot term's cross counts (hot-cross.ts) as two sections: the (kind, value) pairs that have a record,
 * and the records flattened one after the other (`stride` each).
 */
function packCross(cross: (Counts | undefined)[][], leafLen: number, i: number): [string, Arr][] {
  const pairs: number[] = [];
  for (let k = 0; k < cross.length; k++) for (let v = 0; v < cross[k]!.length; v++) if (cross[k]![v]) pairs.push(k, v);
  const s = stride(leafLen);
  const flat = new Int32Array((pairs.length / 2) * s);
  for (let j = 0; j < pairs.length; j += 2) flatten(cross[pairs[j]!]![pairs[j + 1]!]!, flat, (j / 2) * s);
  return [
    [`hot.${i}.xv`, Uint8Array.from(pairs)],
    [`hot.${i}.cross`, flat],
  ];
}

/** The cross counts from packCross's sections (records are views, kept up to date in place), or undefined. */
function unpackCross(xv: Uint8Array | undefined, flat: Int32Array | undefined, leafLen: number): (Counts | undefined)[][] | undefined {
  const s = stride(leafLen);
  if (!xv || !flat || xv.length % 2 !== 0 || (xv.length / 2) * s !== flat.length) return undefined;
  const cross: (Counts | undefined)[][] = [[], [], [], [], []];
  for (let j = 0; j < xv.length; j += 2) {
    const k = xv[j]!;
    if (k < 1 || k > 4) return undefined;
    cross[k]![xv[j + 1]!] = unflatten(leafLen, flat, (j / 2) * s);
  }
  for (let k = 1; k <= 4; k++) if (!cross[k]![0]) return undefined;
  return cross;
}
