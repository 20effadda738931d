/**
 * The credit API over HTTP: departments deliver events (JSON and CSV,
 * idempotent, all or nothing), a merchant sees only its own breakdown, buyers
 * see classes and trade-risk warnings, a merchant appeals and a regulator
 * decides, the market credit index is computed and published.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../src/core/db/testing.ts';
import { marketApp, type MarketApp } from './market-app.ts';

const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

for (const engine of testEngines()) {
  describe(`credit API on ${engine}`, () => {
    let t: MarketApp;
    let reg: { authorization: string };
    let merchant: number;
    let merchant2: number;
    before(async () => {
      t = await marketApp(engine, ['buyer', 'merchant', 'merchant2', 'operator']);
      const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'regulator', password: 'regulator123' } });
      reg = { authorization: `Bearer ${r.json().token}` };
      merchant = t.m.merchant.entityId!;
      merchant2 = t.m.merchant2.entityId!;
    });
    after(() => t.close());

    const breakdown = (id: number, who: { authorization: string }) => t.app.inject({ method: 'GET', url: `/api/credit/entities/${id}`, headers: who });

    test('a delivered event moves the score; the breakdown adds up; a merchant sees only its own', async () => {
      const before = (await breakdown(merchant, t.as('merchant'))).json();
      const ev = {
        entityId: merchant,
        source: 'market_supervision',
        kind: 'false_advertising',
        occurredOn: ago(3),
        evidenceRef: 'JXSJ-2026-9',
        externalId: 'http-fa-1',
        note: 'claims not supported',
      };
      const r = await t.app.inject({ method: 'POST', url: '/api/credit/events', headers: reg, payload: { events: [ev] } });
      assert.equal(r.statusCode, 201, r.body);
      assert.equal(r.json().inserted, 1);
      const again = await t.app.inject({ method: 'POST', url: '/api/credit/events', headers: reg, payload: { events: [ev] } });
      assert.deepEqual([again.json().inserted, again.json().unchanged], [0, 1]);

      const mine = await breakdown(merchant, t.as('merchant'));
      assert.equal(mine.statusCode, 200);
      const b = mine.json();
      assert.equal(b.score, before.score - 2000);
      assert.equal(b.base + b.contributions.reduce((s: number, c: { amount: number }) => s + c.amount, 0), b.score);
      const c = b.contributions.find((x: { eventId: number }) => x.eventId === r.json().ids[0]);
      assert.deepEqual([c.amount, c.nameEn, c.stopsCountingOn > ago(0)], [-2000, 'False advertising', true]);

      assert.equal((await breakdown(merchant, t.as('merchant2'))).statusCode, 403);
      assert.equal((await breakdown(merchant, t.as('buyer'))).statusCode, 403);
      assert.equal((await breakdown(merchant, {} as never)).statusCode, 401);
      assert.equal((await breakdown(merchant, reg)).json().score, b.score);
      assert.equal((await breakdown(merchant, t.as('operator'))).statusCode, 200);
      assert.equal((await t.app.inject({ method: 'GET', url: `/api/credit/entities/${merchant}/history`, headers: t.as('merchant2') })).statusCode, 403);
      const h = (await t.app.inject({ method: 'GET', url: `/api/credit/entities/${merchant}/history?months=3`, headers: t.as('merchant') })).json();
      assert.equal(h.points.at(-1).score, b.score);

      const forbidden = await t.app.inject({ method: 'POST', url: '/api/credit/events', headers: t.as('merchant'), payload: { events: [ev] } });
      assert.equal(forbidden.statusCode, 403);
    });

    test('classes are public; a buyer is warned about a counterparty with a recent serious event', async () => {
      const ev = {
        entityId: merchant2,
        source: 'customs',
        kind: 'customs_false_declaration',
        severity: 'serious',
        occurredOn: ago(20),
        evidenceRef: 'HG-77',
        externalId: 'http-cfd-1',
      };
      assert.equal((await t.app.inject({ method: 'POST', url: '/api/credit/events', headers: reg, payload: { events: [ev] } })).statusCode, 201);
      const classes = await t.app.inject({ method: 'GET', url: `/api/credit/classes?entities=${merchant},${merchant2}` });
      assert.equal(classes.statusCode, 200);
      const c2 = classes.json().classes.find((x: { entityId: number }) => x.entityId === merchant2);
      assert.ok(['C', 'D'].includes(c2.class), 'a recent serious event caps the class at C');
      assert.equal((await t.app.inject({ method: 'GET', url: '/api/credit/classes?entities=1;drop' })).statusCode, 400);
      const w = await t.app.inject({ method: 'GET', url: `/api/credit/warnings?entity=${merchant2}`, headers: t.as('buyer') });
      assert.equal(w.statusCode, 200);
      const found = w.json().warnings.find((x: { kind: string }) => x.kind === 'customs_false_declaration');
      assert.deepEqual([found.level, found.reason], ['serious', 'False customs declaration']);
      assert.equal((await t.app.inject({ method: 'GET', url: `/api/credit/warnings?entity=${merchant2}` })).statusCode, 401);
    });

    test('a merchant appeals its own event; a regulator upholds it and the score is restored', async () => {
      const ev = {
        entityId: merchant,
        source: 'consumer_complaints',
        kind: 'consumer_complaint_upheld',
        occurredOn: ago(2),
        evidenceRef: '12315-889',
        externalId: 'http-cc-1',
      };
      const id = (await t.app.inject({ method: 'POST', url: '/api/credit/events', headers: reg, payload: { events: [ev] } })).json().ids[0];
      const lowered = (await breakdown(merchant, t.as('merchant'))).json().score;
      const appeal = (who: { authorization: string }) =>
        t.app.inject({
          method: 'POST',
          url: `/api/credit/events/${id}/appeals`,
          headers: who,
          payload: { reason: 'the complaint concerned another stall', evidenceRef: 'photo-1' },
        });
      assert.equal((await appeal(t.as('merchant2'))).statusCode, 404);
      const a = await appeal(t.as('merchant'));
      assert.equal(a.statusCode, 201, a.body);
      assert.equal((await appeal(t.as('merchant'))).statusCode, 409);
      const queue = (await t.app.inject({ method: 'GET', url: '/api/credit/appeals?status=open', headers: reg })).json().items;
      assert.ok(queue.some((x: { id: number }) => x.id === a.json().id));
      const others = (await t.app.inject({ method: 'GET', url: '/api/credit/appeals', headers: t.as('merchant2') })).json().items;
      assert.ok(!others.some((x: { id: number }) => x.id === a.json().id), 'merchant2 does not see the appeal');
      const decide = (who: { authorization: string }) =>
        t.app.inject({
          method: 'POST',
          url: `/api/credit/appeals/${a.json().id}/decision`,
          headers: who,
          payload: { outcome: 'upheld', note: 'wrong stall number in the complaint' },
        });
      assert.equal((await decide(t.as('merchant'))).statusCode, 403);
      const d = await decide(reg);
      assert.equal(d.statusCode, 200, d.body);
      assert.equal(d.json().status, 'upheld');
      assert.equal((await decide(reg)).statusCode, 409);
      const after = (await breakdown(merchant, t.as('merchant'))).json();
      assert.equal(after.score, lowered + 500);
      assert.equal(after.events.find((e: { id: number }) => e.id === id).voided, true);
    });

    test('a CSV delivery is all or nothing, reported by sheet row and column; a resent file changes nothing', async () => {
      const head = 'entity_id,source,kind,severity,occurred_on,evidence_ref,external_id,note\n';
      const good = `${merchant},tax,tax_grade_a,,${ago(40)},税务A级公告2026,csv-1,\n`;
      const bad = `${merchant2},tax,tax_arrears,positive,${ago(40)},x,csv-2,\n${merchant2},tax,no_such_kind,,${ago(40)},y,csv-3,\n`;
      const post = (body: string) =>
        t.app.inject({ method: 'POST', url: '/api/credit/events/import?fileName=tax.csv', headers: { ...reg, 'content-type': 'text/csv' }, payload: body });
      const rejected = await post(head + good + bad);
      assert.equal(rejected.statusCode, 422);
      assert.deepEqual(
        rejected.json().error.details.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code]),
        [
          [3, 'severity', 'SEVERITY_MISMATCH'],
          [4, 'kind', 'UNKNOWN_KIND'],
        ],
      );
      const ok = await post(head + good);
      assert.equal(ok.statusCode, 201, ok.body);
      assert.equal(ok.json().inserted, 1);
      assert.deepEqual([(await post(head + good)).json().inserted, (await post(head + good)).json().batchId], [0, null]);
      assert.equal(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/credit/events/import',
            headers: { ...t.as('buyer'), 'content-type': 'text/csv' },
            payload: head + good,
          })
        ).statusCode,
        403,
      );
    });

    test('recompute, class distribution and the market credit index', async () => {
      const r = await t.app.inject({ method: 'POST', url: '/api/credit/recompute', headers: reg, payload: {} });
      assert.equal(r.statusCode, 200, r.body);
      assert.equal((await t.app.inject({ method: 'POST', url: '/api/credit/recompute', headers: t.as('merchant'), payload: {} })).statusCode, 403);
      const dist = (await t.app.inject({ method: 'GET', url: '/api/credit/distribution', headers: reg })).json();
      assert.ok(dist.A + dist.B + dist.C + dist.D > 0);
      assert.equal((await t.app.inject({ method: 'GET', url: '/api/credit/distribution', headers: t.as('buyer') })).statusCode, 403);
      const month = ago(0).slice(0, 7);
      const c = await t.app.inject({ method: 'POST', url: '/api/credit/index/compute', headers: reg, payload: { from: month, to: month } });
      assert.equal(c.statusCode, 200, c.body);
      assert.equal(c.json().months[0].composite, 10000, 'the base month is 100.00');
      const pub = (await t.app.inject({ method: 'GET', url: '/api/credit/index' })).json();
      const published = pub.months.find((x: { month: string }) => x.month === `${month}-01`);
      assert.deepEqual([published.composite, published.baseMonth], [10000, `${month}-01`]);
      assert.equal(
        Object.values(pub.weightsBp as Record<string, number>).reduce((s, w) => s + w, 0),
        10000,
      );
    });
  });
}
