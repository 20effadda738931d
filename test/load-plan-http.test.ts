import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { freshDatabase } from '../src/platform/testing.ts';
import type { Database } from '../src/core/db/database.ts';
import { buildApp } from '../src/http/app.ts';
import { validatePlan, standardContainer, type ShipmentPlan } from '../src/modules/load-planner/index.ts';

describe('load planning over HTTP', () => {
  let d: Database;
  let app: FastifyInstance;
  before(async () => {
    d = await freshDatabase('pglite');
    app = await buildApp({ database: d });
  });
  after(async () => {
    await app.close();
    await d.close();
  });

  test('plans lots into the cheapest container mix, in a worker, and the plan keeps every rule', async () => {
    const lots = [
      {
        id: 'L1',
        owner: 'merchant A',
        count: 60,
        lengthCm: 60,
        widthCm: 40,
        heightCm: 40,
        grossKg: 18,
        verticalAllowed: [false, false, true] as [boolean, boolean, boolean],
      },
      { id: 'L2', owner: 'merchant B', count: 40, lengthCm: 50, widthCm: 50, heightCm: 45, grossKg: 12 },
    ];
    const r = await app.inject({
      method: 'POST',
      url: '/api/load-plans',
      payload: {
        lots,
        containers: [
          { code: '20GP', priceMinor: 150000 },
          { code: '40HQ', priceMinor: 280000 },
        ],
        timeLimitSeconds: 2,
      },
    });
    assert.equal(r.statusCode, 200, r.body);
    const plan = r.json() as ShipmentPlan & { loadingList: string };
    assert.equal(plan.complete, true);
    assert.equal(plan.containers.length, 1);
    assert.equal(plan.containers[0]!.code, '20GP', 'one 20GP is cheaper than a 40HQ');
    assert.equal(plan.containers[0]!.cartons.length, 100);
    const check = validatePlan({ lots, containers: [standardContainer('20GP', 150000), standardContainer('40HQ', 280000)] }, plan);
    assert.ok(check.ok, JSON.stringify(check).slice(0, 300));
    assert.match(plan.loadingList, /L1/);
  });

  test('bad lots get a 400 with a reason', async () => {
    const cases: [unknown, RegExp][] = [
      [{ lots: [], containers: [{ code: '20GP' }] }, /lots/],
      [{ lots: [{ id: 'x', owner: 'y', count: -1, lengthCm: 1, widthCm: 1, heightCm: 1, grossKg: 1 }], containers: [{ code: '20GP' }] }, /lots\.0\.count/],
      [{ lots: [{ id: 'x', owner: 'y', count: 1, lengthCm: 1, widthCm: 1, heightCm: 1, grossKg: 1 }], containers: [{ code: '99XX' }] }, /containers\.0\.code/],
      [
        { lots: [{ id: 'x', owner: 'y', count: 1, lengthCm: 1000, widthCm: 230, heightCm: 260, grossKg: 1 }], containers: [{ code: '20GP' }] },
        /lot "x": a carton fits in none of the offered containers/,
      ],
    ];
    for (const [payload, reason] of cases) {
      const r = await app.inject({ method: 'POST', url: '/api/load-plans', payload: payload as object });
      assert.equal(r.statusCode, 400, r.body);
      assert.equal(r.json().error.code, 'VALIDATION');
      assert.match(r.json().error.message, reason);
    }
  });
});
