/**
 * IP notice and takedown with counter-notice (src/flows/ip-takedown.ts over the
 * credit module and the catalogue), on both engines: the whole flow, what each
 * role may do and see, the listing hidden and restored, the credit event on an
 * upheld complaint, and every step in the audit log.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../src/core/db/testing.ts';
import { ANONYMOUS, type Actor } from '../src/core/auth/index.ts';
import { AppError } from '../src/core/errors.ts';
import { getProduct, productsByIds } from '../src/modules/catalog/index.ts';
import { getIpNotice, listAudit, listIpNotices } from '../src/modules/credit/index.ts';
import { decideIpComplaint, fileCounterNotice, fileIpComplaint, takeDownListing, updateListing } from '../src/flows/ip-takedown.ts';
import { tinyMarket, type Market } from './fixtures.ts';

const REGULATOR: Actor = { userId: null, role: 'regulator', entityId: null };
const code = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return 'OK';
};
const complaint = (productId: number, more: Record<string, unknown> = {}) => ({
  productId,
  rightKind: 'trademark',
  rightRef: 'TM 12345678',
  claim: 'The listing uses our registered mark on counterfeit thermos cups.',
  evidenceRefs: ['EV-TM-CERT-1', 'EV-TEST-PURCHASE-7'],
  ...more,
});

for (const engine of testEngines()) {
  describe(`IP notice and takedown on ${engine}`, () => {
    let m: Market;
    let products: number[];
    before(async () => {
      m = await tinyMarket(engine);
      const rows = await m.d.db
        .selectFrom('products')
        .select('id')
        .where('merchant_id', '=', m.merchant.entityId!)
        .where('status', '=', 'active')
        .orderBy('id')
        .limit(2)
        .execute();
      products = rows.map((r) => r.id);
    });
    after(() => m.d.close());
    const publicVisible = async (id: number) => (await productsByIds(m.d.db, [id])).length === 1;

    test('notice → takedown → counter-notice → rejected: the listing is hidden, then restored; each step timed and audited', async () => {
      const p = products[0]!;
      const db = m.d.db;
      assert.equal(await code(fileIpComplaint(db, m.merchant, complaint(p))), 'FORBIDDEN', 'not against its own listing');
      assert.equal(await code(fileIpComplaint(db, m.operator, complaint(p))), 'VALIDATION', 'the operator names the rights holder');
      const n = await fileIpComplaint(db, m.merchant2, complaint(p));
      assert.equal(n.status, 'filed');
      assert.equal(n.merchantId, m.merchant.entityId);
      assert.ok(n.filedAt);

      // who sees it: the listing's merchant and the complainant, not a third party
      assert.deepEqual(
        (await listIpNotices(db, m.merchant, {})).map((x) => x.id),
        [n.id],
      );
      assert.ok((await listIpNotices(db, m.merchant2, {})).some((x) => x.id === n.id));
      assert.deepEqual(await listIpNotices(db, m.buyer, {}), []);
      assert.equal(await code(getIpNotice(db, m.buyer, n.id)), 'NOT_FOUND');
      assert.equal(await code(listIpNotices(db, ANONYMOUS, {})), 'UNAUTHENTICATED');

      // steps out of order or by the wrong role
      assert.equal(
        await code(fileCounterNotice(db, m.merchant, n.id, { statement: 'We own the licence for this mark.', evidenceRefs: ['LIC-1'] })),
        'CONFLICT',
      );
      assert.equal(await code(takeDownListing(db, m.merchant, n.id, { reason: 'x' })), 'FORBIDDEN');
      assert.equal(await code(decideIpComplaint(db, m.operator, n.id, { outcome: 'upheld', reason: 'x' })), 'FORBIDDEN');
      assert.equal(await code(decideIpComplaint(db, REGULATOR, n.id, { outcome: 'upheld', reason: 'x' })), 'CONFLICT', 'uphold needs a takedown');

      const down = await takeDownListing(db, m.operator, n.id, { reason: 'credible evidence of counterfeit' });
      assert.equal(down.status, 'taken_down');
      assert.ok(down.takenDownAt);
      assert.equal(await publicVisible(p), false, 'gone from search hydration');
      assert.equal(await code(getProduct(db, ANONYMOUS, p)), 'NOT_FOUND', 'gone from its public page');
      assert.equal(await code(updateListing(db, m.merchant, p, { status: 'active' })), 'CONFLICT', 'the merchant cannot put it back');
      assert.equal(await code(takeDownListing(db, m.operator, n.id, { reason: 'again' })), 'CONFLICT');

      assert.equal(
        await code(fileCounterNotice(db, m.merchant2, n.id, { statement: 'Not my listing but I object.', evidenceRefs: ['X'] })),
        'NOT_FOUND',
        'only the listing’s merchant counters',
      );
      const c = await fileCounterNotice(db, m.merchant, n.id, { statement: 'We hold a licence from the mark owner.', evidenceRefs: ['LIC-2026-001'] });
      assert.equal(c.status, 'countered');
      assert.ok(c.counteredAt);
      assert.equal(await code(fileCounterNotice(db, m.merchant, n.id, { statement: 'A second counter-notice.', evidenceRefs: ['Y'] })), 'CONFLICT');

      const r = await decideIpComplaint(db, REGULATOR, n.id, { outcome: 'rejected', reason: 'the licence is valid' });
      assert.equal(r.status, 'rejected');
      assert.ok(r.decidedAt);
      assert.equal(r.eventId, null);
      assert.equal(await publicVisible(p), true, 'restored');
      const audit = await listAudit(db, REGULATOR, { limit: 500 });
      const steps = audit.filter((a) => (a.details as { noticeId?: number }).noticeId === n.id).map((a) => a.action);
      assert.deepEqual(steps.sort(), ['ip.counter', 'ip.file', 'ip.reject', 'ip.takedown']);
    });

    test('upheld: the listing stays down and the credit event "IP infringement upheld" is recorded', async () => {
      const p = products[1]!;
      const db = m.d.db;
      const n = await fileIpComplaint(db, m.operator, complaint(p, { complainant: 'Brand Owner Ltd', rightKind: 'design', rightRef: 'ZL 2023 3 0123456.7' }));
      assert.equal(n.complainantEntityId, null);
      await takeDownListing(db, REGULATOR, n.id, { reason: 'pending decision' });
      const up = await decideIpComplaint(db, REGULATOR, n.id, { outcome: 'upheld', reason: 'design copied' });
      assert.equal(up.status, 'upheld');
      assert.ok(up.eventId);
      const ev = await db
        .selectFrom('credit_events' as never)
        .selectAll()
        .where('id' as never, '=', up.eventId as never)
        .executeTakeFirst();
      assert.equal((ev as { kind?: string } | undefined)?.kind, 'ip_infringement');
      assert.equal((ev as { entity_id?: number } | undefined)?.entity_id, m.merchant.entityId);
      assert.equal(await publicVisible(p), false);
      assert.equal(await code(updateListing(db, m.merchant, p, { status: 'active' })), 'CONFLICT');
      assert.equal(await code(decideIpComplaint(db, REGULATOR, n.id, { outcome: 'rejected', reason: 'changed mind' })), 'CONFLICT', 'decided once');
      const mine = await listAudit(db, m.merchant, { limit: 500 });
      assert.ok(
        mine.some((a) => a.action === 'ip.uphold'),
        'the merchant sees the decision about it in its audit trail',
      );
    });
  });
}
