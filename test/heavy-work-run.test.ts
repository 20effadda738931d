import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { testEngines } from '../src/core/db/testing.ts';
import { AppError } from '../src/core/errors.ts';
import { WorkPool } from '../src/core/work-pool.ts';
import { buildApp } from '../src/http/app.ts';
import { indexMarket, type IndexMarket } from '../src/modules/commodity-index/test-market.ts';
import { listReleases, loadDemoHistory, recordObservations, runIndex, type RunResult } from '../src/modules/commodity-index/index.ts';

const GATE = new URL('./heavy-work-gate.ts', import.meta.url);
const NOW = new Date('2025-11-20T00:00:00Z'); // weeks up to 2025-W46 are complete

/** Holds the pool's only worker until `open()` (no timing: the test decides when the worker is free again). */
function holdWorker(pool: WorkPool) {
  const gate = new Int32Array(new SharedArrayBuffer(4));
  const held = pool.run<string>(GATE, 'waitForGate', gate, { timeoutMs: 300_000 });
  return {
    open() {
      Atomics.store(gate, 0, 1);
      Atomics.notify(gate, 0);
      return held;
    },
  };
}

/** Starts a promise without awaiting it and records whether it has settled. */
function track<T>(p: Promise<T>) {
  const t = { done: false, promise: p };
  t.promise = p.finally(() => {
    t.done = true;
  });
  return t;
}

/** Turns the event loop until `cond()` holds (ordering, not timing). */
async function until(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise((r) => setImmediate(r));
}

for (const engine of testEngines()) {
  describe(`the weekly run off the main thread on ${engine}`, () => {
    let m: IndexMarket;
    let app: FastifyInstance;
    let pool: WorkPool;
    before(async () => {
      m = await indexMarket(engine, ['04']);
      await loadDemoHistory(m.d, { endWeek: '2025-W45', weeks: 12, perCategory: 3, publish: false, now: NOW });
      app = await buildApp({ database: m.d });
      pool = new WorkPool({ name: 'test index run', size: 1, maxQueue: 2 });
    });
    after(async () => {
      await pool.close();
      await app.close();
      await m.d.close();
    });

    /** A listed price of week `monday` for an item the history follows: a new price for it changes the week's index. */
    async function lateObservation(monday: string, factor: number) {
      const it = (
        await sql<{ product_id: number; merchant_id: number; category_id: number; price: number }>`
          select i.product_id, i.merchant_id, i.category_id, o.price::int8 as price from index_items i
          join index_observations o on o.item_id = i.id and o.collection_date = ${monday}::date
          where i.price_type = 'online' order by i.id limit 1`.execute(m.d.db)
      ).rows[0]!;
      await recordObservations(m.d.db, [
        {
          productId: it.product_id,
          merchantId: it.merchant_id,
          categoryId: it.category_id,
          date: monday,
          priceType: 'online',
          price: Math.round(it.price * factor),
          currency: 'CNY',
          source: 'listed',
        },
      ]);
    }

    test('cheap requests answer while a run reads, computes and publishes', { timeout: 300_000 }, async () => {
      // no gate: the run's statements are short and its computation is in a worker, so a cheap read slips in between
      const run = track(runIndex(m.d, m.operator, { week: '2025-W40' }, NOW, { pool }));
      const cats = await app.inject('/api/categories');
      assert.equal(cats.statusCode, 200, cats.body);
      assert.equal(run.done, false, 'the cheap read answered before the run (7 weeks) finished');
      const r = await run.promise;
      assert.equal(r.status, 'published');
      assert.equal(r.weeks.length, 7);

      // with the worker held: the run has read everything and waits for the worker; requests and queries are served meanwhile
      const hold = holdWorker(pool);
      const next = track(runIndex(m.d, m.operator, { week: '2025-W41' }, NOW, { pool }));
      await until(() => pool.load().queued === 1);
      const health = await app.inject('/health');
      const cats2 = await app.inject('/api/categories');
      const releases = await app.inject('/api/index/releases');
      assert.equal(health.statusCode, 200);
      assert.equal(cats2.statusCode, 200);
      assert.equal(releases.statusCode, 200);
      assert.equal(releases.json().length, 1, 'week 41 is not published while its run waits for the worker');
      assert.equal(next.done, false);
      assert.equal(await hold.open(), 'released');
      const r2 = await next.promise;
      assert.equal(r2.status, 'published');
      assert.deepEqual(r2.weeks, ['2025-W41']);
      assert.equal((await runIndex(m.d, m.operator, { week: '2025-W41' }, NOW, { pool })).status, 'unchanged', 'the worker computes what a re-run computes');
    });

    test('an observation recorded between the read and the publish is detected: the run reads again and publishes the new data', {
      timeout: 300_000,
    }, async () => {
      const hold = holdWorker(pool);
      const run = track(runIndex(m.d, m.operator, { week: '2025-W42' }, NOW, { pool }));
      await until(() => pool.load().queued === 1); // read done, waiting for the worker
      await lateObservation('2025-10-13', 3); // Monday of 2025-W42
      await hold.open();
      const r: RunResult = await run.promise;
      assert.equal(r.status, 'published');
      assert.equal(r.timings.retries, 1, r.message);
      assert.match(r.message, /inputs changed during the run/);
      // the published values are those of the data as it is now: a re-run recomputes them exactly
      assert.equal((await runIndex(m.d, m.operator, { week: '2025-W42' }, NOW, { pool })).status, 'unchanged');
    });

    test('a run whose inputs change on every attempt refuses with CONFLICT and publishes nothing', { timeout: 300_000 }, async () => {
      const before = (await listReleases(m.d.db)).length;
      const hold = holdWorker(pool);
      const run = track(runIndex(m.d, m.operator, { week: '2025-W43' }, NOW, { pool, attempts: 1 }));
      await until(() => pool.load().queued === 1);
      await lateObservation('2025-10-20', 2); // Monday of 2025-W43
      await hold.open();
      await assert.rejects(run.promise, (e: unknown) => {
        assert.ok(e instanceof AppError, String(e));
        assert.equal(e.code, 'CONFLICT');
        assert.match(e.message, /inputs changed while the run computed/);
        return true;
      });
      assert.equal((await listReleases(m.d.db)).length, before, 'nothing published');
      const orphans = await sql<{ n: number }>`
        select count(*)::int as n from index_state_chunks c
        where not exists (select 1 from index_states s where s.week = c.week and s.chunks_token = c.token)`.execute(m.d.db);
      assert.equal(orphans.rows[0]!.n, 0, 'the staged state of the refused run is deleted');
      const again = await runIndex(m.d, m.operator, { week: '2025-W43' }, NOW, { pool });
      assert.equal(again.status, 'published');
      assert.equal(again.timings.retries, undefined);
    });
  });
}
