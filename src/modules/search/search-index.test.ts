import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { AppError } from '../../core/errors.ts';
import { moqBandOf, priceBandOf, MOQ_BANDS, PRICE_BANDS } from './columns.ts';
import { demoSearchDocs } from '../demo/index.ts';
import { SearchIndex, type SearchDoc, type SearchFilters, type SearchResult } from './index.ts';

type Results = Extract<SearchResult, { kind: 'results' }>;
const ok = (r: SearchResult): Results => {
  assert.equal(r.kind, 'results', JSON.stringify(r));
  return r as Results;
};

const extra = (id: number, titleZh: string, titleEn: string, more: Partial<SearchDoc> = {}): SearchDoc => ({
  id,
  titleZh,
  titleEn,
  descriptionZh: `${titleZh}。义乌现货批发。`,
  descriptionEn: `${titleEn}. In stock in Yiwu.`,
  categoryCode: '130401',
  priceMinor: 1200,
  moq: 100,
  district: 5,
  merchantId: 9,
  createdAt: Date.UTC(2026, 0, 1),
  quality: 0.5,
  ...more,
});

describe('SearchIndex on the tiny generated market', () => {
  let idx: SearchIndex;
  let docs: SearchDoc[];
  const byId = new Map<number, SearchDoc>();
  before(async () => {
    docs = [...demoSearchDocs('tiny')];
    docs.push(extra(900001, '不锈钢保温杯 500ml', '', { creditClass: 'A', descriptionEn: '' }));
    docs.push(extra(900002, '韩版发夹', '', { descriptionEn: '', categoryCode: '010401', priceMinor: 80, moq: 1000, district: 1, creditClass: 'B' }));
    docs.push(extra(900003, '卡通手机壳', '', { descriptionEn: '', categoryCode: '100101', priceMinor: 300, district: 4 }));
    docs.push(extra(900004, '塑料收纳盒', 'Plastic Storage Box', { categoryCode: '120101' }));
    for (const d of docs) byId.set(d.id, d);
    idx = await SearchIndex.build(docs);
  });

  const allIds = (text: string, filters: SearchFilters = {}): number[] => {
    const out: number[] = [];
    for (let page = 1; ; page++) {
      const r = ok(idx.search({ text, filters, page, pageSize: 100, facets: false }));
      // A partial answer (no product has every word) has no exact matches: its total is 0.
      if (r.interpretation.partial) return out;
      out.push(...r.items.map((i) => i.id));
      if (out.length >= r.total || r.items.length === 0) return out;
    }
  };

  it('finds Chinese-only listings from English (dictionary), pinyin and initials', () => {
    for (const q of ['保温杯', 'thermos cup', 'baowenbei', 'bwb', '保溫杯'])
      assert.ok(
        ok(idx.search({ text: q })).items.some((i) => i.id === 900001),
        q,
      );
    assert.equal(ok(idx.search({ text: 'phone case' })).items[0]?.id, 900003);
    assert.equal(ok(idx.search({ text: 'shoujike' })).items[0]?.id, 900003);
    assert.equal(
      ok(idx.search({ text: 'hair clip' })).items.some((i) => i.id === 900002),
      true,
    );
  });

  it('highlights matched terms in both titles', () => {
    const hit = ok(idx.search({ text: '保温杯' })).items.find((i) => i.id === 900001)!;
    assert.deepEqual(hit.highlights.titleZh, [[3, 6]]);
    const en = ok(idx.search({ text: 'plastic storage box' })).items[0]!;
    assert.ok(en.highlights.titleEn.length >= 2, JSON.stringify(en));
  });

  it('recognises stall addresses', () => {
    const r = idx.search({ text: 'D2-F3-S21-12345' });
    assert.equal(r.kind, 'stall');
  });

  it('gives exact totals and disjunctive facet counts that agree with a scan of the documents', () => {
    const texts = ['', '项链', 'necklace', '合金', 'alloy', '玩具', '保温杯', '合金 项链', 'alloy necklace', '塑料 玩具', '批发 合金'];
    const matched = new Map(texts.map((t) => [t, new Set(allIds(t))]));
    const districts = [...new Set(docs.map((d) => d.district))];
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.record({
          category: fc.option(fc.constantFrom('01', '02', '0101', '010401', '13', '99'), { nil: undefined }),
          priceMax: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
          priceMin: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
          moqMax: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
          district: fc.option(fc.constantFrom(...districts), { nil: undefined }),
          creditClass: fc.option(fc.constantFrom('A' as const, 'B' as const), { nil: undefined }),
        }),
        (text, f) => {
          const filters = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as SearchFilters;
          const r = ok(idx.search({ text, filters }));
          const m = [...matched.get(text)!].map((id) => byId.get(id)!);
          const pass = (d: SearchDoc, skip?: string) =>
            (skip === 'category' || !filters.category || d.categoryCode.startsWith(filters.category)) &&
            (skip === 'price' ||
              ((filters.priceMin === undefined || d.priceMinor >= filters.priceMin) && (filters.priceMax === undefined || d.priceMinor <= filters.priceMax))) &&
            (skip === 'moq' || filters.moqMax === undefined || d.moq <= filters.moqMax) &&
            (skip === 'district' || filters.district === undefined || d.district === filters.district) &&
            (skip === 'credit' || filters.creditClass === undefined || d.creditClass === filters.creditClass);
          assert.equal(r.total, m.filter((d) => pass(d)).length);
          // A partial answer: no exact match, and its facets describe the partial matches shown.
          if (r.interpretation.partial) return;
          const count = <K>(skip: string, key: (d: SearchDoc) => K) => {
            const c = new Map<K, number>();
            for (const d of m) if (pass(d, skip)) c.set(key(d), (c.get(key(d)) ?? 0) + 1);
            return c;
          };
          const price = count('price', (d) => PRICE_BANDS[priceBandOf(d.priceMinor)]!.key);
          assert.deepEqual(new Map(r.facets!.priceBand.map((b) => [b.key, b.count])), price);
          const moq = count('moq', (d) => MOQ_BANDS[moqBandOf(d.moq)]!.key);
          assert.deepEqual(new Map(r.facets!.moqBand.map((b) => [b.key, b.count])), moq);
          assert.deepEqual(
            new Map(r.facets!.district.map((b) => [b.key, b.count])),
            count('district', (d) => d.district),
          );
          assert.deepEqual(
            new Map(r.facets!.creditClass.map((b) => [b.key, b.count])),
            count('credit', (d) => d.creditClass ?? 'none'),
          );
          const tops = count('category', (d) => d.categoryCode.slice(0, 2));
          assert.deepEqual(new Map(r.facets!.category.map((n) => [n.code, n.count])), tops);
          for (const top of r.facets!.category)
            assert.equal(
              top.children!.reduce((s, c) => s + c.count, 0),
              top.count,
            );
        },
      ),
      { numRuns: 80 },
    );
  });

  it('pages without gaps or repeats, in every sort order', () => {
    for (const sort of ['relevance', 'price_asc', 'price_desc', 'newest'] as const) {
      const one = ok(idx.search({ text: '合金', sort, pageSize: 10 }));
      const two = ok(idx.search({ text: '合金', sort, page: 2, pageSize: 10 }));
      const both = ok(idx.search({ text: '合金', sort, pageSize: 20 }));
      assert.deepEqual(
        [...one.items, ...two.items].map((i) => i.id),
        both.items.map((i) => i.id),
        sort,
      );
      if (sort === 'price_asc') {
        const p = both.items.map((i) => byId.get(i.id)!.priceMinor);
        assert.deepEqual(
          p,
          [...p].sort((a, b) => a - b),
        );
      }
    }
  });

  it('odd query text never throws; a bad request (too long, bad filter, bad or too deep page) is refused as VALIDATION naming the field', () => {
    for (const q of [
      '',
      '   ',
      '!!!',
      '？？？',
      "'; drop table products; --",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a query made of regex and template characters, on purpose
      '.*+?^${}()|[]\\',
      '%_%',
      '\u0000\u0001\u0002',
      '\ud800',
      '😀😀',
      'a'.repeat(999),
    ]) {
      const r = idx.search({ text: q });
      assert.equal(r.kind, 'results', q);
    }
    const refused = (q: Parameters<typeof idx.search>[0], field: string, message: RegExp) =>
      assert.throws(
        () => idx.search(q),
        (e: unknown) => e instanceof AppError && e.code === 'VALIDATION' && (e.details as { field?: string }).field === field && message.test(e.message),
        JSON.stringify(q).slice(0, 80),
      );
    refused({ text: '保温杯'.repeat(4000) }, 'q', /query is longer than/);
    refused({ text: 'x', filters: { category: 'abc' } }, 'filters', /category must be/);
    refused({ text: 'x', filters: { priceMin: Number.NaN } }, 'filters', /priceMin must be a number/);
    refused({ text: 'x', page: 0 }, 'page', /page must be an integer/);
    refused({ text: 'x', pageSize: 1000 }, 'page', /pageSize 1–/);
    refused({ text: 'x', page: 10_000 }, 'page', /narrow the query/);
    assert.equal(idx.search({ text: undefined as unknown as string }).kind, 'results');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (q) => {
        const r = idx.search({ text: q, pageSize: 5 });
        assert.ok(r.kind === 'results' || r.kind === 'stall', JSON.stringify(r));
        idx.suggest(q, 5);
      }),
      { numRuns: 300 },
    );
  });

  it('suggests from first letters, pinyin and initials', () => {
    const texts = (p: string) => idx.suggest(p, 10).map((s) => s.text);
    assert.ok(texts('保温').includes('保温杯'));
    assert.ok(texts('baow').includes('保温杯'));
    assert.ok(texts('bwb').includes('保温杯'));
    assert.ok(texts('therm').some((t) => t.startsWith('thermos')));
    assert.deepEqual(idx.suggest('', 5), []);
  });
});

describe('incremental updates and snapshots', () => {
  it('makes a change searchable at once, and keeps results across compaction and a snapshot', async () => {
    const docs = [...demoSearchDocs('tiny')];
    const idx = await SearchIndex.build(docs, { autoCompactDocs: 1_000_000 });
    const before = ok(idx.search({ text: '项链' })).total;
    idx.upsert(extra(800001, '独角兽夜光项链', 'Unicorn Glow Necklace', { categoryCode: '010101' }));
    assert.equal(ok(idx.search({ text: '独角兽' })).items[0]?.id, 800001);
    assert.equal(ok(idx.search({ text: 'unicorn' })).items[0]?.id, 800001);
    assert.equal(ok(idx.search({ text: '项链' })).total, before + 1);
    // change: the old words go, the new ones come
    idx.upsert(extra(800001, '独角兽夜光手链', 'Unicorn Glow Bracelet', { categoryCode: '010301' }));
    assert.equal(ok(idx.search({ text: '项链' })).total, before);
    assert.equal(ok(idx.search({ text: '夜光手链' })).items[0]?.id, 800001);
    // a generated product changes and another is removed
    const victim = docs[0]!;
    assert.ok(idx.remove(victim.id));
    assert.equal(idx.remove(victim.id), false);
    assert.ok(!allItems(idx, victim.titleZh).includes(victim.id));
    const queries = ['项链', 'necklace', '合金 项链', '独角兽', 'xianglian', ''];
    const snapshot = () =>
      queries.map((q) => {
        const r = ok(idx.search({ text: q, pageSize: 20 }));
        return [r.total, r.items.map((i) => i.id), r.facets];
      });
    const was = snapshot();
    idx.compact();
    assert.deepEqual(snapshot(), was);
    assert.equal(idx.stats().deletedDocs, 0);
    assert.equal(idx.stats().deltaDocs, 0);
    const dir = mkdtempSync(join(tmpdir(), 'search-snap-'));
    try {
      await idx.save(join(dir, 'idx.snap'));
      const loaded = await SearchIndex.load(join(dir, 'idx.snap'));
      const again = queries.map((q) => {
        const r = ok(loaded.search({ text: q, pageSize: 20 }));
        return [r.total, r.items.map((i) => i.id), r.facets];
      });
      assert.deepEqual(again, was);
      assert.deepEqual(loaded.stats().docs, idx.stats().docs);
      loaded.upsert(extra(800002, '彩虹独角兽发夹', 'Rainbow Unicorn Hair Clip', { categoryCode: '010401' }));
      assert.equal(ok(loaded.search({ text: '独角兽' })).total, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers hot terms and browse from precomputed counts exactly like the scan, also after updates', async () => {
    const docs = [...demoSearchDocs('tiny')];
    const hot = await SearchIndex.build(docs, { hotMinDocs: 1, hotShare: 0.2 });
    const cold = await SearchIndex.build(docs, { hotMinDocs: 1e9 });
    assert.ok((hot.stats().memory.hotTerms ?? 0) > 0);
    const queries = ['', '义乌', '批发', '定制', 'yiwu', 'wholesale', '现货'];
    const same = () => {
      for (const q of queries) {
        for (const page of [1, 3]) {
          const a = ok(hot.search({ text: q, page, pageSize: 7 }));
          const b = ok(cold.search({ text: q, page, pageSize: 7 }));
          assert.deepEqual([a.total, a.items.map((i) => [i.id, i.score]), a.facets], [b.total, b.items.map((i) => [i.id, i.score]), b.facets], q);
        }
      }
    };
    same();
    for (const idx of [hot, cold]) {
      idx.remove(docs[3]!.id);
      idx.remove(docs[10]!.id);
      idx.upsert({ ...docs[20]!, quality: 1, titleZh: `${docs[20]!.titleZh} 批发` });
      idx.upsert(extra(700001, '义乌批发保温杯', 'Yiwu Wholesale Thermos', { quality: 1 }));
    }
    same();
    hot.compact();
    cold.compact();
    same();
  });

  it('builds from an async iterable and reports progress', async () => {
    async function* gen() {
      for (let i = 1; i <= 50; i++) yield extra(i, `测试商品${i}号保温杯`, `Test Thermos ${i}`);
    }
    const idx = await SearchIndex.build(gen());
    assert.equal(idx.stats().docs, 50);
    assert.equal(ok(idx.search({ text: '保温杯' })).total, 50);
    assert.ok(idx.stats().memoryBytes > 0);
  });
});

function allItems(idx: SearchIndex, text: string): number[] {
  const r = idx.search({ text, pageSize: 100 });
  return r.kind === 'results' ? r.items.map((i) => i.id) : [];
}
