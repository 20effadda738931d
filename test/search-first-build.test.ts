/**
 * A first start with no usable snapshot builds the search index behind a serving server: search says
 * how far the build is and how long it has left (503 INDEX_BUILDING, Retry-After), other reads are
 * answered meanwhile, and search serves as soon as the build is done.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { testEngines } from '../src/core/db/testing.ts';
import { AppError } from '../src/core/errors.ts';
import { buildApp } from '../src/http/app.ts';
import { buildEta, LiveSearch } from '../src/modules/search/index.ts';
import { tinyMarket } from './fixtures.ts';

describe('build-time estimate', () => {
  test('is the remaining products at the rate so far', () => {
    assert.equal(buildEta({ done: 0, total: 100, startedMs: 0 }, 1000), undefined);
    assert.equal(buildEta({ done: 25, total: 100, startedMs: 0 }, 10_000), 30);
    assert.equal(buildEta({ done: 100, total: 100, startedMs: 0 }, 5000), 0);
  });
});

for (const engine of testEngines()) {
  describe(`a first start on ${engine} serves while the search index is built`, () => {
    test('search answers 503 INDEX_BUILDING with progress until ready, other reads work, then search serves', async () => {
      const m = await tinyMarket(engine);
      let release!: () => void;
      const gate = new Promise<void>((r) => {
        release = r;
      });
      const snap = join(mkdtempSync(join(tmpdir(), 'yiwu-first-build-')), 'index.snap');
      const live = await LiveSearch.start(m.d, { snapshotPath: snap, background: true, buildAfter: gate, pollMs: 100 });
      const app = await buildApp({ database: m.d, search: live });
      try {
        assert.equal(live.isBuilding(), true);
        assert.throws(
          () => live.search({ text: '发夹' }),
          (e) => e instanceof AppError && e.code === 'INDEX_BUILDING',
        );
        const r = await app.inject({ method: 'GET', url: '/api/search?q=%E5%8F%91%E5%A4%B9' });
        assert.equal(r.statusCode, 503);
        assert.equal(r.json().error.code, 'INDEX_BUILDING');
        assert.ok(Number(r.headers['retry-after']) >= 1, 'a Retry-After header says when to come back');
        assert.ok(r.json().error.details.total > 0, 'the answer says how many products are being indexed');
        const s = await app.inject({ method: 'GET', url: '/api/search/stats' });
        assert.equal(s.statusCode, 200);
        assert.equal(s.json().building.total, r.json().error.details.total);
        // Other reads are served meanwhile.
        const c = await app.inject({ method: 'GET', url: '/api/categories' });
        assert.equal(c.statusCode, 200);
        release();
        await live.ready;
        assert.equal(live.isBuilding(), false);
        const ok = await app.inject({ method: 'GET', url: '/api/search?q=' });
        assert.equal(ok.statusCode, 200);
        assert.equal(ok.json().total, r.json().error.details.total, 'the built index holds every active product');
        assert.equal((await app.inject({ method: 'GET', url: '/api/search/stats' })).json().building, undefined);
      } finally {
        release();
        await live.ready.catch(() => {});
        await app.close();
        await live.close();
        await m.d.close();
      }
    });
  });
}
