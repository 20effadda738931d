import { MOQ_BANDS, PRICE_BANDS, type DocColumns } from './columns.ts';
import { IMPACT_SCALE } from './doc-terms.ts';
import type { Postings } from './postings.ts';
import { QUALITY_BOOST, TIER_SCALE, type ExecGroup, type ExecOutput, type StdFacetCounts } from './query.ts';
import { TopK } from './topk.ts';
import type { SearchSort } from './types.ts';

/**
 * The partial answer (no product has every word) without the any-group scan, when the groups that
 * match anything are pairwise disjoint: one group alone, or two groups that the exact pass found to
 * have no document in common. Every match then matches exactly one group (tier 1), so
 *
 * - the partial total is the sum of the groups' totals (|A ∪ B| = |A| + |B| when A ∩ B = ∅) and the
 *   facet counts are the sums of each group's counts — each group answered alone by the fastest
 *   exact path (a hot or warm term's precomputed answer, the browse fast paths, else the scan);
 * - the page comes from each group's best-first answer: a document outside a group's top k by the
 *   group's own key cannot enter the merged top k. The any-group scan ranks by
 *   `fround(score) · (1 + boost · quality) + tier · scale` (its accumulator is a Float32Array), which
 *   can order documents whose keys differ by less than a float32 rounding differently from the
 *   group's own key; so every document within a relative 1e-6 of a group's k-th key is taken as a
 *   candidate (the group's answer is fetched deeper until its last key is below that bound, or it is
 *   complete), and every candidate's key is recomputed exactly as the scan computes it.
 *
 * Answers exactly like `execute(…, anyGroup = true)` (test/search-fastpaths.test.ts and
 * bench/search/partial-check.ts compare them); returns undefined when it cannot (the caller scans).
 */
export interface PartialEnv {
  post: Postings;
  cols: DocColumns;
  /** The exact answer of one group alone: the best `k` from rank 0, total and facets (with the query's filters and sort). */
  run: (g: ExecGroup, k: number) => ExecOutput;
  /** The standards facet of a group's answer that came without it (precomputed answers). */
  std: (g: ExecGroup, total: number) => StdFacetCounts;
  /** The deepest answer `run` may be asked for (beyond it, the scan). */
  maxK: number;
}

/** Keys within this relative distance of a group's k-th key may order differently in the scan. */
const MARGIN = 1e-6;

export function partialAnswer(
  env: PartialEnv,
  groups: readonly ExecGroup[],
  sort: SearchSort,
  k: number,
  offset: number,
  withFacets: boolean,
  nLeaves: number,
): ExecOutput | undefined {
  const used = groups.map((_, i) => i).filter((i) => groups[i]!.terms.length > 0);
  if (used.length === 0 || used.length > 2 || k > env.maxK) return undefined;
  const { cols, post } = env;
  const rel = sort === 'relevance';
  const tierScale = rel ? TIER_SCALE.relevance : sort === 'newest' ? TIER_SCALE.newest : TIER_SCALE.price;
  const qb = QUALITY_BOOST / 255;
  const top = new TopK(k);
  const bitOf = new Map<number, number>();
  let total = 0;
  let best = -1;
  let bestKey = Number.NEGATIVE_INFINITY;
  const answers: { a: ExecOutput; g: ExecGroup }[] = [];
  for (const gi of used) {
    const g = groups[gi]!;
    const bit = 1 << Math.min(gi, 30);
    // The group's best-first answer, deep enough to hold every document near its k-th key.
    let kk = Math.min(env.maxK, rel ? k + 32 : k);
    let take = -1;
    let a: ExecOutput;
    for (;;) {
      a = env.run(g, kk);
      take = candidates(a, k, rel);
      if (take >= 0) break;
      if (kk >= env.maxK) return undefined;
      kk = Math.min(env.maxK, kk * 4);
    }
    answers.push({ a, g });
    total += a.total;
    for (let i = 0; i < take; i++) {
      const d = a.top[i]!.ord;
      let key: number;
      if (rel) key = scanScore(post, g, d) * (1 + qb * cols.quality[d]!);
      else if (sort === 'price_asc') key = -cols.price[d]!;
      else if (sort === 'price_desc') key = cols.price[d]!;
      else key = cols.created[d]!;
      key += tierScale;
      bitOf.set(d, bit);
      if (key > bestKey || (key === bestKey && d < best)) {
        bestKey = key;
        best = d;
      }
      top.push(key, d);
    }
  }
  const page = top.page(offset);
  const out: ExecOutput = {
    total,
    matched: total,
    top: page.map((x) => ({ key: x.key, ord: x.ord, score: rel ? x.key % TIER_SCALE.relevance : 0 })),
    masks: page.map((x) => bitOf.get(x.ord)!),
    bestMask: best >= 0 ? bitOf.get(best)! : 0,
  };
  if (withFacets) out.facets = sumFacets(answers, env, nLeaves);
  return out;
}

/**
 * How many of the answer's entries (best first) can be in the merged top k: all when the answer is
 * complete, else those within the margin of the k-th key — or −1 when the answer stops inside that
 * margin (fetch deeper).
 */
function candidates(a: ExecOutput, k: number, rel: boolean): number {
  const n = a.top.length;
  // Exact keys (prices, times) order alike in both: a document outside the group's top k stays out.
  if (!rel) return Math.min(k, n);
  if (n >= a.total) return n;
  if (n < k) return -1;
  const kth = a.top[k - 1]!.key;
  const bound = rel ? kth - MARGIN * Math.abs(kth) - 1e-9 : kth;
  if (a.top[n - 1]!.key >= bound) return -1;
  let i = k;
  while (i < n && a.top[i]!.key >= bound) i++;
  return i;
}

/**
 * A document's text score as the any-group scan accumulates it for its one matched group: the
 * alternatives in order, in a Float32Array (acc += score, then acc += better − best).
 */
function scanScore(post: Postings, g: ExecGroup, d: number): number {
  let acc = 0;
  let best = 0;
  let seen = false;
  for (const { id, w } of g.terms) {
    const imp = impactOf(post, id, d);
    if (imp < 0) continue;
    const sc = (w / IMPACT_SCALE) * imp;
    if (!seen) {
      acc = Math.fround(acc + sc);
      best = Math.fround(sc);
      seen = true;
    } else if (sc > best) {
      acc = Math.fround(acc + (sc - best));
      best = Math.fround(sc);
    }
  }
  return acc;
}

/** Term t's impact byte in document d, or −1 when d does not have t. */
function impactOf(post: Postings, t: number, d: number): number {
  if (t < post.mainTerms) {
    let lo = post.offsets[t]!;
    const end = post.offsets[t + 1]!;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (post.docs[mid]! < d) lo = mid + 1;
      else hi = mid;
    }
    if (lo < end && post.docs[lo] === d) return post.imps[lo]!;
  }
  const dl = post.delta.get(t);
  const j = dl ? dl.docs.indexOf(d) : -1;
  return j >= 0 ? dl!.imps[j]! : -1;
}

/** The facet counts of disjoint groups: the sums of each group's counts. */
function sumFacets(answers: { a: ExecOutput; g: ExecGroup }[], env: PartialEnv, nLeaves: number): NonNullable<ExecOutput['facets']> {
  const leafLen = Math.max(nLeaves, ...answers.map(({ a }) => a.facets?.leaf.length ?? 0));
  const f = {
    leaf: new Int32Array(leafLen),
    price: new Int32Array(PRICE_BANDS.length),
    moq: new Int32Array(MOQ_BANDS.length),
    district: new Int32Array(256),
    credit: new Int32Array(5),
    std: { kind: new Int32Array(6), code: new Map<number, number>() },
  };
  const add = (to: Int32Array, from: Int32Array) => {
    for (let i = 0; i < from.length; i++) to[i]! += from[i]!;
  };
  for (const { a, g } of answers) {
    const c = a.facets;
    if (!c) continue;
    add(f.leaf, c.leaf);
    add(f.price, c.price);
    add(f.moq, c.moq);
    add(f.district, c.district);
    add(f.credit, c.credit);
    const s = c.std ?? env.std(g, a.total);
    add(f.std.kind, s.kind);
    for (const [code, n] of s.code) f.std.code.set(code, (f.std.code.get(code) ?? 0) + n);
  }
  return f;
}
