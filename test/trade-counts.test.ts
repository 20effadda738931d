/**
 * The counters kept with orders and inquiry threads (trade migrations 025, 029) equal a recount after
 * every kind of change: checkouts (one and two merchants), moves through the states, a
 * cancellation, a refused checkout (nothing counted), new threads, messages both ways and reads, a
 * bulk insert and delete of many threads of one party in one statement;
 * each thread's last message equals its newest message. The listings' totals are read from them.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testEngines } from '../src/core/db/testing.ts';
import type { Actor } from '../src/core/auth/index.ts';
import { sampleProduct, tinyMarket, type Market } from './fixtures.ts';
import { createProduct } from '../src/modules/catalog/index.ts';
import { entityIdsOfKind } from '../src/modules/market/index.ts';
import { checkout, getInquiry, inbox, listOrders, moveOrder, openInquiry, postMessage } from '../src/modules/trade/index.ts';

for (const engine of testEngines()) {
  describe(`trade counters on ${engine}`, () => {
    let m: Market;
    let otherBuyer: Actor;
    before(async () => {
      m = await tinyMarket(engine);
      const buyers = await entityIdsOfKind(m.d.db, 'buyer', 5);
      otherBuyer = { userId: null, role: 'buyer', entityId: buyers.find((b) => b !== m.buyer.entityId)! };
    });
    after(() => m.d.close());

    const orderCounts = async () =>
      (
        await sql<{ k: string }>`select party || ':' || party_id || ':' || status || '=' || n as k from order_counts where n <> 0
          order by party, party_id, status`.execute(m.d.db)
      ).rows.map((r) => r.k);
    const inboxCounts = async () =>
      (
        await sql<{ k: string }>`select party || ':' || party_id || '=' || threads || '/' || unread_threads || '/' || unread_messages as k
          from inquiry_counts where threads <> 0 order by party, party_id`.execute(m.d.db)
      ).rows.map((r) => r.k);
    const lastMessages = async () =>
      (await sql<{ k: string }>`select id || '=' || coalesce(last_message, '') as k from inquiries order by id`.execute(m.d.db)).rows.map((r) => r.k);
    /** The counters as kept, then as recounted from the rows: they must be the same. */
    const assertRecount = async () => {
      const kept = { orders: await orderCounts(), inbox: await inboxCounts(), last: await lastMessages() };
      await sql`select trade_recount_orders()`.execute(m.d.db);
      await sql`select trade_recount_inbox()`.execute(m.d.db);
      assert.deepEqual(kept, { orders: await orderCounts(), inbox: await inboxCounts(), last: await lastMessages() });
    };

    test('order counters follow checkouts, moves and cancellations, and give the listings their totals', async () => {
      const mk = async (who: Actor, sku: string) =>
        (await createProduct(m.d.db, who, { ...sampleProduct(m.categoryLeaf, sku), moq: 1, stock: 100, priceTiers: [{ minQty: 1, unitPrice: 100 }] })).id;
      const a = await mk(m.merchant, 'COUNT-A');
      const b = await mk(m.merchant2, 'COUNT-B');
      const ids: number[] = [];
      for (let i = 0; i < 6; i++) {
        const lines =
          i % 2
            ? [{ productId: a, qty: 1 }]
            : [
                { productId: a, qty: 1 },
                { productId: b, qty: 2 },
              ];
        const { purchase } = await checkout(m.d.db, i % 3 ? m.buyer : otherBuyer, `count-${engine}-${i}`, { lines });
        ids.push(...purchase.orders.filter((o) => o.merchantId === m.merchant.entityId).map((o) => o.id));
      }
      // a retry and a refused checkout count nothing
      await checkout(m.d.db, m.buyer, `count-${engine}-1`, { lines: [{ productId: a, qty: 1 }] });
      await assert.rejects(checkout(m.d.db, m.buyer, `count-${engine}-big`, { lines: [{ productId: a, qty: 1000 }] }));
      await moveOrder(m.d.db, m.merchant, ids[0]!, { action: 'confirm', leadTimeDays: 5 });
      await moveOrder(m.d.db, m.merchant, ids[1]!, { action: 'confirm', leadTimeDays: 5 });
      await moveOrder(m.d.db, m.merchant, ids[2]!, { action: 'cancel', reason: 'out of colour' });
      await assertRecount();
      for (const who of [m.merchant, m.merchant2, m.buyer, otherBuyer]) {
        for (const status of [undefined, 'placed', 'confirmed', 'cancelled'] as const) {
          const page = await listOrders(m.d.db, who, { pageSize: 100, ...(status ? { status } : {}) });
          assert.equal(page.total, page.items.length, `${who.role} ${who.entityId} ${status ?? 'all'}`);
        }
      }
    });

    test('inbox counters and last messages follow new threads, messages and reads', async () => {
      const p = (await createProduct(m.d.db, m.merchant, sampleProduct(m.categoryLeaf, 'COUNT-INQ'))).id;
      const ids: number[] = [];
      for (let i = 0; i < 5; i++) {
        const buyer = i % 2 ? m.buyer : otherBuyer;
        const t = await openInquiry(m.d.db, buyer, { productId: p, body: `How many per carton, ${i}?` });
        ids.push(t.id);
        if (i % 2 === 0) await postMessage(m.d.db, m.merchant, t.id, { body: '每箱100个' });
        if (i === 4) await postMessage(m.d.db, buyer, t.id, { body: 'And the carton size?' });
        await assertRecount();
      }
      await getInquiry(m.d.db, m.merchant, ids[0]!);
      await getInquiry(m.d.db, otherBuyer, ids[4]!);
      await assertRecount();
      const mine = await inbox(m.d.db, m.merchant, { pageSize: 100 });
      assert.equal(mine.total, mine.items.length);
      assert.equal(
        mine.unreadTotal,
        mine.items.reduce((s, it) => s + it.unread, 0),
      );
      assert.equal((await inbox(m.d.db, m.merchant, { unread: 'true', pageSize: 100 })).total, mine.items.filter((it) => it.unread > 0).length);
      assert.deepEqual(mine.items.find((it) => it.id === ids[4])!.lastMessage, { sender: 'buyer', body: 'And the carton size?' });
    });

    test("a bulk insert and a bulk delete of one party's threads move its inbox counters once per statement", async () => {
      const buyers = await entityIdsOfKind(m.d.db, 'buyer', 3);
      // 600 threads for one merchant in one statement (as a bulk load or an imported history writes them), unread on both sides.
      await sql`insert into inquiries (buyer_id, merchant_id, subject, buyer_unread, merchant_unread)
        select (${sql.val(buyers)}::bigint[])[1 + g % ${buyers.length}], ${m.merchant2.entityId}, 'bulk ' || g, g % 3, (g % 2) * 2
        from generate_series(1, 600) g`.execute(m.d.db);
      await assertRecount();
      const merchant2 = await inbox(m.d.db, m.merchant2, { pageSize: 1 });
      assert.ok(merchant2.total >= 600);
      await sql`delete from inquiries where merchant_id = ${m.merchant2.entityId} and subject like 'bulk %' and id % 2 = 0`.execute(m.d.db);
      await assertRecount();
      assert.equal((await inbox(m.d.db, m.merchant2, { pageSize: 1 })).total, merchant2.total - 300);
    });
  });
}
