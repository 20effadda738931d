import type { DocColumns } from './columns.ts';
import { MOQ_BANDS, PRICE_BANDS } from './columns.ts';
import { IMPACT_SCALE } from './doc-terms.ts';
import type { Postings } from './postings.ts';
import { TopK } from './topk.ts';
import { DocList, intersectInto, probeGroup, unionGroup } from './intersect.ts';
import type { SearchSort } from './types.ts';

/**
 * Query execution over the postings and the per-document columns.
 *
 * Ranking (documented in docs/search.md):
 *   text(d)  = Σ_groups max_{t ∈ group, t ∈ d} weight(t) · idf(t) · impact(t,d)
 *   idf(t)   = ln(1 + (N − df + 0.5) / (df + 0.5))
 *   score(d) = text(d) · (1 + QUALITY_BOOST · quality(d))
 * With no text (browse), score(d) = quality(d).
 *
 * Every match is visited once: an exact total and all facet counts come from
 * the same typed-array loop that feeds a bounded heap.
 */
export const QUALITY_BOOST = 0.3;

export interface ExecGroup {
  /** Term ids and their query weight × idf (already multiplied). */
  terms: { id: number; w: number }[];
  /** Sum of document frequencies, to evaluate the rarest group first. */
  df: number;
}

export interface ExecFilter {
  catMask?: Uint8Array;
  priceMin?: number;
  priceMax?: number;
  moqMax?: number;
  district?: number;
  credit?: number;
}

export interface ExecOutput {
  total: number;
  /** Documents matching the text before filters (live or not); 0 means the words themselves found nothing. */
  matched: number;
  top: { key: number; ord: number; score: number }[];
  facets?: { leaf: Int32Array; price: Int32Array; moq: Int32Array; district: Int32Array; credit: Int32Array };
}

/** Scratch arrays reused between queries (the engine is single-threaded). */
export class Scratch {
  cnt = new Uint8Array(0);
  acc = new Float32Array(0);
  best = new Float32Array(0);
  touched = new Int32Array(0);
  readonly lists: [DocList, DocList, DocList] = [new DocList(), new DocList(), new DocList()];
  mDocs = new Int32Array(0);
  mScores = new Float64Array(0);
  ensure(n: number): void {
    if (this.cnt.length >= n) return;
    const c = Math.ceil(n * 1.25);
    this.mDocs = new Int32Array(c);
    this.mScores = new Float64Array(c);
    this.cnt = new Uint8Array(c);
    this.acc = new Float32Array(c);
    this.best = new Float32Array(c);
    this.touched = new Int32Array(c);
  }
  bytes(): number {
    return (
      this.cnt.byteLength +
      this.acc.byteLength +
      this.best.byteLength +
      this.touched.byteLength +
      this.mDocs.byteLength +
      this.mScores.byteLength +
      this.lists.reduce((b, l) => b + l.bytes(), 0)
    );
  }
}

export function execute(
  p: Postings,
  cols: DocColumns,
  s: Scratch,
  groups: ExecGroup[],
  filter: ExecFilter,
  sort: SearchSort,
  k: number,
  withFacets: boolean,
  nLeaves: number,
  anyGroup = false,
): ExecOutput {
  s.ensure(cols.size);
  const { cnt, acc, best, touched } = s;
  const top = new TopK(k);
  const f: FacetCounts = {
    leaf: new Int32Array(withFacets ? nLeaves : 0),
    price: new Int32Array(PRICE_BANDS.length),
    moq: new Int32Array(MOQ_BANDS.length),
    district: new Int32Array(256),
    credit: new Int32Array(5),
  };
  // Matches are first collected (ordinal, text score) into scratch arrays, then one tight loop applies
  // filters, counts facets and feeds the heap.
  const mDocs = s.mDocs;
  const mScores = s.mScores;
  let m = 0;
  const visit = (d: number, sc: number): void => {
    mDocs[m] = d;
    mScores[m++] = sc;
  };
  const { dead } = cols;
  const { offsets, docs, imps, delta } = p;
  const mainTerms = p.mainTerms;
  let dense = false;
  if (groups.length === 0) {
    dense = true;
  } else if (groups.length === 1 && groups[0]!.terms.length === 1) {
    // Fast path: one term.
    const { id, w } = groups[0]!.terms[0]!;
    const f = w / IMPACT_SCALE;
    if (id < mainTerms)
      for (let q = offsets[id]!, e = offsets[id + 1]!; q < e; q++) {
        const d = docs[q]!;
        if (dead[d] === 0) visit(d, f * imps[q]!);
      }
    const dl = delta.get(id);
    if (dl) for (let i = 0; i < dl.docs.length; i++) if (dead[dl.docs[i]!] === 0) visit(dl.docs[i]!, f * dl.imps[i]!);
  } else if (groups.length === 1 && !anyGroup) {
    // One group of alternatives: a k-way merge of the sorted posting lists.
    const l = unionGroup(p, groups[0]!.terms, groups[0]!.df, s.lists[0]);
    for (let i = 0; i < l.n; i++) visit(l.docs[i]!, l.scores[i]!);
  } else if (!anyGroup) {
    // Several groups: sorted lists intersected rarest first (intersect.ts).
    const order = [...groups].sort((a, b) => a.df - b.df);
    const [la, lb, lc] = s.lists;
    let cur = unionGroup(p, order[0]!.terms, order[0]!.df, la);
    for (let g = 1; g < order.length && cur.n > 0; g++) {
      const out = cur === la ? lb : la;
      const grp = order[g]!;
      cur = cur.n * 24 < grp.df ? probeGroup(p, grp.terms, cur, out) : intersectInto(cur, unionGroup(p, grp.terms, grp.df, lc), out);
    }
    for (let i = 0; i < cur.n; i++) visit(cur.docs[i]!, cur.scores[i]!);
  } else {
    const order = groups;
    let nt = 0;
    let alive = 0;
    for (let g = 0; g < order.length; g++) {
      const want = anyGroup ? 0 : g;
      let nextAlive = 0;
      const apply = (d: number, sc: number): void => {
        const c = cnt[d]!;
        if (anyGroup) {
          if (c === 0) {
            cnt[d] = 1;
            touched[nt++] = d;
          }
          acc[d]! += sc;
        } else if (c === want) {
          if (g === 0) touched[nt++] = d;
          cnt[d] = want + 1;
          acc[d]! += sc;
          best[d] = sc;
          nextAlive++;
        } else if (c === want + 1 && sc > best[d]!) {
          acc[d]! += sc - best[d]!;
          best[d] = sc;
        }
      };
      // A group much larger than the surviving candidates (e.g. a word in every description) is probed
      // by binary search for each candidate instead of being scanned.
      const probe = !anyGroup && g > 0 && alive * 24 < order[g]!.df;
      for (const { id, w } of order[g]!.terms) {
        const f = w / IMPACT_SCALE;
        const dl = delta.get(id);
        if (probe) {
          const s0 = id < mainTerms ? offsets[id]! : 0;
          const e0 = id < mainTerms ? offsets[id + 1]! : 0;
          for (let i = 0; i < nt; i++) {
            const d = touched[i]!;
            const c = cnt[d]!;
            if (c !== want && c !== want + 1) continue;
            let lo = s0;
            let hi = e0;
            while (lo < hi) {
              const mid = (lo + hi) >>> 1;
              if (docs[mid]! < d) lo = mid + 1;
              else hi = mid;
            }
            if (lo < e0 && docs[lo] === d) apply(d, f * imps[lo]!);
            else if (dl) {
              const j = binarySearch(dl.docs, d);
              if (j >= 0) apply(d, f * dl.imps[j]!);
            }
          }
        } else {
          if (id < mainTerms) for (let q = offsets[id]!, e = offsets[id + 1]!; q < e; q++) apply(docs[q]!, f * imps[q]!);
          if (dl) for (let i = 0; i < dl.docs.length; i++) apply(dl.docs[i]!, f * dl.imps[i]!);
        }
      }
      alive = nextAlive;
      if (!anyGroup && alive === 0) break;
    }
    const need = anyGroup ? 1 : order.length;
    for (let i = 0; i < nt; i++) {
      const d = touched[i]!;
      if (cnt[d]! >= need && dead[d] === 0) visit(d, acc[d]!);
      cnt[d] = 0;
      acc[d] = 0;
      best[d] = 0;
    }
  }

  const total = finishScan(dense ? cols.size : m, dense ? undefined : mDocs, mScores, cols, filter, sort, withFacets, f, top);
  const sorted = top.sorted();
  const out: ExecOutput = {
    total,
    matched: dense ? cols.size : m,
    top: sorted.map((x) => ({ ...x, score: sort === 'relevance' ? x.key : 0 })),
  };
  if (withFacets) out.facets = f;
  return out;
}

function binarySearch(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < a.length && a[lo] === x ? lo : -1;
}

interface FacetCounts {
  leaf: Int32Array;
  price: Int32Array;
  moq: Int32Array;
  district: Int32Array;
  credit: Int32Array;
}

/**
 * The one loop over all matches: filters (a bit per failed filter), exact
 * total, disjunctive facet counts (a document failing exactly one filter is
 * counted in that filter's facet only) and the bounded heap. With `docs`
 * undefined the matches are all ordinals 0..n−1 scored by quality (browse).
 */
function finishScan(
  n: number,
  docs: Int32Array | undefined,
  scores: Float64Array,
  cols: DocColumns,
  filter: ExecFilter,
  sort: SearchSort,
  withFacets: boolean,
  f: FacetCounts,
  top: TopK,
): number {
  const { dead, leaf, price, moq, district, credit, quality, priceBand, moqBand, created } = cols;
  const catMask = filter.catMask;
  const hasCat = catMask !== undefined;
  const mask = catMask ?? new Uint8Array(0);
  const pMin = filter.priceMin ?? -1;
  const pMax = filter.priceMax ?? 2_147_483_647;
  const mMax = filter.moqMax ?? 2_147_483_647;
  const dist = filter.district ?? -1;
  const cred = filter.credit ?? -1;
  const sortKind = sort === 'relevance' ? 0 : sort === 'price_asc' ? 1 : sort === 'price_desc' ? 2 : 3;
  const { leaf: fLeaf, price: fPrice, moq: fMoq, district: fDistrict, credit: fCredit } = f;
  const qb = QUALITY_BOOST / 255;
  const k = top.k;
  const keys = top.keys;
  const ords = top.ords;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const d = docs === undefined ? i : docs[i]!;
    if (dead[d] !== 0) continue;
    let fails = 0;
    if (hasCat && mask[leaf[d]!] === 0) fails = 1;
    const pr = price[d]!;
    if (pr < pMin || pr > pMax) fails |= 2;
    if (moq[d]! > mMax) fails |= 4;
    if (dist >= 0 && district[d] !== dist) fails |= 8;
    if (cred >= 0 && credit[d] !== cred) fails |= 16;
    if (fails === 0) {
      total++;
      if (withFacets) {
        fLeaf[leaf[d]!]!++;
        fPrice[priceBand[d]!]!++;
        fMoq[moqBand[d]!]!++;
        fDistrict[district[d]!]!++;
        fCredit[credit[d]!]!++;
      }
      let key: number;
      if (sortKind === 0) {
        const q = quality[d]!;
        key = docs === undefined ? q / 255 : scores[i]! * (1 + qb * q);
      } else if (sortKind === 1) key = -pr;
      else if (sortKind === 2) key = pr;
      else key = created[d]!;
      // Only entries that can enter the heap pay for a push.
      if (top.size < k || key > keys[0]! || (key === keys[0]! && d < ords[0]!)) top.push(key, d);
    } else if (withFacets && (fails & (fails - 1)) === 0) {
      if (fails === 1) fLeaf[leaf[d]!]!++;
      else if (fails === 2) fPrice[priceBand[d]!]!++;
      else if (fails === 4) fMoq[moqBand[d]!]!++;
      else if (fails === 8) fDistrict[district[d]!]!++;
      else fCredit[credit[d]!]!++;
    }
  }
  return total;
}
