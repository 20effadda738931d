import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { withoutEvaluations } from '../modules/stall-evaluation/test-reset.ts';
import { testEngines } from '../core/db/testing.ts';
import { ANONYMOUS, type Actor } from '../core/auth/actor.ts';
import { tinyMarket, type Market } from '../../test/fixtures.ts';
import { stallHistory } from '../modules/market/index.ts';
import {
  answerObjection,
  getRound,
  gradeSummary,
  idleStalls,
  listFlags,
  objectToScore,
  openRounds,
  publishRound,
  recomputeRound,
  scoreHistory,
  stallBreakdown,
} from '../modules/stall-evaluation/index.ts';
import { evaluateStalls, splitEvenly } from './evaluate-stalls.ts';
import { applyForStall, awardRound, takeBackStall } from './reallocate-stall.ts';

for (const engine of testEngines()) {
  describe(`stall evaluation and re-allocation on ${engine}`, () => {
    let m: Market;
    let myStall: number;
    let idleStall: number;
    let idleHolder: number;
    before(async () => {
      m = await tinyMarket(engine);
      await withoutEvaluations(m.d.db);
      myStall = Number(
        (
          await sql<{
            id: number;
          }>`select stall_id as id from stall_holdings where entity_id = ${m.merchant.entityId} and valid_to is null order by stall_id limit 1`.execute(m.d.db)
        ).rows[0]!.id,
      );
      const other = (
        await sql<{ stall_id: number; entity_id: number }>`
          select stall_id, entity_id from stall_holdings where valid_to is null and entity_id not in (${m.merchant.entityId}, ${m.merchant2.entityId})
          order by stall_id desc limit 1`.execute(m.d.db)
      ).rows[0]!;
      idleStall = Number(other.stall_id);
      idleHolder = Number(other.entity_id);
      await sql`update products set status = 'hidden' where stall_id = ${idleStall}`.execute(m.d.db);
    });
    after(() => m.d.close());

    test('splitting a holder’s trade over its stalls loses nothing', () => {
      for (const [t, k] of [
        [10, 3],
        [0, 2],
        [7, 7],
        [1, 4],
      ] as const) {
        assert.equal(
          Array.from({ length: k }, (_, i) => splitEvenly(t, k, i)).reduce((a, b) => a + b, 0),
          t,
        );
      }
    });

    test('only the operator runs an evaluation', async () => {
      await assert.rejects(evaluateStalls(m.d.db, m.merchant, '2026Q2'), { code: 'FORBIDDEN' });
    });

    test('a quarter is evaluated; every breakdown adds up; grades are summarised; the idle stall is flagged', async () => {
      const phases: string[] = [];
      const r = await evaluateStalls(m.d.db, m.operator, '2026Q2', { onProgress: (p) => phases.push(p) });
      assert.ok(r.stalls > 10);
      assert.ok(phases.includes('gather') && phases.includes('store'));
      const summary = await gradeSummary(m.d.db, { period: '2026Q2' });
      assert.equal(
        summary.byGrade.reduce((t, g) => t + g.stalls, 0),
        r.stalls,
      );
      assert.ok(summary.idle >= 1);
      const b = await stallBreakdown(m.d.db, m.merchant, myStall, '2026Q2');
      assert.equal(
        b.lines.reduce((t, l) => t + l.contribution, 0),
        b.score,
      );
      assert.ok(b.peer.size >= 1);
      const idle = await idleStalls(m.d.db, { period: '2026Q2', limit: 100 });
      const mine = idle.find((s) => s.stallId === idleStall);
      assert.ok(mine && mine.grade === 1 && mine.flag?.status === 'warned');
      assert.equal(mine.flag.deadline, '2026-09-28');
    });

    test('a holder reads only its own breakdown; others are refused', async () => {
      await assert.rejects(stallBreakdown(m.d.db, m.merchant2, myStall, '2026Q2'), { code: 'FORBIDDEN' });
      await assert.rejects(stallBreakdown(m.d.db, m.buyer, myStall, '2026Q2'), { code: 'FORBIDDEN' });
      await assert.rejects(stallBreakdown(m.d.db, ANONYMOUS, myStall), { code: 'UNAUTHENTICATED' });
      await assert.rejects(scoreHistory(m.d.db, m.merchant2, myStall), { code: 'FORBIDDEN' });
      assert.equal((await stallBreakdown(m.d.db, m.operator, myStall, '2026Q2')).stallId, myStall);
    });

    test('the holder objects, the operator answers, once', async () => {
      await assert.rejects(objectToScore(m.d.db, m.merchant2, myStall, { period: '2026Q2', text: 'not my stall but I object' }), { code: 'FORBIDDEN' });
      const o = await objectToScore(m.d.db, m.merchant, myStall, { period: '2026Q2', text: 'Our fair orders are missing.' });
      assert.equal(o.status, 'open');
      await assert.rejects(objectToScore(m.d.db, m.merchant, myStall, { period: '2026Q2', text: 'And again, please.' }), { code: 'CONFLICT' });
      await assert.rejects(answerObjection(m.d.db, m.merchant, o.id, { answer: 'ok' }), { code: 'FORBIDDEN' });
      const a = await answerObjection(m.d.db, m.operator, o.id, { answer: 'Fair orders count from 2026Q3.' });
      assert.equal(a.status, 'answered');
      await assert.rejects(answerObjection(m.d.db, m.operator, o.id, { answer: 'twice' }), { code: 'CONFLICT' });
    });

    test('history keeps every period; a re-run keeps the earlier run', async () => {
      await evaluateStalls(m.d.db, m.operator, '2026Q3');
      await evaluateStalls(m.d.db, m.operator, '2026Q3');
      const h = await scoreHistory(m.d.db, m.merchant, myStall);
      assert.deepEqual(
        h.map((x) => x.period),
        ['2026Q2', '2026Q3'],
      );
      const runs = await sql<{ n: number }>`select count(*)::int as n from stall_eval_runs where period = '2026Q3'`.execute(m.d.db);
      assert.equal(runs.rows[0]!.n, 2);
    });

    test('take back after the deadline, open round, apply, award through the transfer, publish, recompute to the same winner', async () => {
      const [flag] = (await listFlags(m.d.db, m.operator, { status: 'warned' })).filter((f) => f.stallId === idleStall);
      assert.ok(flag);
      assert.deepEqual(
        (await listFlags(m.d.db, { userId: 1, role: 'merchant', entityId: idleHolder } as Actor)).map((f) => f.id),
        [flag.id],
      );
      const round = { method: 'bid_score', bidWeight: 40, minCreditClass: 'C', minBid: 100_000, closesOn: '2026-10-20', startsOn: '2026-11-01' };
      await assert.rejects(takeBackStall(m.d.db, m.operator, flag.id, { date: '2026-09-01', round }), { code: 'CONFLICT' });
      const tb = await takeBackStall(m.d.db, m.operator, flag.id, { date: '2026-10-01', round });
      assert.ok(tb.round);
      const id = tb.round.id;
      assert.equal((await openRounds(m.d.db)).find((r) => r.id === id)?.stallId, idleStall);
      const former = { userId: 1, role: 'merchant', entityId: idleHolder } as Actor;
      const today = '2026-10-10';
      await assert.rejects(applyForStall(m.d.db, m.merchant, id, {}, { today }), { code: 'VALIDATION' });
      const a1 = await applyForStall(m.d.db, m.merchant, id, { bidAmount: 300_000 }, { today });
      const a2 = await applyForStall(m.d.db, m.merchant2, id, { bidAmount: 900_000 }, { today });
      const a3 = await applyForStall(m.d.db, former, id, { bidAmount: 5_000_000 }, { today });
      assert.equal(a1.eligible, true);
      assert.equal(a2.eligible, true);
      assert.deepEqual([a3.eligible, a3.ineligibleReason], [false, 'former_holder']);
      await assert.rejects(applyForStall(m.d.db, m.merchant, id, { bidAmount: 300_000 }, { today }), { code: 'DUPLICATE' });
      // sealed: nobody sees bids while the round is open; a merchant sees only its own application
      const seen = await getRound(m.d.db, m.merchant, id);
      assert.deepEqual(
        seen.applications.map((a) => [a.entityId, a.bidAmount]),
        [[m.merchant.entityId, null]],
      );
      await assert.rejects(awardRound(m.d.db, m.operator, id, '2026-10-20'), { code: 'CONFLICT' });
      await assert.rejects(awardRound(m.d.db, m.merchant, id, '2026-10-21'), { code: 'FORBIDDEN' });
      const awarded = await awardRound(m.d.db, m.operator, id, '2026-10-21');
      assert.equal(awarded.status, 'awarded');
      assert.equal(awarded.ranking?.length, 2);
      const winner = awarded.winnerEntityId!;
      const history = await stallHistory(m.d.db, idleStall);
      assert.deepEqual(history.at(-1) && [history.at(-1)!.entityId, history.at(-1)!.validFrom, history.at(-1)!.note], [
        winner,
        '2026-11-01',
        `re-allocation round ${id}`,
      ]);
      assert.equal(history.at(-2)?.validTo, '2026-10-01');
      await assert.rejects(getRound(m.d.db, ANONYMOUS, id), { code: 'NOT_FOUND' });
      await assert.rejects(recomputeRound(m.d.db, ANONYMOUS, id), { code: 'NOT_FOUND' });
      await publishRound(m.d.db, m.operator, id);
      const pub = await getRound(m.d.db, ANONYMOUS, id);
      assert.equal(pub.applications.length, 3);
      assert.ok(pub.applications.every((a) => a.bidAmount !== null));
      const re = await recomputeRound(m.d.db, ANONYMOUS, id);
      assert.deepEqual([re.sameWinner, re.sameRanking, re.winnerEntityId], [true, true, winner]);
      await assert.rejects(awardRound(m.d.db, m.operator, id, '2026-10-22'), { code: 'CONFLICT' });
    });

    test('a round whose record was tampered with no longer re-computes to the stored winner', async () => {
      const r = (await sql<{ id: number }>`select id from stall_rounds where status = 'published' limit 1`.execute(m.d.db)).rows[0]!;
      const stored = await recomputeRound(m.d.db, m.operator, Number(r.id));
      await sql`update stall_round_applications set merit = 0, bid_amount = 0 where round_id = ${r.id} and entity_id = ${stored.winnerEntityId}`.execute(
        m.d.db,
      );
      const again = await recomputeRound(m.d.db, m.operator, Number(r.id));
      assert.equal(again.sameWinner, false);
    });
  });
}
