/**
 * Governance on real databases: the audit log refuses change; the blacklist
 * rules, repair, promises, campaigns (draw, verify, results as events), the
 * red list and consented sharing.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { freshDatabase, testEngines } from '../../../platform/testing.ts';
import type { Database } from '../../../core/db/database.ts';
import type { Actor } from '../../../core/auth/actor.ts';
import { makeUscc, registerEntity } from '../../market/index.ts';
import { recordCreditEvents } from '../events.ts';
import { creditStanding } from '../scores.ts';
import * as gov from './index.ts';

const OPERATOR: Actor = { userId: null, role: 'operator', entityId: null };
const REGULATOR: Actor = { userId: 9001, role: 'regulator', entityId: null };
const merchantActor = (entityId: number): Actor => ({ userId: 8000 + entityId, role: 'merchant', entityId });
const ev = (entityId: number, kind: string, occurredOn: string, ext: string, source = 'market_supervision', severity?: string) => ({
  entityId,
  source,
  kind,
  occurredOn,
  evidenceRef: `DOC-${ext}`,
  externalId: ext,
  ...(severity ? { severity } : {}),
});

for (const engine of testEngines()) {
  describe(`credit governance on ${engine}`, () => {
    let d: Database;
    const m: number[] = [];
    before(async () => {
      d = await freshDatabase(engine);
      for (let i = 0; i < 12; i++)
        m.push((await registerEntity(d.db, OPERATOR, { kind: 'merchant', uscc: makeUscc(700 + i), nameZh: `测试商户${i}`, nameEn: `Test merchant ${i}` })).id);
    });
    after(() => d.close());

    test('the audit log is append-only: UPDATE, DELETE and TRUNCATE fail in the database', async () => {
      const [row] = await gov.listAudit(d.db, REGULATOR, {}).then(async (x) => {
        if (x.length > 0) return x;
        await gov.listManually(d.db, REGULATOR, { entityId: m[11]!, reason: 'audit test listing', evidenceRefs: ['CASE-A'] });
        return gov.listAudit(d.db, REGULATOR, {});
      });
      assert.ok(row);
      await assert.rejects(sql`update credit_audit set reason = 'changed' where id = ${row.id}`.execute(d.db), /append-only/);
      await assert.rejects(sql`delete from credit_audit where id = ${row.id}`.execute(d.db), /append-only/);
      await assert.rejects(sql`truncate credit_audit`.execute(d.db), /append-only/);
      const again = await gov.listAudit(d.db, REGULATOR, { entityId: row.entityId ?? undefined });
      assert.equal(again.find((a) => a.id === row.id)?.reason, row.reason);
    });

    test('a severe event lists the entity; repair rejected, then approved; not listed again for the same event', async () => {
      const e = m[0]!;
      await recordCreditEvents(d.db, REGULATOR, [ev(e, 'tax_evasion', '2026-03-01', 'tax-1', 'tax')]);
      const added = await gov.applyBlacklistRules(d.db, REGULATOR);
      assert.equal(added.length, 1);
      assert.equal(await gov.isBlacklisted(d.db, e), true);
      const entry = (await gov.listBlacklist(d.db, { entityId: e })).items[0]!;
      assert.equal(entry.rule, 'severe_event');
      assert.deepEqual(entry.evidenceRefs, ['DOC-tax-1']);
      assert.match(entry.reason, /tax_evasion/);
      assert.ok((await gov.blacklistWarning(d.db, e))?.reason.includes('tax_evasion'));

      const me = merchantActor(e);
      await assert.rejects(gov.applyForRepair(d.db, merchantActor(m[1]!), { statement: 'nothing to repair here', evidenceRefs: ['X'] }), { code: 'CONFLICT' });
      const r1 = await gov.applyForRepair(d.db, me, { statement: 'tax paid in full with the late fee', evidenceRefs: ['TAX-RECEIPT-1'] });
      await assert.rejects(gov.applyForRepair(d.db, me, { statement: 'a second application', evidenceRefs: ['Y'] }), { code: 'CONFLICT' });
      await assert.rejects(gov.decideRepair(d.db, me, r1.id, { decision: 'approve' }), { code: 'FORBIDDEN' });
      await assert.rejects(gov.getRepair(d.db, merchantActor(m[1]!), r1.id), { code: 'NOT_FOUND' }, 'another merchant cannot see it');
      const rejected = await gov.decideRepair(d.db, REGULATOR, r1.id, { decision: 'reject', reason: 'receipt does not cover 2025' });
      assert.equal(rejected.status, 'rejected');
      assert.equal(await gov.isBlacklisted(d.db, e), true);
      const r2 = await gov.applyForRepair(d.db, me, { statement: 'tax for 2025 paid as well', evidenceRefs: ['TAX-RECEIPT-2'] });
      await gov.decideRepair(d.db, REGULATOR, r2.id, { decision: 'approve', reason: 'all arrears paid' });
      assert.equal(await gov.isBlacklisted(d.db, e), false);
      await assert.rejects(gov.decideRepair(d.db, REGULATOR, r2.id, { decision: 'approve' }), { code: 'CONFLICT' });
      assert.deepEqual(await gov.applyBlacklistRules(d.db, REGULATOR), [], 'the same event does not list it again');
      const past = (await gov.listBlacklist(d.db, { entityId: e, includeRemoved: 'true' })).items[0]!;
      assert.equal(past.repairId, r2.id);
      const actions = (await gov.listAudit(d.db, me, {})).map((a) => a.action);
      assert.deepEqual(actions.slice(0, 5), ['repair.approve', 'repair.apply', 'repair.reject', 'repair.apply', 'blacklist.add']);
      assert.ok(
        (await gov.listAudit(d.db, me, { entityId: m[11]! })).every((a) => a.entityId === e),
        'a merchant sees only its own audit rows',
      );
    });

    test('class D held for the set time lists the entity; a shorter stretch does not', async () => {
      for (const [e, since] of [
        [m[2]!, '2025-01-10'],
        [m[3]!, '2026-11-01'],
      ] as const) {
        await sql`insert into credit_scores (entity_id, score, credit_class, class_since, as_of) values (${e}, 50000, 'D', ${since}, '2026-11-30')`.execute(
          d.db,
        );
      }
      const added = await gov.applyBlacklistRules(d.db, REGULATOR, { asOf: '2026-11-30', entityIds: [m[2]!, m[3]!] });
      assert.equal(added.length, 1);
      assert.equal(await gov.isBlacklisted(d.db, m[2]!), true);
      assert.equal(await gov.isBlacklisted(d.db, m[3]!), false);
      assert.equal((await gov.listBlacklist(d.db, { entityId: m[2]! })).items[0]!.rule, 'class_d');
    });

    test('a promise is approved at once in good standing, refused in class D or when listed; a broken one lists the entity', async () => {
      const good = merchantActor(m[4]!);
      const text = '本人承诺所提交的商位转让材料真实有效，如有不实愿承担相应责任。';
      const p = await gov.signPromise(d.db, good, { applicationKind: 'stall_transfer', applicationRef: 'ST-2026-0042', promiseText: text });
      assert.equal(p.status, 'approved');
      assert.equal(p.classAtSigning, 'B');
      await assert.rejects(gov.signPromise(d.db, good, { applicationKind: 'stall_transfer', applicationRef: 'ST-2026-0042', promiseText: text }), {
        code: 'DUPLICATE',
      });
      await assert.rejects(
        gov.signPromise(d.db, merchantActor(m[3]!), { applicationKind: 'stall_transfer', applicationRef: 'X1', promiseText: text }),
        (e: { details?: { ineligible?: string } }) => e.details?.ineligible === 'class',
      );
      await assert.rejects(
        gov.signPromise(d.db, merchantActor(m[2]!), { applicationKind: 'stall_transfer', applicationRef: 'X2', promiseText: text }),
        (e: { details?: { ineligible?: string } }) => e.details?.ineligible === 'blacklisted',
      );
      assert.equal((await gov.listPromises(d.db, merchantActor(m[5]!), {})).length, 0, 'another merchant sees none');
      const checked = await gov.checkPromise(d.db, REGULATOR, p.id, { outcome: 'broken', reason: 'the transfer papers were forged', evidenceRef: 'INSP-77' });
      assert.equal(checked.status, 'broken');
      assert.ok(checked.eventId);
      assert.equal(await gov.isBlacklisted(d.db, m[4]!), true);
      assert.equal((await gov.listBlacklist(d.db, { entityId: m[4]! })).items[0]!.rule, 'broken_promise');
      assert.equal((await creditStanding(d.db, m[4]!)).class, 'D');
      await assert.rejects(gov.checkPromise(d.db, REGULATOR, p.id, { outcome: 'kept', reason: 'second look', evidenceRef: 'X' }), { code: 'CONFLICT' });
    });

    test('a campaign draws reproducibly, verifies, and its results become credit events; the campaign closes', async () => {
      const c = await gov.defineCampaign(d.db, REGULATOR, {
        name: '2026 Q4 random inspection',
        population: { kind: 'merchant' },
        rates: { A: 0.1, B: 0.3, C: 0.5, D: 1 },
        inspectors: ['王明', '李华', '张伟'],
        seed: 424242,
      });
      await assert.rejects(gov.verifyCampaign(d.db, c.id), { code: 'CONFLICT' });
      const drawn = await gov.drawCampaign(d.db, REGULATOR, c.id);
      assert.equal(drawn.status, 'drawn');
      assert.ok(drawn.drawn.length >= 3);
      assert.ok(drawn.drawn.filter((x) => x.class === 'D').length >= 2, 'every class-D merchant is drawn at rate 1');
      const v = await gov.verifyCampaign(d.db, c.id);
      assert.equal(v.matches, true);
      assert.equal(v.populationUnchangedSinceDraw, true);
      await assert.rejects(gov.drawCampaign(d.db, REGULATOR, c.id), { code: 'CONFLICT' });
      // tampering with the recorded list is detected
      await sql`update credit_campaign_draws set inspectors = array['someone else'] where campaign_id = ${c.id} and seq = 1`.execute(d.db);
      assert.equal((await gov.verifyCampaign(d.db, c.id)).matches, false);
      await sql`update credit_campaign_draws set inspectors = ${drawn.drawn[0]!.inspectors} where campaign_id = ${c.id} and seq = 1`.execute(d.db);
      assert.equal((await gov.verifyCampaign(d.db, c.id)).matches, true);
      let last = drawn;
      for (const [i, x] of drawn.drawn.entries()) {
        last = await gov.recordCampaignResult(d.db, REGULATOR, c.id, {
          entityId: x.entityId,
          result: i === 0 ? 'violation' : 'compliant',
          evidenceRef: `REPORT-${x.seq}`,
          inspectedOn: '2026-11-20',
        });
      }
      assert.equal(last.status, 'closed');
      assert.ok(last.drawn.every((x) => x.eventId !== null));
      const s = await d.db
        .withTables<{ credit_events: { entity_id: number; kind: string; source: string; external_id: string } }>()
        .selectFrom('credit_events')
        .select(['kind', 'source'])
        .where('external_id', '=', `campaign:${c.id}:${drawn.drawn[0]!.entityId}`)
        .executeTakeFirstOrThrow();
      assert.deepEqual(s, { kind: 'inspection_failed', source: 'inspection' });
      await assert.rejects(gov.getCampaign(d.db, merchantActor(m[0]!), c.id), { code: 'FORBIDDEN' });
    });

    test('the red list: class A all year, no negative event, never listed; deterministic on recompute', async () => {
      const kinds: [string, string][] = [
        ['tax_grade_a', 'tax'],
        ['customs_aeo', 'customs'],
        ['honesty_award', 'market_supervision'],
        ['contract_honouring_award', 'market_supervision'],
        ['quality_certified', 'market_supervision'],
        ['registered_trademark', 'ip_office'],
      ];
      const batch = (e: number, on: string, tag: string) => kinds.map(([k, s]) => ev(e, k, on, `${tag}-${e}-${k}`, s));
      await recordCreditEvents(d.db, OPERATOR, [
        ...batch(m[6]!, '2024-12-20', 'h1'),
        ...batch(m[6]!, '2025-06-20', 'h2'),
        ...batch(m[7]!, '2024-12-20', 'h1'),
        ...batch(m[7]!, '2025-06-20', 'h2'),
      ]);
      await recordCreditEvents(d.db, OPERATOR, [...batch(m[8]!, '2025-03-01', 'h3')]); // A only from March
      await recordCreditEvents(d.db, OPERATOR, [ev(m[7]!, 'order_late', '2025-09-01', 'late-1', 'platform')]); // one negative event
      const list = await gov.computeRedList(d.db, REGULATOR, { year: 2025 });
      assert.deepEqual(
        list.map((x) => [x.category, x.rank, x.entityId]),
        [['merchant', 1, m[6]!]],
      );
      assert.deepEqual(await gov.computeRedList(d.db, REGULATOR, { year: 2025 }), list);
      assert.deepEqual(await gov.redListBadges(d.db, m[6]!), [{ year: 2025, category: 'merchant', rank: 1 }]);
      assert.equal((await gov.listRedList(d.db, { year: 2025 })).length, 1);
    });

    test('consented sharing: the token reads the report, every read is logged, a revoked grant reads nothing', async () => {
      const me = merchantActor(m[6]!);
      const bank = (await registerEntity(d.db, OPERATOR, { kind: 'agent', uscc: makeUscc(799), nameZh: '义乌某银行' })).id;
      const s = await gov.grantShare(d.db, me, {
        granteeName: '义乌农商银行',
        granteeEntityId: bank,
        validTo: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      });
      const r = await gov.readSharedReport(d.db, { userId: null, role: 'anonymous', entityId: null }, { token: s.token, address: '10.0.0.8' });
      assert.equal(r.entityId, m[6]!);
      assert.equal(r.redList.length, 1);
      await gov.readSharedReport(d.db, { userId: 77, role: 'agent', entityId: bank }, { shareId: s.id });
      await assert.rejects(gov.readSharedReport(d.db, { userId: 78, role: 'agent', entityId: m[9]! }, { shareId: s.id }), { code: 'NOT_FOUND' });
      await assert.rejects(gov.readSharedReport(d.db, { userId: null, role: 'anonymous', entityId: null }, { token: 'wrong' }), { code: 'NOT_FOUND' });
      const mine = await gov.listShares(d.db, me);
      assert.equal(mine.reads.length, 2);
      assert.match(mine.reads[0]!.reader, /user 77/);
      assert.equal(mine.reads[1]!.address, '10.0.0.8');
      assert.equal((await gov.listShares(d.db, merchantActor(m[9]!))).reads.length, 0);
      await assert.rejects(gov.revokeShare(d.db, merchantActor(m[9]!), s.id), { code: 'NOT_FOUND' });
      await gov.revokeShare(d.db, me, s.id);
      await assert.rejects(gov.readSharedReport(d.db, { userId: null, role: 'anonymous', entityId: null }, { token: s.token }), { code: 'NOT_FOUND' });
    });

    test('standard numbers are normalised and checked by kind', () => {
      const ok = (kind: string, code: string) => gov.StandardInput.safeParse({ kind, code });
      assert.equal(ok('national', 'gb4806.9—2016').data?.code, 'GB 4806.9-2016');
      assert.equal(ok('national_recommended', 'GB/T  1234-2008').success, true);
      assert.equal(ok('industry', 'QB／T 2332-2017').data?.code, 'QB/T 2332-2017');
      assert.equal(ok('group', 'T/ZZB 0001-2018').success, true);
      assert.equal(ok('enterprise', 'Q/YW 001-2023').success, true);
      assert.equal(ok('national', 'GB/T 1234-2008').success, false);
      assert.equal(ok('industry', 'GB 1234-2008').success, false);
      assert.equal(ok('group', 'T/ZZB 0001').success, false);
    });
  });
}
