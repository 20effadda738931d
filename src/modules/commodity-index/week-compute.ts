/**
 * The pure part of the weekly run (docs/commodity-index.md §3–§9, §13.2): one
 * week's price and prosperity values and the state it leaves, from the state
 * after the week before and the week's inputs as read by the run (run-read.ts).
 * No database here: it runs in a worker thread of the run's pool
 * (run-compute.ts) and, for `computeWeek`, in this thread.
 *
 * Elementary Jevons links per lowest category (matched models, class-mean
 * imputation for at most 4 weeks, Tukey fences on log relatives), weighted
 * arithmetic (Young) aggregation up the category tree with annual value
 * weights, chained at the last week of each year, base week = 100; and the
 * prosperity index (base week = 1000) from the activity measures.
 */
import {
  aggregateStep,
  elementaryStep,
  initialAggregateState,
  initialElementaryState,
  PROSPERITY_BASE,
  PROSPERITY_COMPONENTS,
  PUBLISHED_PROSPERITY_WEIGHTS,
  relink,
  type AggregateState,
  type ElementaryState,
  type ProsperityComponent,
} from './formulas/index.ts';
import { isoYearOf } from './calendar.ts';
import type { WeekObservations } from './data-path.ts';
import { activityOf, type Activity } from './activity.ts';
import { sumUp, type IndexTree } from './tree.ts';

/**
 * Value of the price index in the base week.
 */
export const PRICE_BASE = 100;
/**
 * The method statement stored with each release (docs/commodity-index.md).
 */
export const METHOD =
  'yiwu-cci/1: Jevons elementary aggregates (matched models; class-mean imputation ≤ 4 weeks; Tukey k=3 on log relatives, n ≥ 8); ' +
  'Young arithmetic aggregation with annual value weights (previous calendar year), chained at the last week of the year; base week = 100; ' +
  'prosperity index: published weights (value .30, volume .15, orders .15, merchants .15, buyers .15, new listings .10), base week = 1000';

/** What the run keeps between weeks (stored in index_states). */
export interface RunState {
  week: string;
  elementary: ElementaryState;
  /** category id of every item seen so far, by item id (0 = not seen) */
  itemCategory: Int32Array;
  weightYear: number;
  /** per node code */
  weights: Record<string, number>;
  leafLevel: Record<string, number>;
  linkLevel: Record<string, number>;
  levels: Record<string, number>;
}

export interface NodeValue {
  node: string;
  value: number;
  detail: Record<string, number>;
}
export interface WeekResult {
  week: string;
  price: NodeValue[];
  prosperity: NodeValue[];
  activity: { categoryId: number; measures: Record<ProsperityComponent, number> }[];
  state: RunState;
  timings: Record<string, number>;
}

/** What one week's computation needs besides the previous state, all read beforehand. */
export interface WeekInputs {
  obs: WeekObservations;
  /** new listings of the week: category id → count */
  listings: ReadonlyMap<number, number>;
  /** the value weights per node when the week needs them (the base week, the first week of a year), else null */
  weights: Float64Array | null;
  /** the base week's stored activity; null when the base week is this one or was computed earlier in the same range (`baseFrom`) */
  baseActivity: Activity | null;
}

const byCode = (tree: IndexTree, a: ArrayLike<number>): Record<string, number> => {
  const o: Record<string, number> = {};
  for (let i = 0; i < tree.codes.length; i++) {
    const v = a[i] as number;
    if (Number.isFinite(v)) o[tree.codes[i] as string] = v;
  }
  return o;
};
const fromCode = (tree: IndexTree, o: Record<string, number>, fill = Number.NaN): Float64Array => {
  const a = new Float64Array(tree.codes.length).fill(fill);
  tree.codes.forEach((c, i) => {
    const v = o[c];
    if (v !== undefined) a[i] = v;
  });
  return a;
};

function grow(s: ElementaryState, n: number): ElementaryState {
  if (s.refPrice.length >= n) return s;
  const refPrice = new Float64Array(n).fill(Number.NaN);
  refPrice.set(s.refPrice);
  const imputedRuns = new Uint16Array(n);
  imputedRuns.set(s.imputedRuns);
  return { refPrice, imputedRuns };
}

/**
 * Per node component totals of a week, from activity measures per category id.
 * @example
 * ```ts
 * const perNode = activityByNode(tree, activity); // perNode.tradedValue[0] = the whole market's traded value
 * ```
 */
export function activityByNode(tree: IndexTree, act: Activity): Record<ProsperityComponent, Float64Array> {
  const out = {} as Record<ProsperityComponent, Float64Array>;
  for (const k of PROSPERITY_COMPONENTS) {
    const a = new Float64Array(tree.codes.length);
    for (const [cat, m] of act) {
      const node = tree.nodeOf.get(cat);
      if (node !== undefined) a[node] = (a[node] as number) + m[k];
    }
    out[k] = sumUp(tree, a);
  }
  return out;
}

/**
 * Prosperity index of every node: PI = 1000 · Σ_k w_k x_k,t / x_k,base over
 * the components with a positive base level (weights re-normalised over them;
 * docs §7). Same as `prosperityIndex` of the library when all are positive.
 * @example
 * ```ts
 * const values = prosperityValues(tree, activityNow, activityBase); // [{ node: 'ALL', value: 1032.5, detail }, …]
 * ```
 */
export function prosperityValues(
  tree: IndexTree,
  now: Record<ProsperityComponent, Float64Array>,
  base: Record<ProsperityComponent, Float64Array>,
): NodeValue[] {
  const out: NodeValue[] = [];
  for (let i = 0; i < tree.codes.length; i++) {
    let wSum = 0;
    let acc = 0;
    const detail: Record<string, number> = {};
    for (const k of PROSPERITY_COMPONENTS) {
      const b = base[k][i] as number;
      if (!(b > 0)) continue;
      const sub = (PROSPERITY_BASE * (now[k][i] as number)) / b;
      detail[k] = sub;
      wSum += PUBLISHED_PROSPERITY_WEIGHTS[k];
      acc += PUBLISHED_PROSPERITY_WEIGHTS[k] * sub;
    }
    if (wSum > 0) out.push({ node: tree.codes[i] as string, value: acc / wSum, detail });
  }
  return out;
}

/** The node of every item (0 = unknown), with the categories of the items seen so far and the new ones of the week. */
function itemNodes(tree: IndexTree, obs: WeekObservations, prev: RunState | null): { itemCategory: Int32Array; categoryOf: Int32Array } {
  // the category of every item: kept in the state, new items' from the packs (index_items.category_id is never updated)
  const nItems = Math.max(obs.maxItem + 1, prev?.elementary.refPrice.length ?? 0, prev?.itemCategory.length ?? 0);
  const itemCategory = new Int32Array(nItems);
  if (prev) itemCategory.set(prev.itemCategory);
  for (let j = 0; j < obs.length; j++) {
    const i = obs.item[j] as number;
    if (itemCategory[i] === 0) itemCategory[i] = obs.itemCategory[j] as number;
  }
  const nodeByCategory = new Map<number, number>();
  let maxCategory = 0;
  for (const id of tree.nodeOf.keys()) if (id > maxCategory) maxCategory = id;
  const nodeOfId = new Int32Array(Math.min(maxCategory, 1 << 22) + 1);
  for (const [id, node] of tree.nodeOf)
    if (id < nodeOfId.length) nodeOfId[id] = node;
    else nodeByCategory.set(id, node);
  const categoryOf = new Int32Array(nItems);
  for (let i = 0; i < nItems; i++) {
    const c = itemCategory[i] as number;
    categoryOf[i] = c <= 0 ? 0 : c < nodeOfId.length ? (nodeOfId[c] as number) : (nodeByCategory.get(c) ?? 0);
  }
  return { itemCategory, categoryOf };
}

/**
 * Computes week `monday` from the state after the previous week (null for the
 * base week `base`) and the week's inputs. Pure and synchronous. Weeks must be
 * computed in order, each from the previous one's `state`; `baseFrom` is the
 * base week's activity per node when the base week was computed earlier in
 * the same range (its `nowActivity`).
 * @example
 * ```ts
 * const first = computeWeekFrom(tree, base, base, null, inputs0);
 * const next = computeWeekFrom(tree, base, addDays(base, 7), first.result.state, inputs1, first.nowActivity);
 * ```
 */
export function computeWeekFrom(
  tree: IndexTree,
  base: string,
  monday: string,
  prev: RunState | null,
  inputs: WeekInputs,
  baseFrom?: Record<ProsperityComponent, Float64Array>,
): { result: WeekResult; nowActivity: Record<ProsperityComponent, Float64Array> } {
  const timings: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (name: string) => {
    const t = performance.now();
    timings[name] = (timings[name] ?? 0) + (t - t0) / 1000;
    t0 = t;
  };
  if ((prev === null) !== (monday === base)) throw new Error(`state mismatch for week ${monday}`);
  const { obs } = inputs;
  const { itemCategory, categoryOf } = itemNodes(tree, obs, prev);
  const nItems = itemCategory.length;
  lap('items');
  const config = { categoryOf, categoryCount: tree.codes.length };
  const state0 = grow(prev?.elementary ?? initialElementaryState(nItems), nItems);
  const el = elementaryStep(config, state0, { item: obs.item, price: obs.price, length: obs.length });
  lap('elementary');

  const year = isoYearOf(monday);
  const needWeights = () => {
    if (!inputs.weights) throw new Error(`week ${monday} needs the value weights of ${year}`);
    return inputs.weights;
  };
  let agg: AggregateState;
  let levels: Float64Array;
  if (prev === null) {
    agg = initialAggregateState({ parent: tree.parent }, needWeights(), PRICE_BASE);
    levels = Float64Array.from(agg.linkLevel);
  } else {
    agg = { leafLevel: fromCode(tree, prev.leafLevel, 1), linkLevel: fromCode(tree, prev.linkLevel), weights: fromCode(tree, prev.weights, 0) };
    if (year !== prev.weightYear) {
      const w = needWeights();
      const prevLevels = fromCode(tree, prev.levels);
      // a node without a level so far (no weight before) is linked in at its parent's level
      for (const i of Array.from(tree.order.postOrder).reverse()) {
        if (!Number.isFinite(prevLevels[i] as number)) {
          const p = tree.parent[i] as number;
          prevLevels[i] = p >= 0 ? (prevLevels[p] as number) : PRICE_BASE;
        }
      }
      agg = relink(prevLevels, w);
    }
    const step = aggregateStep({ parent: tree.parent }, agg, el.links, 'arithmetic', tree.order);
    agg = step.state;
    levels = step.levels;
  }
  lap('aggregate');

  // published price values: nodes with weight, with counts summed over their leaves
  const nodeWeight = sumUp(
    tree,
    Float64Array.from(agg.weights, (w, i) => (tree.order.isLeaf[i] ? w : 0)),
  );
  const counts = {
    matched: sumUp(tree, Float64Array.from(el.matched)),
    imputed: sumUp(tree, Float64Array.from(el.imputed)),
    outliers: sumUp(tree, Float64Array.from(el.outliers)),
    entered: sumUp(tree, Float64Array.from(el.entered)),
    dropped: sumUp(tree, Float64Array.from(el.dropped)),
  };
  const price: NodeValue[] = [];
  for (let i = 0; i < tree.codes.length; i++) {
    const v = levels[i] as number;
    if (!((nodeWeight[i] as number) > 0) || !Number.isFinite(v)) continue;
    const detail: Record<string, number> = {};
    for (const [k, a] of Object.entries(counts)) detail[k] = a[i] as number;
    if (tree.order.isLeaf[i]) detail.link = Number.isNaN(el.links[i] as number) ? Number.NaN : (el.links[i] as number);
    if (!Number.isFinite(detail.link ?? 0)) delete detail.link;
    price.push({ node: tree.codes[i] as string, value: v, detail });
  }
  lap('values');

  const act = activityOf(obs, inputs.listings);
  const nowAct = activityByNode(tree, act);
  const baseAct = monday === base ? nowAct : (baseFrom ?? activityByNode(tree, inputs.baseActivity ?? new Map()));
  const prosperity = prosperityValues(tree, nowAct, baseAct);
  lap('prosperity');

  const result: WeekResult = {
    week: monday,
    price,
    prosperity,
    activity: [...act].map(([categoryId, measures]) => ({ categoryId, measures })),
    state: {
      week: monday,
      elementary: el.state,
      itemCategory,
      weightYear: year,
      weights: byCode(tree, agg.weights),
      leafLevel: byCode(tree, agg.leafLevel),
      linkLevel: byCode(tree, agg.linkLevel),
      levels: byCode(tree, levels),
    },
    timings,
  };
  return { result, nowActivity: monday === base ? nowAct : baseAct };
}
