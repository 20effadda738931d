import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Database } from '../core/db/database.ts';
import { freshDatabase, testEngines } from '../platform/testing.ts';
import { creditBreakdown, creditStanding } from '../modules/credit/index.ts';
import { SYSTEM } from '../core/auth/actor.ts';
import { creditFromTrade, TRADE_FEED_OVERLAP } from './credit-from-trade.ts';

for (const engine of testEngines()) {
  describe(`trade facts become credit events on ${engine}`, () => {
    let d: Database;
    let merchant: number;
    before(async () => {
      d = await freshDatabase(engine);
      merchant = (await d.db.insertInto('entities').values({ kind: 'merchant', name_en: 'flow merchant' }).returning('id').executeTakeFirstOrThrow()).id;
    });
    after(() => d.close());

    const fact = (kind: string, detail: Record<string, unknown> = {}, ids: { order?: number; dispute?: number; inquiry?: number } = {}) =>
      sql`insert into trade_events (entity_id, kind, order_id, dispute_id, inquiry_id, detail)
          values (${merchant}, ${kind}, ${ids.order ?? null}, ${ids.dispute ?? null}, ${ids.inquiry ?? null}, ${JSON.stringify(detail)}::jsonb)`.execute(d.db);

    test('each kind of fact gives its event once; a second pass records nothing', async () => {
      await fact('order_delivered_on_time', { lateDays: 0 }, { order: 1 });
      await fact('order_delivered_late', { lateDays: 20 }, { order: 2 });
      await fact('order_cancelled_by_merchant', {}, { order: 3 });
      await fact('dispute_lost', {}, { order: 4, dispute: 9 });
      await fact('inquiry_answered', { seconds: 3600 }, { inquiry: 5 });
      await fact('inquiry_answered', { seconds: 40 * 3600 }, { inquiry: 6 });
      await fact('inquiry_answered', { seconds: 5 * 86_400 }, { inquiry: 7 });
      await fact('order_completed', {}, { order: 1 });
      const first = await creditFromTrade(d.db);
      assert.deepEqual([first.facts, first.recorded], [8, 6]);
      const again = await creditFromTrade(d.db);
      assert.equal(again.recorded, 0, 'the overlap re-reads facts, recording is idempotent');
      const b = await creditBreakdown(d.db, SYSTEM, merchant);
      assert.deepEqual(b.events.map((e) => [e.kind, e.severity, e.source]).sort(), [
        ['dispute_lost', 'moderate', 'platform'],
        ['inquiry_fast_reply', 'positive', 'platform'],
        ['inquiry_slow_reply', 'minor', 'platform'],
        ['merchant_cancellation', 'minor', 'platform'],
        ['order_late', 'moderate', 'platform'],
        ['order_on_time', 'positive', 'platform'],
      ]);
      assert.equal((await creditStanding(d.db, merchant)).score, 70_000 + 20 - 400 - 300 - 1000 + 10 - 50);
    });

    test('facts beyond the overlap are read from the cursor on', async () => {
      for (let i = 0; i < TRADE_FEED_OVERLAP + 5; i++) await fact('order_delivered_on_time', {}, { order: 100 + i });
      const r = await creditFromTrade(d.db);
      assert.equal(r.recorded, TRADE_FEED_OVERLAP + 5);
      assert.ok(r.facts < TRADE_FEED_OVERLAP * 2 + 20, 'old facts are not all read again');
    });
  });
}
