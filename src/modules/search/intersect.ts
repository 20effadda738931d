import { IMPACT_SCALE } from './doc-terms.ts';
import type { Postings } from './postings.ts';

/**
 * Sorted document lists for multi-word queries: each group of alternatives
 * becomes one ascending list (k-way merge of its posting lists, best
 * alternative's score per document), and groups are intersected rarest first
 * by a linear merge — or, when a group is far larger than the surviving
 * candidates, by probing it with binary search. Sequential reads only; the
 * lists live in reusable buffers.
 */
export class DocList {
  docs = new Int32Array(1024);
  scores = new Float64Array(1024);
  n = 0;
  ensure(n: number): void {
    if (n <= this.docs.length) return;
    const c = Math.ceil(n * 1.25);
    this.docs = new Int32Array(c);
    this.scores = new Float64Array(c);
  }
  bytes(): number {
    return this.docs.byteLength + this.scores.byteLength;
  }
}

export interface Alt {
  id: number;
  w: number;
}

/** out = union of the alternatives' postings, score = best alternative. */
export function unionGroup(p: Postings, terms: readonly Alt[], dfSum: number, out: DocList): DocList {
  out.ensure(dfSum + 1);
  const { offsets, docs, imps, mainTerms } = p;
  const k = terms.length;
  const pos = new Int32Array(k);
  const end = new Int32Array(k);
  const fs = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const id = terms[i]!.id;
    pos[i] = id < mainTerms ? offsets[id]! : 0;
    end[i] = id < mainTerms ? offsets[id + 1]! : 0;
    fs[i] = terms[i]!.w / IMPACT_SCALE;
  }
  let n = 0;
  const od = out.docs;
  const os = out.scores;
  if (k === 1) {
    const f = fs[0]!;
    for (let q = pos[0]!, e = end[0]!; q < e; q++) {
      od[n] = docs[q]!;
      os[n++] = f * imps[q]!;
    }
  } else {
    for (;;) {
      let d = 2_147_483_647;
      for (let i = 0; i < k; i++) if (pos[i]! < end[i]! && docs[pos[i]!]! < d) d = docs[pos[i]!]!;
      if (d === 2_147_483_647) break;
      let sc = 0;
      for (let i = 0; i < k; i++) {
        const q = pos[i]!;
        if (q < end[i]! && docs[q] === d) {
          const v = fs[i]! * imps[q]!;
          if (v > sc) sc = v;
          pos[i] = q + 1;
        }
      }
      od[n] = d;
      os[n++] = sc;
    }
  }
  // Delta postings: ordinals above every main ordinal, so they are appended in order.
  let extra: Map<number, number> | undefined;
  for (let i = 0; i < k; i++) {
    const dl = p.delta.get(terms[i]!.id);
    if (!dl) continue;
    extra ??= new Map();
    for (let j = 0; j < dl.docs.length; j++) {
      const v = fs[i]! * dl.imps[j]!;
      if (v > (extra.get(dl.docs[j]!) ?? 0)) extra.set(dl.docs[j]!, v);
    }
  }
  if (extra) {
    out.ensure(n + extra.size + 1);
    for (const [d, v] of [...extra].sort((a, b) => a[0] - b[0])) {
      out.docs[n] = d;
      out.scores[n++] = v;
    }
  }
  out.n = n;
  return out;
}

/** out = documents of `cur` that contain one of the alternatives, score added. */
export function probeGroup(p: Postings, terms: readonly Alt[], cur: DocList, out: DocList): DocList {
  out.ensure(cur.n + 1);
  const { offsets, docs, imps, mainTerms } = p;
  let n = 0;
  for (let i = 0; i < cur.n; i++) {
    const d = cur.docs[i]!;
    let best = -1;
    for (const { id, w } of terms) {
      let v = -1;
      if (id < mainTerms) {
        let lo = offsets[id]!;
        const e = offsets[id + 1]!;
        let hi = e;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (docs[mid]! < d) lo = mid + 1;
          else hi = mid;
        }
        if (lo < e && docs[lo] === d) v = (w / IMPACT_SCALE) * imps[lo]!;
      }
      if (v < 0) {
        const dl = p.delta.get(id);
        const j = dl ? dl.docs.indexOf(d) : -1;
        if (j >= 0) v = (w / IMPACT_SCALE) * dl!.imps[j]!;
      }
      if (v > best) best = v;
    }
    if (best >= 0) {
      out.docs[n] = d;
      out.scores[n++] = cur.scores[i]! + best;
    }
  }
  out.n = n;
  return out;
}

/** out = a ∩ b, scores summed (both ascending). */
export function intersectInto(a: DocList, b: DocList, out: DocList): DocList {
  out.ensure(Math.min(a.n, b.n) + 1);
  let i = 0;
  let j = 0;
  let n = 0;
  const ad = a.docs;
  const bd = b.docs;
  while (i < a.n && j < b.n) {
    const x = ad[i]!;
    const y = bd[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      out.docs[n] = x;
      out.scores[n++] = a.scores[i++]! + b.scores[j++]!;
    }
  }
  out.n = n;
  return out;
}

/**
 * out = documents of `cur` that contain one of the alternatives, score added — each alternative a
 * hot term's impact column (one byte per ordinal, 0 = absent; hot-terms.ts), so membership and
 * impact are one read instead of a merge with (or binary search in) a posting list of millions.
 * Same scores as probeGroup/intersectInto.
 */
export function probeDense(terms: readonly Alt[], cols: readonly Uint8Array[], cur: DocList, out: DocList): DocList {
  out.ensure(cur.n + 1);
  let n = 0;
  const k = terms.length;
  const cd = cur.docs;
  const cs = cur.scores;
  if (k === 1) {
    const col = cols[0]!;
    const f = terms[0]!.w / IMPACT_SCALE;
    const len = col.length;
    for (let i = 0; i < cur.n; i++) {
      const d = cd[i]!;
      const v = d < len ? col[d]! : 0;
      if (v !== 0) {
        out.docs[n] = d;
        out.scores[n++] = cs[i]! + f * v;
      }
    }
  } else {
    for (let i = 0; i < cur.n; i++) {
      const d = cd[i]!;
      let best = -1;
      for (let j = 0; j < k; j++) {
        const col = cols[j]!;
        const v = d < col.length ? col[d]! : 0;
        if (v !== 0) {
          const sc = (terms[j]!.w / IMPACT_SCALE) * v;
          if (sc > best) best = sc;
        }
      }
      if (best >= 0) {
        out.docs[n] = d;
        out.scores[n++] = cs[i]! + best;
      }
    }
  }
  out.n = n;
  return out;
}
