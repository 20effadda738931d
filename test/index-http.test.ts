import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { testEngines } from '../src/core/db/testing.ts';
import { buildApp } from '../src/http/app.ts';
import { indexMarket, type IndexMarket } from '../src/modules/commodity-index/test-market.ts';
import { loadDemoHistory } from '../src/modules/commodity-index/index.ts';

for (const engine of testEngines()) {
  describe(`commodity index HTTP API on ${engine}`, () => {
    let m: IndexMarket;
    let app: FastifyInstance;
    const tokens: Record<string, string> = {};
    const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });
    before(async () => {
      m = await indexMarket(engine, ['04', '02']);
      await loadDemoHistory(m.d, { endWeek: '2025-W50', weeks: 20, perCategory: 3 });
      app = await buildApp({ database: m.d });
      for (const u of ['operator', 'merchant', 'buyer']) {
        const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: u, password: `${u}123` } });
        assert.equal(r.statusCode, 200, r.body);
        tokens[u] = r.json().token;
      }
    });
    after(async () => {
      await app.close();
      await m.d.close();
    });

    test('everyone reads the published series, by category, range and release; festive goods rise before Christmas', async () => {
      const r = await app.inject('/api/index/series?category=ALL,04&from=2025-W40&to=2025-W50');
      assert.equal(r.statusCode, 200, r.body);
      const body = r.json();
      assert.equal(body.nodes.length, 2);
      const festive = body.nodes[1].points;
      assert.equal(festive.length, 11);
      assert.ok(festive[10].value > festive[0].value, 'festive goods rise towards Christmas');
      const top = (await app.inject({ url: '/api/index/series?category=top&series=prosperity', headers: as('buyer') })).json();
      assert.equal(top.nodes.length, 27);
      assert.equal(top.nodes[0].points[0].value, 1000);
      const rel = (await app.inject('/api/index/releases')).json();
      assert.equal(rel.length, 1);
      assert.equal((await app.inject(`/api/index/series?release=${rel[0].id}`)).statusCode, 200);
      const an = await app.inject('/api/index/series?category=04&formula=jevons');
      assert.equal(an.statusCode, 200, an.body);
      assert.equal(an.json().nodes[0].points[0].value, 100);
      assert.equal((await app.inject('/api/index/method')).statusCode, 200);
      const doc = (await app.inject('/openapi.json')).json();
      for (const p of ['/api/index/series', '/api/index/series/download', '/api/index/releases', '/api/index/runs', '/api/index/surveys'])
        assert.ok(doc.paths[p], p);
    });

    test('CSV and xlsx downloads', async () => {
      const csv = await app.inject('/api/index/series/download?category=04&format=csv');
      assert.equal(csv.statusCode, 200);
      assert.match(csv.headers['content-type'] as string, /text\/csv/);
      assert.match(csv.body, /week,date,category,name_zh,name_en,series,formula,value,release/);
      assert.match(csv.body, /节庆用品/);
      const x = await app.inject('/api/index/series/download?category=top&format=xlsx&series=prosperity');
      assert.equal(x.statusCode, 200);
      assert.equal(x.rawPayload.subarray(0, 2).toString(), 'PK');
    });

    test('bad input is a 4xx, never a 500', async () => {
      for (const url of [
        '/api/index/series?from=2025-13',
        '/api/index/series?category=xx',
        '/api/index/series?series=volume',
        '/api/index/series?formula=median',
        '/api/index/series?release=0',
        '/api/index/series?from=2025-W50&to=2025-W01',
        '/api/index/series?from=2025-W54',
        '/api/index/series?unknown=1',
        '/api/index/series/download?format=pdf',
        '/api/index/releases/abc',
      ]) {
        const r = await app.inject(url);
        assert.equal(r.statusCode, 400, `${url}: ${r.body}`);
      }
      assert.equal((await app.inject('/api/index/series?category=9999')).statusCode, 404);
      assert.equal((await app.inject('/api/index/series?release=999')).statusCode, 404);
      assert.equal((await app.inject('/api/index/releases/999')).statusCode, 404);
      const bad = await app.inject({ method: 'POST', url: '/api/index/runs', headers: as('operator'), payload: { week: 'last', extra: 1 } });
      assert.equal(bad.statusCode, 400);
      const notJson = await app.inject({
        method: 'POST',
        url: '/api/index/runs',
        headers: { ...as('operator'), 'content-type': 'application/json' },
        payload: '{',
      });
      assert.equal(notJson.statusCode, 400);
    });

    test('only the operator runs, revises and uploads surveys', async () => {
      assert.equal((await app.inject({ method: 'POST', url: '/api/index/runs', payload: {} })).statusCode, 401);
      assert.equal((await app.inject({ method: 'POST', url: '/api/index/runs', headers: as('merchant'), payload: {} })).statusCode, 403);
      assert.equal((await app.inject({ method: 'POST', url: '/api/index/runs', headers: as('buyer'), payload: { week: '2025-W50' } })).statusCode, 403);
      const same = await app.inject({ method: 'POST', url: '/api/index/runs', headers: as('operator'), payload: { week: '2025-W50' } });
      assert.equal(same.statusCode, 200, same.body);
      assert.equal(same.json().status, 'unchanged');
      const noNote = await app.inject({ method: 'POST', url: '/api/index/runs', headers: as('operator'), payload: { week: '2025-W50', revise: true } });
      assert.equal(noNote.statusCode, 400);
      const csv = `product_id,price_type,date,price\n${m.products[0]!.id},in-market,2025-12-01,12.5\nx,online,2025-12-01,0\n`;
      const up = (who?: string) =>
        app.inject({ method: 'POST', url: '/api/index/surveys', headers: { ...(who ? as(who) : {}), 'content-type': 'text/csv' }, payload: csv });
      assert.equal((await up()).statusCode, 401);
      assert.equal((await up('merchant')).statusCode, 403);
      const rej = await up('operator');
      assert.equal(rej.statusCode, 422);
      assert.deepEqual(
        rej.json().error.details.errors.map((e: { row: number; column: string }) => [e.row, e.column]),
        [
          [3, 'product_id'],
          [3, 'price'],
        ],
      );
      const ok = await app.inject({
        method: 'POST',
        url: '/api/index/surveys',
        headers: { ...as('operator'), 'content-type': 'text/csv' },
        payload: csv.split('\n').slice(0, 2).join('\n'),
      });
      assert.equal(ok.statusCode, 201, ok.body);
      assert.equal(ok.json().rows, 1);
      const wrongType = await app.inject({
        method: 'POST',
        url: '/api/index/surveys',
        headers: { ...as('operator'), 'content-type': 'application/json' },
        payload: { a: 1 },
      });
      assert.ok(wrongType.statusCode >= 400 && wrongType.statusCode < 500);
    });
  });
}
