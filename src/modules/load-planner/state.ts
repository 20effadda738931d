/**
 * The search state of one container and the step of the block-building method:
 * choose the residual space, rank the blocks that fit it, place one block.
 */
import { generateBlocks } from './blocks.ts';
import type { Block } from './blocks.ts';
import { orientationsOf } from './orientations.ts';
import { makeRng } from '../../core/random.ts';
import { placeInSpaces } from './spaces.ts';
import type { Space } from './spaces.ts';
import type { PackOptions, PackProblem } from './types.ts';

export interface Action {
  block: number;
  x: number;
  y: number;
  z: number;
  mx: boolean;
  my: boolean;
}

export interface State {
  spaces: Space[];
  remaining: Int32Array;
  groupLeft: Int32Array;
  /** Position in the group order of the group being loaded. */
  cur: number;
  weightLeft: number;
  volume: number;
  /** Load front: the largest x reached so far (used in load-from-back mode). */
  front: number;
  parent: State | null;
  action: Action | null;
  depth: number;
}

export interface Engine {
  problem: PackProblem;
  blocks: Block[];
  /** Block indices per group, in greedy order. */
  byGroup: Map<number, number[]>;
  order: number[];
  support: boolean;
  grouped: boolean;
  fromBack: boolean;
  minLWt: Int32Array;
  minHt: Int32Array;
  /** Largest sum of box extents ≤ v, per axis (x, y, z), for the loss term. */
  reach: [Int32Array, Int32Array, Int32Array];
  /** Weight of the lost-volume term in the block score (0: pure volume). */
  lossWeight: number;
  // Flat copies of the hot block fields, for the scan in scoredBlocks.
  bL: Int32Array;
  bW: Int32Array;
  bH: Int32Array;
  bVol: Float64Array;
  bWt: Float64Array;
  /** Single-type blocks: the type, else -1. */
  bT: Int32Array;
  bN: Int32Array;
  /** Per group: block lists per single box type (index = type, may be empty) and the mixed blocks. */
  listOf: Map<number, { perType: Int32Array[]; mixed: Int32Array }>;
}

/** reach[v] = the largest total ≤ v of box extents along an axis (unbounded knapsack). */
function reachTable(size: number, lengths: number[]): Int32Array {
  const ok = new Uint8Array(size + 1);
  ok[0] = 1;
  const uniq = [...new Set(lengths)].filter((v) => v > 0 && v <= size);
  for (let v = 1; v <= size; v++)
    for (const d of uniq)
      if (d <= v && ok[v - d]) {
        ok[v] = 1;
        break;
      }
  const r = new Int32Array(size + 1);
  for (let v = 1; v <= size; v++) r[v] = ok[v] ? v : r[v - 1]!;
  return r;
}

export function cloneState(s: State): State {
  return { ...s, spaces: s.spaces.slice(), remaining: s.remaining.slice(), groupLeft: s.groupLeft.slice() };
}

export function makeEngine(
  problem: PackProblem,
  opt: Required<Pick<PackOptions, 'support' | 'groupLots' | 'maxBlocks' | 'minFill' | 'loadFromBack' | 'seed' | 'lossWeight' | 'joinZ'>> & {
    groupOrder?: readonly number[];
  },
): Engine {
  const { types, container } = problem;
  const blocks = generateBlocks(types, container, { maxBlocks: opt.maxBlocks, minFill: opt.minFill, joinZ: opt.joinZ });
  // Seeded tie-break among blocks of equal volume (stable otherwise).
  const rng = makeRng((opt.seed >>> 0) ^ 0x9e3779b9); // the planner's own seeding: plans stay as they were
  const tie = blocks.map(() => rng());
  const idx = blocks.map((_, i) => i);
  idx.sort((a, b) => blocks[b]!.vol - blocks[a]!.vol || (opt.seed === 0 ? 0 : tie[a]! - tie[b]!) || a - b);
  const sorted = idx.map((i) => blocks[i]!);
  const groups = [...new Set(types.map((t) => (opt.groupLots ? t.group : 0)))].sort((a, b) => a - b);
  const order = opt.groupLots && opt.groupOrder ? [...opt.groupOrder].filter((g) => groups.includes(g)) : groups;
  for (const g of groups) if (!order.includes(g)) order.push(g);
  const byGroup = new Map<number, number[]>();
  for (const g of order) byGroup.set(g, []);
  sorted.forEach((b, i) => byGroup.get(opt.groupLots ? b.group : 0)!.push(i));
  const minLWt = new Int32Array(types.length);
  const minHt = new Int32Array(types.length);
  types.forEach((t, i) => {
    const os = orientationsOf(t);
    minLWt[i] = Math.min(...os.map((o) => Math.min(o[0], o[1])));
    minHt[i] = Math.min(...os.map((o) => o[2]));
  });
  const hor: number[] = [],
    ver: number[] = [];
  for (const t of types)
    for (const o of orientationsOf(t)) {
      hor.push(o[0], o[1]);
      ver.push(o[2]);
    }
  const reach: [Int32Array, Int32Array, Int32Array] = [reachTable(container.L, hor), reachTable(container.W, hor), reachTable(container.H, ver)];
  const listOf = new Map<number, { perType: Int32Array[]; mixed: Int32Array }>();
  for (const [g, l] of byGroup) {
    const perType = types.map((_, t) => Int32Array.from(l.filter((bi) => sorted[bi]!.types.length === 1 && sorted[bi]!.types[0] === t)));
    listOf.set(g, { perType, mixed: Int32Array.from(l.filter((bi) => sorted[bi]!.types.length > 1)) });
  }
  return {
    problem,
    blocks: sorted,
    byGroup,
    order,
    support: opt.support,
    grouped: opt.groupLots,
    fromBack: opt.loadFromBack,
    minLWt,
    minHt,
    reach,
    lossWeight: opt.lossWeight,
    bL: Int32Array.from(sorted, (b) => b.l),
    bW: Int32Array.from(sorted, (b) => b.w),
    bH: Int32Array.from(sorted, (b) => b.h),
    bVol: Float64Array.from(sorted, (b) => b.vol),
    bWt: Float64Array.from(sorted, (b) => b.weight),
    bT: Int32Array.from(sorted, (b) => (b.types.length === 1 ? b.types[0]! : -1)),
    bN: Int32Array.from(sorted, (b) => (b.types.length === 1 ? b.counts[0]! : 0)),
    listOf,
  };
}

export function rootState(e: Engine): State {
  const { container: c, types } = e.problem;
  const remaining = Int32Array.from(types.map((t) => t.count));
  const groupLeft = new Int32Array(Math.max(0, ...e.order) + 1);
  types.forEach((t) => {
    groupLeft[e.grouped ? t.group : 0]! += t.count;
  });
  return {
    spaces: [{ x1: 0, y1: 0, z1: 0, x2: c.L, y2: c.W, z2: c.H }],
    remaining,
    groupLeft,
    cur: 0,
    weightLeft: c.maxWeight,
    volume: 0,
    front: 0,
    parent: null,
    action: null,
    depth: 0,
  };
}

function fits(_e: Engine, st: State, b: Block, s: Space): boolean {
  if (b.l > s.x2 - s.x1 || b.w > s.y2 - s.y1 || b.h > s.z2 - s.z1 || b.weight > st.weightLeft) return false;
  for (let i = 0; i < b.types.length; i++) if (st.remaining[b.types[i]!]! < b.counts[i]!) return false;
  return true;
}

/** Lexicographic "distance to the nearest anchor corner" of a space; smaller first. */
function rankKey(e: Engine, s: Space): number {
  const c = e.problem.container;
  const dx = e.fromBack ? s.x1 : Math.min(s.x1, c.L - s.x2);
  const dy = Math.min(s.y1, c.W - s.y2);
  const dz = s.z1;
  const S = 16384;
  if (e.fromBack) return (dx * S + Math.min(dy, dz)) * S + Math.max(dy, dz);
  const a = Math.min(dx, dy, dz),
    cc = Math.max(dx, dy, dz),
    b = dx + dy + dz - a - cc;
  return (a * S + b) * S + cc;
}

function spaceVol(s: Space): number {
  return (s.x2 - s.x1) * (s.y2 - s.y1) * (s.z2 - s.z1);
}

/**
 * The space to fill next and up to k candidate blocks for it, or null when the
 * state is complete. Drops spaces that no longer fit anything; advances the group.
 */
export function candidates(e: Engine, st: State, k: number): { space: number; blocks: number[] } | null {
  for (;;) {
    if (st.cur >= e.order.length) return null;
    const g = e.order[st.cur]!;
    if (st.groupLeft[g]! <= 0) {
      st.cur++;
      continue;
    }
    const list = e.byGroup.get(g)!;
    const lastGroup = st.cur === e.order.length - 1;
    const rejected = new Set<number>();
    for (;;) {
      let best = -1,
        bestKey = Infinity,
        bestVol = -1;
      for (let i = 0; i < st.spaces.length; i++) {
        if (rejected.has(i)) continue;
        const s = st.spaces[i]!;
        let key = s.rk;
        if (key === undefined) key = s.rk = rankKey(e, s);
        if (key < bestKey || (key === bestKey && spaceVol(s) > bestVol)) {
          best = i;
          bestKey = key;
          bestVol = spaceVol(s);
        }
      }
      if (best < 0) break;
      const s = st.spaces[best]!;
      const found = e.lossWeight > 0 || e.fromBack ? scoredBlocks(e, st, e.listOf.get(g)!, s, k) : firstBlocks(e, st, list, s, k);
      if (found.length > 0) return { space: best, blocks: found };
      if (lastGroup) {
        st.spaces.splice(best, 1);
        // indices shift; rebuild the rejected set
        const r2 = new Set<number>();
        for (const r of rejected) r2.add(r > best ? r - 1 : r);
        rejected.clear();
        for (const r of r2) rejected.add(r);
      } else rejected.add(best);
    }
    st.cur++; // nothing of this group fits anywhere: close it
  }
}

function firstBlocks(e: Engine, st: State, list: number[], s: Space, k: number): number[] {
  const found: number[] = [];
  for (let j = 0; j < list.length && found.length < k; j++) {
    const bi = list[j]!;
    if (fits(e, st, e.blocks[bi]!, s)) found.push(bi);
  }
  return found;
}

/** Candidate lists of one scan: per-type lists with boxes left, then the mixed list. */
const scanLists: Int32Array[] = [];
const scanStart: number[] = [];

function addList(list: Int32Array, sv: number, bVol: Float64Array): void {
  let lo = 0,
    hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bVol[list[mid]!]! > sv) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= list.length) return;
  const hv = bVol[list[lo]!]!;
  let p = scanLists.length;
  scanLists.push(list);
  scanStart.push(lo);
  while (p > 0 && bVol[scanLists[p - 1]![scanStart[p - 1]!]!]! < hv) {
    scanLists[p] = scanLists[p - 1]!;
    scanStart[p] = scanStart[p - 1]!;
    p--;
  }
  scanLists[p] = list;
  scanStart[p] = lo;
}

/** The k best blocks by V(b) − α·Vloss(b, s) (Araya & Riff 2014; Araya et al. 2017). */
function scoredBlocks(e: Engine, st: State, lists: { perType: Int32Array[]; mixed: Int32Array }, s: Space, k: number): number[] {
  const X = s.x2 - s.x1,
    Y = s.y2 - s.y1,
    Z = s.z2 - s.z1;
  const [rx, ry, rz] = e.reach;
  const sv = X * Y * Z;
  const a = e.lossWeight;
  const c = e.problem.container;
  // Load-from-back: opening new container length costs its whole cross-section,
  // so a lot fills the cross-section before it advances towards the door.
  const wall = e.fromBack ? c.W * c.H : 0;
  const { bL, bW, bH, bVol, bWt, bT, bN } = e;
  const rem = st.remaining;
  const wLeft = st.weightLeft;
  const topI: number[] = [];
  const topV: number[] = [];
  let worst = -Infinity; // score to beat once k are held
  // Start of every list at the first block whose volume fits the space (binary
  // search on the decreasing volumes); lists are scanned by decreasing head volume,
  // so once a head cannot beat the k-th best score no later list can either.
  scanLists.length = 0;
  scanStart.length = 0;
  for (let t = 0; t < lists.perType.length; t++) {
    if (rem[t]! > 0 && lists.perType[t]!.length > 0) addList(lists.perType[t]!, sv, bVol);
  }
  if (lists.mixed.length > 0) addList(lists.mixed, sv, bVol);
  for (let li = 0; li < scanLists.length; li++) {
    const list = scanLists[li]!;
    const lo = scanStart[li]!;
    if (bVol[list[lo]!]! <= worst) break;
    for (let j = lo; j < list.length; j++) {
      const bi = list[j]!;
      const vol = bVol[bi]!;
      // Volumes decrease and score ≤ volume: nothing later in this list can enter.
      if (vol <= worst) break;
      const l = bL[bi]!,
        w = bW[bi]!,
        h = bH[bi]!;
      if (l > X || w > Y || h > Z || bWt[bi]! > wLeft) continue;
      const t = bT[bi]!;
      if (t >= 0 ? rem[t]! < bN[bi]! : !fits(e, st, e.blocks[bi]!, s)) continue;
      const ux = l + rx[X - l]!,
        uy = w + ry[Y - w]!,
        uz = h + rz[Z - h]!;
      let score = vol - a * (sv - ux * uy * uz);
      if (wall > 0) score -= wall * Math.max(0, s.x1 + l - st.front);
      if (score < worst || (score === worst && (topI.length === k ? bi >= topI[k - 1]! : false))) continue;
      // insert, ties by block index (the global greedy order)
      let p = topI.length;
      while (p > 0 && (topV[p - 1]! < score || (topV[p - 1] === score && topI[p - 1]! > bi))) p--;
      topI.splice(p, 0, bi);
      topV.splice(p, 0, score);
      if (topI.length > k) {
        topI.pop();
        topV.pop();
      }
      if (topI.length === k) worst = topV[k - 1]!;
    }
  }
  return topI;
}

export function apply(e: Engine, st: State, spaceIdx: number, bi: number): void {
  const c = e.problem.container;
  const b = e.blocks[bi]!;
  const s = st.spaces[spaceIdx]!;
  const mx = !e.fromBack && c.L - s.x2 < s.x1;
  const my = c.W - s.y2 < s.y1;
  const x = mx ? s.x2 - b.l : s.x1;
  const y = my ? s.y2 - b.w : s.y1;
  const z = s.z1;
  for (let i = 0; i < b.types.length; i++) st.remaining[b.types[i]!]! -= b.counts[i]!;
  st.groupLeft[e.grouped ? b.group : 0]! -= b.nBoxes;
  st.weightLeft -= b.weight;
  st.volume += b.vol;
  if (x + b.l > st.front) st.front = x + b.l;
  let minLW = Infinity,
    minH = Infinity;
  for (let t = 0; t < st.remaining.length; t++) {
    if (st.remaining[t]! > 0) {
      if (e.minLWt[t]! < minLW) minLW = e.minLWt[t]!;
      if (e.minHt[t]! < minH) minH = e.minHt[t]!;
    }
  }
  const occ = { x1: x, y1: y, z1: z, x2: x + b.l, y2: y + b.w, z2: z + b.h };
  let top = null;
  if (e.support) {
    const px1 = mx ? x + b.l - b.pl : x;
    const py1 = my ? y + b.w - b.pw : y;
    top = { x1: px1, y1: py1, x2: px1 + b.pl, y2: py1 + b.pw };
  }
  st.spaces = minLW === Infinity ? [] : placeInSpaces(st.spaces, occ, top, c.H, minLW, minH);
  st.action = { block: bi, x, y, z, mx, my };
}
