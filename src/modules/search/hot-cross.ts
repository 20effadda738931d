import type { DocColumns } from './columns.ts';
import { MOQ_BANDS, PRICE_BANDS } from './columns.ts';

// Hot-term cross counts (hot-terms.ts HotEntry.cross): per value of the price band, MOQ band,
// district and credit class, the facet counts of a hot term's documents having that value.

/** Facet counts of a set of documents (browse.ts counts its selections in the same shape). */
export interface HotCounts {
  total: number;
  leaf: Int32Array;
  price: Int32Array;
  moq: Int32Array;
  district: Int32Array;
  credit: Int32Array;
}

/** The part of a hot-term entry (hot-terms.ts HotEntry) the cross counts need. */
type CrossEntry = { imp?: Uint8Array; leaf: Int32Array; cross?: (HotCounts | undefined)[][] };

export const emptyCounts = (nLeaves: number): HotCounts => ({
  total: 0,
  leaf: new Int32Array(nLeaves),
  price: new Int32Array(PRICE_BANDS.length),
  moq: new Int32Array(MOQ_BANDS.length),
  district: new Int32Array(256),
  credit: new Int32Array(5),
});

/**
 * Three joint histograms of a set of documents: (leaf, price band, MOQ band, credit), (district,
 * price band, MOQ band, credit) and (district, leaf); every per-value facet count is a sum over their
 * cells. Reusable: `finish` turns them into cross counts and clears them for the next term.
 */
export class CrossTally {
  private readonly h1: Int32Array;
  private readonly h2: Int32Array;
  private readonly h3: Int32Array;
  private static readonly PMC = PRICE_BANDS.length * MOQ_BANDS.length * 5;

  constructor(
    readonly nLeaves: number,
    private readonly cols: DocColumns,
  ) {
    this.h1 = new Int32Array(nLeaves * CrossTally.PMC);
    this.h3 = new Int32Array(256 * CrossTally.PMC);
    this.h2 = new Int32Array(256 * nLeaves);
  }

  /** Counts live document d; false when its leaf is newer than the counts (no cross counts then). */
  add(d: number): boolean {
    const { leaf, priceBand, moqBand, district, credit } = this.cols;
    const lf = leaf[d]!;
    if (lf >= this.nLeaves) return false;
    const PMC = CrossTally.PMC;
    const pmc = (priceBand[d]! * MOQ_BANDS.length + moqBand[d]!) * 5 + credit[d]!;
    this.h1[lf * PMC + pmc]!++;
    this.h3[district[d]! * PMC + pmc]!++;
    this.h2[district[d]! * this.nLeaves + lf]!++;
    return true;
  }

  /** Zeroes the histograms (after a term whose counts are abandoned). */
  clear(): void {
    this.h1.fill(0);
    this.h2.fill(0);
    this.h3.fill(0);
  }

  /** The cross counts of the documents added since the last finish/clear; the histograms are cleared. */
  finish(): (HotCounts | undefined)[][] {
    const { nLeaves, h1, h2, h3 } = this;
    const PMC = CrossTally.PMC;
    const NM = MOQ_BANDS.length;
    const cross: (HotCounts | undefined)[][] = [[], [], [], [], []];
    for (let k = 1; k <= 4; k++) cross[k]![0] = emptyCounts(nLeaves);
    const rec = (k: number, v: number): HotCounts => (cross[k]![v] ??= emptyCounts(nLeaves));
    for (let c = 0; c < h1.length; c++) {
      const x = h1[c]!;
      if (x === 0) continue;
      h1[c] = 0;
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
      h3[c] = 0;
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
      if (x === 0) continue;
      h2[c] = 0;
      rec(3, Math.floor(c / nLeaves)).leaf[c % nLeaves]! += x;
    }
    return cross;
  }
}

/**
 * The per-value facet counts of a hot term (see HotEntry.cross). Built eagerly with the entries
 * (hot-terms.ts `HotTerms.build`, from the term's postings) and stored in snapshots; computed here,
 * in one pass over the impact column over the live documents, only when an upsert dropped them (a
 * document with a leaf category newer than the counts). Undefined without an impact column.
 */
export function hotCross(e: CrossEntry, cols: DocColumns): (HotCounts | undefined)[][] | undefined {
  if (e.cross) return e.cross;
  const imp = e.imp;
  if (!imp) return undefined;
  const tally = new CrossTally(e.leaf.length, cols);
  const { dead } = cols;
  const n = Math.min(cols.size, imp.length);
  for (let d = 0; d < n; d++) {
    if (imp[d] === 0 || dead[d] !== 0) continue;
    if (!tally.add(d)) return undefined;
  }
  e.cross = tally.finish();
  return e.cross;
}
