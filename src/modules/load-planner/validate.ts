/**
 * Independent checker of every loading rule. It shares no code with the search
 * except the orientation rule, so that a bug in the planner cannot hide itself.
 */
import { orientationsOf } from './orientations.ts';
import type { PackProblem, Placement } from './types.ts';

export interface ValidateOptions {
  /** Check full support from below. Default true. */
  support?: boolean;
  /**
   * Support must come from boxes *earlier* in the list (the list is a feasible
   * load sequence). Default true; only meaningful with support.
   */
  sequence?: boolean;
  /** Each group's boxes form one contiguous run of the list. Default true. */
  groupsContiguous?: boolean;
}

export interface ValidationResult {
  ok: boolean;
  errors: string[];
}

const MAX_ERRORS = 50;

/**
 * Check a packing of one container against all rules.
 * Returns `{ ok, errors }` (at most 50 errors); never throws.
 * @example
 * ```ts
 * const { ok, errors } = validatePacking(problem, result.placements, { support: true });
 * ```
 */
export function validatePacking(problem: PackProblem, placements: readonly Placement[], options: ValidateOptions = {}): ValidationResult {
  const support = options.support ?? true;
  const sequence = options.sequence ?? true;
  const contiguous = options.groupsContiguous ?? true;
  const { container: c, types } = problem;
  const errors: string[] = [];
  const err = (m: string): void => {
    if (errors.length < MAX_ERRORS) errors.push(m);
  };
  const used = new Array<number>(types.length).fill(0);
  let weight = 0;
  const allowed = types.map((t) => orientationsOf(t).map((o) => o.join(',')));

  placements.forEach((p, i) => {
    const t = types[p.type];
    if (!t) {
      err(`box ${i}: unknown type ${p.type}`);
      return;
    }
    for (const v of [p.x, p.y, p.z, p.l, p.w, p.h]) if (!Number.isFinite(v)) err(`box ${i}: non-finite coordinate`);
    if (p.l <= 0 || p.w <= 0 || p.h <= 0) err(`box ${i}: non-positive extent`);
    if (p.x < 0 || p.y < 0 || p.z < 0 || p.x + p.l > c.L || p.y + p.w > c.W || p.z + p.h > c.H)
      err(`box ${i}: outside the container (${p.x},${p.y},${p.z})+(${p.l},${p.w},${p.h})`);
    if (!allowed[p.type]!.includes(`${p.l},${p.w},${p.h}`))
      err(`box ${i}: orientation ${p.l}×${p.w}×${p.h} not allowed for type ${p.type} (${t.dims.join('×')})`);
    used[p.type]!++;
    weight += t.weight;
  });
  used.forEach((u, t) => {
    if (u > types[t]!.count) err(`type ${t}: ${u} boxes placed, only ${types[t]!.count} exist`);
  });
  if (weight > c.maxWeight) err(`payload exceeded: ${weight} > ${c.maxWeight}`);

  // Overlap: sweep along x.
  const byX = placements.map((_, i) => i).sort((a, b) => placements[a]!.x - placements[b]!.x);
  for (let a = 0; a < byX.length; a++) {
    const p = placements[byX[a]!]!;
    for (let b = a + 1; b < byX.length; b++) {
      const q = placements[byX[b]!]!;
      if (q.x >= p.x + p.l) break;
      if (q.y < p.y + p.w && p.y < q.y + q.w && q.z < p.z + p.h && p.z < q.z + q.h) err(`boxes ${byX[a]} and ${byX[b]} overlap`);
    }
  }

  if (support) {
    // Boxes grouped by the height of their top face.
    const byTop = new Map<number, number[]>();
    placements.forEach((p, i) => {
      const k = p.z + p.h;
      const l = byTop.get(k);
      if (l) l.push(i);
      else byTop.set(k, [i]);
    });
    placements.forEach((p, i) => {
      if (p.z === 0) return;
      let covered = 0;
      for (const j of byTop.get(p.z) ?? []) {
        if (sequence && j >= i) continue;
        const q = placements[j]!;
        const dx = Math.min(p.x + p.l, q.x + q.l) - Math.max(p.x, q.x);
        const dy = Math.min(p.y + p.w, q.y + q.w) - Math.max(p.y, q.y);
        if (dx > 0 && dy > 0) covered += dx * dy;
      }
      // Tops at one height never overlap (no overlap of boxes), so the sum is the covered area.
      if (covered < p.l * p.w) err(`box ${i}: only ${covered} of ${p.l * p.w} of its base is supported${sequence ? ' by boxes loaded before it' : ''}`);
    });
  }

  if (contiguous) {
    const closed = new Set<number>();
    let prev: number | null = null;
    for (const p of placements) {
      const g = types[p.type]?.group;
      if (g === undefined) continue;
      if (g !== prev) {
        if (closed.has(g)) {
          err(`group ${g} is not one contiguous run of the load sequence`);
          break;
        }
        if (prev !== null) closed.add(prev);
        prev = g;
      }
    }
  }
  return { ok: errors.length === 0, errors };
}
