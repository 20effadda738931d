/**
 * POST /api/export/declarations/preview: the agent and the operator split a
 * consignment into declarations (the same answer as the module and the CLI);
 * buyers, merchants and visitors are refused; bad input is a 400 naming the lot
 * and field, a carton over the cap a 422; the body is bounded.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../src/core/db/testing.ts';
import { MAX_LOTS, splitDeclarations, type DeclarationLotInput } from '../src/modules/export/index.ts';
import { marketApp, type MarketApp } from './market-app.ts';

const URL = '/api/export/declarations/preview';
const lot = (id: string, hs: string, valueMinor: number, more: Partial<DeclarationLotInput> = {}): DeclarationLotInput => ({
  id,
  merchant: 'M-0001',
  goodsName: `goods ${hs}`,
  hs,
  quantity: 120,
  unit: 'pcs',
  cartons: 12,
  valueMinor,
  currency: 'CNY',
  netKg: 60.5,
  grossKg: 66,
  ...more,
});
const consignment = {
  date: '2026-11-30',
  rates: [
    { currency: 'CNY', perUsd: '7.1034' },
    { currency: 'EUR', perUsd: 0.9217 },
  ],
  lots: [
    lot('L1', '9503002100', 150_000_000, { cartons: 40 }), // CNY 1.5 m: over the cap, cut by cartons
    lot('L2', '6307900000', 2_000_000),
    lot('L3', '3926909000', 310_000, { currency: 'EUR' }),
    lot('L4', '3926100000', 90_000),
    lot('L5', '4202220000', 1_200_000),
    lot('L6', '9505100000', 800_000),
    lot('L7', '9503009000', 450_000),
  ],
};

for (const engine of testEngines()) {
  describe(`export declarations preview API on ${engine}`, () => {
    let t: MarketApp;
    let agent: { authorization: string };
    before(async () => {
      t = await marketApp(engine, ['buyer', 'merchant', 'operator']);
      const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'agent', password: 'agent123' } });
      assert.equal(login.statusCode, 200, login.body);
      agent = { authorization: `Bearer ${login.json().token}` };
    });
    after(() => t.close());

    const post = (payload: unknown, headers: Record<string, string> = agent) => t.app.inject({ method: 'POST', url: URL, headers, payload: payload as object });

    test('the agent and the operator get the declarations, exactly as the module computes them', async () => {
      const want = { declarations: splitDeclarations(consignment).declarations };
      assert.ok(want.declarations.length >= 2);
      for (const headers of [agent, t.as('operator')]) {
        const r = await post(consignment, headers);
        assert.equal(r.statusCode, 200, r.body);
        assert.deepEqual(r.json(), want);
      }
      const body = want.declarations;
      const cartons = body.flatMap((d) => d.lines.flatMap((l) => l.lots)).reduce((a, x) => a + x.cartons, 0);
      assert.equal(
        cartons,
        consignment.lots.reduce((a, l) => a + l.cartons, 0),
      );
      assert.ok(body.every((d) => d.totalUsdMinor <= 15_000_000));
    });

    test('buyers, merchants and visitors are refused, before the body is read', async () => {
      for (const who of ['buyer', 'merchant']) {
        const r = await post(consignment, t.as(who));
        assert.equal(r.statusCode, 403, who);
        assert.equal(r.json().error.code, 'FORBIDDEN');
      }
      const anonymous = await t.app.inject({ method: 'POST', url: URL, payload: consignment });
      assert.equal(anonymous.statusCode, 401);
      assert.equal(anonymous.json().error.code, 'UNAUTHENTICATED');
      const big = await t.app.inject({
        method: 'POST',
        url: URL,
        headers: { ...t.as('buyer'), 'content-type': 'application/json' },
        payload: 'x'.repeat(9 * 1024 * 1024),
      });
      assert.equal(big.statusCode, 403, 'refused by role, not by size: the body was not buffered');
    });

    test('bad input is a 400 naming the lot and the field; a carton over the cap is a 422', async () => {
      const bad = await post({ ...consignment, lots: [lot('L1', '9503002100', 100), lot('L-bad', '95030021', 100)] });
      assert.equal(bad.statusCode, 400, bad.body);
      assert.equal(bad.json().error.code, 'VALIDATION');
      assert.match(bad.json().error.message, /^lot "L-bad" \(lots\[1\]\) hs: a 10-digit Chinese HS code/);
      const noRate = await post({ ...consignment, lots: [lot('L9', '9503002100', 100, { currency: 'GBP' })] });
      assert.equal(noRate.statusCode, 400);
      assert.match(noRate.json().error.message, /^lot "L9" \(lots\[0\]\) currency: no rate for GBP/);
      const unknown = await post({ ...consignment, containers: [] });
      assert.equal(unknown.statusCode, 400);
      const gold = await post({ ...consignment, lots: [lot('gold', '7113190000', 200_000_000, { cartons: 1 })] });
      assert.equal(gold.statusCode, 422, gold.body);
      assert.equal(gold.json().error.code, 'CARTON_OVER_CAP');
      assert.match(gold.json().error.message, /lot "gold"/);
      const notJson = await t.app.inject({ method: 'POST', url: URL, headers: { ...agent, 'content-type': 'application/json' }, payload: '{"lots": [' });
      assert.equal(notJson.statusCode, 400);
    });

    test(`${MAX_LOTS} lots are split; one more is refused; a body over 8 MB is a 413`, async () => {
      const lots = Array.from({ length: MAX_LOTS + 1 }, (_, i) => lot(`L${i}`, `950300${String(i % 97).padStart(4, '0')}`, 100_000 + (i % 1000) * 977));
      const full = await post({ ...consignment, lots: lots.slice(0, MAX_LOTS) });
      assert.equal(full.statusCode, 200, full.body.slice(0, 300));
      const { declarations } = full.json() as { declarations: { lines: { lots: unknown[] }[] }[] };
      assert.equal(declarations.flatMap((d) => d.lines.flatMap((l) => l.lots)).length, MAX_LOTS);
      const r = await post({ ...consignment, lots });
      assert.equal(r.statusCode, 400, r.body.slice(0, 300));
      assert.match(r.json().error.message, /^lots: .*20000/);
      const huge = await t.app.inject({
        method: 'POST',
        url: URL,
        headers: { ...agent, 'content-type': 'application/json' },
        payload: JSON.stringify({ ...consignment, pad: 'x'.repeat(9 * 1024 * 1024) }),
      });
      assert.equal(huge.statusCode, 413);
      assert.equal(huge.json().error.code, 'PAYLOAD_TOO_LARGE');
    });

    test('the operation is documented with its body, answer and errors', async () => {
      const doc = (await t.app.inject('/openapi.json')).json();
      const op = doc.paths[URL].post;
      assert.equal(op.operationId, 'previewExportDeclarations');
      assert.ok(op.requestBody.content['application/json'].schema);
      for (const s of ['200', '400', '401', '403', '413', '422']) assert.ok(op.responses[s], s);
      assert.ok(doc.components.schemas.DeclarationLine.properties.merged);
    });
  });
}
