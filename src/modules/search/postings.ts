/**
 * Inverted index storage.
 *
 * Main segment: compressed-sparse-row layout — for term t, its postings are
 * docs[offsets[t] .. offsets[t+1]) (ascending Int32 ordinals) with one impact
 * byte each in imps[]. Delta segment: documents added since the last
 * compaction, per term in plain arrays; their ordinals are all larger than any
 * main ordinal, so main ++ delta is still ascending. Deleted or replaced
 * documents are marked in the tombstone column (DocColumns.dead) and skipped
 * at query time; compaction drops them from the postings.
 */

export class Lexicon {
  readonly terms: string[] = [];
  private readonly ids = new Map<string, number>();
  get size(): number {
    return this.terms.length;
  }
  id(term: string): number {
    return this.ids.get(term) ?? -1;
  }
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.ids.set(term, id);
    }
    return id;
  }
  static from(terms: string[]): Lexicon {
    const l = new Lexicon();
    for (const t of terms) l.intern(t);
    return l;
  }
}

export interface DeltaList {
  docs: number[];
  imps: number[];
}

export class Postings {
  /** Main segment CSR; covers term ids < offsets.length − 1. */
  offsets: Int32Array;
  docs: Int32Array;
  imps: Uint8Array;
  delta = new Map<number, DeltaList>();
  deltaPostings = 0;

  constructor(offsets: Int32Array = new Int32Array(1), docs: Int32Array = new Int32Array(0), imps: Uint8Array = new Uint8Array(0)) {
    this.offsets = offsets;
    this.docs = docs;
    this.imps = imps;
  }

  get mainTerms(): number {
    return this.offsets.length - 1;
  }

  /** Document frequency including deleted documents not yet compacted (used for idf). */
  df(t: number): number {
    const main = t < this.mainTerms ? this.offsets[t + 1]! - this.offsets[t]! : 0;
    return main + (this.delta.get(t)?.docs.length ?? 0);
  }

  addDelta(t: number, ord: number, imp: number): void {
    let l = this.delta.get(t);
    if (!l) this.delta.set(t, (l = { docs: [], imps: [] }));
    l.docs.push(ord);
    l.imps.push(imp);
    this.deltaPostings++;
  }

  /**
   * Merges the delta into the main segment and drops postings of dead
   * documents; `remap` (old ordinal → new ordinal, monotonic) renumbers the
   * survivors so the posting lists stay ascending.
   */
  compact(termCount: number, dead: Uint8Array, remap: Int32Array): void {
    const counts = new Int32Array(termCount);
    const old = this.offsets;
    const oldTerms = this.mainTerms;
    let total = 0;
    for (let t = 0; t < termCount; t++) {
      let c = 0;
      if (t < oldTerms) for (let p = old[t]!, e = old[t + 1]!; p < e; p++) if (!dead[this.docs[p]!]) c++;
      const d = this.delta.get(t);
      if (d) for (const o of d.docs) if (!dead[o]) c++;
      counts[t] = c;
      total += c;
    }
    const offsets = new Int32Array(termCount + 1);
    const docs = new Int32Array(total);
    const imps = new Uint8Array(total);
    let w = 0;
    for (let t = 0; t < termCount; t++) {
      offsets[t] = w;
      if (t < oldTerms) {
        for (let p = old[t]!, e = old[t + 1]!; p < e; p++) {
          const o = this.docs[p]!;
          if (!dead[o]) {
            docs[w] = remap[o]!;
            imps[w++] = this.imps[p]!;
          }
        }
      }
      const d = this.delta.get(t);
      if (d) {
        for (let i = 0; i < d.docs.length; i++) {
          const o = d.docs[i]!;
          if (!dead[o]) {
            docs[w] = remap[o]!;
            imps[w++] = d.imps[i]!;
          }
        }
      }
    }
    offsets[termCount] = w;
    this.offsets = offsets;
    this.docs = docs;
    this.imps = imps;
    this.delta = new Map();
    this.deltaPostings = 0;
  }

  bytes(): number {
    return this.offsets.byteLength + this.docs.byteLength + this.imps.byteLength + this.deltaPostings * 16 + this.delta.size * 80;
  }
}

/**
 * Builds the main segment from documents added in ordinal order. Keeps a
 * forward stream (term id, impact) in fixed-size chunks (no doubling copies),
 * then counts and fills the CSR arrays in one pass each.
 */
export class PostingsBuilder {
  private static readonly CHUNK = 1 << 22;
  private termChunks: Int32Array[] = [];
  private impChunks: Uint8Array[] = [];
  private fill = PostingsBuilder.CHUNK;
  private docEnds: number[] = [];
  private total = 0;
  private counts = new Int32Array(1 << 16);

  add(termIds: ArrayLike<number>, imps: ArrayLike<number>): void {
    for (let i = 0; i < termIds.length; i++) {
      if (this.fill === PostingsBuilder.CHUNK) {
        this.termChunks.push(new Int32Array(PostingsBuilder.CHUNK));
        this.impChunks.push(new Uint8Array(PostingsBuilder.CHUNK));
        this.fill = 0;
      }
      const t = termIds[i]!;
      if (t >= this.counts.length) {
        const c = new Int32Array(Math.max(t + 1, this.counts.length * 2));
        c.set(this.counts);
        this.counts = c;
      }
      this.counts[t]!++;
      this.termChunks[this.termChunks.length - 1]![this.fill] = t;
      this.impChunks[this.impChunks.length - 1]![this.fill++] = imps[i]!;
      this.total++;
    }
    this.docEnds.push(this.total);
  }

  finish(termCount: number): Postings {
    const offsets = new Int32Array(termCount + 1);
    let s = 0;
    for (let t = 0; t < termCount; t++) {
      offsets[t] = s;
      s += t < this.counts.length ? this.counts[t]! : 0;
    }
    offsets[termCount] = s;
    const cursor = offsets.slice(0, termCount);
    const docs = new Int32Array(s);
    const imps = new Uint8Array(s);
    let doc = 0;
    let k = 0;
    const C = PostingsBuilder.CHUNK;
    for (let ci = 0; ci < this.termChunks.length; ci++) {
      const tc = this.termChunks[ci]!;
      const ic = this.impChunks[ci]!;
      const n = ci === this.termChunks.length - 1 ? this.fill : C;
      for (let i = 0; i < n; i++, k++) {
        while (k >= this.docEnds[doc]!) doc++;
        const t = tc[i]!;
        const p = cursor[t]!++;
        docs[p] = doc;
        imps[p] = ic[i]!;
      }
      // Release chunks as they are consumed.
      this.termChunks[ci] = new Int32Array(0);
      this.impChunks[ci] = new Uint8Array(0);
    }
    return new Postings(offsets, docs, imps);
  }
}
