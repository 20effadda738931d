/**
 * The stall-evaluation API over HTTP: the operator runs a quarter; a holder
 * reads only its own breakdown and objects; the operator answers; a round is
 * opened, applied to, awarded, published and re-computed by an anonymous
 * visitor to the same winner.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { withoutEvaluations } from '../src/modules/stall-evaluation/test-reset.ts';
import { testEngines } from '../src/core/db/testing.ts';
import { marketApp, type MarketApp } from './market-app.ts';

for (const engine of testEngines()) {
  describe(`stall-evaluation API on ${engine}`, () => {
    let t: MarketApp;
    let myStall: number;
    before(async () => {
      t = await marketApp(engine, ['buyer', 'merchant', 'merchant2', 'operator']);
      await withoutEvaluations(t.m.d.db);
      myStall = Number(
        (
          await sql<{
            id: number;
          }>`select stall_id as id from stall_holdings where entity_id = ${t.m.merchant.entityId} and valid_to is null order by stall_id limit 1`.execute(
            t.m.d.db,
          )
        ).rows[0]!.id,
      );
    });
    after(() => t.close());

    const call = (method: 'GET' | 'POST', url: string, who?: string, payload?: object) =>
      t.app.inject({ method, url: `/api/stall-evaluation${url}`, headers: who ? t.as(who) : {}, ...(payload === undefined ? {} : { payload }) });

    test('the method is public; only the operator runs and summarises', async () => {
      const m = await call('GET', '/method');
      assert.equal(m.statusCode, 200);
      assert.equal(
        m.json().indicators.reduce((s: number, i: { weight: number }) => s + i.weight, 0),
        100,
      );
      assert.equal((await call('POST', '/runs', 'merchant', { period: '2026Q2' })).statusCode, 403);
      assert.equal((await call('POST', '/runs', undefined, { period: '2026Q2' })).statusCode, 401);
      assert.equal((await call('POST', '/runs', 'operator', { period: '2026Q9' })).statusCode, 400);
      const run = await call('POST', '/runs', 'operator', { period: '2026Q2' });
      assert.equal(run.statusCode, 201, run.body);
      assert.equal((await call('GET', '/summary', 'merchant')).statusCode, 403);
      const s = (await call('GET', '/summary?period=2026Q2', 'operator')).json();
      assert.equal(
        s.byGrade.reduce((n: number, g: { stalls: number }) => n + g.stalls, 0),
        run.json().stalls,
      );
    });

    test('a holder sees its own breakdown only, objects, and the operator answers', async () => {
      const mine = await call('GET', `/stalls/${myStall}`, 'merchant');
      assert.equal(mine.statusCode, 200, mine.body);
      const b = mine.json();
      assert.equal(
        b.lines.reduce((n: number, l: { contribution: number }) => n + l.contribution, 0),
        b.score,
      );
      assert.equal((await call('GET', `/stalls/${myStall}`, 'merchant2')).statusCode, 403);
      assert.equal((await call('GET', `/stalls/${myStall}`, 'buyer')).statusCode, 403);
      assert.equal((await call('GET', `/stalls/${myStall}`)).statusCode, 401);
      assert.equal((await call('GET', `/stalls/${myStall}/history`, 'merchant')).json().length, 1);
      assert.deepEqual(
        (await call('GET', '/mine', 'merchant'))
          .json()
          .stalls.map((s: { stallId: number }) => s.stallId)
          .includes(myStall),
        true,
      );
      const o = await call('POST', `/stalls/${myStall}/objections`, 'merchant', { period: '2026Q2', text: 'Our fair orders are missing.' });
      assert.equal(o.statusCode, 201, o.body);
      assert.equal((await call('GET', '/objections', 'merchant2')).json().length, 0);
      assert.equal((await call('POST', `/objections/${o.json().id}/answer`, 'merchant', { answer: 'self-answer' })).statusCode, 403);
      const a = await call('POST', `/objections/${o.json().id}/answer`, 'operator', { answer: 'Counted from 2026Q3.' });
      assert.equal(a.json().status, 'answered');
    });

    test('a round for a vacant stall: sealed applications, award through the transfer, public result and re-computation', async () => {
      const vacant = Number(
        (
          await sql<{
            id: number;
          }>`select s.id from stalls s where not exists (select 1 from stall_holdings h where h.stall_id = s.id and h.valid_to is null) order by s.id limit 1`.execute(
            t.m.d.db,
          )
        ).rows[0]?.id ?? 0,
      );
      let stallId = vacant;
      if (!stallId) {
        stallId = Number((await sql<{ id: number }>`select max(stall_id) as id from stall_holdings where valid_to is null`.execute(t.m.d.db)).rows[0]!.id);
        await t.app.inject({ method: 'POST', url: `/api/stalls/${stallId}/release`, headers: t.as('operator'), payload: { date: '2026-01-02' } });
      }
      const today = new Date().toISOString().slice(0, 10);
      const body = { stallId, method: 'score', closesOn: today, startsOn: '2099-01-01' };
      assert.equal((await call('POST', '/rounds', 'merchant', body)).statusCode, 403);
      const r = await call('POST', '/rounds', 'operator', body);
      assert.equal(r.statusCode, 201, r.body);
      const id = r.json().id;
      assert.equal((await call('POST', `/rounds/${id}/applications`, 'merchant', { bidAmount: 5 })).statusCode, 400);
      assert.equal((await call('POST', `/rounds/${id}/applications`, 'merchant', {})).statusCode, 201);
      assert.equal((await call('POST', `/rounds/${id}/applications`, 'merchant2', {})).statusCode, 201);
      assert.equal((await call('POST', `/rounds/${id}/applications`, 'buyer', {})).statusCode, 403);
      const open = (await call('GET', `/rounds/${id}`)).json();
      assert.deepEqual([open.applicationCount, open.applications.length, open.winnerEntityId], [2, 0, null]);
      assert.equal((await call('POST', `/rounds/${id}/award`, 'operator')).statusCode, 409, 'still open today');
      await sql`update stall_rounds set closes_on = closes_on - 1 where id = ${id}`.execute(t.m.d.db);
      const awarded = await call('POST', `/rounds/${id}/award`, 'operator');
      assert.equal(awarded.statusCode, 200, awarded.body);
      const winner = awarded.json().winnerEntityId;
      assert.ok([t.m.merchant.entityId, t.m.merchant2.entityId].includes(winner));
      const holdings = (await t.app.inject({ method: 'GET', url: `/api/stalls/${stallId}/holdings`, headers: t.as('operator') })).json();
      assert.equal(holdings.at(-1).entityId, winner);
      assert.equal((await call('GET', `/rounds/${id}/recompute`)).statusCode, 404, 'not public before publication');
      assert.equal((await call('POST', `/rounds/${id}/publish`, 'operator')).statusCode, 200);
      const pub = (await call('GET', `/rounds/${id}`)).json();
      assert.equal(pub.applications.length, 2);
      const re = (await call('GET', `/rounds/${id}/recompute`)).json();
      assert.deepEqual([re.sameWinner, re.winnerEntityId], [true, winner]);
      assert.ok((await call('GET', '/rounds')).json().some((x: { id: number; published: boolean }) => x.id === id && x.published));
    });
  });
}
