import type { DocColumns } from './columns.ts';
import { MOQ_BANDS, PRICE_BANDS } from './columns.ts';
import { IMPACT_SCALE } from './doc-terms.ts';
import type { Postings } from './postings.ts';
import { TopK } from './topk.ts';
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
  top: { key: number; ord: number; score: number }[];
  facets?: { leaf: Int32Array; price: Int32Array; moq: Int32Array; district: Int32Array; credit: Int32Array };
}

/** Scratch arrays reused between queries (the engine is single-threaded). */
export class Scratch {
  cnt = new Uint8Array(0);
  acc = new Float32Array(0);
  best = new Float32Array(0);
  touched = new Int32Array(0);
  ensure(n: number): void {
    if (this.cnt.length >= n) return;
    const c = Math.ceil(n * 1.25);
    this.cnt = new Uint8Array(c);
    this.acc = new Float32Array(c);
    this.best = new Float32Array(c);
    this.touched = new Int32Array(c);
  }
  bytes(): number {
    return this.cnt.byteLength + this.acc.byteLength + this.best.byteLength + this.touched.byteLength;
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
  const { dead, leaf, price, moq, district, credit, quality, priceBand, moqBand, created } = cols;
  const top = new TopK(k);
  const fLeaf = new Int32Array(withFacets ? nLeaves : 0);
  const fPrice = new Int32Array(PRICE_BANDS.length);
  const fMoq = new Int32Array(MOQ_BANDS.length);
  const fDistrict = new Int32Array(256);
  const fCredit = new Int32Array(5);
  const catMask = filter.catMask;
  const pMin = filter.priceMin ?? -1;
  const pMax = filter.priceMax ?? 2_147_483_647;
  const mMax = filter.moqMax ?? 2_147_483_647;
  const dist = filter.district ?? -1;
  const cred = filter.credit ?? -1;
  let total = 0;

  const visit = (d: number, sc: number): void => {
    let fails = 0;
    if (catMask !== undefined && catMask[leaf[d]!] === 0) fails |= 1;
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
      const score = sc * (1 + (QUALITY_BOOST * quality[d]!) / 255);
      const key = sort === 'relevance' ? score : sort === 'price_asc' ? -pr : sort === 'price_desc' ? pr : created[d]!;
      top.push(key, d);
    } else if (withFacets && (fails & (fails - 1)) === 0) {
      if (fails === 1) fLeaf[leaf[d]!]!++;
      else if (fails === 2) fPrice[priceBand[d]!]!++;
      else if (fails === 4) fMoq[moqBand[d]!]!++;
      else if (fails === 8) fDistrict[district[d]!]!++;
      else fCredit[credit[d]!]!++;
    }
  };

  const { offsets, docs, imps, delta } = p;
  const mainTerms = p.mainTerms;
  if (groups.length === 0) {
    for (let d = 0; d < cols.size; d++) if (dead[d] === 0) visit(d, quality[d]! / 255);
  } else if (groups.length === 1 && groups[0]!.terms.length === 1) {
    // Fast path: one term.
    const { id, w } = groups[0]!.terms[0]!;
    const f = w / IMPACT_SCALE;
    if (id < mainTerms) for (let q = offsets[id]!, e = offsets[id + 1]!; q < e; q++) {
      const d = docs[q]!;
      if (dead[d] === 0) visit(d, f * imps[q]!);
    }
    const dl = delta.get(id);
    if (dl) for (let i = 0; i < dl.docs.length; i++) if (dead[dl.docs[i]!] === 0) visit(dl.docs[i]!, f * dl.imps[i]!);
  } else {
    const order = anyGroup ? groups : [...groups].sort((a, b) => a.df - b.df);
    let nt = 0;
    for (let g = 0; g < order.length; g++) {
      const want = anyGroup ? 0 : g;
      for (const { id, w } of order[g]!.terms) {
        const f = w / IMPACT_SCALE;
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
          } else if (c === want + 1 && sc > best[d]!) {
            acc[d]! += sc - best[d]!;
            best[d] = sc;
          }
        };
        if (id < mainTerms) for (let q = offsets[id]!, e = offsets[id + 1]!; q < e; q++) apply(docs[q]!, f * imps[q]!);
        const dl = delta.get(id);
        if (dl) for (let i = 0; i < dl.docs.length; i++) apply(dl.docs[i]!, f * dl.imps[i]!);
      }
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

  const sorted = top.sorted();
  const out: ExecOutput = {
    total,
    top: sorted.map((x) => ({ ...x, score: sort === 'relevance' ? x.key : 0 })),
  };
  if (withFacets) out.facets = { leaf: fLeaf, price: fPrice, moq: fMoq, district: fDistrict, credit: fCredit };
  return out;
}
