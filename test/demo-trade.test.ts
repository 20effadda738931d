import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { freshDatabase, testEngines } from '../src/platform/testing.ts';
import type { Database } from '../src/core/db/database.ts';
import type { Actor } from '../src/core/auth/index.ts';
import { loadDemo, scaleOf, tradeDefaults, type LoadReport } from '../src/modules/demo/index.ts';
import { getOrder, inbox, listDisputes, listOrders, listRfqs, getRfq, type OrderStatus } from '../src/modules/trade/index.ts';
import { getSeries } from '../src/modules/commodity-index/index.ts';
import { moveOrderAndObserve } from '../src/flows/record-order.ts';
import { importOrderHistoryAndObserve } from '../src/flows/import-order-history.ts';

const STATUSES: OrderStatus[] = ['placed', 'proposed', 'confirmed', 'deposit_paid', 'in_production', 'ready', 'delivered', 'completed', 'cancelled'];

for (const engine of testEngines()) {
  describe(`the demo's trade and its year of orders on ${engine}`, () => {
    let d: Database;
    let report: LoadReport;
    const as: Record<string, Actor> = {};
    before(async () => {
      d = await freshDatabase(engine);
      const scale = scaleOf('tiny');
      report = await loadDemo(d, scale, undefined, {
        trade: { ...tradeDefaults(scale), flows: { moveOrder: moveOrderAndObserve, importOrderHistory: importOrderHistoryAndObserve } },
      });
      for (const u of await d.db.selectFrom('users').select(['id', 'username', 'role', 'entity_id']).execute())
        as[u.username] = { userId: u.id, role: u.role, entityId: u.entity_id };
    });
    after(() => d.close());

    test('the demo merchant has orders in every state, the demo buyer an open and a resolved dispute; each side sees only its own', async () => {
      for (const status of STATUSES) {
        const r = await listOrders(d.db, as.merchant!, { status });
        assert.ok(r.total > 0, `merchant has a ${status} order`);
        assert.ok(
          r.items.every((o) => o.merchantId === as.merchant!.entityId),
          'a merchant lists only its own orders',
        );
      }
      const proposed = (await listOrders(d.db, as.buyer!, { status: 'proposed' })).items[0]!;
      assert.ok(proposed.proposal, 'the proposed order carries the pending proposal');
      assert.deepEqual(proposed.actions.sort(), ['accept', 'cancel', 'decline']);
      const disputes = await listDisputes(d.db, as.buyer!);
      assert.deepEqual([...new Set(disputes.map((x) => x.status))].sort(), ['open', 'resolved']);
      assert.equal(disputes.find((x) => x.status === 'resolved')!.outcome, 'partial_refund');
      const theirs = (await listOrders(d.db, as.merchant!, { pageSize: 1 })).items[0]!;
      await assert.rejects(getOrder(d.db, as.merchant2!, theirs.id), { code: 'NOT_FOUND' });
      assert.ok((await listOrders(d.db, as.buyer!, {})).items.every((o) => o.buyerId === as.buyer!.entityId));
    });

    test('inquiries have unread messages on both sides; the operator reads only the reported threads', async () => {
      const merchant = await inbox(d.db, as.merchant!, {});
      const buyer = await inbox(d.db, as.buyer!, {});
      assert.ok(merchant.unreadTotal >= 1 && buyer.unreadTotal >= 1, `unread: merchant ${merchant.unreadTotal}, buyer ${buyer.unreadTotal}`);
      const operator = await inbox(d.db, as.operator!, {});
      assert.ok(operator.total >= 2);
      assert.ok(operator.items.every((t) => t.reported));
      assert.ok(
        buyer.items.some((t) => !t.reported),
        'not every thread is reported',
      );
    });

    test('RFQs: one awarded to the accepted quote, one with quotes to compare, one its matches have not seen', async () => {
      const rfqs = (await listRfqs(d.db, as.buyer!)).items;
      assert.equal(rfqs.length, 3);
      const full = await Promise.all(rfqs.map((r) => getRfq(d.db, as.buyer!, r.id)));
      const awarded = full.find((r) => r.status === 'awarded')!;
      assert.deepEqual(awarded.quotes!.map((q) => q.status).sort(), ['accepted', ...awarded.quotes!.slice(1).map(() => 'rejected')]);
      assert.ok(full.some((r) => r.status === 'open' && r.quotes!.length >= 2));
      assert.ok(full.every((r) => r.matches!.length >= 1));
      assert.ok((await listRfqs(d.db, as.merchant!)).unseen >= 1);
    });

    test('a year of weekly index values, computed from the order observations of the imported history alone', async () => {
      assert.equal(report.trade!.publishedWeeks, 52);
      const sources = await sql<{ source: string }>`select distinct source from index_observations`.execute(d.db);
      assert.deepEqual(
        sources.rows.map((r) => r.source),
        ['order'],
      );
      const orphans = await sql<{ n: number }>`
        select count(*)::int as n from index_observations o
        where not exists (select 1 from order_lines l join merchant_orders m on m.id = l.order_id
                          where l.product_id = o.product_id and m.buyer_id = o.buyer_id and l.unit_price = o.price and l.qty = o.quantity)`.execute(d.db);
      assert.equal(orphans.rows[0]!.n, 0, 'every observation is an order line');
      const price = await getSeries(d.db, { series: 'price', category: 'ALL' });
      const points = price.nodes[0]!.points;
      assert.equal(points.length, 52);
      assert.equal(points[0]!.value, 100);
      assert.ok(new Set(points.map((p) => p.value)).size > 10, 'the index moves');
      assert.ok(points.every((p) => p.value > 50 && p.value < 200));
      const prosperity = await getSeries(d.db, { series: 'prosperity', category: 'ALL' });
      assert.equal(prosperity.nodes[0]!.points.length, 52);
    });
  });
}
