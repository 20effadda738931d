import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../../core/db/database.ts';
import type { AppError } from '../../core/errors.ts';
import { freshDatabase, testEngines } from '../../platform/testing.ts';
import { creditStanding, currentClasses, recordCreditEvent, recordCreditEvents } from './index.ts';
import { daysAgo, makeMerchants, OPERATOR, REGULATOR } from './test-credit.ts';

const problems = (e: AppError) => (e.details as { errors: { row: number; column: string; code: string }[] }).errors;

for (const engine of testEngines()) {
  describe(`credit events on ${engine}`, () => {
    let d: Database;
    let ids: number[];
    before(async () => {
      d = await freshDatabase(engine);
      ids = await makeMerchants(d, 4);
    });
    after(() => d.close());

    test('an event is recorded once per source and external id, and moves the score and class', async () => {
      const [a] = ids as [number];
      const ev = {
        entityId: a,
        source: 'customs',
        kind: 'smuggling',
        occurredOn: daysAgo(10),
        evidenceRef: 'HG-2026-001',
        externalId: 'case-1',
        note: 'undeclared goods',
      };
      const first = await recordCreditEvent(d.db, REGULATOR, ev);
      assert.equal(first.inserted, true);
      const again = await recordCreditEvent(d.db, REGULATOR, ev);
      assert.deepEqual(again, { id: first.id, inserted: false });
      const s = await creditStanding(d.db, a);
      assert.equal(s.class, 'D');
      assert.equal(s.score, 70_000 - 5000 * 5);
      assert.deepEqual(
        s.recentSerious.map((r) => [r.kind, r.reason]),
        [['smuggling', 'Smuggling: undeclared goods']],
      );
      assert.equal((await currentClasses(d.db, [a, ids[1]!])).get(ids[1]!), 'B');
      assert.equal((await currentClasses(d.db, [a])).get(a), 'D');
    });

    test('a delivery is all or nothing and reports each bad row with its column and code', async () => {
      const [, b, c] = ids as [number, number, number];
      const rows = [
        { entityId: b, source: 'tax', kind: 'tax_grade_a', occurredOn: daysAgo(5), evidenceRef: 'T-1', externalId: 't-1' },
        { entityId: c, source: 'tax', kind: 'smuggling', occurredOn: daysAgo(5), evidenceRef: 'T-2', externalId: 't-2' },
        { entityId: 999_999, source: 'tax', kind: 'tax_arrears', occurredOn: daysAgo(5), evidenceRef: 'T-3', externalId: 't-3' },
        { entityId: c, source: 'tax', kind: 'tax_arrears', severity: 'positive', occurredOn: daysAgo(5), evidenceRef: 'T-4', externalId: 't-4' },
        { entityId: c, source: 'tax', kind: 'tax_arrears', occurredOn: '2999-01-01', evidenceRef: 'T-5', externalId: 't-5' },
        { entityId: c, source: 'tax', kind: 'tax_arrears', occurredOn: daysAgo(5), externalId: 't-6' },
      ];
      await assert.rejects(recordCreditEvents(d.db, REGULATOR, rows), (e: AppError) => {
        assert.equal(e.code, 'IMPORT_REJECTED');
        assert.deepEqual(
          problems(e).map((p) => [p.row, p.column, p.code]),
          [
            [2, 'kind', 'KIND_NOT_FROM_SOURCE'],
            [3, 'entityId', 'UNKNOWN_ENTITY'],
            [4, 'severity', 'SEVERITY_MISMATCH'],
            [5, 'occurredOn', 'FUTURE_DATE'],
            [6, 'evidenceRef', 'REQUIRED'],
          ],
        );
        return true;
      });
      assert.equal((await creditStanding(d.db, b)).score, 70_000, 'the good row was not recorded either');
      const ok = await recordCreditEvents(d.db, REGULATOR, [rows[0]!]);
      assert.equal(ok.inserted, 1);
      assert.equal((await creditStanding(d.db, b)).score, 71_500);
    });

    test('a resent batch changes nothing; an event resent with other content is refused', async () => {
      const [, , c, e] = ids as [number, number, number, number];
      const batch = [
        { entityId: c, source: 'market_supervision', kind: 'false_advertising', occurredOn: daysAgo(30), evidenceRef: 'MS-1', externalId: 'ms-1' },
        { entityId: e, source: 'market_supervision', kind: 'honesty_award', occurredOn: daysAgo(30), evidenceRef: 'MS-2', externalId: 'ms-2' },
      ];
      const r1 = await recordCreditEvents(d.db, REGULATOR, batch);
      assert.deepEqual([r1.inserted, r1.unchanged, r1.entities], [2, 0, [c, e]]);
      const scores = [(await creditStanding(d.db, c)).score, (await creditStanding(d.db, e)).score];
      const r2 = await recordCreditEvents(d.db, REGULATOR, batch);
      assert.deepEqual([r2.inserted, r2.unchanged, r2.batchId, r2.ids], [0, 2, null, r1.ids]);
      assert.deepEqual([(await creditStanding(d.db, c)).score, (await creditStanding(d.db, e)).score], scores);
      await assert.rejects(
        recordCreditEvents(d.db, REGULATOR, [{ ...batch[0]!, severity: 'serious' }]),
        (x: AppError) => problems(x)[0]?.code === 'CHANGED_AFTER_DELIVERY',
      );
    });

    test('who may report what', async () => {
      const ev = { entityId: ids[3]!, source: 'platform', kind: 'order_late', occurredOn: daysAgo(1), evidenceRef: 'order 1', externalId: 'p-1' };
      await assert.rejects(recordCreditEvent(d.db, REGULATOR, ev), (x: AppError) => problems(x)[0]?.code === 'SOURCE_NOT_ALLOWED');
      await assert.rejects(recordCreditEvent(d.db, { userId: 1, role: 'merchant', entityId: ids[3]! }, ev), (x: AppError) => x.code === 'FORBIDDEN');
      const customs = { userId: 2, role: 'customs' as const, entityId: null };
      await assert.rejects(
        recordCreditEvent(d.db, customs, { ...ev, source: 'tax', kind: 'tax_arrears', externalId: 'x' }),
        (x: AppError) => problems(x)[0]?.code === 'SOURCE_NOT_ALLOWED',
      );
      assert.equal((await recordCreditEvent(d.db, OPERATOR, ev)).inserted, true);
    });
  });
}
