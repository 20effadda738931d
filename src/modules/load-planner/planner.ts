/**
 * Single-container search: block building with beam search and greedy
 * completion (Araya, Guerrero & Nuñez 2017, "BSG"; blocks and spaces as in
 * Fanslau & Bortfeldt 2010).
 *
 * A state is a partial packing: its residual spaces, the boxes left, the
 * current group (lot) and the payload left. One step takes the residual space
 * nearest to a container corner, and places one block there, at that corner.
 * The greedy completion takes the best-scoring block that fits; the beam search
 * with width w expands every node by its w best blocks, scores every child by
 * its greedy completion and keeps the w best children. Widths grow
 * (1, 2, 3, 4, 6, 8, …) until the time or work limit; the best complete packing
 * seen in any greedy completion is returned.
 */
import { expandBlock } from './blocks.ts';
import { apply, candidates, cloneState, makeEngine, rootState } from './state.ts';
import type { Action, Engine, State } from './state.ts';
import type { PackOptions, PackProblem, PackResult, Placement } from './types.ts';

class Stop extends Error {}

interface Budget {
  deadline: number;
  maxWork: number;
  work: number;
  timedOut: boolean;
}

function tick(b: Budget): void {
  b.work++;
  if (b.work > b.maxWork) throw new Stop();
  if ((b.work & 63) === 0 && performance.now() > b.deadline) {
    b.timedOut = true;
    throw new Stop();
  }
}

interface Best {
  volume: number;
  actions: Action[];
}

function pathOf(st: State): Action[] {
  const out: Action[] = [];
  for (let s: State | null = st; s !== null && s.action !== null; s = s.parent) out.push(s.action);
  return out.reverse();
}

/** Greedy completion of a copy of `st`; updates `best`; returns the final volume. */
function greedy(e: Engine, st: State, best: Best, budget: Budget): number {
  const w = cloneState(st);
  const acts: Action[] = [];
  for (;;) {
    const c = candidates(e, w, 1);
    if (c === null) break;
    tick(budget);
    apply(e, w, c.space, c.blocks[0]!);
    acts.push(w.action!);
  }
  if (w.volume > best.volume) {
    best.volume = w.volume;
    best.actions = pathOf(st).concat(acts);
  }
  return w.volume;
}

const WIDTHS = [1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256];

function beamSearch(e: Engine, best: Best, budget: Budget, stats: { iterations: number; lastWidth: number }): void {
  const root = rootState(e);
  // The first greedy fill always completes (bounded by work only), so even a
  // tiny time limit returns a packing rather than an empty container.
  const first: Budget = { ...budget, deadline: Infinity };
  try {
    greedy(e, root, best, first);
  } finally {
    budget.work = first.work;
  }
  if (performance.now() > budget.deadline) {
    budget.timedOut = true;
    return;
  }
  for (const w of WIDTHS) {
    stats.lastWidth = w;
    let beam: State[] = [root];
    while (beam.length > 0) {
      const children: { st: State; val: number; seq: number }[] = [];
      for (const node of beam) {
        const nodeCopy = cloneState(node);
        const c = candidates(e, nodeCopy, w);
        if (c === null) continue;
        for (const bi of c.blocks) {
          const child = cloneState(nodeCopy);
          child.parent = node;
          child.depth = node.depth + 1;
          apply(e, child, c.space, bi);
          tick(budget);
          const val = greedy(e, child, best, budget);
          children.push({ st: child, val, seq: children.length });
        }
      }
      children.sort((a, b) => b.val - a.val || b.st.volume - a.st.volume || a.seq - b.seq);
      const next: State[] = [];
      const seen = new Set<string>();
      for (const ch of children) {
        if (next.length >= w) break;
        const key = `${ch.val}/${ch.st.volume}/${ch.st.spaces.length}`;
        if (seen.has(key)) continue;
        seen.add(key);
        next.push(ch.st);
      }
      beam = next;
    }
    stats.iterations++;
    if (best.volume >= totalBoxVolume(e)) return; // everything loaded
  }
}

function totalBoxVolume(e: Engine): number {
  let v = 0;
  for (const t of e.problem.types) v += t.count * t.dims[0] * t.dims[1] * t.dims[2];
  return v;
}

/** From this many box types on, z-joined general blocks are on by default (with support). */
export const HETERO_TYPES = 30;

/**
 * Pack one container.
 * Places as many boxes as fit (by weight and space, supported when
 * `options.support`), within the time and work budget; what does not fit is
 * counted in `unplaced`. Never throws for a valid problem.
 * @example
 * ```ts
 * const [problem] = parseBR(text);
 * const r = packContainer(problem, { support: true, timeLimitMs: 2_000 });
 * console.log(r.utilisation, validatePacking(problem, r.placements).ok);
 * ```
 */
export function packContainer(problem: PackProblem, options: PackOptions = {}): PackResult {
  const t0 = performance.now();
  // Strongly heterogeneous sets (BR8–BR10: 30–50 types, few boxes each) form
  // almost no x/y general blocks; with the support rule, stacking blocks
  // (z-joins) helps them (measured; without the rule it was neutral).
  const hetero = (options.support ?? true) && problem.types.length >= HETERO_TYPES;
  const opt = {
    support: options.support ?? true,
    groupLots: options.groupLots ?? true,
    maxBlocks: options.maxBlocks ?? 6000,
    minFill: options.minFill ?? (hetero ? 0.99 : 0.98),
    loadFromBack: options.loadFromBack ?? false,
    seed: options.seed ?? 1,
    lossWeight: options.lossWeight ?? 1,
    joinZ: options.joinZ ?? hetero,
    ...(options.groupOrder ? { groupOrder: options.groupOrder } : {}),
  };
  const budget: Budget = {
    deadline: t0 + (options.timeLimitMs ?? 10_000),
    maxWork: options.maxWork ?? Infinity,
    work: 0,
    timedOut: false,
  };
  const e = makeEngine(problem, opt);
  const best: Best = { volume: 0, actions: [] };
  const stats = { iterations: 0, lastWidth: 0 };
  try {
    beamSearch(e, best, budget, stats);
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
  }
  return buildResult(e, best.actions, {
    work: budget.work,
    iterations: stats.iterations,
    lastWidth: stats.lastWidth,
    blocks: e.blocks.length,
    elapsedMs: performance.now() - t0,
    timedOut: budget.timedOut,
  });
}

function buildResult(e: Engine, actions: Action[], stats: PackResult['stats']): PackResult {
  const { container: c, types } = e.problem;
  const placements: Placement[] = [];
  const unplaced = types.map((t) => t.count);
  let volume = 0,
    weight = 0;
  for (const a of actions) {
    const b = e.blocks[a.block]!;
    for (const lb of expandBlock(b)) {
      const x = a.mx ? a.x + b.l - lb.x - lb.l : a.x + lb.x;
      const y = a.my ? a.y + b.w - lb.y - lb.w : a.y + lb.y;
      placements.push({ type: lb.type, x, y, z: a.z + lb.z, l: lb.l, w: lb.w, h: lb.h });
      unplaced[lb.type]!--;
      volume += lb.l * lb.w * lb.h;
      weight += types[lb.type]!.weight;
    }
  }
  return { placements, volume, utilisation: volume / (c.L * c.W * c.H), weight, unplaced, stats };
}
