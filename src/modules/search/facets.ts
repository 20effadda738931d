import type { LeafTable } from './columns.ts';
import { MOQ_BANDS, PRICE_BANDS } from './columns.ts';
import type { CategoryFacetNode, FacetBucket, SearchFacets } from './types.ts';
import { CREDIT_CLASSES } from './types.ts';

/** Turns the facet counter arrays of a query into the public facet structure (category as a tree). */
export function facetsFrom(
  f: { leaf: Int32Array; price: Int32Array; moq: Int32Array; district: Int32Array; credit: Int32Array },
  leaves: LeafTable,
): Omit<SearchFacets, 'standardKind' | 'standard'> {
  const tops = new Map<string, CategoryFacetNode>();
  const mids = new Map<string, CategoryFacetNode>();
  for (let i = 0; i < f.leaf.length; i++) {
    const c = f.leaf[i]!;
    if (c === 0) continue;
    const code = leaves.codes[i]!;
    const topCode = code.slice(0, 2);
    const midCode = code.slice(0, 4);
    let top = tops.get(topCode);
    if (!top) tops.set(topCode, (top = { code: topCode, count: 0, children: [] }));
    let mid = mids.get(midCode);
    if (!mid) {
      mids.set(midCode, (mid = { code: midCode, count: 0, children: [] }));
      top.children!.push(mid);
    }
    top.count += c;
    mid.count += c;
    mid.children!.push({ code, count: c });
  }
  // Count desc, code asc. Sorted in place by insertion: the lists are short (a few to a few dozen
  // nodes) and there is one per node of the tree, where Array#sort allocates work arrays per call.
  const sortTree = (nodes: CategoryFacetNode[]): CategoryFacetNode[] => {
    for (let i = 1; i < nodes.length; i++) {
      const x = nodes[i]!;
      let j = i - 1;
      while (j >= 0 && (nodes[j]!.count < x.count || (nodes[j]!.count === x.count && nodes[j]!.code > x.code))) {
        nodes[j + 1] = nodes[j]!;
        j--;
      }
      nodes[j + 1] = x;
    }
    for (const n of nodes) if (n.children) sortTree(n.children);
    return nodes;
  };
  const bands = (keys: readonly { key: string }[], counts: Int32Array): FacetBucket<string>[] =>
    keys.map((b, i) => ({ key: b.key, count: counts[i]! })).filter((b) => b.count > 0);
  const district: FacetBucket<number>[] = [];
  for (let i = 0; i < f.district.length; i++) if (f.district[i]! > 0) district.push({ key: i, count: f.district[i]! });
  const creditClass: SearchFacets['creditClass'] = [];
  CREDIT_CLASSES.forEach((c, i) => {
    if (f.credit[i + 1]! > 0) creditClass.push({ key: c, count: f.credit[i + 1]! });
  });
  if (f.credit[0]! > 0) creditClass.push({ key: 'none', count: f.credit[0]! });
  return {
    category: sortTree([...tops.values()]),
    priceBand: bands(PRICE_BANDS, f.price),
    moqBand: bands(MOQ_BANDS, f.moq),
    district,
    creditClass,
  };
}
