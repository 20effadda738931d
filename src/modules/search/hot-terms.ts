import type { DocColumns } from './columns.ts';
import { MOQ_BANDS, PRICE_BANDS } from './columns.ts';
import type { Postings } from './postings.ts';
import { QUALITY_BOOST } from './query.ts';

/**
 * Precomputed answers for "hot" terms — words in a large share of all
 * documents (market template words such as 批发, 定制, 义乌 that every
 * description repeats) — and for the empty query (browse): the exact total, the
 * facet counts and the best `TOP` documents by the term's ranking key. Without
 * them, a one-word query for such a term has to visit millions of postings to
 * count facets. Used only without filters (a filter needs the scan); kept exact
 * under upsert/remove.
 *
 * For a single term, score = weight · idf · impact · (1 + boost · quality) and
 * weight · idf is the same for every document, so the order is by
 * impact · (1 + boost · quality): query-independent, computable ahead.
 */
export const HOT_TOP = 10_000;
let hotTop = HOT_TOP;
/** Tests only (through test-hot-top.ts): a shorter list, so that queries run past its end. */
export function setHotTopForTests(n = HOT_TOP): void {
  hotTop = n;
}

/** Facet counts of a set of documents (the same shape as browse.ts Counts). */
export interface HotCounts {
  total: number;
  leaf: Int32Array;
  price: Int32Array;
  moq: Int32Array;
  district: Int32Array;
  credit: Int32Array;
}

export interface HotEntry {
  total: number;
  leaf: Int32Array;
  price: Int32Array;
  moq: Int32Array;
  district: Int32Array;
  credit: Int32Array;
  /** Ordinals best first and their keys (impact · (1 + boost · quality), or quality for browse). */
  top: number[];
  keys: number[];
  /**
   * Hot terms only: the term's impact byte per ordinal (0 = not in the document), so that filtered and
   * sorted queries for the term test membership and score in O(1) (browse.ts). Undefined when some
   * posting has impact 0 (it could not be told from absence).
   */
  imp?: Uint8Array;
  /** The term's largest impact byte (bounds the relevance walk in browse.ts). */
  maxImp: number;
  /**
   * Hot terms with an impact column: per facet kind other than the leaf category (1 price band,
   * 2 MOQ band, 3 district, 4 credit class), per value, the facet counts of the live documents
   * having the term and that value. Computed on first use (`hotCross`, one pass over the impact
   * column), then kept exact by upsert/remove; not stored in snapshots.
   */
  cross?: (HotCounts | undefined)[][];
}

const BROWSE = -1;

export class HotTerms {
  private readonly map = new Map<number, HotEntry>();

  /** Terms with at least max(minDocs, share · N) postings. */
  static build(post: Postings, cols: DocColumns, nLeaves: number, share = 0.05, minDocs = 20_000): HotTerms {
    const h = new HotTerms();
    const threshold = Math.max(minDocs, Math.floor(cols.size * share));
    for (let t = 0; t < post.mainTerms; t++) {
      const s = post.offsets[t]!;
      const e = post.offsets[t + 1]!;
      if (e - s < threshold) continue;
      const entry = emptyEntry(nLeaves);
      let imp: Uint8Array | undefined = new Uint8Array(cols.size + 1024);
      for (let q = s; q < e; q++) {
        const d = post.docs[q]!;
        if (post.imps[q]! > entry.maxImp) entry.maxImp = post.imps[q]!;
        if (imp) {
          if (post.imps[q] === 0) imp = undefined;
          else imp[d] = post.imps[q]!;
        }
        if (!cols.dead[d]) count(entry, cols, d, 1);
      }
      selectTop(
        entry,
        e - s,
        (i) => post.docs[s + i]!,
        (i) => post.imps[s + i]!,
        cols,
      );
      if (imp) entry.imp = imp;
      h.map.set(t, entry);
    }
    if (cols.size >= threshold) {
      const entry = emptyEntry(nLeaves);
      for (let d = 0; d < cols.size; d++) if (!cols.dead[d]) count(entry, cols, d, 1);
      selectTop(
        entry,
        cols.size,
        (i) => i,
        () => -1,
        cols,
      );
      h.map.set(BROWSE, entry);
    }
    return h;
  }

  /** Every entry with its term id (the browse entry as -1), for a snapshot (stored.ts). */
  entries(): [number, HotEntry][] {
    return [...this.map];
  }

  static fromEntries(list: Iterable<[number, HotEntry]>): HotTerms {
    const h = new HotTerms();
    for (const [t, e] of list) h.map.set(t, e);
    return h;
  }

  get(term: number | 'browse'): HotEntry | undefined {
    return this.map.get(term === 'browse' ? BROWSE : term);
  }

  /** A document was added: `terms`/`imps` are its postings. */
  added(cols: DocColumns, d: number, terms: ArrayLike<number>, imps: ArrayLike<number>, n: number): void {
    if (this.map.size === 0) return;
    for (let i = 0; i < n; i++) {
      const e = this.map.get(terms[i]!);
      if (!e) continue;
      add(e, cols, d, key(imps[i]!, cols.quality[d]!));
      bumpCross(e, cols, d, 1);
      if (imps[i]! > e.maxImp) e.maxImp = imps[i]!;
      if (e.imp) {
        if (imps[i] === 0) {
          delete e.imp;
          delete e.cross;
        } else {
          if (d >= e.imp.length) {
            const b = new Uint8Array(Math.max(d + 1, Math.ceil(e.imp.length * 1.25)));
            b.set(e.imp);
            e.imp = b;
          }
          e.imp[d] = imps[i]!;
        }
      }
    }
    const b = this.map.get(BROWSE);
    if (b) add(b, cols, d, cols.quality[d]! / 255);
  }

  /** A document is being removed (still readable in the columns). */
  removed(post: Postings, cols: DocColumns, d: number): void {
    for (const [t, e] of this.map) {
      if (t !== BROWSE && !contains(post, t, d)) continue;
      count(e, cols, d, -1);
      if (t !== BROWSE) bumpCross(e, cols, d, -1);
      // Where d would sit in the best-first list (its key is known for browse and with an impact column).
      const n = e.top.length;
      const k = t === BROWSE ? cols.quality[d]! / 255 : e.imp && d < e.imp.length && e.imp[d] !== 0 ? key(e.imp[d]!, cols.quality[d]!) : undefined;
      if (n > 0 && k !== undefined && (k < e.keys[n - 1]! || (k === e.keys[n - 1]! && d > e.top[n - 1]!))) continue;
      const i = e.top.indexOf(d);
      if (i >= 0) {
        e.top.splice(i, 1);
        e.keys.splice(i, 1);
      }
    }
  }

  get size(): number {
    return this.map.size;
  }

  bytes(): number {
    let b = 0;
    for (const e of this.map.values()) {
      b += e.leaf.byteLength + 1100 + e.top.length * 16 + (e.imp?.byteLength ?? 0);
      if (e.cross) for (const row of e.cross) for (const c of row) if (c) b += c.leaf.byteLength + 1100;
    }
    return b;
  }
}

const key = (imp: number, q: number) => imp * (1 + (QUALITY_BOOST * q) / 255);

function emptyEntry(nLeaves: number): HotEntry {
  return {
    total: 0,
    leaf: new Int32Array(Math.max(nLeaves, 1)),
    price: new Int32Array(PRICE_BANDS.length),
    moq: new Int32Array(MOQ_BANDS.length),
    district: new Int32Array(256),
    credit: new Int32Array(5),
    top: [],
    keys: [],
    maxImp: 0,
  };
}

function count(e: HotCounts, cols: DocColumns, d: number, by: number): void {
  e.total += by;
  if (cols.leaf[d]! >= e.leaf.length) {
    const l = new Int32Array(cols.leaf[d]! + 1);
    l.set(e.leaf);
    e.leaf = l;
  }
  e.leaf[cols.leaf[d]!]! += by;
  e.price[cols.priceBand[d]!]! += by;
  e.moq[cols.moqBand[d]!]! += by;
  e.district[cols.district[d]!]! += by;
  e.credit[cols.credit[d]!]! += by;
}

function add(e: HotEntry, cols: DocColumns, d: number, k: number): void {
  const before = e.total;
  count(e, cols, d, 1);
  // Sorted insert (key desc, ordinal asc), bounded to HOT_TOP. The list is always the best documents of
  // the term (a prefix of its order): when some are not listed (after removals it can be shorter than
  // HOT_TOP), a document that would go past the end is not inserted — it may not belong to the prefix.
  const n = e.top.length;
  if ((n >= hotTop || before > n) && n > 0 && (k < e.keys[n - 1]! || (k === e.keys[n - 1]! && d > e.top[n - 1]!))) return;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (e.keys[mid]! > k || (e.keys[mid] === k && e.top[mid]! < d)) lo = mid + 1;
    else hi = mid;
  }
  e.top.splice(lo, 0, d);
  e.keys.splice(lo, 0, k);
  if (e.top.length > hotTop) {
    e.top.pop();
    e.keys.pop();
  }
}

export function contains(post: Postings, t: number, d: number): boolean {
  if (t < post.mainTerms) {
    let lo = post.offsets[t]!;
    let hi = post.offsets[t + 1]!;
    const end = hi;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (post.docs[mid]! < d) lo = mid + 1;
      else hi = mid;
    }
    if (lo < end && post.docs[lo] === d) return true;
  }
  return post.delta.get(t)?.docs.includes(d) ?? false;
}

/** The answer for one hot term (or browse) without filters, or undefined when the precomputed list is too short. */
export function hotAnswer(
  e: HotEntry | undefined,
  factor: number,
  k: number,
  offset = 0,
):
  | { total: number; matched: number; top: { key: number; ord: number; score: number }[]; facets: Omit<HotEntry, 'total' | 'top' | 'keys' | 'maxImp'> }
  | undefined {
  if (!e || (e.top.length < k && e.top.length < e.total)) return undefined;
  const top: { key: number; ord: number; score: number }[] = [];
  for (let i = offset; i < Math.min(k, e.top.length); i++) top.push({ key: e.keys[i]! * factor, ord: e.top[i]!, score: e.keys[i]! * factor });
  return { total: e.total, matched: e.total, top, facets: { leaf: e.leaf, price: e.price, moq: e.moq, district: e.district, credit: e.credit } };
}

/**
 * The best HOT_TOP documents (key desc, ordinal asc) of n postings given in ascending ordinal order
 * (imp −1: browse, key = quality): the key depends only on (impact byte, quality byte), so a stable
 * counting sort over those 65,536 pairs ranked by key orders them in O(n + 65,536).
 */
function selectTop(e: HotEntry, n: number, ordAt: (i: number) => number, impAt: (i: number) => number, cols: DocColumns): void {
  const { dead, quality } = cols;
  const combo = (i: number): number => {
    const im = impAt(i);
    return (im < 0 ? 0 : im << 8) | quality[ordAt(i)]!;
  };
  const keyOfCombo = (c: number, browse: boolean): number => (browse ? (c & 255) / 255 : key(c >>> 8, c & 255));
  const browse = n > 0 && impAt(0) < 0;
  const cnt = new Int32Array(65536);
  for (let i = 0; i < n; i++) if (!dead[ordAt(i)]) cnt[combo(i)]!++;
  const combos: number[] = [];
  for (let c = 0; c < 65536; c++) if (cnt[c]! > 0) combos.push(c);
  combos.sort((a, b) => keyOfCombo(b, browse) - keyOfCombo(a, browse));
  // Combos with equal keys share a rank; the ranks are taken best first until HOT_TOP documents.
  const rank = new Int32Array(65536).fill(-1);
  const rankKey: number[] = [];
  const rankStart: number[] = [];
  let taken = 0;
  for (const c of combos) {
    const kc = keyOfCombo(c, browse);
    if (rankKey.length === 0 || rankKey[rankKey.length - 1] !== kc) {
      if (taken >= hotTop) break;
      rankKey.push(kc);
      rankStart.push(taken);
    }
    rank[c] = rankKey.length - 1;
    taken += cnt[c]!;
  }
  const ords = new Int32Array(taken);
  const at = Int32Array.from(rankStart);
  for (let i = 0; i < n; i++) {
    const d = ordAt(i);
    if (dead[d]) continue;
    const r = rank[combo(i)]!;
    if (r >= 0) ords[at[r]!++] = d;
  }
  const m = Math.min(hotTop, taken);
  e.top = new Array<number>(m);
  e.keys = new Array<number>(m);
  let r = 0;
  for (let i = 0; i < m; i++) {
    while (r + 1 < rankStart.length && rankStart[r + 1]! <= i) r++;
    e.top[i] = ords[i]!;
    e.keys[i] = rankKey[r]!;
  }
}

function bumpCross(e: HotEntry, cols: DocColumns, d: number, by: number): void {
  if (!e.cross) return;
  if (cols.leaf[d]! >= e.cross[1]![0]!.leaf.length) {
    delete e.cross; // a leaf unknown when the counts were made: recomputed on next use
    return;
  }
  for (let k = 1; k <= 4; k++) {
    const v = k === 1 ? cols.priceBand[d]! : k === 2 ? cols.moqBand[d]! : k === 3 ? cols.district[d]! : cols.credit[d]!;
    const row = e.cross[k]!;
    count((row[v] ??= emptyCounts(e.leaf.length)), cols, d, by);
  }
}

const emptyCounts = (nLeaves: number): HotCounts => ({
  total: 0,
  leaf: new Int32Array(nLeaves),
  price: new Int32Array(PRICE_BANDS.length),
  moq: new Int32Array(MOQ_BANDS.length),
  district: new Int32Array(256),
  credit: new Int32Array(5),
});

/**
 * The per-value facet counts of a hot term (see HotEntry.cross), computed on first use from its
 * impact column over the live documents; undefined without an impact column.
 */
export function hotCross(e: HotEntry, cols: DocColumns): (HotCounts | undefined)[][] | undefined {
  if (e.cross) return e.cross;
  const imp = e.imp;
  if (!imp) return undefined;
  const nLeaves = e.leaf.length;
  const { dead, leaf, priceBand, moqBand, district, credit } = cols;
  // One pass, three joint histograms: (leaf, price band, MOQ band, credit), (district, price band, MOQ
  // band, credit) and (district, leaf); every per-value facet count is a sum over their cells.
  const NP = PRICE_BANDS.length;
  const NM = MOQ_BANDS.length;
  const PMC = NP * NM * 5;
  const h1 = new Int32Array(nLeaves * PMC);
  const h3 = new Int32Array(256 * PMC);
  const h2 = new Int32Array(256 * nLeaves);
  const n = Math.min(cols.size, imp.length);
  for (let d = 0; d < n; d++) {
    if (imp[d] === 0 || dead[d] !== 0) continue;
    const lf = leaf[d]!;
    if (lf >= nLeaves) return undefined; // a leaf newer than the entry's counts: no cross counts
    const pmc = (priceBand[d]! * NM + moqBand[d]!) * 5 + credit[d]!;
    h1[lf * PMC + pmc]!++;
    h3[district[d]! * PMC + pmc]!++;
    h2[district[d]! * nLeaves + lf]!++;
  }
  const cross: (HotCounts | undefined)[][] = [[], [], [], [], []];
  for (let k = 1; k <= 4; k++) cross[k]![0] = emptyCounts(nLeaves);
  const rec = (k: number, v: number): HotCounts => (cross[k]![v] ??= emptyCounts(nLeaves));
  for (let c = 0; c < h1.length; c++) {
    const x = h1[c]!;
    if (x === 0) continue;
    const lf = Math.floor(c / PMC);
    const pmc = c % PMC;
    const cr = pmc % 5;
    const mb = Math.floor(pmc / 5) % NM;
    const pb = Math.floor(pmc / (5 * NM));
    for (const [k, v] of [
      [1, pb],
      [2, mb],
      [4, cr],
    ] as const) {
      const r = rec(k, v);
      r.total += x;
      r.leaf[lf]! += x;
      r.price[pb]! += x;
      r.moq[mb]! += x;
      r.credit[cr]! += x;
    }
  }
  for (let c = 0; c < h3.length; c++) {
    const x = h3[c]!;
    if (x === 0) continue;
    const dv = Math.floor(c / PMC);
    const pmc = c % PMC;
    const cr = pmc % 5;
    const mb = Math.floor(pmc / 5) % NM;
    const pb = Math.floor(pmc / (5 * NM));
    rec(1, pb).district[dv]! += x;
    rec(2, mb).district[dv]! += x;
    rec(4, cr).district[dv]! += x;
    const r = rec(3, dv);
    r.total += x;
    r.price[pb]! += x;
    r.moq[mb]! += x;
    r.credit[cr]! += x;
    r.district[dv]! += x;
  }
  for (let c = 0; c < h2.length; c++) {
    const x = h2[c]!;
    if (x !== 0) rec(3, Math.floor(c / nLeaves)).leaf[c % nLeaves]! += x;
  }
  e.cross = cross;
  return cross;
}
