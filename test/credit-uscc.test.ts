/** Department deliveries naming entities by USCC (API rows and CSV sheets), on both engines: matched, idempotent, bad rows reported, nothing half-loaded. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../src/core/db/testing.ts';
import type { Actor } from '../src/core/auth/index.ts';
import { AppError } from '../src/core/errors.ts';
import { INDICATORS, importCreditEventsSheet, recordCreditEventsWithUscc } from '../src/modules/credit/index.ts';
import { makeUscc } from '../src/modules/market/index.ts';
import { tinyMarket, type Market } from './fixtures.ts';

const REGULATOR: Actor = { userId: null, role: 'regulator', entityId: null };
const ind = INDICATORS.find((i) => i.sign === -1 && i.sources.some((s) => s !== 'platform'))!;
const source = ind.sources.find((s) => s !== 'platform')!;
const ev = (externalId: string, who: Record<string, unknown>) => ({
  ...who,
  source,
  kind: ind.kind,
  occurredOn: '2026-01-15',
  evidenceRef: `EV-${externalId}`,
  externalId,
});

for (const engine of testEngines()) {
  describe(`credit events by USCC on ${engine}`, () => {
    let m: Market;
    let uscc: string;
    before(async () => {
      m = await tinyMarket(engine);
      const e = await m.d.db.selectFrom('entities').select('uscc').where('id', '=', m.merchant.entityId!).executeTakeFirstOrThrow();
      uscc = e.uscc!;
      assert.match(uscc, /^[0-9A-Z]{18}$/);
    });
    after(() => m.d.close());
    const stored = (ext: string) =>
      m.d.db
        .selectFrom('credit_events' as never)
        .select(['entity_id' as never])
        .where('external_id' as never, '=', ext as never)
        .execute();

    test('a row naming its entity by USCC is matched, and a resend changes nothing', async () => {
      const r = await recordCreditEventsWithUscc(m.d.db, REGULATOR, [ev('USCC-1', { uscc: ` ${uscc.toLowerCase()} ` })]);
      assert.equal(r.inserted, 1);
      assert.deepEqual(await stored('USCC-1'), [{ entity_id: m.merchant.entityId }]);
      const again = await recordCreditEventsWithUscc(m.d.db, REGULATOR, [ev('USCC-1', { uscc })]);
      assert.equal(again.inserted, 0);
      assert.equal(again.unchanged, 1);
    });

    test('an unknown or malformed USCC is a bad row; the delivery records nothing', async () => {
      const unknown = makeUscc(987_654_321);
      const bad = `${uscc.slice(0, 17)}${uscc[17] === '0' ? '1' : '0'}`;
      let err: unknown;
      try {
        await recordCreditEventsWithUscc(m.d.db, REGULATOR, [
          ev('USCC-2', { uscc }),
          ev('USCC-3', { uscc: unknown }),
          ev('USCC-4', { uscc: bad }),
          ev('USCC-5', { uscc, entityId: m.merchant2.entityId }),
        ]);
      } catch (e) {
        err = e;
      }
      assert.ok(err instanceof AppError && err.code === 'IMPORT_REJECTED', String(err));
      const errors = (err.details as { errors: { row: number; column: string; code: string }[] }).errors;
      assert.deepEqual(
        errors.map((e) => [e.row, e.column, e.code]),
        [
          [2, 'uscc', 'UNKNOWN_USCC'],
          [3, 'uscc', 'BAD_USCC'],
          [4, 'uscc', 'USCC_MISMATCH'],
        ],
      );
      assert.equal((await stored('USCC-2')).length, 0, 'the good row was not recorded either');
    });

    test('a CSV delivery with a uscc column instead of entity_id', async () => {
      const csv = `uscc,source,kind,occurred_on,evidence_ref,external_id\n${uscc},${source},${ind.kind},2026-01-16,EV-CSV-1,USCC-CSV-1\n`;
      const r = await importCreditEventsSheet(m.d.db, REGULATOR, Buffer.from(csv), 'csv', 'dept.csv');
      assert.equal(r.inserted, 1);
      assert.deepEqual(await stored('USCC-CSV-1'), [{ entity_id: m.merchant.entityId }]);
      const wrong = `uscc,source,kind,occurred_on,evidence_ref,external_id\n${makeUscc(987_654_322)},${source},${ind.kind},2026-01-16,EV-CSV-2,USCC-CSV-2\n`;
      await assert.rejects(importCreditEventsSheet(m.d.db, REGULATOR, Buffer.from(wrong), 'csv', 'dept2.csv'), (e: AppError) => {
        const errs = (e.details as { errors: { row: number; column: string; code: string }[] }).errors;
        return e.code === 'IMPORT_REJECTED' && errs.length === 1 && errs[0]!.row === 2 && errs[0]!.code === 'UNKNOWN_USCC';
      });
    });
  });
}
