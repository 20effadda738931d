import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { GOLDEN, type GoldenQuery } from './golden-queries.ts';
import { demoSearchDocs, SearchIndex, type SearchDoc } from './index.ts';

/**
 * The golden set against the deterministic 'demo' market (~30,000 products).
 * All failures are reported together, with what came back, so that a ranking
 * change is easy to judge.
 */
describe('search golden set (demo market)', () => {
  let idx: SearchIndex;
  const docs = new Map<number, SearchDoc>();
  before(async () => {
    const all = [...demoSearchDocs('demo')];
    for (const d of all) docs.set(d.id, d);
    idx = await SearchIndex.build(all);
  });

  function check(g: GoldenQuery): string | undefined {
    const r = idx.search({ text: g.q, ...(g.filters ? { filters: g.filters } : {}), ...(g.sort ? { sort: g.sort } : {}), pageSize: 20 });
    if (g.stall) {
      if (r.kind !== 'stall') return `expected a stall address, got ${r.kind}`;
      return JSON.stringify({ ...r.stallAddress, market: undefined }) === JSON.stringify({ ...g.stall, market: undefined }) ? undefined : `stall ${JSON.stringify(r.stallAddress)}`;
    }
    if (r.kind !== 'results') return `got ${r.kind}: ${JSON.stringify(r)}`;
    if (g.minTotal !== undefined && r.total < g.minTotal) return `total ${r.total} < ${g.minTotal}`;
    const n = g.n ?? 3;
    const top = r.items.slice(0, n);
    if (top.length < Math.min(n, g.minTotal ?? 1)) return `only ${top.length} results`;
    for (const it of top) {
      const d = docs.get(it.id)!;
      if (g.zh && !g.zh.some((z) => d.titleZh.includes(z))) return `top: ${top.map((x) => x.titleZh).join(' / ')}`;
      if (g.en && !g.en.some((e) => d.titleEn.toLowerCase().includes(e))) return `top: ${top.map((x) => x.titleEn).join(' / ')}`;
      const f = g.filters ?? {};
      if (f.category && !d.categoryCode.startsWith(f.category)) return `item ${it.id} outside category ${f.category}`;
      if (f.priceMax !== undefined && d.priceMinor > f.priceMax) return `item ${it.id} above priceMax`;
      if (f.moqMax !== undefined && d.moq > f.moqMax) return `item ${it.id} above moqMax`;
    }
    if (g.sort === 'price_asc') {
      const prices = r.items.map((x) => docs.get(x.id)!.priceMinor);
      if (prices.some((p, i) => i > 0 && p < prices[i - 1]!)) return 'not sorted by price';
    }
    if (g.sort === 'newest') {
      const t = r.items.map((x) => docs.get(x.id)!.createdAt);
      if (t.some((p, i) => i > 0 && p > t[i - 1]!)) return 'not sorted by newest';
    }
    if (g.didYouMean && r.interpretation.didYouMean !== g.didYouMean) return `didYouMean ${r.interpretation.didYouMean}`;
    return undefined;
  }

  it(`has at least 100 queries of every kind (${GOLDEN.length})`, () => {
    assert.ok(GOLDEN.length >= 100);
    for (const k of ['zh', 'pinyin', 'initials', 'en', 'cross', 'mixed', 'stall', 'traditional', 'typo']) assert.ok(GOLDEN.some((g) => g.kind === k), k);
  });

  it('every golden query gets its expected top results', () => {
    const failures: string[] = [];
    for (const g of GOLDEN) {
      const why = check(g);
      if (why) failures.push(`[${g.kind}] ${JSON.stringify(g.q)}: ${why}`);
    }
    assert.deepEqual(failures, [], `${failures.length} of ${GOLDEN.length} golden queries failed:\n${failures.join('\n')}`);
  });
});
