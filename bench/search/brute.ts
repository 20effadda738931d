/**
 * The exhaustive scan: the engine's ranking function recomputed document by
 * document over a forward index (each document's term list, transposed from
 * the postings), independent of the query executor's postings walk, heap and
 * accumulators. Used to check the engine's top 20 and as the reference for
 * the other engines' overlap@20.
 */
import type { SearchIndex } from '../../src/modules/search/index.ts';
import { QUALITY_BOOST } from '../../src/modules/search/index.ts';
import { IMPACT_SCALE } from '../../src/modules/search/doc-terms.ts';

export class Forward {
  readonly off: Int32Array;
  readonly terms: Int32Array;
  readonly imps: Uint8Array;
  constructor(private readonly idx: SearchIndex) {
    const { postings: p, columns } = idx.internals();
    const n = columns.size;
    const counts = new Int32Array(n + 1);
    for (let i = 0; i < p.docs.length; i++) counts[p.docs[i]!]!++;
    this.off = new Int32Array(n + 1);
    for (let d = 0; d < n; d++) this.off[d + 1] = this.off[d]! + counts[d]!;
    this.terms = new Int32Array(p.docs.length);
    this.imps = new Uint8Array(p.docs.length);
    const cur = this.off.slice(0, n);
    for (let t = 0; t < p.mainTerms; t++) {
      for (let q = p.offsets[t]!, e = p.offsets[t + 1]!; q < e; q++) {
        const d = p.docs[q]!;
        const k = cur[d]!++;
        this.terms[k] = t;
        this.imps[k] = p.imps[q]!;
      }
    }
  }

  bytes(): number {
    return this.off.byteLength + this.terms.byteLength + this.imps.byteLength;
  }

  /**
   * Top k ordinals by the ranking function. With `literal`, only documents
   * containing every literal term id count (−1 = unknown term → nothing).
   */
  top(text: string, k: number, literal?: number[], catPrefix?: string, maxOrd = Infinity): number[] {
    const { columns, leaves } = this.idx.internals();
    const { groups, empty } = this.idx.internals().resolve(text);
    if (empty || literal?.some((t) => t < 0)) return [];
    const alt = new Map<number, { g: number; w: number }[]>();
    groups.forEach((g, gi) => g.terms.forEach((t) => alt.set(t.id, [...(alt.get(t.id) ?? []), { g: gi, w: t.w / IMPACT_SCALE }])));
    const lit = new Set(literal ?? []);
    const best = new Float64Array(groups.length);
    const res: { s: number; d: number }[] = [];
    for (let d = 0, n = Math.min(columns.size, maxOrd); d < n; d++) {
      if (columns.dead[d]) continue;
      if (catPrefix && !leaves.codes[columns.leaf[d]!]!.startsWith(catPrefix)) continue;
      best.fill(-1);
      let litHits = 0;
      for (let q = this.off[d]!, e = this.off[d + 1]!; q < e; q++) {
        const t = this.terms[q]!;
        if (lit.has(t)) litHits++;
        const as = alt.get(t);
        if (as) for (const a of as) best[a.g] = Math.max(best[a.g]!, a.w * this.imps[q]!);
      }
      if (literal && litHits < lit.size) continue;
      let s = 0;
      let ok = true;
      for (let g = 0; g < groups.length; g++) {
        if (best[g]! < 0) ok = false;
        else s += best[g]!;
      }
      if (!ok && !literal) continue;
      s *= 1 + (QUALITY_BOOST * columns.quality[d]!) / 255;
      res.push({ s, d });
    }
    res.sort((a, b) => b.s - a.s || a.d - b.d);
    return res.slice(0, k).map((x) => x.d);
  }
}
