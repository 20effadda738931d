import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../../core/db/testing.ts';
import type { Actor } from '../../core/auth/index.ts';
import type { AppError } from '../../core/errors.ts';
import { sampleProduct, tinyMarket, type Market } from '../../../test/fixtures.ts';
import { createProduct } from '../catalog/index.ts';
import { entityIdsOfKind } from '../market/index.ts';
import { detectLang, getInquiry, inbox, openInquiry, postMessage, reportInquiry, responseStats } from './index.ts';

const code = (c: string) => (e: AppError) => e.code === c;

test('a message without a stated language is placed by its script', () => {
  assert.equal(detectLang('你好，500个蓝色的多少钱？'), 'zh');
  assert.equal(detectLang('مرحبا، كم السعر؟'), 'ar');
  assert.equal(detectLang('Здравствуйте'), 'ru');
  assert.equal(detectLang('こんにちは、価格は？'), 'ja');
  assert.equal(detectLang('Hello, price for 500 pcs?'), 'und');
});

for (const engine of testEngines()) {
  describe(`inquiries on ${engine}`, () => {
    let m: Market;
    let cup: number;
    let otherBuyer: Actor;
    before(async () => {
      m = await tinyMarket(engine);
      cup = (await createProduct(m.d.db, m.merchant, sampleProduct(m.categoryLeaf, 'INQ-CUP'))).id;
      const buyers = await entityIdsOfKind(m.d.db, 'buyer', 5);
      otherBuyer = { userId: null, role: 'buyer', entityId: buyers.find((b) => b !== m.buyer.entityId)! };
    });
    after(() => m.d.close());

    test('a buyer asks about a product; the merchant answers; unread counts, read receipts and first-response time follow', async () => {
      const t = await openInquiry(m.d.db, m.buyer, { productId: cup, body: 'Price for 2000 pcs in blue, FOB Ningbo?', lang: 'en' });
      assert.equal(t.merchantId, m.merchant.entityId);
      assert.equal(t.subject, '不锈钢保温杯 500ml');
      assert.equal(t.messages[0]!.read, false);
      let box = await inbox(m.d.db, m.merchant, {});
      assert.equal(box.items.find((i) => i.id === t.id)!.unread, 1);
      assert.ok(box.unreadTotal >= 1);

      const seen = await getInquiry(m.d.db, m.merchant, t.id);
      assert.equal(seen.messages[0]!.read, true, 'reading the thread marks the buyer message read');
      box = await inbox(m.d.db, m.merchant, {});
      assert.equal(box.items.find((i) => i.id === t.id)!.unread, 0);
      assert.equal((await getInquiry(m.d.db, m.buyer, t.id)).messages[0]!.read, true, 'the buyer sees its message was read');

      const answered = await postMessage(m.d.db, m.merchant, t.id, { body: '2000个蓝色，FOB宁波 每个10.90元', productId: cup });
      assert.equal(answered.messages[1]!.lang, 'zh');
      assert.equal(answered.messages[1]!.productId, cup);
      assert.ok(answered.firstResponseSeconds !== null && answered.firstResponseSeconds >= 0);
      const again = await postMessage(m.d.db, m.merchant, t.id, { body: 'and samples are free' });
      assert.equal(again.firstResponseSeconds, answered.firstResponseSeconds, 'the first response is recorded once');
      const buyerBox = await inbox(m.d.db, m.buyer, { unread: 'true' });
      assert.equal(buyerBox.items.find((i) => i.id === t.id)!.unread, 2);
      assert.equal(buyerBox.items[0]!.lastMessage!.body, 'and samples are free');
      const stats = await responseStats(m.d.db, m.merchant.entityId!);
      assert.equal(stats.answered, 1);
    });

    test('nobody else reads a thread; the operator reads it only once it is reported', async () => {
      const t = await openInquiry(m.d.db, m.buyer, { merchantId: m.merchant.entityId!, body: '你们有现货吗？' });
      await assert.rejects(getInquiry(m.d.db, m.merchant2, t.id), code('NOT_FOUND'));
      await assert.rejects(getInquiry(m.d.db, otherBuyer, t.id), code('NOT_FOUND'));
      await assert.rejects(postMessage(m.d.db, m.merchant2, t.id, { body: 'hi' }), code('NOT_FOUND'));
      await assert.rejects(getInquiry(m.d.db, m.operator, t.id), code('NOT_FOUND'));
      assert.ok(!(await inbox(m.d.db, m.operator, {})).items.some((i) => i.id === t.id));
      await reportInquiry(m.d.db, m.merchant, t.id, { reason: 'asks for payment off the platform' });
      const seen = await getInquiry(m.d.db, m.operator, t.id);
      assert.equal(seen.report?.by, 'merchant');
      assert.ok((await inbox(m.d.db, m.operator, {})).items.some((i) => i.id === t.id));
      await assert.rejects(postMessage(m.d.db, m.operator, t.id, { body: 'hello' }), code('FORBIDDEN'));
      await assert.rejects(reportInquiry(m.d.db, m.buyer, t.id, { reason: 'again' }), code('CONFLICT'));
    });

    test('bad inquiries are refused with what to fix', async () => {
      await assert.rejects(openInquiry(m.d.db, m.merchant, { productId: cup, body: 'x' }), code('FORBIDDEN'));
      await assert.rejects(openInquiry(m.d.db, m.buyer, { body: 'to whom?' }), code('VALIDATION'));
      await assert.rejects(openInquiry(m.d.db, m.buyer, { productId: cup, body: '   ' }), code('VALIDATION'));
      await assert.rejects(openInquiry(m.d.db, m.buyer, { merchantId: m.buyer.entityId!, body: 'hi' }), code('NOT_FOUND'));
      await assert.rejects(openInquiry(m.d.db, m.buyer, { productId: cup, body: 'see', attachments: [{ url: 'javascript:alert(1)' }] }), code('VALIDATION'));
      await assert.rejects(openInquiry(m.d.db, m.buyer, { merchantId: m.merchant2.entityId!, body: 'card', productId: cup }), code('VALIDATION'));
    });
  });
}
