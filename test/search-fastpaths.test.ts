/**
 * The fast paths (browse.ts: facet lists, cross counts, sort orders, hot-term impact columns; hot-term
 * precomputed answers; deep-page extraction) against the plain scan, on random corpora and random
 * queries: same exact totals, same facets, same top k (ids and scores), also after random upserts and
 * removals (delta segment, tombstones) and after compaction. And honest partial matches.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { categoryLeaves } from '../src/modules/catalog/index.ts';
import { CommodityDictionary, PRICE_BANDS, MOQ_BANDS, SearchIndex, type SearchDoc, type SearchQuery, type SearchResult } from '../src/modules/search/index.ts';
import { setHotTopForTests } from '../src/modules/search/test-hot-top.ts';

const dict = CommodityDictionary.build();
const LEAVES = categoryLeaves()
  .map((l) => l.code)
  .filter((_, i) => i % 37 === 0)
  .slice(0, 8);
const WORDS = ['保温杯', '不锈钢', '红色', '雨伞', '毛绒玩具', '发夹', '手机壳', '收纳盒'];
const T0 = Date.UTC(2026, 0, 1);

const docArb = (id: number) =>
  fc
    .record({
      words: fc.subarray(WORDS, { minLength: 1, maxLength: 3 }),
      leaf: fc.constantFrom(...LEAVES),
      price: fc.oneof(fc.integer({ min: 0, max: 60_000 }), fc.constantFrom(0, 99, 100, 499, 500, 999, 1000, 4999, 5000, 50_000)),
      moq: fc.oneof(fc.integer({ min: 0, max: 6000 }), fc.constantFrom(1, 10, 11, 50, 100, 500, 1000, 5000, 5001)),
      district: fc.integer({ min: 0, max: 4 }),
      // Creation times colliding within a second and across seconds (the newest order walks by second).
      created: fc.integer({ min: 0, max: 40 }).map((s) => T0 + s * 400),
      quality: fc.constantFrom(0, 0.1, 0.5, 0.5, 0.9, 1),
      credit: fc.constantFrom(undefined, 'A', 'B', 'C', 'D'),
    })
    .map(
      (r): SearchDoc => ({
        id,
        titleZh: r.words.join(''),
        titleEn: '',
        descriptionZh: `${r.words[0]}，义乌批发`,
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

const corpusArb = fc.integer({ min: 20, max: 120 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => docArb(i + 1))));

/** Mostly absent, so that single filters (the cross-count path) are common. */
const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: a });

const queryArb = fc.record({
  // Pairs with hot words are intersected through the hot terms' impact columns (probeDense).
  text: fc.constantFrom('', '', '批发', '义乌', '保温杯', '红色', '保温杯 红色', '雨伞 发夹 不锈钢', '批发 红色', '义乌 保温杯 雨伞'),
  category: maybe(fc.constantFrom(...LEAVES.map((l) => l.slice(0, 2)), ...LEAVES.map((l) => l.slice(0, 4)), ...LEAVES)),
  price: maybe(
    fc.oneof(
      fc.constantFrom(...PRICE_BANDS.map((b) => [b.min, b.max === null ? undefined : b.max - 1] as const)),
      fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.option(fc.integer({ min: 0, max: 60_000 }), { nil: undefined })),
    ),
  ),
  moqMax: maybe(fc.oneof(fc.constantFrom(...MOQ_BANDS.map((b) => b.max ?? 1_000_000)), fc.integer({ min: 1, max: 6000 }))),
  district: maybe(fc.integer({ min: 0, max: 4 })),
  credit: maybe(fc.constantFrom('A', 'B', 'C', 'D')),
  sort: fc.constantFrom('relevance', 'relevance', 'price_asc', 'price_desc', 'newest'),
  page: fc.integer({ min: 1, max: 4 }),
  pageSize: fc.constantFrom(1, 3, 10, 25),
});

type RandomQuery = typeof queryArb extends fc.Arbitrary<infer T> ? T : never;

function toQuery(q: RandomQuery): SearchQuery {
  return {
    text: q.text,
    filters: {
      ...(q.category ? { category: q.category } : {}),
      ...(q.price ? { priceMin: q.price[0], ...(q.price[1] !== undefined ? { priceMax: q.price[1] } : {}) } : {}),
      ...(q.moqMax !== undefined ? { moqMax: q.moqMax } : {}),
      ...(q.district !== undefined ? { district: q.district } : {}),
      ...(q.credit ? { creditClass: q.credit as 'A' } : {}),
    },
    sort: q.sort as SearchQuery['sort'],
    page: q.page,
    pageSize: q.pageSize,
  };
}

const view = (r: SearchResult) => {
  assert.equal(r.kind, 'results');
  if (r.kind !== 'results') return undefined;
  return { total: r.total, items: r.items.map((i) => [i.id, i.score]), facets: r.facets, partial: r.interpretation.partial };
};

// Words in ≥ 20 % of the documents are hot (in ≥ 50 % for a sixth of the corpora, where the content
// words are then warm: in ≥ 6 %, so that with a 4-document list their deep pages take warmDeepAnswer);
// fast = the normal engine, plain = the scan only.
const optsFor = (n: number) => ({
  dictionary: dict,
  hotMinDocs: 1,
  hotShare: n % 6 === 0 ? 0.5 : 0.2,
  warmMinDocs: 1,
  warmShare: 0.06,
  autoCompactDocs: 1_000_000,
});

describe('search fast paths answer exactly like the plain scan', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'yiwu-fastpaths-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  it('on random corpora and queries, also after upserts, removals, compaction and a snapshot round trip', async () => {
    await fc.assert(
      fc.asyncProperty(
        corpusArb,
        fc.array(queryArb, { minLength: 12, maxLength: 12 }),
        fc.array(fc.nat({ max: 100_000 }), { maxLength: 12 }),
        async (docs, queries, edits) => {
          // Walk slack 0 for odd-sized corpora: sorted walks give up early and visit the filter's lists instead.
          // For a third of the corpora the hot terms keep only their 4 best documents (queries run past the list).
          setHotTopForTests(docs.length % 3 === 0 ? 4 : undefined);
          const opts = optsFor(docs.length);
          const fast = await SearchIndex.build(docs, { ...opts, walkSlack: docs.length % 2 === 1 ? 0 : 1000 });
          const plain = await SearchIndex.build(docs, { ...opts, plainScan: true });
          const check = (stage: string) => {
            for (const q0 of queries) {
              const q = toQuery(q0);
              assert.deepEqual(view(fast.search(q)), view(plain.search(q)), `${stage}: ${JSON.stringify(q)}`);
            }
          };
          check('built');
          // Edits: remove a document or replace it with another's content (a new ordinal in the delta).
          for (const e of edits) {
            const d = docs[e % docs.length]!;
            if (e % 3 === 0) {
              fast.remove(d.id);
              plain.remove(d.id);
            } else {
              const other = docs[(e >> 2) % docs.length]!;
              const doc = { ...other, id: e % 5 === 0 ? 10_000 + e : d.id };
              fast.upsert(doc);
              plain.upsert(doc);
            }
          }
          check('after edits');
          fast.compact();
          plain.compact();
          check('after compaction');
          // A snapshot keeps the fast paths' structures (stored.ts): the loaded index answers the same,
          // also after more edits on top of what it loaded.
          const file = join(dir, 'fast.snap');
          await fast.save(file);
          const loaded = await SearchIndex.load(file, { ...opts, walkSlack: docs.length % 2 === 1 ? 0 : 1000 });
          for (const q0 of queries) {
            const q = toQuery(q0);
            assert.deepEqual(view(loaded.search(q)), view(plain.search(q)), `loaded: ${JSON.stringify(q)}`);
          }
          for (const e of edits.slice(0, 4)) {
            const doc = { ...docs[(e >> 3) % docs.length]!, id: 20_000 + e };
            loaded.upsert(doc);
            plain.upsert(doc);
          }
          for (const q0 of queries) {
            const q = toQuery(q0);
            assert.deepEqual(view(loaded.search(q)), view(plain.search(q)), `loaded, then edited: ${JSON.stringify(q)}`);
          }
        },
      ),
      { numRuns: 30, seed: 15 },
    );
    setHotTopForTests();
  });
});

describe('partial matches are honest', () => {
  const doc = (id: number, titleZh: string, q = 0.5): SearchDoc => ({
    id,
    titleZh,
    titleEn: '',
    descriptionZh: '',
    descriptionEn: '',
    categoryCode: LEAVES[0]!,
    priceMinor: 1000 + id,
    moq: 10,
    district: 1,
    merchantId: 1,
    createdAt: T0 + id,
    quality: q,
  });
  it('keeps the exact total at 0, counts partial matches apart and ranks by the number of words matched', async () => {
    const idx = await SearchIndex.build([doc(1, '保温杯', 1), doc(2, '保温杯 红色', 0), doc(3, '雨伞', 1), doc(4, '红色 雨伞', 0.2), doc(5, '发夹')], {
      dictionary: dict,
    });
    const r = idx.search({ text: '保温杯 红色 雨伞' });
    assert.equal(r.kind, 'results');
    if (r.kind !== 'results') return;
    assert.equal(r.total, 0);
    assert.equal(r.interpretation.relaxed, true);
    assert.equal(r.interpretation.partial?.total, 4);
    // The two documents with two of the three words come first, whatever their quality.
    assert.deepEqual(new Set(r.items.slice(0, 2).map((i) => i.id)), new Set([2, 4]));
    assert.deepEqual(new Set(r.items.slice(2).map((i) => i.id)), new Set([1, 3]));
    assert.equal(r.interpretation.partial?.matchedWords.length, 2);
    assert.equal(r.interpretation.partial?.missingWords.length, 1);
    for (const it of r.items) assert.ok(Array.isArray(it.missingWords));
    assert.deepEqual(r.items.find((i) => i.id === 2)?.missingWords, ['雨伞']);
    assert.deepEqual(r.items.find((i) => i.id === 1)?.missingWords, ['红色', '雨伞']);
    // Sorted by price: still by words matched first.
    const s = idx.search({ text: '保温杯 红色 雨伞', sort: 'price_desc' });
    assert.ok(s.kind === 'results');
    if (s.kind === 'results')
      assert.deepEqual(
        s.items.map((i) => i.id),
        [4, 2, 3, 1],
      );
    // An exact match exists: no partial answer.
    const e = idx.search({ text: '保温杯 红色' });
    assert.ok(e.kind === 'results' && e.total === 1 && e.interpretation.partial === undefined && e.items[0]?.missingWords === undefined);
    // A word unknown to the index is missing (as the parts it was split into); the others are matched.
    const u = idx.search({ text: '发夹 不锈钢' });
    assert.ok(u.kind === 'results');
    if (u.kind === 'results') {
      assert.equal(u.total, 0);
      assert.equal(u.interpretation.partial?.total, 1);
      assert.deepEqual(u.interpretation.partial?.matchedWords, ['发夹']);
      assert.ok(u.interpretation.partial?.missingWords.join('').includes('钢'));
    }
  });
});

describe('deep pages of a warm word (warmDeepAnswer)', () => {
  it('equal the plain scan on every page, also after upserts and removals', async () => {
    // One word in ~30 % of 400 documents: warm (hot from 50 %), with a 4-document precomputed list, so
    // every page after the first is cut from the counting sort over its postings.
    setHotTopForTests(4);
    try {
      const rand = (i: number) => ((i * 2_654_435_761) >>> 0) / 2 ** 32;
      const doc = (id: number): SearchDoc => ({
        id,
        titleZh: rand(id) < 0.3 ? `zorblax ${WORDS[id % WORDS.length]}` : WORDS[id % WORDS.length]!,
        titleEn: rand(id) < 0.3 && id % 2 === 0 ? 'zorblax zorblax' : '', // a higher impact for some
        descriptionZh: '',
        descriptionEn: '',
        categoryCode: LEAVES[id % LEAVES.length]!,
        priceMinor: 100 + id,
        moq: 1 + (id % 50),
        district: id % 5,
        merchantId: 1,
        createdAt: T0 + id * 1000,
        quality: [0, 0.1, 0.5, 0.9, 1][id % 5]!,
      });
      const docs = Array.from({ length: 400 }, (_, i) => doc(i + 1));
      const opts = { dictionary: dict, hotMinDocs: 1, hotShare: 0.5, warmMinDocs: 1, warmShare: 0.06, autoCompactDocs: 1_000_000 };
      const fast = await SearchIndex.build(docs, opts);
      const plain = await SearchIndex.build(docs, { ...opts, plainScan: true });
      const entry = fast.internals().hot.get(fast.internals().resolve('zorblax').groups[0]!.terms[0]!.id);
      assert.equal(entry?.warm, true, 'the word is warm');
      const check = (stage: string) => {
        for (const pageSize of [3, 7]) {
          const total = (plain.search({ text: 'zorblax', pageSize }) as { total: number }).total;
          assert.ok(total > 20, `${stage}: the word has ${total} documents`);
          for (let page = 1; (page - 1) * pageSize < total + pageSize; page++) {
            const q = { text: 'zorblax', page, pageSize };
            assert.deepEqual(view(fast.search(q)), view(plain.search(q)), `${stage}: page ${page} of ${pageSize}`);
          }
        }
      };
      check('built');
      for (let i = 1; i <= 60; i++) {
        const id = (i * 37) % 400 || 400;
        if (i % 3 === 0) {
          fast.remove(id);
          plain.remove(id);
        } else {
          const d = { ...doc(i * 11), id: i % 2 ? id : 1000 + i };
          fast.upsert(d);
          plain.upsert(d);
        }
      }
      check('after edits');
    } finally {
      setHotTopForTests();
    }
  });
});
