/**
 * What the checkout and listing speed work (issue 11, migration 012) must not
 * change: stock reservations stay off the search change feed except when they
 * flip a product's availability (what search reads of stock), listing edits
 * are still fed, the one-statement checkout keeps its answers, and the
 * keyset-paged listings (orders, inbox) walk every row once, newest first,
 * with unread counts equal to a recount of the messages.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testEngines } from '../src/core/db/testing.ts';
import type { Actor } from '../src/core/auth/index.ts';
import type { AppError } from '../src/core/errors.ts';
import { sampleProduct, tinyMarket, type Market } from './fixtures.ts';
import { createProduct, getProduct, searchDocumentRowsByIds, updateProduct } from '../src/modules/catalog/index.ts';
import { entityIdsOfKind } from '../src/modules/market/index.ts';
import { checkout, getInquiry, getPurchase, inbox, listOrders, moveOrder, openInquiry, postMessage } from '../src/modules/trade/index.ts';

const code = (c: string) => (e: AppError) => e.code === c;

for (const engine of testEngines()) {
  describe(`trade speed work on ${engine}`, () => {
    let m: Market;
    let otherBuyer: Actor;
    before(async () => {
      m = await tinyMarket(engine);
      const buyers = await entityIdsOfKind(m.d.db, 'buyer', 5);
      otherBuyer = { userId: null, role: 'buyer', entityId: buyers.find((b) => b !== m.buyer.entityId)! };
    });
    after(() => m.d.close());

    const feedRows = async (productId: number) =>
      Number((await sql<{ n: number }>`select count(*) as n from product_changes where product_id = ${productId}`.execute(m.d.db)).rows[0]!.n);

    test('a reservation is fed to search only when it flips availability (stock covers the MOQ); listing edits always are', async () => {
      const p = (await createProduct(m.d.db, m.merchant, { ...sampleProduct(m.categoryLeaf, 'SPEED-FEED'), moq: 100, stock: 1000 })).id;
      const start = await feedRows(p);
      assert.ok(start >= 1, 'creating a product is fed');

      const { purchase } = await checkout(m.d.db, m.buyer, 'speed-feed-0001', { lines: [{ productId: p, qty: 100 }] });
      assert.equal((await getProduct(m.d.db, m.merchant, p)).stock, 900);
      assert.equal((await searchDocumentRowsByIds(m.d.db, [p]))[0]!.stock, 900, 'search reads the stock as it is');
      assert.equal(await feedRows(p), start, 'a reservation that leaves the product available writes no change row');

      await checkout(m.d.db, m.buyer, 'speed-feed-0002', { lines: [{ productId: p, qty: 850 }] });
      assert.equal((await searchDocumentRowsByIds(m.d.db, [p]))[0]!.stock, 50);
      assert.equal(await feedRows(p), start + 1, 'stock falling below the MOQ is fed (availability is part of search quality)');

      // A cancellation puts the units back: available again, fed again.
      const order = purchase.orders[0]!;
      await moveOrder(m.d.db, m.merchant, order.id, { action: 'cancel', reason: 'out of colour' });
      assert.equal((await getProduct(m.d.db, m.merchant, p)).stock, 150);
      assert.equal(await feedRows(p), start + 2);

      await updateProduct(m.d.db, m.merchant, p, { stock: 160 });
      assert.equal(await feedRows(p), start + 3, "a merchant's edit of the listing is fed even when only stock changes");
      await updateProduct(m.d.db, m.merchant, p, { titleEn: 'Thermos cup, speed edition' });
      assert.equal(await feedRows(p), start + 4);
    });

    test('checkout in one statement keeps its answers: OUT_OF_STOCK names the products and what is left, a retry returns the purchase', async () => {
      const a = (
        await createProduct(m.d.db, m.merchant, { ...sampleProduct(m.categoryLeaf, 'SPEED-A'), moq: 1, stock: 5, priceTiers: [{ minQty: 1, unitPrice: 700 }] })
      ).id;
      const b = (
        await createProduct(m.d.db, m.merchant2, {
          ...sampleProduct(m.categoryLeaf, 'SPEED-B'),
          moq: 1,
          stock: 3,
          priceTiers: [{ minQty: 1, unitPrice: 1100 }],
        })
      ).id;
      const err = (await checkout(m.d.db, m.buyer, 'speed-oos-0001', {
        lines: [
          { productId: a, qty: 2 },
          { productId: b, qty: 4 },
        ],
      }).then(
        () => null,
        (e: AppError) => e,
      ))!;
      assert.equal(err.code, 'OUT_OF_STOCK');
      assert.match(err.message, new RegExp(`product ${b} \\(wanted 4, 3 left\\)`));
      assert.equal((await getProduct(m.d.db, m.merchant, a)).stock, 5, 'nothing was reserved');

      const lines = [
        { productId: b, qty: 3 },
        { productId: a, qty: 2 },
      ];
      const first = await checkout(m.d.db, m.buyer, 'speed-two-0001', { lines });
      assert.equal(first.created, true);
      assert.deepEqual(first.purchase.orders.map((o) => o.merchantId).sort(), [m.merchant.entityId, m.merchant2.entityId].sort());
      assert.deepEqual(first.purchase.totals, { CNY: 2 * 700 + 3 * 1100 });
      // The view made from the statement's own rows is the view read back.
      assert.deepEqual(first.purchase, await getPurchase(m.d.db, m.buyer, first.purchase.id));
      // b is now sold out: the retry still answers with the purchase, a new key is refused.
      const retry = await checkout(m.d.db, m.buyer, 'speed-two-0001', { lines });
      assert.equal(retry.created, false);
      assert.equal(retry.purchase.id, first.purchase.id);
      await assert.rejects(checkout(m.d.db, m.buyer, 'speed-two-0002', { lines }), code('OUT_OF_STOCK'));
      await assert.rejects(checkout(m.d.db, m.buyer, 'speed-two-0001', { lines: [{ productId: a, qty: 1 }] }), code('IDEMPOTENCY_MISMATCH'));
      assert.equal((await getProduct(m.d.db, m.merchant2, b)).stock, 0);
    });

    test('terms read for an earlier checkout never price a later one: a new price, MOQ, deposit rate or a hidden product is seen at once', async () => {
      const c = (
        await createProduct(m.d.db, m.merchant, {
          ...sampleProduct(m.categoryLeaf, 'SPEED-TERMS'),
          moq: 1,
          stock: 100,
          priceTiers: [{ minQty: 1, unitPrice: 500 }],
        })
      ).id;
      const unitPrice = async (key: string, qty: number) => {
        const { purchase } = await checkout(m.d.db, m.buyer, key, { lines: [{ productId: c, qty }] });
        const order = purchase.orders[0]!;
        assert.deepEqual(purchase, await getPurchase(m.d.db, m.buyer, purchase.id), 'the answer is what was written');
        const line = (await sql<{ unit_price: number }>`select unit_price from order_lines where order_id = ${order.id}`.execute(m.d.db)).rows[0]!;
        return { price: Number(line.unit_price), total: order.total, depositBp: order.depositBp };
      };
      assert.equal((await unitPrice('speed-terms-0001', 1)).price, 500);
      await updateProduct(m.d.db, m.merchant, c, { priceTiers: [{ minQty: 1, unitPrice: 600 }] });
      assert.deepEqual(await unitPrice('speed-terms-0002', 2), { price: 600, total: 1200, depositBp: 3000 }, 'the new price, not the one read before');
      await sql`insert into trade_terms (merchant_id, deposit_bp) values (${m.merchant.entityId}, 5000)
        on conflict (merchant_id) do update set deposit_bp = 5000`.execute(m.d.db);
      assert.equal((await unitPrice('speed-terms-0003', 1)).depositBp, 5000, "the merchant's new deposit rate");
      await updateProduct(m.d.db, m.merchant, c, { moq: 5, priceTiers: [{ minQty: 5, unitPrice: 600 }] });
      await assert.rejects(checkout(m.d.db, m.buyer, 'speed-terms-0004', { lines: [{ productId: c, qty: 1 }] }), code('LIST_NOT_READY'));
      assert.equal((await unitPrice('speed-terms-0005', 5)).total, 3000);
      await updateProduct(m.d.db, m.merchant, c, { status: 'hidden' });
      await assert.rejects(checkout(m.d.db, m.buyer, 'speed-terms-0006', { lines: [{ productId: c, qty: 5 }] }), code('LIST_NOT_READY'));
      assert.equal((await getProduct(m.d.db, m.merchant, c)).stock, 100 - 1 - 2 - 1 - 5, 'only the purchases made took stock');
      await sql`delete from trade_terms where merchant_id = ${m.merchant.entityId}`.execute(m.d.db);
    });

    test("keyset pages of a merchant's orders (all, and in one state) walk every order once, newest first, and only its own", async () => {
      const p = (
        await createProduct(m.d.db, m.merchant, {
          ...sampleProduct(m.categoryLeaf, 'SPEED-PAGE'),
          moq: 1,
          stock: 1000,
          priceTiers: [{ minQty: 1, unitPrice: 100 }],
        })
      ).id;
      for (let i = 0; i < 17; i++) {
        const buyer = i % 3 === 0 ? otherBuyer : m.buyer;
        const { purchase } = await checkout(m.d.db, buyer, `speed-page-${String(i).padStart(4, '0')}`, { lines: [{ productId: p, qty: 1 }] });
        if (i % 2 === 0) await moveOrder(m.d.db, m.merchant, purchase.orders[0]!.id, { action: 'confirm', leadTimeDays: 10 });
      }
      for (const filter of [{}, { status: 'confirmed' }, { status: 'placed' }] as const) {
        const all = await listOrders(m.d.db, m.merchant, { ...filter, pageSize: 100 });
        const walked: number[] = [];
        let page = await listOrders(m.d.db, m.merchant, { ...filter, pageSize: 4 });
        assert.deepEqual(
          page.items.map((o) => o.id),
          all.items.slice(0, 4).map((o) => o.id),
          'the first page is the same either way',
        );
        for (;;) {
          walked.push(...page.items.map((o) => o.id));
          assert.equal(page.total, all.total);
          if (!page.nextCursor) break;
          page = await listOrders(m.d.db, m.merchant, { ...filter, pageSize: 4, after: page.nextCursor });
        }
        assert.deepEqual(
          walked,
          all.items.map((o) => o.id),
        );
        assert.deepEqual(
          walked,
          [...walked].sort((x, y) => y - x),
          'newest first',
        );
        assert.ok(all.items.every((o) => o.merchantId === m.merchant.entityId && (!('status' in filter) || o.status === filter.status)));
      }
      // A buyer's pages hold only its own orders, whatever cursor it sends.
      const mine = await listOrders(m.d.db, otherBuyer, { pageSize: 2 });
      const next = await listOrders(m.d.db, otherBuyer, { pageSize: 100, after: String(Number.MAX_SAFE_INTEGER) });
      assert.ok([...mine.items, ...next.items].every((o) => o.buyerId === otherBuyer.entityId));
      assert.equal(next.items.length, mine.total);
      await assert.rejects(listOrders(m.d.db, m.merchant, { after: 'x' }), code('VALIDATION'));
    });

    test('the inbox pages by cursor, and its unread counts (kept on the threads) equal a recount of the messages', async () => {
      const p = (await createProduct(m.d.db, m.merchant, sampleProduct(m.categoryLeaf, 'SPEED-INQ'))).id;
      const ids: number[] = [];
      for (let i = 0; i < 9; i++) {
        const t = await openInquiry(m.d.db, i % 2 ? m.buyer : otherBuyer, { productId: p, body: `Price for ${1000 + i} pcs?` });
        ids.push(t.id);
        if (i % 3 === 0) await postMessage(m.d.db, m.merchant, t.id, { body: '报价已发' });
        if (i % 4 === 0) await postMessage(m.d.db, i % 2 ? m.buyer : otherBuyer, t.id, { body: 'And in blue?' });
      }
      await getInquiry(m.d.db, m.merchant, ids[4]!); // the merchant reads one thread
      const recount = async (party: 'buyer' | 'merchant') =>
        new Map(
          (
            await sql<{ id: number; n: number }>`
              select i.id, (select count(*) from inquiry_messages x where x.inquiry_id = i.id and x.sender <> ${party}
                and x.seq > coalesce((select r.last_read_seq from inquiry_reads r where r.inquiry_id = i.id and r.party = ${party}), 0)) as n
              from inquiries i`.execute(m.d.db)
          ).rows.map((r) => [Number(r.id), Number(r.n)]),
        );
      const counts = await recount('merchant');
      const all = await inbox(m.d.db, m.merchant, { pageSize: 100 });
      for (const it of all.items) assert.equal(it.unread, counts.get(it.id), `thread ${it.id}`);
      assert.equal(
        all.unreadTotal,
        all.items.reduce((s, it) => s + it.unread, 0),
      );
      assert.equal(all.items.find((it) => it.id === ids[4])!.unread, 0);
      const buyerCounts = await recount('buyer');
      for (const it of (await inbox(m.d.db, m.buyer, { pageSize: 100 })).items) assert.equal(it.unread, buyerCounts.get(it.id), `buyer's thread ${it.id}`);

      for (const unread of ['false', 'true'] as const) {
        const every = await inbox(m.d.db, m.merchant, { unread, pageSize: 100 });
        const walked: number[] = [];
        let page = await inbox(m.d.db, m.merchant, { unread, pageSize: 2 });
        for (;;) {
          walked.push(...page.items.map((it) => it.id));
          if (!page.nextCursor) break;
          page = await inbox(m.d.db, m.merchant, { unread, pageSize: 2, after: page.nextCursor });
        }
        assert.deepEqual(
          walked,
          every.items.map((it) => it.id),
        );
        assert.equal(walked.length, every.total);
        if (unread === 'true') assert.ok(every.items.every((it) => it.unread > 0));
      }
      assert.ok(all.items.every((it) => it.merchantId === m.merchant.entityId));
      await assert.rejects(inbox(m.d.db, m.merchant, { after: '2026-01-01~1' }), code('VALIDATION'));
    });
  });
}
