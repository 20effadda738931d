import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { testEngines } from '../src/core/db/testing.ts';
import { buildApp } from '../src/http/app.ts';
import { createProduct, deleteProduct, updateProduct } from '../src/modules/catalog/index.ts';
import { LiveSearch } from '../src/modules/search/index.ts';
import { tinyMarket, sampleProduct, type Market } from './fixtures.ts';

/** Poll until the predicate holds or the deadline passes; returns the elapsed ms. */
async function within(ms: number, pred: () => boolean): Promise<number> {
  const t0 = Date.now();
  while (!pred()) {
    if (Date.now() - t0 > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - t0;
}

for (const engine of testEngines()) {
  describe(`search over the database on ${engine}`, () => {
    let m: Market;
    let live: LiveSearch;
    let app: FastifyInstance;
    const snap = join(mkdtempSync(join(tmpdir(), 'yiwu-search-')), 'index.snap');
    const total = (text: string) => {
      const r = live.search({ text, facets: false });
      // A relaxed answer (no product has every word) counts as not found.
      return r.kind === 'results' ? (r.interpretation.relaxed ? 0 : r.total) : -1;
    };
    before(async () => {
      m = await tinyMarket(engine);
      live = await LiveSearch.start(m.d, { snapshotPath: snap, pollMs: 100 });
      app = await buildApp({ database: m.d, search: live });
    });
    after(async () => {
      await app.close();
      await live.close();
      await m.d.close();
    });

    test('every active product is indexed from the database', async () => {
      const n = Number(
        (
          await m.d.db
            .selectFrom('products')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('status', '=', 'active')
            .executeTakeFirstOrThrow()
        ).n,
      );
      assert.equal(live.stats().docs, n);
    });

    test('a product created, changed, hidden or deleted is (no longer) found within one second', async () => {
      const p = await createProduct(m.d.db, m.merchant, {
        ...sampleProduct(m.categoryLeaf, 'LIVE-1'),
        titleZh: '珐琅彩龙虾摆件',
        titleEn: 'Enamel Lobster Ornament',
      });
      const ms = await within(1000, () => total('龙虾摆件') === 1);
      assert.ok(ms < 1000);
      assert.equal(total('lobster ornament'), 1);
      await updateProduct(m.d.db, m.merchant, p.id, { titleZh: '珐琅彩螃蟹摆件', titleEn: 'Enamel Crab Ornament' });
      await within(1000, () => total('螃蟹摆件') === 1 && total('龙虾摆件') === 0);
      await updateProduct(m.d.db, m.merchant, p.id, { status: 'hidden' });
      await within(1000, () => total('螃蟹摆件') === 0);
      await updateProduct(m.d.db, m.merchant, p.id, { status: 'active' });
      await within(1000, () => total('螃蟹摆件') === 1);
      await deleteProduct(m.d.db, m.merchant, p.id);
      await within(1000, () => total('螃蟹摆件') === 0);
    });

    test('a restart loads the snapshot and replays what changed meanwhile', async () => {
      await live.saveSnapshot();
      const p = await createProduct(m.d.db, m.merchant, {
        ...sampleProduct(m.categoryLeaf, 'LIVE-2'),
        titleZh: '手工竹编鸟笼',
        titleEn: 'Handmade Bamboo Bird Cage',
      });
      const again = await LiveSearch.start(m.d, { snapshotPath: snap, pollMs: 100 });
      try {
        assert.equal(again.startup.source, 'snapshot');
        const r = again.search({ text: '竹编鸟笼' });
        assert.ok(r.kind === 'results' && r.items[0]?.id === p.id);
        await within(1000, () => total('竹编鸟笼') === 1);
        assert.equal(again.stats().docs, live.stats().docs);
      } finally {
        await again.close();
      }
    });

    test('HTTP: ranked, hydrated hits with facets and exact totals; stall addresses; suggestions', async () => {
      const r = await app.inject(`/api/search?q=${encodeURIComponent('玩具')}&pageSize=5`);
      assert.equal(r.statusCode, 200, r.body);
      const body = r.json();
      assert.equal(body.kind, 'results');
      assert.ok(body.total > 0 && body.items.length > 0, 'toys (玩具) are in the tiny market');
      assert.ok(body.facets.category.length > 0);
      const facetSum = body.facets.category.reduce((n: number, f: { count: number }) => n + f.count, 0);
      assert.ok(facetSum >= body.total, `the category facet covers every hit (${facetSum} vs ${body.total})`);
      for (const h of body.items) assert.ok(h.product.priceTiers.length && h.product.moq >= 1);
      const stall = (await app.inject('/api/stalls?pageSize=1')).json().items[0];
      const s = (await app.inject(`/api/search?q=${encodeURIComponent(stall.addressZh)}`)).json();
      assert.deepEqual([s.kind, s.stall.id], ['stall', stall.id]);
      const sug = await app.inject('/api/search/suggest?q=b');
      assert.equal(sug.statusCode, 200);
      assert.ok(Array.isArray(sug.json()));
    });

    test('HTTP: bad queries get an answer or a clear 4xx, never a 500', async () => {
      const queries = [
        '',
        ' ',
        'x'.repeat(10_000),
        '\u0000\u0001\u001f',
        '!!!???。。。',
        "'; drop table products; --",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a query made of regex and template characters, on purpose
        '.*+?^${}()|[]\\',
        '%%%',
        '"unclosed',
        'a AND OR NOT',
        '🎄🎄',
        'مرحبا',
      ];
      for (const q of queries) {
        const r = await app.inject(`/api/search?q=${encodeURIComponent(q)}`);
        assert.ok(
          r.statusCode === 200 || (r.statusCode >= 400 && r.statusCode < 500),
          `${JSON.stringify(q.slice(0, 20))} → ${r.statusCode} ${r.body.slice(0, 200)}`,
        );
      }
      for (const bad of ['page=0', 'pageSize=1000', 'category=abc', 'priceMin=-1', 'sort=evil', 'district=x', 'unknown=1']) {
        const r = await app.inject(`/api/search?q=cup&${bad}`);
        assert.equal(r.statusCode, 400, bad);
        assert.equal(r.json().error.code, 'VALIDATION');
      }
    });
  });
}
