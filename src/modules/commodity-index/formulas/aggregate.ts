/**
 * Weighted aggregation of elementary indices up the category tree, chained
 * annually (CPI Manual 2004 ch. 9 §9.1–9.40 and ch. 15 "Lowe and Young
 * indices"; 2020 CPI Manual ch. 8–9).
 *
 * Within a weight period (a year), the index of a category relative to the
 * link period (the last week of the previous weight period) is the weighted
 * arithmetic mean of its children's indices relative to the same link period,
 * with fixed value weights (a Young index; `geometric` gives the geometric
 * Young). A leaf's index since the link period is the product of its weekly
 * elementary links. At each weight update the published level of the link
 * period is carried over and the new weights apply from the next period on:
 *
 *   I_node(t) = I_node(link) · Σ_c w_c I_c(link → t) / Σ_c w_c
 *
 * A leaf without a link in some week (no matched price) is imputed with the
 * implied link of its nearest ancestor over the leaves that have one
 * (Σ w L(t−1) link / Σ w L(t−1)), i.e. it moves like its siblings; with no
 * information anywhere its link is 1.
 */

export interface CategoryTree {
  /** Parent of each node, −1 for a root. Leaves are the nodes without children. */
  readonly parent: Int32Array;
}

export type AggregationMethod = 'arithmetic' | 'geometric';

/** Nodes ordered children-before-parents, and which nodes are leaves. */
export interface TreeOrder {
  readonly postOrder: Int32Array;
  readonly isLeaf: Uint8Array;
}

/**
 * Order a category tree for aggregation: nodes children-before-parents
 * (`postOrder`) and which are leaves. Throws `RangeError` for an invalid parent
 * (out of range, or a node its own parent).
 * @example
 * ```ts
 * const order = treeOrder({ parent: Int32Array.from([-1, 0, 0]) }); // postOrder ends with 0; nodes 1, 2 are leaves
 * ```
 */
export function treeOrder(tree: CategoryTree): TreeOrder {
  const n = tree.parent.length;
  const depth = new Int32Array(n).fill(-1);
  const isLeaf = new Uint8Array(n).fill(1);
  for (let i = 0; i < n; i++) {
    const p = tree.parent[i] as number;
    if (p >= n || p < -1 || p === i) throw new RangeError(`node ${i} has an invalid parent ${p}`);
    if (p >= 0) isLeaf[p] = 0;
  }
  let maxDepth = 0;
  for (let i = 0; i < n; i++) {
    // walk up to a node of known depth, then fill the path
    let d = 0;
    let j = i;
    while (j >= 0 && (depth[j] as number) < 0) {
      j = tree.parent[j] as number;
      if (++d > n) throw new RangeError('the category tree has a cycle');
    }
    let base = j < 0 ? -1 : (depth[j] as number);
    const path: number[] = [];
    for (let k = i; k !== j; k = tree.parent[k] as number) path.push(k);
    for (let k = path.length - 1; k >= 0; k--) depth[path[k] as number] = ++base;
    if (base > maxDepth) maxDepth = base;
  }
  // counting sort by depth, deepest first
  const bucket = new Int32Array(maxDepth + 2);
  for (let i = 0; i < n; i++) {
    const k = maxDepth - (depth[i] as number) + 1;
    bucket[k] = (bucket[k] as number) + 1;
  }
  for (let d = 1; d < bucket.length; d++) bucket[d] = (bucket[d] as number) + (bucket[d - 1] as number);
  const postOrder = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = maxDepth - (depth[i] as number);
    postOrder[bucket[k] as number] = i;
    bucket[k] = (bucket[k] as number) + 1;
  }
  return { postOrder, isLeaf };
}

/**
 * Weighted mean of the leaf values up the tree. `leafValues` and `weights` are
 * per node (only leaves are read). A node's value is the mean over its
 * children that have a value; its weight is the total weight of its leaves.
 * `geometric` takes the weighted geometric mean. Throws RangeError for a
 * negative or NaN leaf weight. Returns the value of every node.
 * @example
 * ```ts
 * const tree = { parent: Int32Array.from([-1, 0, 0]) }; // root 0, leaves 1 and 2
 * aggregateTree(tree, [NaN, 1.1, 1.0], [0, 3, 1]); // [1.075, 1.1, 1] (root = (3·1.1 + 1·1.0) / 4)
 * ```
 */
export function aggregateTree(
  tree: CategoryTree,
  leafValues: ArrayLike<number>,
  weights: ArrayLike<number>,
  method: AggregationMethod = 'arithmetic',
  order: TreeOrder = treeOrder(tree),
): Float64Array {
  const n = tree.parent.length;
  const value = new Float64Array(n);
  const weight = new Float64Array(n);
  const num = new Float64Array(n);
  const den = new Float64Array(n);
  const geometric = method === 'geometric';
  for (let k = 0; k < n; k++) {
    const i = order.postOrder[k] as number;
    if (order.isLeaf[i]) {
      value[i] = leafValues[i] as number;
      const w = weights[i] as number;
      if (!(w >= 0)) throw new RangeError(`leaf ${i} has an invalid weight ${w}`);
      weight[i] = w;
    } else {
      value[i] = (den[i] as number) > 0 ? (num[i] as number) / (den[i] as number) : Number.NaN;
      if (geometric) value[i] = Math.exp(value[i] as number);
    }
    const p = tree.parent[i] as number;
    if (p < 0) continue;
    weight[p] = (weight[p] as number) + (weight[i] as number);
    const v = value[i] as number;
    const w = weight[i] as number;
    if (!Number.isNaN(v) && w > 0) {
      num[p] = (num[p] as number) + w * (geometric ? Math.log(v) : v);
      den[p] = (den[p] as number) + w;
    }
  }
  return value;
}

/** State of a chained aggregate between two periods (for the weekly run). */
export interface AggregateState {
  /** Per node: each leaf's index since the link period (1 at the link period). */
  readonly leafLevel: Float64Array;
  /** Per node: the published level at the link period. */
  readonly linkLevel: Float64Array;
  /** Per node: the value weights in force (leaves read). */
  readonly weights: Float64Array;
}

/**
 * The state at the reference period: every node at `base` (100 by default), every
 * leaf level 1, with the value weights `weights` (per node, leaves read).
 * @example
 * ```ts
 * const tree = { parent: Int32Array.from([-1, 0, 0]) }; // root 0, leaves 1 and 2
 * let state = initialAggregateState(tree, [0, 3, 1]); // linkLevel [100, 100, 100]
 * ```
 */
export function initialAggregateState(tree: CategoryTree, weights: ArrayLike<number>, base = 100): AggregateState {
  const n = tree.parent.length;
  return {
    leafLevel: new Float64Array(n).fill(1),
    linkLevel: new Float64Array(n).fill(base),
    weights: Float64Array.from(weights),
  };
}

/**
 * Fills missing (NaN) leaf links with the implied link of the nearest ancestor
 * that has one, Σ w L link / Σ w L over its leaves with a link (1 if none has).
 * Returns a copy of `links`; non-leaf entries are passed through.
 * @example
 * ```ts
 * const tree = { parent: Int32Array.from([-1, 0, 0]) }; // root 0, leaves 1 and 2
 * imputeLeafLinks(tree, treeOrder(tree), [NaN, 1.1, NaN], [1, 1, 1], [0, 3, 1]); // [NaN, 1.1, 1.1]
 * ```
 */
export function imputeLeafLinks(
  tree: CategoryTree,
  order: TreeOrder,
  links: ArrayLike<number>,
  leafLevel: ArrayLike<number>,
  weights: ArrayLike<number>,
): Float64Array {
  const n = tree.parent.length;
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = order.postOrder[k] as number;
    if (order.isLeaf[i]) {
      const l = links[i] as number;
      if (!Number.isNaN(l)) {
        const wl = (weights[i] as number) * (leafLevel[i] as number);
        a[i] = wl * l;
        b[i] = wl;
      }
    }
    const p = tree.parent[i] as number;
    if (p >= 0) {
      a[p] = (a[p] as number) + (a[i] as number);
      b[p] = (b[p] as number) + (b[i] as number);
    }
  }
  const out = Float64Array.from(links);
  for (let i = 0; i < n; i++) {
    if (!order.isLeaf[i] || !Number.isNaN(out[i] as number)) continue;
    let j = tree.parent[i] as number;
    while (j >= 0 && !((b[j] as number) > 0)) j = tree.parent[j] as number;
    out[i] = j >= 0 ? (a[j] as number) / (b[j] as number) : 1;
  }
  return out;
}

/**
 * Advances the chained aggregate by one period with the leaves' elementary
 * links (NaN = no link). Returns the published levels of every node and the
 * next state.
 * @example
 * ```ts
 * const tree = { parent: Int32Array.from([-1, 0, 0]) }; // root 0, leaves 1 and 2
 * const { levels, state } = aggregateStep(tree, initialAggregateState(tree, [0, 3, 1]), [NaN, 1.1, 1.0]);
 * levels; // [107.5, 110, 100]
 * ```
 */
export function aggregateStep(
  tree: CategoryTree,
  state: AggregateState,
  links: ArrayLike<number>,
  method: AggregationMethod = 'arithmetic',
  order: TreeOrder = treeOrder(tree),
): { levels: Float64Array; state: AggregateState } {
  const filled = imputeLeafLinks(tree, order, links, state.leafLevel, state.weights);
  const n = tree.parent.length;
  const leafLevel = new Float64Array(n);
  for (let i = 0; i < n; i++) leafLevel[i] = order.isLeaf[i] ? (state.leafLevel[i] as number) * (filled[i] as number) : 1;
  const rel = aggregateTree(tree, leafLevel, state.weights, method, order);
  const levels = new Float64Array(n);
  for (let i = 0; i < n; i++) levels[i] = (state.linkLevel[i] as number) * (rel[i] as number);
  return { levels, state: { leafLevel, linkLevel: state.linkLevel, weights: state.weights } };
}

/**
 * Annual chain link: the current published levels become the link levels and
 * the leaf levels restart at 1, with the new weights applying from the next
 * period on. Returns the new AggregateState.
 * @example
 * ```ts
 * state = relink(step.levels, weightsOfNewYear);
 * ```
 */
export function relink(levels: ArrayLike<number>, newWeights: ArrayLike<number>): AggregateState {
  const n = levels.length;
  return {
    leafLevel: new Float64Array(n).fill(1),
    linkLevel: Float64Array.from(levels),
    weights: Float64Array.from(newWeights),
  };
}

export interface ChainedAggregateInput {
  readonly tree: CategoryTree;
  /** links[t] = per-node elementary links from period t−1 to t (links[0] is ignored). */
  readonly links: readonly ArrayLike<number>[];
  /**
   * Weight periods: `from` is the link period (the new weights apply from
   * from+1); the first must have from = 0.
   */
  readonly weightSegments: readonly { readonly from: number; readonly weights: ArrayLike<number> }[];
  readonly base?: number;
  readonly method?: AggregationMethod;
}

/**
 * The chained aggregate over all periods (a Young index chained at each weight
 * segment): levels[t][node], levels[0] = base. Throws RangeError when the first
 * weight segment does not start at period 0.
 * @example
 * ```ts
 * const tree = { parent: Int32Array.from([-1, 0, 0]) }; // root 0, leaves 1 and 2
 * chainedAggregate({
 *   tree,
 *   links: [[], [NaN, 1.1, 1.0], [NaN, 1.0, 1.2]],
 *   weightSegments: [{ from: 0, weights: [0, 3, 1] }, { from: 1, weights: [0, 1, 1] }],
 * }); // root: 100, 107.5, 118.25
 * ```
 */
export function chainedAggregate(input: ChainedAggregateInput): Float64Array[] {
  const { tree, links, weightSegments } = input;
  const first = weightSegments[0];
  if (first?.from !== 0) throw new RangeError('the first weight segment must start at period 0');
  const order = treeOrder(tree);
  let state = initialAggregateState(tree, first.weights, input.base ?? 100);
  const out: Float64Array[] = [Float64Array.from(state.linkLevel)];
  let seg = 1;
  for (let t = 1; t < links.length; t++) {
    const step = aggregateStep(tree, state, links[t] as ArrayLike<number>, input.method, order);
    out.push(step.levels);
    state = step.state;
    const next = weightSegments[seg];
    if (next && next.from === t) {
      state = relink(step.levels, next.weights);
      seg++;
    }
  }
  return out;
}
