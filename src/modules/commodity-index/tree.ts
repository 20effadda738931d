/** The category tree as the weekly run sees it: node 0 is the whole market ('ALL'), then the categories by code. */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { categoryList } from '../catalog/index.ts';
import { treeOrder, type TreeOrder } from './formulas/index.ts';

export interface IndexTree {
  readonly codes: readonly string[];
  readonly nameZh: readonly string[];
  readonly nameEn: readonly string[];
  readonly parent: Int32Array;
  readonly order: TreeOrder;
  /** category id → node */
  readonly nodeOf: ReadonlyMap<number, number>;
  readonly nodeOfCode: ReadonlyMap<string, number>;
  readonly categoryIdOf: readonly number[];
}

/**
 * Code of the root node: the whole market.
 */
export const MARKET_NODE = 'ALL';

/**
 * The index tree from the catalogue's categories: node 0 is the whole market
 * (`MARKET_NODE`), nodes 1… the categories, with parents, names, the tree order
 * and maps from category id and code to node.
 * @example
 * ```ts
 * const tree = await loadTree(db);
 * const node = tree.nodeOfCode.get('0103');
 * ```
 */
export async function loadTree(db: Kysely<DB> | Transaction<DB>): Promise<IndexTree> {
  const rows = await categoryList(db);
  const nodeOf = new Map<number, number>();
  rows.forEach((r, i) => nodeOf.set(r.id, i + 1));
  const parent = new Int32Array(rows.length + 1);
  parent[0] = -1;
  rows.forEach((r, i) => {
    parent[i + 1] = r.parent_id == null ? 0 : (nodeOf.get(r.parent_id) ?? 0);
  });
  const codes = [MARKET_NODE, ...rows.map((r) => r.code)];
  return {
    codes,
    nameZh: ['全市场', ...rows.map((r) => r.name_zh)],
    nameEn: ['Whole market', ...rows.map((r) => r.name_en)],
    parent,
    order: treeOrder({ parent }),
    nodeOf,
    nodeOfCode: new Map(codes.map((c, i) => [c, i])),
    categoryIdOf: [0, ...rows.map((r) => r.id)],
  };
}

/** Sums a per-node quantity (filled at leaves) up the tree, in place. */
export function sumUp(tree: IndexTree, values: Float64Array): Float64Array {
  const { postOrder } = tree.order;
  for (let k = 0; k < postOrder.length; k++) {
    const i = postOrder[k] as number;
    const p = tree.parent[i] as number;
    if (p >= 0) values[p] = (values[p] as number) + (values[i] as number);
  }
  return values;
}
