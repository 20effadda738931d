import type { DocColumns } from './columns.ts';
import { MOQ_BANDS, PRICE_BANDS } from './columns.ts';
import type { Postings } from './postings.ts';
import { QUALITY_BOOST } from './query.ts';
import { CrossTally, emptyCounts, type HotCounts } from './hot-cross.ts';

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
/**
 * Warm terms (issue 15): frequent words below the hot threshold (by default in ≥ 0.5 % of the
 * documents, at least 2,000) get the same precomputed total and facets with a shorter best-first
 * list and no impact column: a one-word query's first pages, and the partial answer of two such
 * words with no product in common (partial.ts), then visit no posting.
 */
export const WARM_TOP = 500;
let hotTop = HOT_TOP;
/** The length bound of an entry's best-first list. */
const capOf = (e: { warm?: boolean }) => (e.warm ? Math.min(WARM_TOP, hotTop) : hotTop);
/** Tests only (through test-hot-top.ts): a shorter list, so that queries run past its end. */
export function setHotTopForTests(n = HOT_TOP): void {
  hotTop = n;
}

export type { HotCounts } from './hot-cross.ts';

export interface HotEntry extends HotCounts {
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
   * having the term and that value. Built with the entry (`build`, from the term's postings) and
   * stored in snapshots (stored.ts), then kept exact by upsert/remove; recomputed on next use
   * (`hotCross`) only after an upsert with a leaf category newer than the counts dropped them.
   */
  cross?: (HotCounts | undefined)[][];
  /** A warm term (see WARM_TOP): a list of at most WARM_TOP documents, never an impact column. */
  warm?: boolean;
  /** Warm terms: how many of HotTerms' pending removals are applied to the counts and list. */
  synced?: number;
}

const BROWSE = -1;

export class HotTerms {
  private readonly map = new Map<number, HotEntry>();
  /** Ordinals removed since the entries were built, in order (applied to warm entries by `fresh`). */
  private readonly pending: number[] = [];

  /** Terms with at least max(minDocs, share · N) postings (hot), or max(warmMinDocs, warmShare · N) (warm). */
  static build(post: Postings, cols: DocColumns, nLeaves: number, share = 0.05, minDocs = 20_000, warmShare = 0.005, warmMinDocs = 2000): HotTerms {
    const h = new HotTerms();
    const threshold = Math.max(minDocs, Math.floor(cols.size * share));
    const warmThreshold = Math.min(threshold, Math.max(warmMinDocs, Math.floor(cols.size * warmShare)));
    let tally: CrossTally | undefined;
    for (let t = 0; t < post.mainTerms; t++) {
      const s = post.offsets[t]!;
      const e = post.offsets[t + 1]!;
      if (e - s < warmThreshold) continue;
      const entry = emptyEntry(nLeaves);
      if (e - s < threshold) entry.warm = true;
      let imp: Uint8Array | undefined = entry.warm ? undefined : new Uint8Array(cols.size + 1024);
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
        capOf(entry),
        e - s,
        (i) => post.docs[s + i]!,
        (i) => post.imps[s + i]!,
        cols,
      );
      if (imp) {
        entry.imp = imp;
        // The cross counts now, from the postings (the impact column's nonzero bytes), not on the first
        // filtered query (a pass over N impact bytes: 60–120 ms at full scale).
        if (tally?.nLeaves !== entry.leaf.length) tally = new CrossTally(entry.leaf.length, cols);
        let ok = true;
        for (let q = s; q < e && ok; q++) if (!cols.dead[post.docs[q]!]) ok = tally.add(post.docs[q]!);
        if (ok) entry.cross = tally.finish();
        else tally.clear();
      }
      h.map.set(t, entry);
    }
    if (cols.size >= threshold) {
      const entry = emptyEntry(nLeaves);
      for (let d = 0; d < cols.size; d++) if (!cols.dead[d]) count(entry, cols, d, 1);
      selectTop(
        entry,
        capOf(entry),
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
    // A snapshot is written after compaction, which leaves no pending removals (see `fresh`).
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

  /**
   * A document is being removed (still readable in the columns). Hot entries and browse are updated
   * now (membership from the impact column when there is one); warm entries later, when used
   * (`fresh`): checking hundreds of warm terms' postings for every removed document would cost about
   * a millisecond per upsert, most of it for terms nobody asks for before the next compaction.
   */
  removed(post: Postings, cols: DocColumns, d: number): void {
    let warm = false;
    for (const [t, e] of this.map) {
      if (e.warm) {
        warm = true;
        continue;
      }
      if (t !== BROWSE && !(e.imp && d < e.imp.length ? e.imp[d] !== 0 : contains(post, t, d))) continue;
      dropDoc(e, cols, d, t === BROWSE);
    }
    if (warm) this.pending.push(d);
  }

  /** An entry with the removals since its last use applied (warm entries); use this to answer queries. */
  fresh(term: number | 'browse', post: Postings, cols: DocColumns): HotEntry | undefined {
    const e = this.get(term);
    if (!e?.warm || (e.synced ?? 0) === this.pending.length) return e;
    for (let i = e.synced ?? 0; i < this.pending.length; i++) {
      const d = this.pending[i]!;
      if (contains(post, term as number, d)) dropDoc(e, cols, d, false);
    }
    e.synced = this.pending.length;
    return e;
  }

  get size(): number {
    return this.map.size;
  }

  bytes(): number {
    let b = this.pending.length * 8;
    for (const e of this.map.values()) {
      b += e.leaf.byteLength + 1100 + e.top.length * 16 + (e.imp?.byteLength ?? 0);
      if (e.cross) for (const row of e.cross) for (const c of row) if (c) b += c.leaf.byteLength + 1100;
    }
    return b;
  }
}

const key = (imp: number, q: number) => imp * (1 + (QUALITY_BOOST * q) / 255);

/** Takes a removed document d (which has the entry's term) out of its counts and best-first list. */
function dropDoc(e: HotEntry, cols: DocColumns, d: number, browse: boolean): void {
  count(e, cols, d, -1);
  if (!browse) bumpCross(e, cols, d, -1);
  // Where d would sit in the best-first list (its key is known for browse and with an impact column).
  const n = e.top.length;
  const k = browse ? cols.quality[d]! / 255 : e.imp && d < e.imp.length && e.imp[d] !== 0 ? key(e.imp[d]!, cols.quality[d]!) : undefined;
  if (n > 0 && k !== undefined && (k < e.keys[n - 1]! || (k === e.keys[n - 1]! && d > e.top[n - 1]!))) return;
  const i = e.top.indexOf(d);
  if (i >= 0) {
    e.top.splice(i, 1);
    e.keys.splice(i, 1);
  }
}

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
  const cap = capOf(e);
  if ((n >= cap || before > n) && n > 0 && (k < e.keys[n - 1]! || (k === e.keys[n - 1]! && d > e.top[n - 1]!))) return;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (e.keys[mid]! > k || (e.keys[mid] === k && e.top[mid]! < d)) lo = mid + 1;
    else hi = mid;
  }
  e.top.splice(lo, 0, d);
  e.keys.splice(lo, 0, k);
  if (e.top.length > cap) {
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
  // Delta ordinals are appended in ascending order: a binary search, not a scan (removed() asks every entry).
  const l = post.delta.get(t)?.docs;
  if (!l || l.length === 0 || d < l[0]! || d > l[l.length - 1]!) return false;
  let lo = 0;
  let hi = l.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (l[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  return l[lo] === d;
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
 * A deep page of one warm term without filters (issue 15): the documents ranked offset … k − 1 (key
 * desc, ordinal asc) by `rankRange` over the term's live postings (main, then delta: still ascending),
 * with the entry's exact total and facets, where the scan keeps a heap of k (10,000 deep) over every
 * posting and counts the facets again. Undefined when the entry's own list answers (hotAnswer) or the
 * term is not warm.
 */
export function warmDeepAnswer(e: HotEntry | undefined, post: Postings, cols: DocColumns, t: number, factor: number, k: number, offset: number) {
  if (!e?.warm || e.top.length >= k || e.top.length >= e.total) return undefined;
  const s = t < post.mainTerms ? post.offsets[t]! : 0;
  const m = t < post.mainTerms ? post.offsets[t + 1]! - s : 0;
  const dl = post.delta.get(t);
  const page = rankRange(
    m + (dl?.docs.length ?? 0),
    (i) => (i < m ? post.docs[s + i]! : dl!.docs[i - m]!),
    (i) => (i < m ? post.imps[s + i]! : dl!.imps[i - m]!),
    cols,
    k,
    offset,
  );
  const top: { key: number; ord: number; score: number }[] = [];
  for (let i = 0; i < page.ords.length; i++) top.push({ key: page.keys[i]! * factor, ord: page.ords[i]!, score: page.keys[i]! * factor });
  return { total: e.total, matched: e.total, top, facets: { leaf: e.leaf, price: e.price, moq: e.moq, district: e.district, credit: e.credit } };
}

/** An entry's best-first list: the best `cap` documents of n postings (see `rankRange`). */
function selectTop(
  e: { top: number[]; keys: number[] },
  cap: number,
  n: number,
  ordAt: (i: number) => number,
  impAt: (i: number) => number,
  cols: DocColumns,
): void {
  const r = rankRange(n, ordAt, impAt, cols, cap, 0);
  e.top = Array.from(r.ords);
  e.keys = Array.from(r.keys);
}

/**
 * The documents ranked offset … k − 1 (key desc, ordinal asc) of n postings given in ascending ordinal
 * order (imp −1: browse, key = quality). The key depends only on the (impact byte, quality byte) pair,
 * so one pass counts the live postings per pair, the pairs ranked by key give each rank's first
 * position (pairs with equal keys share a rank; ranks are taken whole until k positions, so the list
 * is always a prefix of the order), and a second pass places each posting by its rank and keeps those
 * inside [offset, k). O(n + 65,536).
 */
function rankRange(
  n: number,
  ordAt: (i: number) => number,
  impAt: (i: number) => number,
  cols: DocColumns,
  k: number,
  offset: number,
): { ords: Int32Array; keys: Float64Array } {
  const { dead, quality } = cols;
  const browse = n > 0 && impAt(0) < 0;
  const keyOfPair = (c: number): number => (browse ? (c & 255) / 255 : key(c >>> 8, c & 255));
  // Pass 1: each posting's (impact, quality) pair (−1: a dead document), counted per pair.
  const pairOf = new Int32Array(n);
  const cnt = new Int32Array(65536);
  for (let i = 0; i < n; i++) {
    const d = ordAt(i);
    if (dead[d]) {
      pairOf[i] = -1;
      continue;
    }
    const im = impAt(i);
    const c = (Math.max(im, 0) << 8) | quality[d]!;
    pairOf[i] = c;
    cnt[c]!++;
  }
  const pairs: number[] = [];
  for (let c = 0; c < 65536; c++) if (cnt[c]! > 0) pairs.push(c);
  pairs.sort((a, b) => keyOfPair(b) - keyOfPair(a));
  const rankOf = new Int32Array(65536).fill(-1);
  const rankKey: number[] = [];
  const rankAt: number[] = [];
  let taken = 0;
  let ranked = 0;
  for (; ranked < pairs.length; ranked++) {
    const c = pairs[ranked]!;
    const kc = keyOfPair(c);
    if (rankKey.length === 0 || rankKey[rankKey.length - 1] !== kc) {
      if (taken >= k) break;
      rankKey.push(kc);
      rankAt.push(taken);
    }
    rankOf[c] = rankKey.length - 1;
    taken += cnt[c]!;
  }
  // Ranks that end before the page are not placed (their postings are skipped in pass 2).
  for (let i = 0; i < ranked; i++) {
    const r = rankOf[pairs[i]!]!;
    if ((r + 1 < rankAt.length ? rankAt[r + 1]! : taken) <= offset) rankOf[pairs[i]!] = -1;
  }
  const end = Math.min(k, taken);
  const ords = new Int32Array(Math.max(0, end - offset));
  const keys = new Float64Array(ords.length);
  for (let i = 0; i < n; i++) {
    const c = pairOf[i]!;
    if (c < 0) continue;
    const r = rankOf[c]!;
    if (r < 0) continue;
    const at = rankAt[r]!++;
    if (at >= offset && at < end) {
      ords[at - offset] = ordAt(i);
      keys[at - offset] = rankKey[r]!;
    }
  }
  return { ords, keys };
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
