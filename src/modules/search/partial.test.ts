/**
 * Partial answers from summed group answers (partial.ts) against the any-group scan (`plainScan`):
 * random corpora whose words come from two families that never share a document (so pairs across
 * the families have no exact match), hot and warm words, random filters, sorts and pages, also after
 * upserts, removals and compaction. Totals, facets, items (ids, scores, missing words) and the
 * partial interpretation must be identical.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { categoryLeaves } from '../catalog/index.ts';
import { CommodityDictionary } from './dictionary.ts';
import { setHotTopForTests } from './hot-terms.ts';
import { SearchIndex } from './search-index.ts';
import type { SearchDoc, SearchQuery, SearchResult } from './types.ts';

const dict = CommodityDictionary.build();
const LEAVES = categoryLeaves()
  .map((l) => l.code)
  .filter((_, i) => i % 41 === 0)
  .slice(0, 6);
const FAMILIES = [
  ['保温杯', '不锈钢', '红色'],
  ['雨伞', '发夹', '手机壳'],
];
const T0 = Date.UTC(2026, 0, 1);

const docArb = (id: number) =>
  fc
    .record({
      family: fc.integer({ min: 0, max: 1 }),
      words: fc.subarray([0, 1, 2], { minLength: 1, maxLength: 3 }),
      leaf: fc.constantFrom(...LEAVES),
      price: fc.oneof(fc.integer({ min: 0, max: 60_000 }), fc.constantFrom(99, 500, 1000)),
      moq: fc.constantFrom(1, 10, 50, 100, 500, 5000),
      district: fc.integer({ min: 0, max: 3 }),
      created: fc.integer({ min: 0, max: 20 }).map((s) => T0 + s * 700),
      // Few quality values: many equal keys, so ties at the page boundary are common.
      quality: fc.constantFrom(0, 0.5, 1),
      credit: fc.constantFrom(undefined, 'A', 'C'),
    })
    .map(
      (r): SearchDoc => ({
        id,
        titleZh: r.words.map((w) => FAMILIES[r.family]![w]!).join(''),
        titleEn: '',
        descriptionZh: `${FAMILIES[r.family]![r.words[0]!]}，义乌批发`,
        descriptionEn: '',
        categoryCode: r.leaf,
        priceMinor: r.price,
        moq: r.moq,
        district: r.district,
        merchantId: 1,
        createdAt: r.created,
        quality: r.quality,
        ...(r.credit ? { creditClass: r.credit as 'A' } : {}),
      }),
    );

const corpusArb = fc.integer({ min: 20, max: 150 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => docArb(i + 1))));
const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: a });

const queryArb = fc.record({
  text: fc.constantFrom('保温杯 雨伞', '红色 发夹', '不锈钢 手机壳', '保温杯 发夹 手机壳', '雨伞 钢琴', '批发 雨伞', '保温杯 雨伞 红色', 'thermos cup 雨伞'),
  category: maybe(fc.constantFrom(...LEAVES.map((l) => l.slice(0, 2)), ...LEAVES)),
  priceMax: maybe(fc.constantFrom(999, 20_000)),
  moqMax: maybe(fc.constantFrom(50, 500)),
  district: maybe(fc.integer({ min: 0, max: 3 })),
  sort: fc.constantFrom('relevance', 'relevance', 'relevance', 'price_asc', 'price_desc', 'newest'),
  page: fc.integer({ min: 1, max: 3 }),
  pageSize: fc.constantFrom(1, 3, 10),
});
type RandomQuery = typeof queryArb extends fc.Arbitrary<infer T> ? T : never;

const toQuery = (q: RandomQuery): SearchQuery => ({
  text: q.text,
  filters: {
    ...(q.category ? { category: q.category } : {}),
    ...(q.priceMax !== undefined ? { priceMax: q.priceMax } : {}),
    ...(q.moqMax !== undefined ? { moqMax: q.moqMax } : {}),
    ...(q.district !== undefined ? { district: q.district } : {}),
  },
  sort: q.sort as SearchQuery['sort'],
  page: q.page,
  pageSize: q.pageSize,
});

const view = (r: SearchResult) => {
  assert.equal(r.kind, 'results');
  if (r.kind !== 'results') return undefined;
  return { total: r.total, items: r.items.map((i) => [i.id, i.score, i.missingWords]), facets: r.facets, interpretation: r.interpretation };
};

// Words in ≥ 40 % of the documents are hot, in ≥ 8 % warm.
const opts = { dictionary: dict, hotMinDocs: 1, hotShare: 0.4, warmMinDocs: 1, warmShare: 0.08, autoCompactDocs: 1_000_000 };

describe('partial answers from summed group answers', () => {
  it('equal the any-group scan on random corpora and queries, also after edits and compaction', async () => {
    let partials = 0;
    await fc.assert(
      fc.asyncProperty(
        corpusArb,
        fc.array(queryArb, { minLength: 10, maxLength: 10 }),
        fc.array(fc.nat({ max: 100_000 }), { maxLength: 10 }),
        async (docs, queries, edits) => {
          // For a third of the corpora the lists keep only their 2 best documents (answers run past them).
          setHotTopForTests(docs.length % 3 === 0 ? 2 : undefined);
          const fast = await SearchIndex.build(docs, opts);
          const plain = await SearchIndex.build(docs, { ...opts, plainScan: true });
          const check = (stage: string) => {
            for (const q0 of queries) {
              const q = toQuery(q0);
              const a = fast.search(q);
              if (a.kind === 'results' && a.interpretation.partial) partials++;
              assert.deepEqual(view(a), view(plain.search(q)), `${stage}: ${JSON.stringify(q)}`);
            }
          };
          check('built');
          for (const e of edits) {
            const d = docs[e % docs.length]!;
            if (e % 3 === 0) {
              fast.remove(d.id);
              plain.remove(d.id);
            } else {
              const doc = { ...docs[(e >> 2) % docs.length]!, id: e % 5 === 0 ? 10_000 + e : d.id };
              fast.upsert(doc);
              plain.upsert(doc);
            }
          }
          check('after edits');
          fast.compact();
          plain.compact();
          check('after compaction');
        },
      ),
      { numRuns: 40, seed: 1515 },
    );
    setHotTopForTests();
    assert.ok(partials > 200, `enough partial answers were compared (${partials})`);
  });
});
