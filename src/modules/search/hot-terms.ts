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
export const HOT_TOP = 1000;

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
        if (!cols.dead[d]) add(entry, cols, d, key(post.imps[q]!, cols.quality[d]!));
      }
      if (imp) entry.imp = imp;
      h.map.set(t, entry);
    }
    if (cols.size >= threshold) {
      const entry = emptyEntry(nLeaves);
      for (let d = 0; d < cols.size; d++) if (!cols.dead[d]) add(entry, cols, d, cols.quality[d]! / 255);
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
      if (imps[i]! > e.maxImp) e.maxImp = imps[i]!;
      if (e.imp) {
        if (imps[i] === 0) delete e.imp;
        else {
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
      e.total--;
      e.leaf[cols.leaf[d]!]!--;
      e.price[cols.priceBand[d]!]!--;
      e.moq[cols.moqBand[d]!]!--;
      e.district[cols.district[d]!]!--;
      e.credit[cols.credit[d]!]!--;
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
    for (const e of this.map.values()) b += e.leaf.byteLength + 1100 + e.top.length * 16 + (e.imp?.byteLength ?? 0);
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

function add(e: HotEntry, cols: DocColumns, d: number, k: number): void {
  e.total++;
  if (cols.leaf[d]! >= e.leaf.length) {
    const l = new Int32Array(cols.leaf[d]! + 1);
    l.set(e.leaf);
    e.leaf = l;
  }
  e.leaf[cols.leaf[d]!]!++;
  e.price[cols.priceBand[d]!]!++;
  e.moq[cols.moqBand[d]!]!++;
  e.district[cols.district[d]!]!++;
  e.credit[cols.credit[d]!]!++;
  // Sorted insert (key desc, ordinal asc), bounded to HOT_TOP.
  const n = e.top.length;
  if (n >= HOT_TOP && (k < e.keys[n - 1]! || (k === e.keys[n - 1]! && d > e.top[n - 1]!))) return;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (e.keys[mid]! > k || (e.keys[mid] === k && e.top[mid]! < d)) lo = mid + 1;
    else hi = mid;
  }
  e.top.splice(lo, 0, d);
  e.keys.splice(lo, 0, k);
  if (e.top.length > HOT_TOP) {
    e.top.pop();
    e.keys.pop();
  }
}

function contains(post: Postings, t: number, d: number): boolean {
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
