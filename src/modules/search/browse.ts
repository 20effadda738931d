import type { DocColumns } from './columns.ts';
import { MOQ_BANDS, PRICE_BANDS } from './columns.ts';
import { emptyCounts as newCounts, type HotCounts as Counts, hotCross } from './hot-cross.ts';
import type { HotEntry } from './hot-terms.ts';
import type { ExecFilter, ExecOutput } from './query.ts';
import { QUALITY_BOOST } from './query.ts';
import { TopK } from './topk.ts';
import type { SearchSort } from './types.ts';

/**
 * Fast paths for large match sets: browsing (no text) and one hot term (a word in ≥ 5 % of all
 * documents), with filters and any sort. Without them every such query visits every matching
 * document — millions at full scale — to count facets and feed the heap.
 *
 * Structures (built over the main segment at build/compaction/load; documents added since — the
 * delta, ordinals ≥ `base` — are always visited one by one):
 *
 * - **Per-facet-value ordinal lists** (CSR; per value in browse order: quality desc, ordinal asc) for
 *   the leaf category, price band, MOQ band, district and credit class: a filter's candidates are the
 *   lists of the values it selects, not the whole index, and browsing one filter by relevance takes the
 *   first k of each selected list.
 * - **Per-value facet counts** ("cross counts"): for every value of every facet, the counts of all
 *   facets over the live documents having that value, kept exact under upsert/remove. Browsing by
 *   one facet whose selection is a union of whole values (a category, a district, a credit class, a
 *   price range on band bounds, an MOQ maximum on a band bound) adds up these counts — no document
 *   is visited to count.
 * - **Sort orders**: all main ordinals by quality (desc), by price (asc) and by creation second
 *   (desc), radix-sorted (ties by ordinal). A sorted page is found by walking the order, testing
 *   each document against the filters (and the hot term's dense impact column), until the heap is
 *   full and the walk has passed the heap's worst key: about k · N / matches documents.
 *
 * Exactness: totals and facets are the same numbers the plain scan computes (disjunctive facets:
 * the filter a document alone fails counts it in that filter's facet); the top k are the same
 * (key, ordinal) order. The property tests in test/search-fastpaths.test.ts compare both.
 */

type Kind = 0 | 1 | 2 | 3 | 4; // leaf, price band, moq band, district, credit
const KINDS = 5;
const VALUES = [0, PRICE_BANDS.length, MOQ_BANDS.length, 256, 5];

function facetValue(cols: DocColumns, kind: number, d: number): number {
  return kind === 0 ? cols.leaf[d]! : kind === 1 ? cols.priceBand[d]! : kind === 2 ? cols.moqBand[d]! : kind === 3 ? cols.district[d]! : cols.credit[d]!;
}

/** Stable LSD radix sort of the ordinals 0..n−1 by an unsigned 32-bit key (ties keep ascending ordinals). */
function radixOrder(n: number, key: (d: number) => number): Int32Array {
  const keys = new Uint32Array(n);
  for (let d = 0; d < n; d++) keys[d] = key(d) >>> 0;
  let a = new Int32Array(n);
  for (let d = 0; d < n; d++) a[d] = d;
  let b = new Int32Array(n);
  for (const shift of [0, 16]) {
    const cnt = new Int32Array(65537);
    for (let i = 0; i < n; i++) cnt[((keys[a[i]!]! >>> shift) & 0xffff) + 1]!++;
    for (let i = 0; i < 65536; i++) cnt[i + 1]! += cnt[i]!;
    for (let i = 0; i < n; i++) {
      const d = a[i]!;
      b[cnt[(keys[d]! >>> shift) & 0xffff]!++] = d;
    }
    [a, b] = [b, a];
  }
  return a;
}

const second = (ms: number): number => Math.max(0, Math.min(0xffffffff, Math.floor(ms / 1000)));

/** What a snapshot keeps of the facet lists (per kind: CSR offsets and ordinals, cross counts by value). */
export interface FacetListParts {
  nLeaves: number;
  base: number;
  off: Int32Array[];
  ords: Int32Array[];
  byQuality: Int32Array;
  byPrice: Int32Array;
  bySecond: Int32Array;
  cross: (Counts | undefined)[][];
}

export { KINDS as FACET_KINDS };

export class FacetLists {
  /** Ordinals below `base` are in the lists and orders. */
  base = 0;
  private readonly off: Int32Array[] = [];
  private readonly ords: Int32Array[] = [];
  byQuality: Int32Array = new Int32Array(0);
  byPrice: Int32Array = new Int32Array(0);
  bySecond: Int32Array = new Int32Array(0);
  /** cross[kind][value]: facet counts over the live documents with that value (allocated when first used). */
  private readonly cross: (Counts | undefined)[][] = [];

  constructor(private readonly nLeaves: number) {}

  static build(cols: DocColumns, nLeaves: number): FacetLists {
    const fl = new FacetLists(Math.max(1, nLeaves));
    const n = cols.size;
    fl.base = n;
    fl.byQuality = radixOrder(n, (d) => 255 - cols.quality[d]!);
    for (let k = 0; k < KINDS; k++) {
      const nv = k === 0 ? fl.nLeaves : VALUES[k]!;
      const off = new Int32Array(nv + 1);
      for (let d = 0; d < n; d++) off[facetValue(cols, k, d) + 1]!++;
      for (let v = 0; v < nv; v++) off[v + 1]! += off[v]!;
      const cur = off.slice(0, nv);
      const ords = new Int32Array(n);
      // Each value's list in browse order (quality desc, ordinal asc): see `bestOf`.
      for (let i = 0; i < n; i++) {
        const d = fl.byQuality[i]!;
        ords[cur[facetValue(cols, k, d)]!++] = d;
      }
      fl.off.push(off);
      fl.ords.push(ords);
      fl.cross.push(new Array<Counts | undefined>(nv));
    }
    for (let d = 0; d < n; d++) if (!cols.dead[d]) fl.added(cols, d);
    fl.byPrice = radixOrder(n, (d) => cols.price[d]!);
    fl.bySecond = radixOrder(n, (d) => 0xffffffff - second(cols.created[d]!));
    return fl;
  }

  /** Its arrays as they are, for a snapshot (stored.ts); `fromParts` takes them back. */
  parts(): FacetListParts {
    return {
      nLeaves: this.nLeaves,
      base: this.base,
      off: this.off,
      ords: this.ords,
      byQuality: this.byQuality,
      byPrice: this.byPrice,
      bySecond: this.bySecond,
      cross: this.cross,
    };
  }

  static fromParts(p: FacetListParts): FacetLists {
    const fl = new FacetLists(p.nLeaves);
    fl.base = p.base;
    fl.off.push(...p.off);
    fl.ords.push(...p.ords);
    fl.cross.push(...p.cross);
    fl.byQuality = p.byQuality;
    fl.byPrice = p.byPrice;
    fl.bySecond = p.bySecond;
    return fl;
  }

  /** A live document was added (or built): counted in the cross counts of its values. */
  added(cols: DocColumns, d: number): void {
    this.bump(cols, d, 1);
  }

  /** A document is being removed (still readable in the columns). */
  removed(cols: DocColumns, d: number): void {
    this.bump(cols, d, -1);
  }

  private bump(cols: DocColumns, d: number, by: number): void {
    const lf = cols.leaf[d]!;
    if (lf >= this.nLeaves || this.cross.length === 0) return; // a leaf unknown at build time: queries with it use the scan
    for (let k = 0; k < KINDS; k++) {
      const v = facetValue(cols, k, d);
      const row = this.cross[k]!;
      const c = (row[v] ??= newCounts(this.nLeaves));
      c.total += by;
      c.leaf[lf]! += by;
      c.price[cols.priceBand[d]!]! += by;
      c.moq[cols.moqBand[d]!]! += by;
      c.district[cols.district[d]!]! += by;
      c.credit[cols.credit[d]!]! += by;
    }
  }

  listSize(kind: number, v: number): number {
    const off = this.off[kind]!;
    return v + 1 < off.length ? off[v + 1]! - off[v]! : 0;
  }

  bytes(): number {
    let b = this.byQuality.byteLength + this.byPrice.byteLength + this.bySecond.byteLength;
    for (let k = 0; k < this.off.length; k++) b += this.off[k]!.byteLength + this.ords[k]!.byteLength;
    for (const row of this.cross) for (const c of row) if (c) b += (this.nLeaves + 275) * 4 + 64;
    return b;
  }

  /**
   * Answers a browse (`member` undefined) or a one-hot-term query, or returns undefined when this
   * path does not apply (the caller then scans). `all` holds the exact counts of every matching
   * document without filters (the browse or hot-term entry).
   */
  run(
    cols: DocColumns,
    all: HotEntry,
    member: { imp: Uint8Array; factor: number; maxImp: number } | undefined,
    filter: ExecFilter,
    sort: SearchSort,
    k: number,
    offset: number,
    withFacets: boolean,
    walkSlack = 1000,
  ): ExecOutput | undefined {
    if (all.leaf.length > this.nLeaves) return undefined;
    const sel = this.selections(filter);
    if (sel === undefined) return undefined;
    const counts = newCounts(this.nLeaves);
    const top = new TopK(k);
    const test = makeTest(cols, filter);
    const keyOf = makeKey(cols, sort, member);
    const imp = member?.imp;
    const { dead } = cols;
    const size = cols.size;
    // A hot term with one whole filter other than the category: the term's own per-value counts (hot-terms.ts).
    let termCross: (Counts | undefined)[][] | undefined;
    if (member && sel.length === 1 && sel[0]!.whole && sel[0]!.kind !== 0) {
      termCross = hotCross(all, cols);
      if (termCross && termCross[1]![0]!.leaf.length !== this.nLeaves) termCross = undefined;
    }
    if (sel.length === 0 || (sel.length === 1 && sel[0]!.whole && (member === undefined || termCross !== undefined))) {
      // Counts without visiting documents: the entry's (no filter) or the sum of the selected values' cross counts.
      if (sel.length === 0) copyCounts(counts, all);
      else {
        const s = sel[0]!;
        const row = termCross ? termCross[s.kind]! : this.cross[s.kind]!;
        for (const v of s.values) {
          const c = row[v];
          if (c) addCounts(counts, c, s.kind);
        }
        setOwn(counts, all, s.kind);
      }
      // A hot term by relevance: its precomputed best documents, filtered, when they hold the page.
      if (member && sort === 'relevance') {
        const heap = fromPrefix(all, member.factor, k, test, keyOf, dead);
        if (heap) return output(counts, heap, offset, sort, withFacets);
      }
      // Top k: delta documents one by one, then walk the sort order until nothing better can come.
      for (let d = this.base; d < size; d++) {
        if (dead[d] !== 0 || (imp !== undefined && (d >= imp.length || imp[d] === 0)) || test(d) !== 0) continue;
        top.push(keyOf(d), d);
      }
      // Browsing by relevance within one filter: each selected value's list is in the ranking order
      // (quality desc, ordinal asc), so the top k are among the first k live documents of each list. The
      // walk below would pass every document ranked above the selection's first ones (products are
      // numbered stall by stall, so a district's or a category's are runs of ordinals: at full scale a
      // district's page walked ~800,000 documents of the districts before it).
      if (sort === 'relevance' && member === undefined && sel.length === 1) {
        this.bestOf(sel[0]!, k, dead, (d) => {
          const key = keyOf(d);
          if (top.size < k || key > top.keys[0]! || (key === top.keys[0]! && d < top.ords[0]!)) top.push(key, d);
        });
        return output(counts, top, offset, sort, withFacets);
      }
      // The walk costs about k · N / matches steps, more when the selection sits low in the order (a
      // category whose goods all have low quality): past the selection's size, visiting the
      // selection's own lists is cheaper, and gives the same heap.
      const limit = sel.length === 0 ? Number.POSITIVE_INFINITY : sel[0]!.size + walkSlack;
      if (!this.walk(cols, sort, top, test, keyOf, imp, limit)) {
        const heap = new TopK(k);
        const push = (d: number): void => {
          if (dead[d] !== 0 || (imp !== undefined && (d >= imp.length || imp[d] === 0)) || test(d) !== 0) return;
          const key = keyOf(d);
          if (heap.size < k || key > heap.keys[0]! || (key === heap.keys[0]! && d < heap.ords[0]!)) heap.push(key, d);
        };
        this.each(sel[0]!, push);
        for (let d = this.base; d < size; d++) push(d);
        return output(counts, heap, offset, sort, withFacets);
      }
      return output(counts, top, offset, sort, withFacets);
    }
    // Candidates: the lists of the most selective filter A (plus the delta). Documents failing only A
    // are counted in A's facet from the lists of a second filter B (or, with A alone, from `all`).
    const order = [...sel].sort((x, y) => x.size - y.size);
    const a = order[0]!;
    const aBit = 1 << a.kind;
    const visitA = (d: number): void => {
      if (dead[d] !== 0 || (imp !== undefined && (d >= imp.length || imp[d] === 0))) return;
      const fails = test(d);
      if (fails === 0) {
        counts.total++;
        countExcept(counts, cols, d, a.kind);
        const key = keyOf(d);
        if (top.size < k || key > top.keys[0]! || (key === top.keys[0]! && d < top.ords[0]!)) top.push(key, d);
      } else if ((fails & (fails - 1)) === 0 && fails !== aBit) countOne(counts, cols, d, fails);
    };
    this.each(a, visitA);
    for (let d = this.base; d < size; d++) visitA(d);
    if (order.length === 1) setOwn(counts, all, a.kind);
    else {
      const b = order[1]!;
      const visitB = (d: number): void => {
        if (dead[d] !== 0 || (imp !== undefined && (d >= imp.length || imp[d] === 0))) return;
        if ((test(d) & ~aBit) === 0) countOne(counts, cols, d, aBit);
      };
      this.each(b, visitB);
      for (let d = this.base; d < size; d++) visitB(d);
    }
    return output(counts, top, offset, sort, withFacets);
  }

  /** The first k live documents of each selected value's list (lists are in browse order: quality desc, ordinal asc). */
  private bestOf(s: Selection, k: number, dead: Uint8Array, f: (d: number) => void): void {
    const off = this.off[s.kind]!;
    const ords = this.ords[s.kind]!;
    for (const v of s.values) {
      if (v + 1 >= off.length) continue;
      let taken = 0;
      for (let i = off[v]!, e = off[v + 1]!; i < e && taken < k; i++) {
        const d = ords[i]!;
        if (dead[d] !== 0) continue;
        f(d);
        taken++;
      }
    }
  }

  private each(s: Selection, f: (d: number) => void): void {
    const off = this.off[s.kind]!;
    const ords = this.ords[s.kind]!;
    for (const v of s.values) {
      if (v + 1 >= off.length) continue;
      for (let i = off[v]!, e = off[v + 1]!; i < e; i++) f(ords[i]!);
    }
  }

  /**
   * Walks the main segment in the sort's order; stops once the heap is full and the walk's coarse key is
   * below the worst kept (true), or after `limit` steps (false: the heap is incomplete).
   */
  private walk(
    cols: DocColumns,
    sort: SearchSort,
    top: TopK,
    test: (d: number) => number,
    keyOf: (d: number) => number,
    imp: Uint8Array | undefined,
    limit: number,
  ): boolean {
    const { dead, quality, price, created } = cols;
    const k = top.k;
    const n = this.base;
    if (sort === 'relevance' && imp !== undefined) {
      // Relevance of one hot term: impact × (1 + boost · quality); walk by quality — the bound for a
      // document of quality q is maxImp · (1 + boost · q/255) · factor, so stop when that is below the worst kept.
      const o = this.byQuality;
      for (let i = 0; i < n; i++) {
        if (i >= limit) return false;
        const d = o[i]!;
        if (top.size >= k && keyOf(-1 - quality[d]!) < top.keys[0]!) break;
        if (dead[d] !== 0 || d >= imp.length || imp[d] === 0 || test(d) !== 0) continue;
        const key = keyOf(d);
        if (top.size < k || key > top.keys[0]! || (key === top.keys[0]! && d < top.ords[0]!)) top.push(key, d);
      }
      return true;
    }
    const o = sort === 'relevance' ? this.byQuality : sort === 'newest' ? this.bySecond : this.byPrice;
    const backward = sort === 'price_desc';
    // coarse(d) is non-increasing along the walk and coarse(key) ≥ coarse(key') whenever key ≥ key'.
    const coarseOfDoc =
      sort === 'relevance'
        ? (d: number) => quality[d]!
        : sort === 'newest'
          ? (d: number) => second(created[d]!)
          : sort === 'price_asc'
            ? (d: number) => -price[d]!
            : (d: number) => price[d]!;
    const coarseOfKey = sort === 'relevance' ? (key: number) => Math.round(key * 255) : sort === 'newest' ? second : (key: number) => key;
    // Browse by relevance (quality desc, ordinal asc) and price ascending (price asc, ordinal asc) walk in
    // exactly the ranking order: once the heap is full, the first document ranked below its worst ends the walk.
    const exact = sort === 'price_asc' || (sort === 'relevance' && imp === undefined);
    for (let j = 0; j < n; j++) {
      if (j >= limit) return false;
      const d = o[backward ? n - 1 - j : j]!;
      if (top.size >= k && coarseOfDoc(d) < coarseOfKey(top.keys[0]!)) break;
      if (exact && top.size >= k) {
        const key = keyOf(d);
        if (key < top.keys[0]! || (key === top.keys[0]! && d > top.ords[0]!)) break;
      }
      if (dead[d] !== 0 || (imp !== undefined && (d >= imp.length || imp[d] === 0)) || test(d) !== 0) continue;
      const key = keyOf(d);
      if (top.size < k || key > top.keys[0]! || (key === top.keys[0]! && d < top.ords[0]!)) top.push(key, d);
    }
    return true;
  }

  /** The values each active filter selects, and whether they are exactly the filter (whole values). Undefined: not applicable. */
  private selections(f: ExecFilter): Selection[] | undefined {
    const out: Selection[] = [];
    const add = (kind: Kind, values: number[], whole: boolean) => {
      let size = 0;
      for (const v of values) size += this.listSize(kind, v);
      out.push({ kind, values, whole, size });
    };
    if (f.catMask) {
      const vs: number[] = [];
      for (let i = 0; i < f.catMask.length; i++) if (f.catMask[i]) vs.push(i);
      if (vs.some((v) => v >= this.nLeaves)) return undefined;
      add(0, vs, true);
    }
    if (f.priceMin !== undefined || f.priceMax !== undefined) {
      const lo = f.priceMin ?? 0;
      const hi = f.priceMax ?? Number.POSITIVE_INFINITY;
      const vs: number[] = [];
      let whole = true;
      PRICE_BANDS.forEach((b, i) => {
        const bMin = i === 0 ? 0 : b.min; // prices are clamped to ≥ 0
        const bMaxIncl = b.max === null ? Number.POSITIVE_INFINITY : b.max - 1;
        if (bMaxIncl < lo || bMin > hi) return;
        vs.push(i);
        if (bMin < lo || bMaxIncl > hi) whole = false;
      });
      add(1, vs, whole);
    }
    if (f.moqMax !== undefined) {
      const vs: number[] = [];
      let whole = true;
      MOQ_BANDS.forEach((b, i) => {
        const bMin = i === 0 ? 0 : b.min; // MOQs are clamped to ≥ 0
        if (bMin > f.moqMax!) return;
        vs.push(i);
        if ((b.max ?? Number.POSITIVE_INFINITY) > f.moqMax!) whole = false;
      });
      add(2, vs, whole);
    }
    if (f.district !== undefined) add(3, [f.district], true);
    if (f.credit !== undefined) add(4, [f.credit], true);
    return out;
  }
}

interface Selection {
  kind: Kind;
  values: number[];
  whole: boolean;
  size: number;
}

/**
 * The top k of a hot term by relevance from its precomputed best documents (HotEntry.top, a prefix
 * of the term's order by impact · (1 + boost · quality)), keeping those that pass the filters; stops
 * once no later document can beat the heap's worst. Undefined when the list runs out first (and does
 * not hold every document of the term). The keys are recomputed exactly as the scan does; the list's
 * own keys only bound them (with a margin for rounding).
 */
function fromPrefix(all: HotEntry, factor: number, k: number, test: (d: number) => number, keyOf: (d: number) => number, dead: Uint8Array): TopK | undefined {
  const heap = new TopK(k);
  const { top: list, keys } = all;
  const n = list.length;
  const bound = (i: number) => factor * keys[i]! * (1 + 1e-9);
  for (let i = 0; i < n; i++) {
    if (heap.size >= k && bound(i) < heap.keys[0]!) return heap;
    const d = list[i]!;
    if (dead[d] !== 0 || test(d) !== 0) continue;
    const key = keyOf(d);
    if (heap.size < k || key > heap.keys[0]! || (key === heap.keys[0]! && d < heap.ords[0]!)) heap.push(key, d);
  }
  if (n >= all.total) return heap;
  if (n > 0 && heap.size >= k && bound(n - 1) < heap.keys[0]!) return heap;
  return undefined;
}

/** Bit per failed filter, in the kinds' order (1 category, 2 price, 4 MOQ, 8 district, 16 credit); 0 when document d passes them all. */
export function makeTest(cols: DocColumns, filter: ExecFilter): (d: number) => number {
  const { leaf, price, moq, district, credit } = cols;
  const mask = filter.catMask;
  const pMin = filter.priceMin ?? -1;
  const pMax = filter.priceMax ?? 2_147_483_647;
  const mMax = filter.moqMax ?? 2_147_483_647;
  const dist = filter.district ?? -1;
  const cred = filter.credit ?? -1;
  return (d: number) => {
    let fails = 0;
    if (mask !== undefined && mask[leaf[d]!] === 0) fails = 1;
    const pr = price[d]!;
    if (pr < pMin || pr > pMax) fails |= 2;
    if (moq[d]! > mMax) fails |= 4;
    if (dist >= 0 && district[d] !== dist) fails |= 8;
    if (cred >= 0 && credit[d] !== cred) fails |= 16;
    return fails;
  };
}

/**
 * The ranking key, exactly as the plain scan computes it. For the hot-term relevance walk, keyOf(−1 − q)
 * is the best key any document of quality q can have.
 */
function makeKey(cols: DocColumns, sort: SearchSort, member: { imp: Uint8Array; factor: number; maxImp: number } | undefined): (d: number) => number {
  const { quality, price, created } = cols;
  const qb = QUALITY_BOOST / 255;
  if (sort === 'price_asc') return (d) => -price[d]!;
  if (sort === 'price_desc') return (d) => price[d]!;
  if (sort === 'newest') return (d) => created[d]!;
  if (!member) return (d) => quality[d]! / 255;
  const { imp, factor, maxImp } = member;
  return (d) => (d < 0 ? factor * maxImp * (1 + qb * (-1 - d)) : factor * imp[d]! * (1 + qb * quality[d]!));
}

function countExcept(c: Counts, cols: DocColumns, d: number, kind: number): void {
  if (kind !== 0) c.leaf[cols.leaf[d]!]!++;
  if (kind !== 1) c.price[cols.priceBand[d]!]!++;
  if (kind !== 2) c.moq[cols.moqBand[d]!]!++;
  if (kind !== 3) c.district[cols.district[d]!]!++;
  if (kind !== 4) c.credit[cols.credit[d]!]!++;
}

/** A document failing exactly the filter `bit`: counted in that filter's facet. */
function countOne(c: Counts, cols: DocColumns, d: number, bit: number): void {
  if (bit === 1) c.leaf[cols.leaf[d]!]!++;
  else if (bit === 2) c.price[cols.priceBand[d]!]!++;
  else if (bit === 4) c.moq[cols.moqBand[d]!]!++;
  else if (bit === 8) c.district[cols.district[d]!]!++;
  else c.credit[cols.credit[d]!]!++;
}

function copyCounts(c: Counts, e: HotEntry): void {
  c.total = e.total;
  c.leaf.set(e.leaf.subarray(0, c.leaf.length));
  c.price.set(e.price);
  c.moq.set(e.moq);
  c.district.set(e.district);
  c.credit.set(e.credit);
}

function addCounts(c: Counts, x: Counts, except: number): void {
  c.total += x.total;
  if (except !== 0) for (let i = 0; i < c.leaf.length; i++) c.leaf[i]! += x.leaf[i]!;
  if (except !== 1) for (let i = 0; i < c.price.length; i++) c.price[i]! += x.price[i]!;
  if (except !== 2) for (let i = 0; i < c.moq.length; i++) c.moq[i]! += x.moq[i]!;
  if (except !== 3) for (let i = 0; i < 256; i++) c.district[i]! += x.district[i]!;
  if (except !== 4) for (let i = 0; i < 5; i++) c.credit[i]! += x.credit[i]!;
}

/** The facet of the only filter: counted with no filter at all, i.e. the entry's counts. */
function setOwn(c: Counts, e: HotEntry, kind: number): void {
  if (kind === 0) c.leaf.set(e.leaf.subarray(0, c.leaf.length));
  else if (kind === 1) c.price.set(e.price);
  else if (kind === 2) c.moq.set(e.moq);
  else if (kind === 3) c.district.set(e.district);
  else c.credit.set(e.credit);
}

function output(c: Counts, top: TopK, offset: number, sort: SearchSort, withFacets: boolean): ExecOutput {
  const out: ExecOutput = {
    total: c.total,
    matched: c.total,
    top: top.page(offset).map((x) => ({ key: x.key, ord: x.ord, score: sort === 'relevance' ? x.key : 0 })),
  };
  if (withFacets) out.facets = { leaf: c.leaf, price: c.price, moq: c.moq, district: c.district, credit: c.credit };
  return out;
}
