/**
 * The demo's stall evaluations: a year of quarters, two published rounds that
 * re-compute to their recorded winners, and the demo merchant's breakdown.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../src/core/db/testing.ts';
import { ANONYMOUS } from '../src/core/auth/actor.ts';
import { listRounds, myEvaluations, recomputeRound, scoreHistory, stallBreakdown } from '../src/modules/stall-evaluation/index.ts';
import { tinyMarket, type Market } from './fixtures.ts';

for (const engine of testEngines()) {
  describe(`stall evaluation demo on ${engine}`, () => {
    let m: Market;
    before(async () => {
      m = await tinyMarket(engine);
    });
    after(() => m.d.close());

    test('a year of evaluations for the demo merchant, and two published rounds that re-compute to the same winners', async () => {
      const mine = await myEvaluations(m.d.db, m.merchant);
      assert.ok(mine.stalls.length >= 1);
      const stallId = mine.stalls[0]!.stallId;
      assert.equal((await scoreHistory(m.d.db, m.merchant, stallId)).length, 4);
      const b = await stallBreakdown(m.d.db, m.merchant, stallId);
      assert.equal(
        b.lines.reduce((t, l) => t + l.contribution, 0),
        b.score,
      );
      const rounds = (await listRounds(m.d.db, ANONYMOUS)).filter((r) => r.published);
      assert.equal(rounds.length, 2);
      assert.deepEqual(rounds.map((r) => r.method).sort(), ['bid_score', 'score']);
      for (const r of rounds) {
        const re = await recomputeRound(m.d.db, ANONYMOUS, r.id);
        assert.ok(re.sameWinner && re.sameRanking && re.winnerEntityId !== null);
      }
    });
  });
}
