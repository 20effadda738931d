/**
 * The demo's market procurement (1039): registrations, trade records from the
 * demo buyer's orders, payments and allocations, as each demo account sees them.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../src/core/auth/index.ts';
import type { Database } from '../src/core/db/database.ts';
import { testEngines } from '../src/core/db/testing.ts';
import { freshDatabase } from '../src/platform/testing.ts';
import { loadDemo, scaleOf, tradeDefaults } from '../src/modules/demo/index.ts';
import { importOrderHistoryAndObserve } from '../src/flows/import-order-history.ts';
import { moveOrderAndObserve } from '../src/flows/record-order.ts';
import { getRegistration, listProcPayments, listRegistrations, listTradeRecords, merchantBalances, vatReport } from '../src/modules/procurement/index.ts';

for (const engine of testEngines()) {
  describe(`the demo's market procurement on ${engine}`, () => {
    let d: Database;
    const as: Record<string, Actor> = {};
    before(async () => {
      d = await freshDatabase(engine);
      const scale = scaleOf('tiny');
      await loadDemo(d, scale, undefined, {
        trade: { ...tradeDefaults(scale), flows: { moveOrder: moveOrderAndObserve, importOrderHistory: importOrderHistoryAndObserve } },
      });
      for (const u of await d.db.selectFrom('users').select(['id', 'username', 'role', 'entity_id']).execute())
        as[u.username] = { userId: u.id, role: u.role, entityId: u.entity_id };
    });
    after(() => d.close());

    test('the demo agent has its buyers, merchants, trade records and payments; a suspended merchant shows its history', async () => {
      const agent = as.agent!;
      const regs = await listRegistrations(d.db, agent, { limit: 200 });
      const kinds = new Set(regs.items.map((r) => r.kind));
      assert.deepEqual([...kinds].sort(), ['agent', 'buyer', 'merchant']);
      assert.equal(regs.items.filter((r) => r.kind === 'buyer').length, 4);
      const suspended = regs.items.find((r) => r.status === 'suspended');
      assert.ok(suspended);
      assert.deepEqual(
        (await getRegistration(d.db, agent, suspended.entityId)).history!.map((h) => h.status),
        ['active', 'suspended'],
      );
      const records = await listTradeRecords(d.db, agent, { limit: 200 });
      assert.ok(records.total >= 10, `${records.total} trade records`);
      const pays = await listProcPayments(d.db, agent, {});
      assert.ok(pays.total >= 2);
      for (const p of pays.items) assert.ok(p.allocatedMinor <= p.amountMinor);
      const month = records.items[0]!.recordedOn.slice(0, 7);
      assert.ok((await vatReport(d.db, as.operator!, month)).rows.length > 0);
    });

    test('the demo merchant sees only its own records and balances; the buyer its own document', async () => {
      const m = as.merchant!;
      const mine = await listTradeRecords(d.db, m, { limit: 200 });
      assert.ok(mine.items.every((r) => r.merchantEntityId === m.entityId));
      for (const b of await merchantBalances(d.db, m, {})) assert.equal(b.merchantId, m.entityId);
      const me = await getRegistration(d.db, as.buyer!, as.buyer!.entityId!);
      assert.equal(me.documentMasked, false);
      assert.equal((await listRegistrations(d.db, as.merchant2!, {})).items.filter((r) => r.kind === 'buyer').length, 0);
    });
  });
}
