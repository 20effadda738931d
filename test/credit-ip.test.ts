/**
 * IP notice and takedown with counter-notice (src/flows/ip-takedown.ts over the
 * credit module and the catalogue), on both engines: the demo's complaints in
 * every state, the whole flow, what each role may do and see, the listing hidden
 * and restored, the credit event on an upheld complaint, every step in the audit
 * log, and the catalogue's hold (migration 026): no update, import, delete or
 * direct write sets a held listing active, and a rejection lifts it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testEngines } from '../src/core/db/testing.ts';
import { ANONYMOUS, type Actor } from '../src/core/auth/index.ts';
import { AppError } from '../src/core/errors.ts';
import {
  columnLabel,
  csvLine,
  deleteProduct,
  exportProducts,
  getProduct,
  importProducts,
  parseCsv,
  productsByIds,
  setListingStatus,
  updateProduct,
} from '../src/modules/catalog/index.ts';
import { getIpNotice, IP_NOTICE_STATUSES, listAudit, listIpNotices } from '../src/modules/credit/index.ts';
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
const failure = async (p: Promise<unknown>): Promise<AppError> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected the call to fail');
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
        // listings the demo's complaints are not about
        .where(sql<boolean>`not exists (select 1 from credit_ip_notices n where n.product_id = products.id)`)
        .orderBy('id')
        .limit(4)
        .execute();
      products = rows.map((r) => r.id);
    });
    after(() => m.d.close());
    const publicVisible = async (id: number) => (await productsByIds(m.d.db, [id])).length === 1;
    const held = async (id: number) =>
      (await sql<{ ip_hold: boolean }>`select ip_hold from products where id = ${id}`.execute(m.d.db)).rows[0]?.ip_hold === true;

    test('the demo has a complaint in every state; those that hold their listing keep it hidden under the catalogue’s hold', async () => {
      const db = m.d.db;
      const all = await listIpNotices(db, REGULATOR, { limit: 200 });
      for (const status of IP_NOTICE_STATUSES)
        assert.ok(
          all.some((n) => n.status === status),
          `a demo complaint ${status}`,
        );
      for (const n of all) {
        const holds = n.status === 'taken_down' || n.status === 'countered' || n.status === 'upheld';
        assert.equal(await held(n.productId), holds, `notice ${n.id} (${n.status}): hold`);
        assert.equal(await publicVisible(n.productId), !holds, `notice ${n.id} (${n.status}): public`);
      }
      // the demo merchant has one to counter-notice, and sees its own
      const mine = await listIpNotices(db, m.merchant, {});
      assert.ok(mine.some((n) => n.status === 'taken_down'));
      assert.ok(mine.every((n) => n.merchantId === m.merchant.entityId || n.complainantEntityId === m.merchant.entityId));
      assert.ok(all.some((n) => n.status === 'upheld' && n.eventId !== null && n.merchantId !== m.merchant.entityId));
    });

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
        (await listIpNotices(db, m.merchant, { productId: p })).map((x) => x.id),
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

    /** The merchant's sheet (its export) cut to the header and the row of `sku`, with the status cell set. */
    const sheetWith = async (sku: string, status: string): Promise<Buffer> => {
      const rows = parseCsv((await exportProducts(m.d.db, m.merchant, 'csv', { lang: 'en' })).toString('utf8'));
      const header = rows[0]!;
      const at = header.indexOf(columnLabel('status', 'en'));
      const row = rows.find((r) => r[header.indexOf(columnLabel('sku', 'en'))] === sku)!;
      assert.ok(at >= 0 && row, 'the export has the status column and the row');
      row[at] = status;
      return Buffer.from(csvLine(header) + csvLine(row), 'utf8');
    };

    test('the hold is the catalogue’s: import, update, delete, setListingStatus and the database refuse to set a held listing active; a rejection lifts it', async () => {
      const p = products[2]!;
      const db = m.d.db;
      const { sku } = await getProduct(db, m.merchant, p);
      const n = await fileIpComplaint(db, m.merchant2, complaint(p));
      await takeDownListing(db, m.operator, n.id, { reason: 'credible evidence' });
      assert.equal(await held(p), true);

      // the merchant's spreadsheet import (and the operator's on its behalf) reports the row and writes nothing
      const sheet = await sheetWith(sku, 'active');
      const e = await failure(importProducts(db, m.merchant, sheet, 'csv'));
      assert.equal(e.code, 'IMPORT_REJECTED');
      assert.deepEqual((e.details as { errors: unknown[] }).errors, [{ row: 2, column: 'status', code: 'IP_HOLD', params: { sku } }]);
      assert.equal((await failure(importProducts(db, m.operator, sheet, 'csv', { merchantId: m.merchant.entityId! }))).code, 'IMPORT_REJECTED');
      // a row that keeps it hidden is fine
      assert.deepEqual(await importProducts(db, m.merchant, await sheetWith(sku, 'hidden'), 'csv'), { rows: 1, created: 0, updated: 1 });
      assert.equal(await publicVisible(p), false, 'still down after the imports');

      // the catalogue's own update (not only the flow's), for the merchant and the operator
      const u = await failure(updateProduct(db, m.merchant, p, { status: 'active', stock: 1 }));
      assert.equal(u.code, 'CONFLICT');
      assert.equal((u.details as { ipHold?: boolean }).ipHold, true);
      assert.equal(await code(updateProduct(db, m.operator, p, { status: 'active' })), 'CONFLICT');
      assert.equal((await updateProduct(db, m.merchant, p, { stock: 7 })).stock, 7, 'other changes are fine');
      assert.equal(await code(deleteProduct(db, m.merchant, p)), 'CONFLICT', 'not deleted (and re-created without the hold)');
      assert.equal(await code(setListingStatus(db, p, 'active')), 'CONFLICT');
      // the last line: a held listing is never active, whatever writes it
      await assert.rejects(sql`update products set status = 'active' where id = ${p}`.execute(db));
      assert.equal(await publicVisible(p), false);

      await fileCounterNotice(db, m.merchant, n.id, { statement: 'We hold a licence from the mark owner.', evidenceRefs: ['LIC-9'] });
      await decideIpComplaint(db, REGULATOR, n.id, { outcome: 'rejected', reason: 'licence valid' });
      assert.equal(await held(p), false, 'the rejection lifts the hold');
      assert.equal(await publicVisible(p), true, 'restored');
      // and the merchant may hide and activate it again, by update and by import
      await updateListing(db, m.merchant, p, { status: 'hidden' });
      assert.equal((await updateListing(db, m.merchant, p, { status: 'active' })).status, 'active');
      await updateListing(db, m.merchant, p, { status: 'hidden' });
      assert.deepEqual(await importProducts(db, m.merchant, await sheetWith(sku, 'active'), 'csv'), { rows: 1, created: 0, updated: 1 });
      assert.equal(await publicVisible(p), true, 'activated by import');
    });

    test('two complaints hold a listing: rejecting one keeps the hold, rejecting the other lifts it', async () => {
      const p = products[3]!;
      const db = m.d.db;
      const { sku } = await getProduct(db, m.merchant, p);
      const a = await fileIpComplaint(db, m.merchant2, complaint(p));
      const b = await fileIpComplaint(db, m.operator, complaint(p, { complainant: 'Brand Owner Ltd' }));
      await takeDownListing(db, m.operator, a.id, { reason: 'first' });
      await takeDownListing(db, REGULATOR, b.id, { reason: 'second' });
      await decideIpComplaint(db, REGULATOR, a.id, { outcome: 'rejected', reason: 'not infringing' });
      assert.equal(await held(p), true, 'the other complaint still holds it');
      assert.equal(await code(updateListing(db, m.merchant, p, { status: 'active' })), 'CONFLICT');
      assert.equal((await failure(importProducts(db, m.merchant, await sheetWith(sku, 'active'), 'csv'))).code, 'IMPORT_REJECTED');
      await decideIpComplaint(db, REGULATOR, b.id, { outcome: 'rejected', reason: 'not infringing either' });
      assert.equal(await held(p), false);
      // b was taken down while a already held the listing hidden: its prior status is hidden, so it stays hidden, unheld
      assert.equal(await publicVisible(p), false);
      assert.equal((await updateListing(db, m.merchant, p, { status: 'active' })).status, 'active');
    });

    test('upheld keeps the hold: the listing can be neither activated nor deleted', async () => {
      const db = m.d.db;
      // a listing of merchant2's this time, the demo merchant the rights holder
      const p = (
        await db
          .selectFrom('products')
          .select('id')
          .where('merchant_id', '=', m.merchant2.entityId!)
          .where('status', '=', 'active')
          .orderBy('id')
          .executeTakeFirstOrThrow()
      ).id;
      const n = await fileIpComplaint(db, m.merchant, complaint(p));
      await takeDownListing(db, m.operator, n.id, { reason: 'x' });
      await decideIpComplaint(db, REGULATOR, n.id, { outcome: 'upheld', reason: 'infringing' });
      assert.equal(await held(p), true);
      assert.equal(await code(updateProduct(db, m.merchant2, p, { status: 'active' })), 'CONFLICT');
      assert.equal(await code(deleteProduct(db, m.merchant2, p)), 'CONFLICT');
    });
  });
}
