import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { aggregateTree, chainedAggregate, treeOrder, type CategoryTree } from './aggregate.ts';
import { close } from './testdata.ts';

// 0 = all; 1, 2 = top categories; 3, 4 under 1; 5 under 2 (leaves 3, 4, 5)
const tree: CategoryTree = { parent: Int32Array.from([-1, 0, 0, 1, 1, 2]) };
const weights = Float64Array.from([0, 0, 0, 30, 10, 60]);

describe('aggregation up the category tree', () => {
  it('orders children before parents', () => {
    const { postOrder, isLeaf } = treeOrder(tree);
    const pos = new Map([...postOrder].map((n, k) => [n, k]));
    for (let i = 1; i < 6; i++) assert.ok((pos.get(i) as number) < (pos.get(tree.parent[i] as number) as number));
    assert.deepEqual([...isLeaf], [0, 0, 0, 1, 1, 1]);
  });

  it('value-weighted arithmetic (Young) and geometric means', () => {
    const leaf = Float64Array.from([0, 0, 0, 1.1, 1.3, 0.9]);
    const a = aggregateTree(tree, leaf, weights);
    assert.ok(close(a[1] as number, (30 * 1.1 + 10 * 1.3) / 40, 1e-15));
    assert.ok(close(a[0] as number, (30 * 1.1 + 10 * 1.3 + 60 * 0.9) / 100, 1e-15));
    const g = aggregateTree(tree, leaf, weights, 'geometric');
    assert.ok(close(g[0] as number, Math.exp((30 * Math.log(1.1) + 10 * Math.log(1.3) + 60 * Math.log(0.9)) / 100), 1e-14));
  });

  it('within one weight period the chained aggregate equals the direct Young index (property)', () => {
    const link = fc.double({ min: 0.5, max: 2, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(link, link, link), { minLength: 1, maxLength: 10 }), (weeks) => {
        const links = [new Float64Array(6), ...weeks.map(([a, b, c]) => Float64Array.from([0, 0, 0, a, b, c]))];
        const levels = chainedAggregate({ tree, links, weightSegments: [{ from: 0, weights }] });
        const cum = [1, 1, 1];
        weeks.forEach(([a, b, c], k) => {
          cum[0] = (cum[0] as number) * a;
          cum[1] = (cum[1] as number) * b;
          cum[2] = (cum[2] as number) * c;
          const young = (30 * (cum[0] as number) + 10 * (cum[1] as number) + 60 * (cum[2] as number)) / 100;
          assert.ok(close((levels[k + 1] as Float64Array)[0] as number, 100 * young, 1e-12));
        });
      }),
    );
  });

  it('annual chain link: new weights apply after the link period, the level carries over', () => {
    const w2 = Float64Array.from([0, 0, 0, 10, 10, 80]);
    const links = [new Float64Array(6), Float64Array.from([0, 0, 0, 1.1, 1.0, 1.0]), Float64Array.from([0, 0, 0, 1.0, 1.0, 1.5])];
    const lv = chainedAggregate({
      tree,
      links,
      weightSegments: [
        { from: 0, weights },
        { from: 1, weights: w2 },
      ],
    });
    const at1 = (100 * (30 * 1.1 + 10 + 60)) / 100;
    assert.ok(close((lv[1] as Float64Array)[0] as number, at1, 1e-14));
    assert.ok(close((lv[2] as Float64Array)[0] as number, at1 * ((10 + 10 + 80 * 1.5) / 100), 1e-14));
  });

  it('a leaf without a link moves with its siblings', () => {
    const links = [new Float64Array(6), Float64Array.from([0, 0, 0, 1.2, Number.NaN, 1.0])];
    const lv = chainedAggregate({ tree, links, weightSegments: [{ from: 0, weights }] });
    assert.ok(close((lv[1] as Float64Array)[1] as number, 120, 1e-14));
    assert.ok(close((lv[1] as Float64Array)[4] as number, 120, 1e-14));
  });
});
