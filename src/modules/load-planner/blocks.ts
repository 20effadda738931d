/**
 * Block generation (Fanslau & Bortfeldt 2010, "simple" and "general" blocks).
 *
 * A simple block is nx × ny × nz boxes of one type in one orientation. A general
 * block joins two blocks along x, y or z. Every block carries a *packing area*:
 * a rectangle [0, pl] × [0, pw] (in block coordinates) on its top face, at height
 * h, that is completely covered by box tops — the only part of the top on which
 * further boxes may stand under the full-support rule. The joining rules keep that
 * invariant, and every box inside a block is fully supported by boxes below it
 * in the block or by the block's floor.
 */
import { orientationsOf } from './orientations.ts';
import type { CargoType, ContainerSpace, Placement } from './types.ts';

export type BlockLayout =
  | { kind: 'simple'; type: number; bl: number; bw: number; bh: number; nx: number; ny: number; nz: number }
  | { kind: 'join'; axis: 0 | 1 | 2; a: Block; b: Block };

export interface Block {
  l: number;
  w: number;
  h: number;
  /** Packing area on top, anchored at the block's local origin. */
  pl: number;
  pw: number;
  /** Summed box volume. */
  vol: number;
  weight: number;
  nBoxes: number;
  /** Box types used (sorted) and how many of each. */
  types: Int32Array;
  counts: Int32Array;
  group: number;
  layout: BlockLayout;
}

export interface BlockOptions {
  maxBlocks: number;
  minFill: number;
  /** Also join blocks on top of each other (measured: worse on BR; default off). */
  joinZ: boolean;
}

/** A box placed in block-local coordinates: a Placement relative to the block's corner. */
export type LocalBox = Placement;

function keyOf(b: Block): string {
  let k = `${b.l},${b.w},${b.h},${b.pl},${b.pw}`;
  for (let i = 0; i < b.types.length; i++) k += `|${b.types[i]}:${b.counts[i]}`;
  return k;
}

function simpleBlocks(types: readonly CargoType[], c: ContainerSpace, maxBlocks: number): Block[] {
  // Blocks are first listed as (nx, ny, nz) triples and made into objects only
  // when kept: a lot of hundreds of small cartons has thousands of arrangements
  // per orientation, and building them all only to drop most was most of the
  // planner's time on large consignments.
  interface TO {
    t: number;
    bl: number;
    bw: number;
    bh: number;
    /** nx, ny, nz per block, in enumeration order. */
    n: number[];
  }
  const perTO: TO[] = [];
  for (let t = 0; t < types.length; t++) {
    const ty = types[t]!;
    if (ty.count <= 0) continue;
    for (const [bl, bw, bh] of orientationsOf(ty)) {
      if (bl > c.L || bw > c.W || bh > c.H) continue;
      const n: number[] = [];
      const mz = Math.min(ty.count, Math.floor(c.H / bh));
      for (let nz = 1; nz <= mz; nz++) {
        const my = Math.min(Math.floor(ty.count / nz), Math.floor(c.W / bw));
        for (let ny = 1; ny <= my; ny++) {
          const mx = Math.min(Math.floor(ty.count / (nz * ny)), Math.floor(c.L / bl));
          for (let nx = 1; nx <= mx; nx++) {
            if (ty.weight * nx * ny * nz > c.maxWeight) break;
            n.push(nx, ny, nz);
          }
        }
      }
      perTO.push({ t, bl, bw, bh, n });
    }
  }
  const make = (to: TO, i: number): Block => {
    const ty = types[to.t]!;
    const nx = to.n[i]!,
      ny = to.n[i + 1]!,
      nz = to.n[i + 2]!;
    const k = nx * ny * nz;
    const l = nx * to.bl,
      w = ny * to.bw,
      h = nz * to.bh;
    return {
      l,
      w,
      h,
      pl: l,
      pw: w,
      vol: k * to.bl * to.bw * to.bh,
      weight: k * ty.weight,
      nBoxes: k,
      types: Int32Array.of(to.t),
      counts: Int32Array.of(k),
      group: ty.group,
      layout: { kind: 'simple', type: to.t, bl: to.bl, bw: to.bw, bh: to.bh, nx, ny, nz },
    };
  };
  const out: Block[] = [];
  const total = perTO.reduce((s, to) => s + to.n.length / 3, 0);
  if (total <= maxBlocks) {
    for (const to of perTO) for (let i = 0; i < to.n.length; i += 3) out.push(make(to, i));
    return out;
  }
  // Too many: keep, per type/orientation, the small fillers and the largest blocks.
  const quota = Math.max(40, Math.floor(maxBlocks / Math.max(1, perTO.length)));
  for (const to of perTO) {
    const count = to.n.length / 3;
    const boxes = (j: number): number => to.n[3 * j]! * to.n[3 * j + 1]! * to.n[3 * j + 2]!;
    if (count <= quota) {
      for (let j = 0; j < count; j++) out.push(make(to, 3 * j));
      continue;
    }
    const small: number[] = [];
    const big: number[] = [];
    for (let j = 0; j < count; j++) (boxes(j) <= 4 ? small : big).push(j);
    // One type and orientation: volume is proportional to the box count; the sort is stable.
    big.sort((a, b) => boxes(b) - boxes(a));
    for (const j of small) out.push(make(to, 3 * j));
    for (const j of big.slice(0, Math.max(0, quota - small.length))) out.push(make(to, 3 * j));
  }
  return out;
}

function mergeCounts(a: Block, b: Block, types: readonly CargoType[]): { t: Int32Array; n: Int32Array } | null {
  const t: number[] = [];
  const n: number[] = [];
  let i = 0,
    j = 0;
  while (i < a.types.length || j < b.types.length) {
    const ta = i < a.types.length ? a.types[i]! : Infinity;
    const tb = j < b.types.length ? b.types[j]! : Infinity;
    let ty: number, cnt: number;
    if (ta === tb) {
      ty = ta;
      cnt = a.counts[i++]! + b.counts[j++]!;
    } else if (ta < tb) {
      ty = ta;
      cnt = a.counts[i++]!;
    } else {
      ty = tb;
      cnt = b.counts[j++]!;
    }
    if (cnt > types[ty]!.count) return null;
    t.push(ty);
    n.push(cnt);
  }
  return { t: Int32Array.from(t), n: Int32Array.from(n) };
}

/** Try to join a and b along an axis; null when a rule is broken. */
function join(a: Block, b: Block, axis: 0 | 1 | 2, types: readonly CargoType[], c: ContainerSpace, minFill: number): Block | null {
  if (a.group !== b.group) return null;
  let l: number, w: number, h: number, pl: number, pw: number;
  if (axis === 0) {
    if (a.h !== b.h || a.pl !== a.l || a.pw !== b.pw) return null;
    l = a.l + b.l;
    w = Math.max(a.w, b.w);
    h = a.h;
    pl = a.l + b.pl;
    pw = a.pw;
  } else if (axis === 1) {
    if (a.h !== b.h || a.pw !== a.w || a.pl !== b.pl) return null;
    l = Math.max(a.l, b.l);
    w = a.w + b.w;
    h = a.h;
    pl = a.pl;
    pw = a.w + b.pw;
  } else {
    if (b.l > a.pl || b.w > a.pw) return null;
    l = a.l;
    w = a.w;
    h = a.h + b.h;
    pl = b.pl;
    pw = b.pw;
  }
  if (l > c.L || w > c.W || h > c.H) return null;
  const vol = a.vol + b.vol;
  if (vol < minFill * l * w * h) return null;
  const weight = a.weight + b.weight;
  if (weight > c.maxWeight) return null;
  const m = mergeCounts(a, b, types);
  if (!m) return null;
  return {
    l,
    w,
    h,
    pl,
    pw,
    vol,
    weight,
    nBoxes: a.nBoxes + b.nBoxes,
    types: m.t,
    counts: m.n,
    group: a.group,
    layout: { kind: 'join', axis, a, b },
  };
}

/** Order in which the greedy step tries blocks: larger box volume first. */
export function compareBlocks(a: Block, b: Block): number {
  return b.vol - a.vol || a.l * a.w * a.h - b.l * b.w * b.h || a.nBoxes - b.nBoxes;
}

/**
 * All simple blocks plus general blocks (fill ≥ minFill) up to maxBlocks,
 * sorted by {@link compareBlocks}.
 */
export function generateBlocks(types: readonly CargoType[], c: ContainerSpace, opt: BlockOptions): Block[] {
  const seen = new Set<string>();
  const all: Block[] = [];
  for (const b of simpleBlocks(types, c, opt.maxBlocks)) {
    const k = keyOf(b);
    if (!seen.has(k)) {
      seen.add(k);
      all.push(b);
    }
  }
  let frontier = all.slice();
  const key2 = (a: number, b: number): number => a * 1_000_003 + b;
  const add = (m: Map<number, Block[]>, k: number, b: Block): void => {
    const l = m.get(k);
    if (l) l.push(b);
    else m.set(k, [b]);
  };
  // Join partners are looked up by the equalities the rules demand.
  const byHPw = new Map<number, Block[]>(); // x-join, as b: (h, pw)
  const byHPwFull = new Map<number, Block[]>(); // x-join, as a (pl = l): (h, pw)
  const byHPl = new Map<number, Block[]>(); // y-join, as b: (h, pl)
  const byHPlFull = new Map<number, Block[]>(); // y-join, as a (pw = w): (h, pl)
  const index = (b: Block): void => {
    add(byHPw, key2(b.h, b.pw), b);
    if (b.pl === b.l) add(byHPwFull, key2(b.h, b.pw), b);
    add(byHPl, key2(b.h, b.pl), b);
    if (b.pw === b.w) add(byHPlFull, key2(b.h, b.pl), b);
  };
  all.forEach(index);
  const none: Block[] = [];
  for (let round = 0; round < 6 && frontier.length > 0 && all.length < opt.maxBlocks; round++) {
    const fresh: Block[] = [];
    const base = all.slice();
    const tryJoin = (a: Block, b: Block, axis: 0 | 1 | 2): boolean => {
      const j = join(a, b, axis, types, c, opt.minFill);
      if (!j) return false;
      const k = keyOf(j);
      if (seen.has(k)) return false;
      seen.add(k);
      fresh.push(j);
      all.push(j);
      return all.length >= opt.maxBlocks;
    };
    outer: for (const f of frontier) {
      if (f.pl === f.l) for (const o of (byHPw.get(key2(f.h, f.pw)) ?? none).slice()) if (tryJoin(f, o, 0)) break outer;
      for (const o of (byHPwFull.get(key2(f.h, f.pw)) ?? none).slice()) if (tryJoin(o, f, 0)) break outer;
      if (f.pw === f.w) for (const o of (byHPl.get(key2(f.h, f.pl)) ?? none).slice()) if (tryJoin(f, o, 1)) break outer;
      for (const o of (byHPlFull.get(key2(f.h, f.pl)) ?? none).slice()) if (tryJoin(o, f, 1)) break outer;
      if (opt.joinZ)
        for (const o of base) {
          if (f.h + o.h > c.H || f.group !== o.group) continue;
          if (o.l <= f.pl && o.w <= f.pw && tryJoin(f, o, 2)) break outer;
          if (f.l <= o.pl && f.w <= o.pw && tryJoin(o, f, 2)) break outer;
        }
    }
    fresh.forEach(index);
    frontier = fresh;
  }
  return all.sort(compareBlocks);
}

/** The boxes of a block in block-local coordinates, lower boxes first. */
export function expandBlock(b: Block): LocalBox[] {
  const out: LocalBox[] = [];
  const rec = (blk: Block, ox: number, oy: number, oz: number): void => {
    const lay = blk.layout;
    if (lay.kind === 'simple') {
      for (let iz = 0; iz < lay.nz; iz++)
        for (let ix = 0; ix < lay.nx; ix++)
          for (let iy = 0; iy < lay.ny; iy++)
            out.push({ type: lay.type, x: ox + ix * lay.bl, y: oy + iy * lay.bw, z: oz + iz * lay.bh, l: lay.bl, w: lay.bw, h: lay.bh });
    } else {
      rec(lay.a, ox, oy, oz);
      if (lay.axis === 0) rec(lay.b, ox + lay.a.l, oy, oz);
      else if (lay.axis === 1) rec(lay.b, ox, oy + lay.a.w, oz);
      else rec(lay.b, ox, oy, oz + lay.a.h);
    }
  };
  rec(b, 0, 0, 0);
  return out.sort((p, q) => p.z - q.z || p.x - q.x || p.y - q.y);
}
