import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../core/db/testing.ts';
import type { AppError } from '../core/errors.ts';
import { sampleProduct, tinyMarket, type Market } from '../../test/fixtures.ts';
import { createProduct } from '../modules/catalog/index.ts';
import { LiveSearch } from '../modules/search/index.ts';
import { acceptQuote, getOrder, getRfq, listRfqs, postRfq, submitQuote } from '../modules/trade/index.ts';
import { matchRfq } from './match-rfq.ts';

const code = (c: string) => (e: AppError) => e.code === c;
const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

for (const engine of testEngines()) {
  describe(`RFQ matching on ${engine}`, () => {
    let m: Market;
    let live: LiveSearch;
    before(async () => {
      m = await tinyMarket(engine);
      for (let i = 0; i < 3; i++)
        await createProduct(m.d.db, m.merchant, {
          ...sampleProduct(m.categoryLeaf, `RFQ-TI-${i}`),
          titleZh: `钛合金露营水壶 ${i + 1}L`,
          titleEn: `Titanium camping kettle ${i + 1}L`,
          moq: 200,
        });
      await createProduct(m.d.db, m.merchant2, { ...sampleProduct(m.categoryLeaf, 'RFQ-TI-M2'), titleZh: '钛合金露营水壶 大号', moq: 5000 });
      live = await LiveSearch.start(m.d);
    });
    after(async () => {
      await live.close();
      await m.d.close();
    });

    test('an RFQ finds the merchants whose goods fit, ranked with their reasons; a quote accepted becomes an order', async () => {
      const rfq = await postRfq(m.d.db, m.buyer, {
        text: '钛合金露营水壶',
        qty: 1000,
        unit: 'pcs',
        targetPrice: 2000,
        currency: 'CNY',
        deadline: inAMonth(),
        destination: 'AEJEA',
        incoterm: 'FOB',
      });
      const matches = await matchRfq(m.d.db, live, rfq.id);
      assert.ok(matches.length >= 2);
      assert.equal(matches[0]!.merchantId, m.merchant.entityId, 'three matching products with a fitting MOQ rank first');
      assert.equal(matches[0]!.reason.matchingProducts, 3);
      assert.equal(matches[0]!.reason.moqFits, true);
      const second = matches.find((x) => x.merchantId === m.merchant2.entityId)!;
      assert.equal(second.reason.moqFits, false);
      assert.ok(second.score < matches[0]!.score);

      const inbox = await listRfqs(m.d.db, m.merchant);
      assert.ok(inbox.items.some((r) => r.id === rfq.id));
      assert.ok(inbox.unseen >= 1);
      await getRfq(m.d.db, m.merchant, rfq.id);
      assert.equal((await listRfqs(m.d.db, m.merchant)).unseen, inbox.unseen - 1);

      const quote = {
        currency: 'CNY',
        tiers: [
          { minQty: 200, unitPrice: 2100 },
          { minQty: 1000, unitPrice: 1890 },
        ],
        moq: 200,
        leadTimeDays: 20,
        validUntil: inAMonth(),
        incoterm: 'FOB',
        sampleAvailable: true,
        samplePrice: 0,
      };
      await assert.rejects(submitQuote(m.d.db, m.buyer, rfq.id, quote), code('FORBIDDEN'));
      const q1 = await submitQuote(m.d.db, m.merchant, rfq.id, quote);
      assert.deepEqual(q1.atRfqQty, { unitPrice: 1890, total: 1_890_000 });
      const q2 = await submitQuote(m.d.db, m.merchant2, rfq.id, { ...quote, tiers: [{ minQty: 5000, unitPrice: 1500 }], moq: 5000 });
      assert.equal(q2.atRfqQty, null, 'below its MOQ: nothing to compare at the RFQ quantity');
      const seen = await getRfq(m.d.db, m.buyer, rfq.id);
      assert.equal(seen.quotes!.length, 2);
      assert.equal(seen.matches![0]!.rank, 1);
      const own = await getRfq(m.d.db, m.merchant2, rfq.id);
      assert.deepEqual(
        own.quotes!.map((q) => q.id),
        [q2.id],
        'a merchant sees only its own quote',
      );
      assert.equal(own.matches, undefined);

      await assert.rejects(acceptQuote(m.d.db, m.buyer, q2.id), code('CONFLICT'));
      const { orderId } = await acceptQuote(m.d.db, m.buyer, q1.id);
      const order = await getOrder(m.d.db, m.merchant, orderId);
      assert.deepEqual([order.status, order.total, order.leadTimeDays, order.lines![0]!.qty], ['placed', 1_890_000, 20, 1000]);
      assert.equal(order.deposit + order.balance, order.total);
      const after = await getRfq(m.d.db, m.buyer, rfq.id);
      assert.equal(after.status, 'awarded');
      assert.deepEqual(after.quotes!.map((q) => q.status).sort(), ['accepted', 'rejected']);
      await assert.rejects(submitQuote(m.d.db, m.merchant, rfq.id, quote), code('CONFLICT'));
    });

    test('bad RFQs are refused: port, Incoterm, past deadline', async () => {
      const base = { text: '保温杯', qty: 100, unit: 'pcs', deadline: inAMonth(), destination: 'USLAX', incoterm: 'CIF' };
      await postRfq(m.d.db, m.buyer, base);
      await assert.rejects(postRfq(m.d.db, m.buyer, { ...base, destination: 'Los Angeles' }), code('VALIDATION'));
      await assert.rejects(postRfq(m.d.db, m.buyer, { ...base, incoterm: 'FOT' }), code('VALIDATION'));
      await assert.rejects(postRfq(m.d.db, m.buyer, { ...base, deadline: '2020-01-01' }), code('VALIDATION'));
      await assert.rejects(postRfq(m.d.db, m.merchant, base), code('FORBIDDEN'));
    });
  });
}
