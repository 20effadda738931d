/**
 * The weekly run's WorkPool task (run-index.ts): one week, from the bytes the
 * run read — the week's packs and, for the first week of a range, the stored
 * state — to the week's values, its new state (decoded, for the next week) and,
 * when it is to be stored, that state encoded. Everything CPU-heavy of the run
 * happens here: decoding packs and state, the elementary and aggregate steps,
 * the activity measures, encoding the state. No database.
 */
import type { ProsperityComponent } from './formulas/index.ts';
import { decodePackSet, type PackSet } from './data-path.ts';
import type { Activity } from './activity.ts';
import type { IndexTree } from './tree.ts';
import { computeWeekFrom, type RunState, type WeekResult } from './week-compute.ts';
import { decodeState, encodeState, type EncodedState } from './run-state.ts';

export interface WeekTask {
  tree: IndexTree;
  base: string;
  monday: string;
  /** the state after the week before: decoded (from the previous task), stored bytes, or none (the base week) */
  prev: { state: RunState } | { stored: EncodedState } | null;
  packs: PackSet;
  listings: Map<number, number>;
  weights: Float64Array | null;
  baseActivity: Activity | null;
  /** the base week's activity per node, once the base week was computed in this range */
  baseFrom: Record<ProsperityComponent, Float64Array> | null;
  /** return the new state encoded as well (it will be stored) */
  encode: boolean;
}

export interface WeekTaskResult {
  result: WeekResult;
  encoded: EncodedState | null;
  baseFrom: Record<ProsperityComponent, Float64Array>;
}

/**
 * One week of the run (a WorkPool task; pure and synchronous).
 * @example
 * ```ts
 * const r = await pool.run<WeekTaskResult>(RUN_TASK, 'computeWeekTask', task, { transfer: weekTaskBuffers(task) });
 * ```
 */
export function computeWeekTask(t: WeekTask): WeekTaskResult {
  const t0 = performance.now();
  const prev = t.prev === null ? null : 'state' in t.prev ? t.prev.state : decodeState(t.prev.stored);
  const t1 = performance.now();
  const obs = decodePackSet(t.packs);
  const t2 = performance.now();
  const { result, nowActivity } = computeWeekFrom(
    t.tree,
    t.base,
    t.monday,
    prev,
    { obs, listings: t.listings, weights: t.weights, baseActivity: t.baseActivity },
    t.baseFrom ?? undefined,
  );
  const t3 = performance.now();
  const encoded = t.encode ? encodeState(result.state) : null;
  const t4 = performance.now();
  if (t.prev !== null && !('state' in t.prev)) result.timings.state = (t1 - t0) / 1000;
  result.timings.decode = (t2 - t1) / 1000;
  if (encoded) result.timings.encode = (t4 - t3) / 1000;
  return { result, encoded, baseFrom: nowActivity };
}

/** The buffers of a task, to transfer (not copy) to the worker. */
export function weekTaskBuffers(t: WeekTask): ArrayBuffer[] {
  const out = [t.packs.obs, t.packs.pairs, t.packs.extra, t.packs.lengths, t.packs.narrow].map((a) => a.buffer as ArrayBuffer);
  if (t.prev && 'state' in t.prev) {
    const s = t.prev.state;
    out.push(s.elementary.refPrice.buffer as ArrayBuffer, s.elementary.imputedRuns.buffer as ArrayBuffer, s.itemCategory.buffer as ArrayBuffer);
  } else if (t.prev) for (const b of t.prev.stored.parts) out.push(b.buffer as ArrayBuffer);
  return [...new Set(out)].filter((b) => b.byteLength > 0);
}
