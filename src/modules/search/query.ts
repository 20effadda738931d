import type { DocColumns } from './columns.ts';
import { MOQ_BANDS, PRICE_BANDS } from './columns.ts';
import { IMPACT_SCALE } from './doc-terms.ts';
import type { Postings } from './postings.ts';
import { TopK } from './topk.ts';
import { DocList, intersectInto, probeDense, probeGroup, unionGroup } from './intersect.ts';
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
  /** Declared standards: a kind bit mask (STANDARD_KINDS bits; the document must declare one of them)… */
  stdKinds?: number;
  /** …and/or a standard code id (−2: a code nobody declares, matching nothing). */
  stdCode?: number;
}

/** Facet counts of declared standards: per kind (index 0 = none, i+1 = STANDARD_KINDS[i]) and per code id. */
export interface StdFacetCounts {
  kind: Int32Array;
  code: Map<number, number>;
}

export interface ExecOutput {
  /** Exact total (with `anyGroup`: documents matching at least one group). */
  total: number;
  /** Documents matching the text before filters (live or not); 0 means the words themselves found nothing. */
  matched: number;
  /** The requested page only (entries ranked offset … k−1), best first. */
  top: { key: number; ord: number; score: number }[];
  /** With `anyGroup`: per entry of `top`, the bit mask of the groups it matched (bit g = group g)… */
  masks?: number[];
  /** …and that of the best match of all (the first of page 1), or 0 when nothing passed the filters. */
  bestMask?: number;
  facets?: { leaf: Int32Array; price: Int32Array; moq: Int32Array; district: Int32Array; credit: Int32Array; std?: StdFacetCounts };
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
  /** Partial matching: per ordinal the groups matched (bit mask), and per match its number of groups. */
  gmask = new Int32Array(0);
  ensure(n: number): void {
    if (this.cnt.length >= n) return;
    const c = Math.ceil(n * 1.25);
    this.gmask = new Int32Array(c);
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
      this.gmask.byteLength +
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
  offset = 0,
  /** A hot term's impact column (hot-terms.ts), if it has one: such groups are probed, not merged. */
  denseOf?: (term: number) => Uint8Array | undefined,
): ExecOutput {
  s.ensure(cols.size);
  const { acc, best, touched } = s;
  const top = new TopK(k);
  const f: FacetCounts = {
    leaf: new Int32Array(withFacets ? nLeaves : 0),
    price: new Int32Array(PRICE_BANDS.length),
    moq: new Int32Array(MOQ_BANDS.length),
    district: new Int32Array(256),
    credit: new Int32Array(5),
    std: { kind: new Int32Array(6), code: new Map() },
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
      const dense = denseOf && denseCols(grp, denseOf);
      cur = dense
        ? probeDense(grp.terms, dense, cur, out)
        : cur.n * 24 < grp.df
          ? probeGroup(p, grp.terms, cur, out)
          : intersectInto(cur, unionGroup(p, grp.terms, grp.df, lc), out);
    }
    for (let i = 0; i < cur.n; i++) visit(cur.docs[i]!, cur.scores[i]!);
  } else {
    // Partial matching (no document has every group): documents matching any group, ranked first by the
    // number of groups they match (a tier), then by score. gmask[d] holds the groups matched (bit g),
    // best[d] the best alternative's score within the current group.
    const { gmask } = s;
    let nt = 0;
    for (let g = 0; g < groups.length; g++) {
      const bit = 1 << Math.min(g, 30);
      for (const { id, w } of groups[g]!.terms) {
        const f = w / IMPACT_SCALE;
        const apply = (d: number, sc: number): void => {
          const gm = gmask[d]!;
          if (gm === 0) touched[nt++] = d;
          if ((gm & bit) === 0) {
            gmask[d] = gm | bit;
            acc[d]! += sc;
            best[d] = sc;
          } else if (sc > best[d]!) {
            acc[d]! += sc - best[d]!;
            best[d] = sc;
          }
        };
        if (id < mainTerms) for (let q = offsets[id]!, e = offsets[id + 1]!; q < e; q++) apply(docs[q]!, f * imps[q]!);
        const dl = delta.get(id);
        if (dl) for (let i = 0; i < dl.docs.length; i++) apply(dl.docs[i]!, f * dl.imps[i]!);
      }
    }
    for (let i = 0; i < nt; i++) {
      const d = touched[i]!;
      if (dead[d] === 0) visit(d, acc[d]!);
      acc[d] = 0;
      best[d] = 0;
    }
    const bestOf = { ord: -1 };
    const total = finishScan(m, mDocs, mScores, cols, filter, sort, withFacets, f, top, gmask, bestOf);
    const page = top.page(offset);
    const bestMask = bestOf.ord >= 0 ? gmask[bestOf.ord]! : 0;
    const masks = page.map((x) => gmask[x.ord]!);
    for (let i = 0; i < nt; i++) gmask[touched[i]!] = 0;
    const out: ExecOutput = {
      total,
      matched: m,
      top: page.map((x) => ({ key: x.key, ord: x.ord, score: sort === 'relevance' ? x.key % TIER_SCALE.relevance : 0 })),
      masks,
      bestMask,
    };
    if (withFacets) out.facets = f;
    return out;
  }

  const total = finishScan(dense ? cols.size : m, dense ? undefined : mDocs, mScores, cols, filter, sort, withFacets, f, top);
  const out: ExecOutput = {
    total,
    matched: dense ? cols.size : m,
    top: top.page(offset).map((x) => ({ ...x, score: sort === 'relevance' ? x.key : 0 })),
  };
  if (withFacets) out.facets = f;
  return out;
}

/** The impact columns of every alternative of a group, or undefined when one has none. */
function denseCols(g: ExecGroup, denseOf: (term: number) => Uint8Array | undefined): Uint8Array[] | undefined {
  const out: Uint8Array[] = [];
  for (const t of g.terms) {
    const c = denseOf(t.id);
    if (!c) return undefined;
    out.push(c);
  }
  return out;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Partial matches rank by tier (groups matched) first: key = tier · scale + the order's own key. The
 * scales keep both parts exact in a double: relevance scores stay far below 10⁶, prices below 2³²,
 * creation times (epoch ms) below 2⁴².
 */
export const TIER_SCALE = { relevance: 1e6, price: 2 ** 32, newest: 2 ** 42 } as const;

interface FacetCounts {
  leaf: Int32Array;
  price: Int32Array;
  moq: Int32Array;
  district: Int32Array;
  credit: Int32Array;
  std: StdFacetCounts;
}

/** Count a document with declared standards (kinds ≠ 0) in the kind facet and/or the code facet. */
function countStd(cols: DocColumns, d: number, kinds: number, std: StdFacetCounts, kind: boolean, code: boolean): void {
  if (kind) for (let b = 0; b < 5; b++) if (kinds & (1 << b)) std.kind[b + 1]!++;
  if (code) {
    const l = cols.stdCodes.get(d);
    if (l) for (let i = 0; i < l.length; i++) std.code.set(l[i]!, (std.code.get(l[i]!) ?? 0) + 1);
  }
}

/** Whether document d declares standard code id `c`. */
export function hasStdCode(cols: DocColumns, d: number, c: number): boolean {
  const l = cols.stdCodes.get(d);
  if (!l) return false;
  for (let i = 0; i < l.length; i++) if (l[i] === c) return true;
  return false;
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
  gmask?: Int32Array,
  best?: { ord: number },
): number {
  const { dead, leaf, price, moq, district, credit, quality, priceBand, moqBand, created, stdKinds } = cols;
  const catMask = filter.catMask;
  const hasCat = catMask !== undefined;
  const mask = catMask ?? new Uint8Array(0);
  const pMin = filter.priceMin ?? -1;
  const pMax = filter.priceMax ?? 2_147_483_647;
  const mMax = filter.moqMax ?? 2_147_483_647;
  const dist = filter.district ?? -1;
  const cred = filter.credit ?? -1;
  const sKinds = filter.stdKinds ?? 0;
  const sCode = filter.stdCode ?? -1;
  const { std: fStd } = f;
  const sortKind = sort === 'relevance' ? 0 : sort === 'price_asc' ? 1 : sort === 'price_desc' ? 2 : 3;
  const tierScale = sortKind === 0 ? TIER_SCALE.relevance : sortKind === 3 ? TIER_SCALE.newest : TIER_SCALE.price;
  const { leaf: fLeaf, price: fPrice, moq: fMoq, district: fDistrict, credit: fCredit } = f;
  const qb = QUALITY_BOOST / 255;
  const k = top.k;
  const keys = top.keys;
  const ords = top.ords;
  let total = 0;
  let bestKey = Number.NEGATIVE_INFINITY;
  let bestOrd = -1;
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
    const kinds = stdKinds[d]!;
    if (sKinds !== 0 && (kinds & sKinds) === 0) fails |= 32;
    if (sCode !== -1 && (kinds === 0 || !hasStdCode(cols, d, sCode))) fails |= 64;
    if (fails === 0) {
      total++;
      if (withFacets) {
        fLeaf[leaf[d]!]!++;
        fPrice[priceBand[d]!]!++;
        fMoq[moqBand[d]!]!++;
        fDistrict[district[d]!]!++;
        fCredit[credit[d]!]!++;
        if (kinds === 0) fStd.kind[0]!++;
        else countStd(cols, d, kinds, fStd, true, true);
      }
      let key: number;
      if (sortKind === 0) {
        const q = quality[d]!;
        key = docs === undefined ? q / 255 : scores[i]! * (1 + qb * q);
      } else if (sortKind === 1) key = -pr;
      else if (sortKind === 2) key = pr;
      else key = created[d]!;
      if (gmask !== undefined) {
        key += popcount(gmask[d]!) * tierScale;
        if (key > bestKey || (key === bestKey && d < bestOrd)) {
          bestKey = key;
          bestOrd = d;
        }
      }
      // Only entries that can enter the heap pay for a push.
      if (top.size < k || key > keys[0]! || (key === keys[0]! && d < ords[0]!)) top.push(key, d);
    } else if (withFacets && (fails & (fails - 1)) === 0) {
      if (fails === 1) fLeaf[leaf[d]!]!++;
      else if (fails === 2) fPrice[priceBand[d]!]!++;
      else if (fails === 4) fMoq[moqBand[d]!]!++;
      else if (fails === 8) fDistrict[district[d]!]!++;
      else if (fails === 16) fCredit[credit[d]!]!++;
      else if (fails === 32) {
        if (kinds === 0) fStd.kind[0]!++;
        else countStd(cols, d, kinds, fStd, true, false);
      } else countStd(cols, d, kinds, fStd, false, true);
    }
  }
  if (best) best.ord = bestOrd;
  return total;
}
