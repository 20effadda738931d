/**
 * The demo's consolidated exports: the demo agent has a consignment in every
 * state, the loading one with a held lot outside its final plan, the declared
 * and later ones with numbered, sealed containers and documents that build.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { freshDatabase, testEngines } from '../src/platform/testing.ts';
import type { Database } from '../src/core/db/database.ts';
import type { Actor } from '../src/core/auth/index.ts';
import { loadDemo, scaleOf, tradeDefaults } from '../src/modules/demo/index.ts';
import { consignmentLots, getLoadPlan, isContainerNumber, listConsignments } from '../src/modules/export/index.ts';
import { moveOrderAndObserve } from '../src/flows/record-order.ts';
import { importOrderHistoryAndObserve } from '../src/flows/import-order-history.ts';
import { consignmentDocuments } from '../src/flows/consignment-documents.ts';

for (const engine of testEngines()) {
  describe(`the demo's consolidated exports on ${engine}`, () => {
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

    test('a consignment in every state; held lots never in a final plan; sealed containers with valid ISO 6346 numbers', async () => {
      const list = await listConsignments(d.db, as.agent!);
      assert.deepEqual([...new Set(list.map((c) => c.status))].sort(), ['closed', 'declared', 'loading', 'open', 'shipped']);
      const loading = list.find((c) => c.status === 'loading')!;
      assert.equal(loading.lots.held, 1);
      const plan = await getLoadPlan(d.db, as.agent!, loading.id);
      assert.equal(plan.status, 'final');
      const held = (await consignmentLots(d.db, as.agent!, loading.id, { inspection: 'held' })).map((l) => l.id);
      assert.ok(held.every((id) => !plan.lotIds.includes(id)));
      const declared = list.find((c) => c.status === 'declared')!;
      const p2 = await getLoadPlan(d.db, as.agent!, declared.id);
      assert.ok(p2.containers.length > 0 && p2.containers.every((k) => k.isoNumber && isContainerNumber(k.isoNumber) && k.sealNumber));
      const docs = await consignmentDocuments(d.db, as.agent!, declared.id);
      assert.ok(docs.declarations.length >= 1);
      assert.equal(
        docs.packingLists.reduce((a, p) => a + p.totals.cartons, 0),
        docs.goodsList.totals.cartons,
      );
      const mine = await listConsignments(d.db, as.customs!);
      assert.equal(mine.length, list.length);
    });
  });
}
