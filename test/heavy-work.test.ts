import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { LightMyRequestResponse } from 'fastify';
import { testEngines } from '../src/core/db/testing.ts';
import { buildApp } from '../src/http/app.ts';
import { indexSeriesPoolOf, SERIES_QUEUE } from '../src/http/routes/commodity-index.ts';
import { loadPlanPoolOf, PLAN_QUEUE } from '../src/http/routes/loading.ts';
import { indexMarket, type IndexMarket } from '../src/modules/commodity-index/test-market.ts';
import { getSeries, loadDemoHistory, recordObservations, runIndex, seriesCacheOf } from '../src/modules/commodity-index/index.ts';
import type { WorkPool } from '../src/core/work-pool.ts';

const GATE = new URL('./heavy-work-gate.ts', import.meta.url);

/** Holds the pool's only worker until `open()` (no timing: the test decides when the worker is free again). */
function holdWorker(pool: WorkPool) {
  const gate = new Int32Array(new SharedArrayBuffer(4));
  const held = pool.run<string>(GATE, 'waitForGate', gate, { timeoutMs: 300_000 });
  return {
    held,
    open() {
      Atomics.store(gate, 0, 1);
      Atomics.notify(gate, 0);
      return held;
    },
  };
}

/** Starts a request without awaiting it and records when it has answered. */
function track(p: Promise<LightMyRequestResponse>) {
  const t = { done: false, res: undefined as LightMyRequestResponse | undefined, promise: p };
  t.promise = p.then((r) => {
    t.done = true;
    t.res = r;
    return r;
  });
  return t;
}

const smallLots = [{ id: 'L1', owner: 'A', count: 20, lengthCm: 60, widthCm: 40, heightCm: 40, grossKg: 10 }];

for (const engine of testEngines()) {
  describe(`heavy work off the main thread on ${engine}`, () => {
    let m: IndexMarket;
    let app: FastifyInstance;
    before(async () => {
      m = await indexMarket(engine, ['04', '02']);
      await loadDemoHistory(m.d, { endWeek: '2025-W50', weeks: 20, perCategory: 3, now: new Date('2025-12-20T00:00:00Z') });
      app = await buildApp({ database: m.d });
    });
    after(async () => {
      await app.close();
      await m.d.close();
    });

    test('six GEKS series requests at once do not stall /api/categories, and a flood beyond the queue gets 503 with Retry-After', {
      timeout: 120_000,
    }, async () => {
      const pool = indexSeriesPoolOf(app)!;
      const hold = holdWorker(pool);
      const urls = Array.from({ length: 6 }, (_, i) => `/api/index/series?formula=geks-fisher&category=top&from=2025-W${String(32 + i).padStart(2, '0')}`);
      const heavy = urls.map((url) => track(app.inject(url)));
      // the worker is held: exactly SERIES_QUEUE wait, the rest are refused at once
      const refusedCount = heavy.length - SERIES_QUEUE;
      while (heavy.filter((h) => h.done).length < refusedCount) await Promise.race(heavy.filter((h) => !h.done).map((h) => h.promise));
      const refused = heavy.filter((h) => h.done);
      assert.equal(refused.length, refusedCount);
      for (const r of refused) {
        assert.equal(r.res!.statusCode, 503, r.res!.body);
        assert.equal(r.res!.json().error.code, 'BUSY');
        assert.ok(Number(r.res!.headers['retry-after']) > 0, 'Retry-After is sent');
      }
      assert.deepEqual(pool.load(), { running: 1, queued: SERIES_QUEUE, size: 1, maxQueue: SERIES_QUEUE });
      const cats = await app.inject('/api/categories');
      const health = await app.inject('/health');
      assert.equal(cats.statusCode, 200);
      assert.equal(health.statusCode, 200);
      assert.equal(heavy.filter((h) => !h.done).length, SERIES_QUEUE, 'the cheap reads answered while the heavy series were still waiting');
      assert.equal(await hold.open(), 'released');
      const queued = heavy.filter((h) => !refused.includes(h));
      for (const h of queued) {
        const r = await h.promise;
        assert.equal(r.statusCode, 200, r.body);
        const url = urls[heavy.indexOf(h)]!;
        const inThread = await getSeries(m.d.db, Object.fromEntries(new URL(url, 'http://x').searchParams));
        assert.deepEqual(r.json(), JSON.parse(JSON.stringify(inThread)), 'the worker computes what the in-thread computation does');
        assert.equal(r.json().nodes.length, 27);
      }
    });

    test('a flood of long load plans is refused with 503 instead of queueing without bound', { timeout: 120_000 }, async () => {
      const pool = loadPlanPoolOf(app)!;
      const hold = holdWorker(pool);
      const plans = Array.from({ length: PLAN_QUEUE + 3 }, (_, i) =>
        track(
          app.inject({
            method: 'POST',
            url: '/api/load-plans',
            payload: { lots: smallLots, containers: [{ code: '20GP' }], timeLimitSeconds: 30, seed: i + 1 },
          }),
        ),
      );
      while (plans.filter((p) => p.done).length < 3) await Promise.race(plans.filter((p) => !p.done).map((p) => p.promise));
      const refused = plans.filter((p) => p.done);
      assert.equal(refused.length, 3);
      for (const r of refused) {
        assert.equal(r.res!.statusCode, 503, r.res!.body);
        assert.ok(Number(r.res!.headers['retry-after']) > 0, 'Retry-After is sent');
      }
      assert.deepEqual(pool.load(), { running: 1, queued: PLAN_QUEUE, size: 1, maxQueue: PLAN_QUEUE });
      assert.equal((await app.inject('/health')).statusCode, 200);
      assert.equal(plans.filter((p) => !p.done).length, PLAN_QUEUE);
      await hold.open();
      for (const p of plans.filter((x) => !refused.includes(x))) {
        const r = await p.promise;
        assert.equal(r.statusCode, 200, r.body);
        assert.equal(r.json().complete, true);
      }
    });

    test('a shipment the planner refuses in the worker comes back as 400 VALIDATION, not 500', async () => {
      const r = await app.inject({
        method: 'POST',
        url: '/api/load-plans',
        payload: { lots: [smallLots[0], smallLots[0]], containers: [{ code: '20GP' }], timeLimitSeconds: 1 },
      });
      assert.equal(r.statusCode, 400, r.body);
      assert.equal(r.json().error.code, 'VALIDATION');
      assert.match(r.json().error.message, /appears twice/);
    });

    test('a published series is served from the cache after the first request and refreshed after a new release', async () => {
      const cache = seriesCacheOf(m.d.db);
      const url = '/api/index/series?category=ALL,04&from=2025-W40';
      const s0 = cache.stats();
      const first = await app.inject(url);
      assert.equal(first.statusCode, 200, first.body);
      const s1 = cache.stats();
      assert.equal(s1.misses, s0.misses + 1);
      const second = await app.inject(url);
      const s2 = cache.stats();
      assert.equal(s2.hits, s1.hits + 1, 'the second request is a cache hit');
      assert.equal(s2.misses, s1.misses);
      assert.deepEqual(second.json(), first.json());
      // a new week is observed and published: the next request reads the new release
      const rows = m.products
        .filter((p) => p.code.startsWith('04'))
        .map((p) => ({
          productId: p.id,
          merchantId: p.merchantId,
          categoryId: p.categoryId,
          date: '2025-12-15',
          priceType: 'in-market' as const,
          price: 1000,
          currency: 'CNY',
          source: 'survey' as const,
        }));
      await recordObservations(m.d.db, rows);
      const run = await runIndex(m.d, m.operator, { week: '2025-W51' }, new Date('2025-12-23T00:00:00Z'));
      assert.equal(run.status, 'published');
      const third = await app.inject(url);
      assert.equal(third.statusCode, 200, third.body);
      assert.equal(cache.stats().misses, s2.misses + 1, 'a new release is a new cache key');
      assert.equal(third.json().release.id, run.release!.id);
      assert.equal(third.json().nodes[0].points.at(-1).week, '2025-W51');
    });

    test('an on-the-fly series is computed once per data version and again after new observations', async () => {
      const cache = seriesCacheOf(m.d.db);
      const url = '/api/index/series?category=04&formula=jevons&from=2025-W40&to=2025-W50';
      const s0 = cache.stats();
      const a = await app.inject(url);
      const b = await app.inject(url);
      assert.equal(a.statusCode, 200, a.body);
      assert.deepEqual(b.json(), a.json());
      const s1 = cache.stats();
      assert.equal(s1.misses, s0.misses + 1);
      assert.equal(s1.hits, s0.hits + 1);
      const p = m.products.find((x) => x.code.startsWith('04'))!;
      await recordObservations(m.d.db, [
        {
          productId: p.id,
          merchantId: p.merchantId,
          categoryId: p.categoryId,
          date: '2025-12-08',
          priceType: 'export',
          price: 777,
          currency: 'CNY',
          source: 'survey',
        },
      ]);
      const c = await app.inject(url);
      assert.equal(c.statusCode, 200, c.body);
      assert.equal(cache.stats().misses, s1.misses + 1, 'new observations are a new data version');
    });
  });
}
