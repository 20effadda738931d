/**
 * The service desk API over HTTP: a merchant raises a problem, the department
 * it is dispatched to (signed in as dept-<code> / dept123456, the demo's
 * accounts) accepts and replies, the merchant rates it; who sees what; an
 * illegal move is 409 ILLEGAL_TRANSITION; the operator's sweep, index and
 * monthly report (xlsx).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../src/core/db/testing.ts';
import { SERVICE_DEMO_PASSWORD, serviceDemoUsername } from '../src/modules/demo/index.ts';
import { readSheet } from '../src/core/spreadsheet/read-sheet.ts';
import { marketApp, type MarketApp } from './market-app.ts';

for (const engine of testEngines()) {
  describe(`service desk API on ${engine}`, () => {
    let t: MarketApp;
    const dept: Record<string, { authorization: string }> = {};
    before(async () => {
      t = await marketApp(engine, ['merchant', 'merchant2', 'buyer', 'operator']);
      for (const c of ['property', 'fire']) {
        const r = await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: serviceDemoUsername(c), password: SERVICE_DEMO_PASSWORD },
        });
        assert.equal(r.statusCode, 200, r.body);
        dept[c] = { authorization: `Bearer ${r.json().token}` };
      }
    });
    after(() => t.close());
    const call = (method: 'GET' | 'POST' | 'PUT', url: string, headers: { authorization: string }, payload?: unknown) =>
      t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

    test('raise → accept → reply → confirm with a rating; each party sees only its own', async () => {
      const raised = await call('POST', '/api/service/items', t.as('merchant'), {
        category: 'facility_repair',
        description: '天花板漏水',
        photos: [{ url: 'https://example.com/leak.jpg' }],
      });
      assert.equal(raised.statusCode, 201, raised.body);
      const item = raised.json();
      assert.equal(item.departmentCode, 'property');
      assert.equal((await call('GET', `/api/service/items/${item.id}`, dept.fire!)).statusCode, 404);
      assert.equal((await call('GET', `/api/service/items/${item.id}`, t.as('merchant2'))).statusCode, 404);
      const early = await call('POST', `/api/service/items/${item.id}/actions`, dept.property!, { action: 'reply', reply: 'x' });
      assert.equal(early.statusCode, 409);
      assert.equal(early.json().error.code, 'ILLEGAL_TRANSITION');
      assert.deepEqual(early.json().error.details.allowed, ['accept']);
      assert.equal((await call('POST', `/api/service/items/${item.id}/actions`, dept.property!, { action: 'accept' })).statusCode, 200);
      const replied = await call('POST', `/api/service/items/${item.id}/actions`, dept.property!, { action: 'reply', reply: '已修好' });
      assert.deepEqual(replied.json().allowed, []);
      const mine = (await call('GET', `/api/service/items/${item.id}`, t.as('merchant'))).json();
      assert.deepEqual(mine.allowed, ['confirm', 'reopen']);
      const closed = await call('POST', `/api/service/items/${item.id}/actions`, t.as('merchant'), { action: 'confirm', rating: 5 });
      assert.equal(closed.statusCode, 200);
      assert.deepEqual([closed.json().status, closed.json().rating, closed.json().steps.length], ['closed', 5, 4]);

      const inbox = (await call('GET', '/api/service/items?pageSize=100', dept.fire!)).json();
      assert.ok(inbox.items.every((i: { departmentCode: string }) => i.departmentCode === 'fire'));
      const own = (await call('GET', '/api/service/items?pageSize=100', t.as('merchant2'))).json();
      assert.ok(own.items.length > 0 && own.items.every((i: { raiserId: number }) => i.raiserId === t.m.merchant2.entityId));
      assert.equal((await call('POST', '/api/service/items', dept.fire!, { category: 'other', description: 'x' })).statusCode, 403);
      assert.equal(
        (await call('POST', '/api/service/items', t.as('merchant'), { category: 'other', description: 'x', photos: [{ url: 'ftp://x/y' }] })).statusCode,
        400,
      );
    });

    test("the operator's sweep, overview, rules, index and monthly report; others are refused", async () => {
      assert.equal((await call('POST', '/api/service/sweep', t.as('merchant'))).statusCode, 403);
      const sweep = await call('POST', '/api/service/sweep', t.as('operator'));
      assert.equal(sweep.statusCode, 200, sweep.body);
      const overview = (await call('GET', '/api/service/overview', t.as('operator'))).json();
      assert.ok(overview.overdue >= 2 && overview.escalated >= 2, 'the demo has overdue, escalated items');
      const overdue = (await call('GET', '/api/service/items?overdue=true', t.as('operator'))).json();
      assert.equal(overdue.total, overview.overdue);
      assert.equal(
        (await call('PUT', '/api/service/rules/other', t.as('merchant'), { departmentCode: 'police', hoursNormal: 10, hoursUrgent: 2 })).statusCode,
        403,
      );
      const rule = await call('PUT', '/api/service/rules/other', t.as('operator'), { departmentCode: 'police', hoursNormal: 10, hoursUrgent: 2 });
      assert.equal(rule.json().departmentCode, 'police');
      const rules = (await call('GET', '/api/service/rules', t.as('buyer'))).json();
      assert.ok(rules.some((r: { category: string; departmentCode: string }) => r.category === 'other' && r.departmentCode === 'police'));
      const index = await call('GET', '/api/service/index', t.as('operator'));
      assert.equal(index.statusCode, 200);
      assert.ok(index.json().length > 0);
      assert.equal((await call('GET', '/api/service/index', t.as('merchant'))).statusCode, 403);
      const month = index.json().at(-1).month as string;
      const report = await call('GET', `/api/service/report?month=${month}&lang=en`, t.as('operator'));
      assert.equal(report.statusCode, 200);
      assert.match(report.headers['content-disposition'] as string, new RegExp(`service-report-${month}\\.xlsx`));
      const rows = await readSheet(report.rawPayload, 'xlsx');
      assert.equal(rows[0]![0], 'Month');
      assert.ok(rows.length >= 2, 'a row per department of the month');
      assert.equal((await call('GET', '/api/service/report?month=2026-13', t.as('operator'))).statusCode, 400);
    });

    test("the operator's dashboard and its workbook; nobody else sees them", async () => {
      for (const who of ['merchant', 'buyer']) assert.equal((await call('GET', '/api/dashboard', t.as(who))).statusCode, 403);
      assert.equal((await call('GET', '/api/dashboard', dept.fire!)).statusCode, 403);
      const d = await call('GET', '/api/dashboard?weeks=6', t.as('operator'));
      assert.equal(d.statusCode, 200, d.body);
      const body = d.json();
      assert.equal(body.trade.length, 6);
      const overview = (await call('GET', '/api/service/overview', t.as('operator'))).json();
      assert.deepEqual(body.service, overview);
      const xlsx = await call('GET', '/api/dashboard/download?lang=zh', t.as('operator'));
      assert.equal(xlsx.statusCode, 200);
      assert.match(xlsx.headers['content-disposition'] as string, /dashboard-\d{4}-\d{2}-\d{2}\.xlsx/);
      const rows = await readSheet(xlsx.rawPayload, 'xlsx');
      assert.deepEqual(rows[0], ['区', '区名', '星级', '商位数']);
      assert.equal((await call('GET', '/api/dashboard/download', t.as('merchant'))).statusCode, 403);
    });
  });
}
