import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testEngines } from '../../core/db/testing.ts';
import type { Actor } from '../../core/auth/actor.ts';
import type { AppError } from '../../core/errors.ts';
import { tinyMarket, type Market } from '../../../test/fixtures.ts';
import { actOnItem, getItem, listItems, raiseItem, serviceIndex, setRule, sweepServiceItems, listDepartments, monthlyReport } from './index.ts';

const code = (c: string) => (e: AppError) => e.code === c;
const H = 3600_000;

for (const engine of testEngines()) {
  describe(`service desk on ${engine}`, () => {
    let m: Market;
    const dept: Record<string, Actor> = {};
    before(async () => {
      m = await tinyMarket(engine);
      for (const d of await listDepartments(m.d.db)) {
        const u = await m.d.db.selectFrom('users').select('id').where('role', '=', 'department').where('entity_id', '=', d.id).executeTakeFirstOrThrow();
        dept[d.code] = { userId: u.id, role: 'department', entityId: d.id };
      }
    });
    after(() => m.d.close());

    test('a problem is dispatched by its rule with a deadline; the whole loop is recorded step by step', async () => {
      const t0 = new Date('2025-03-03T02:00:00Z');
      const item = await raiseItem(
        m.d.db,
        m.merchant,
        { category: 'fire_hazard', urgency: 'urgent', description: '通道堵塞', photos: [{ url: 'https://example.com/a.jpg' }] },
        t0,
      );
      assert.equal(item.departmentCode, 'fire');
      assert.equal(item.status, 'dispatched');
      assert.equal(Date.parse(item.dueAt) - t0.getTime(), 4 * H, 'urgent fire hazards are due in 4 h');
      assert.deepEqual(item.allowed, []);
      const at = (h: number) => new Date(t0.getTime() + h * H);
      const f = dept.fire!;
      assert.deepEqual((await getItem(m.d.db, f, item.id, at(0.5))).allowed, ['accept']);
      await actOnItem(m.d.db, f, item.id, { action: 'accept' }, at(1));
      await actOnItem(m.d.db, f, item.id, { action: 'reply', reply: 'cleared' }, at(2));
      const reopened = await actOnItem(m.d.db, m.merchant, item.id, { action: 'reopen', reason: 'boxes are back', rating: 2 }, at(3));
      assert.equal(reopened.status, 'reopened');
      assert.equal(Date.parse(reopened.dueAt), at(7).getTime(), 'a reopened item has a new deadline');
      await actOnItem(m.d.db, f, item.id, { action: 'accept' }, at(4));
      await actOnItem(m.d.db, f, item.id, { action: 'reply', reply: 'fined and cleared' }, at(5));
      const closed = await actOnItem(m.d.db, m.merchant, item.id, { action: 'confirm', rating: 4 }, at(6));
      assert.deepEqual([closed.status, closed.rating, closed.reopenCount, closed.missedDeadline, closed.closedBy], ['closed', 4, 1, false, 'raiser']);
      assert.deepEqual(
        closed.steps!.map((s) => [s.action, s.from, s.to, s.at]),
        [
          ['raise', null, 'dispatched', at(0).toISOString()],
          ['accept', 'dispatched', 'accepted', at(1).toISOString()],
          ['reply', 'accepted', 'replied', at(2).toISOString()],
          ['reopen', 'replied', 'reopened', at(3).toISOString()],
          ['accept', 'reopened', 'accepted', at(4).toISOString()],
          ['reply', 'accepted', 'replied', at(5).toISOString()],
          ['confirm', 'replied', 'closed', at(6).toISOString()],
        ],
      );
      // the steps are append-only
      await assert.rejects(sql`update service_steps set note = 'x' where item_id = ${item.id}`.execute(m.d.db));
      await assert.rejects(sql`delete from service_steps where item_id = ${item.id}`.execute(m.d.db));
    });

    test('illegal moves are 409 ILLEGAL_TRANSITION with what is allowed; other parties cannot see the item', async () => {
      const item = await raiseItem(m.d.db, m.buyer, { category: 'tax_invoice', description: 'exemption filing fails' });
      assert.equal(item.departmentCode, 'tax');
      await assert.rejects(actOnItem(m.d.db, dept.tax!, item.id, { action: 'reply', reply: 'early' }), (e: AppError) => {
        assert.equal(e.code, 'ILLEGAL_TRANSITION');
        assert.deepEqual((e.details as { allowed: string[] }).allowed, ['accept']);
        return true;
      });
      await assert.rejects(actOnItem(m.d.db, m.buyer, item.id, { action: 'confirm', rating: 5 }), code('ILLEGAL_TRANSITION'));
      await assert.rejects(actOnItem(m.d.db, dept.fire!, item.id, { action: 'accept' }), code('NOT_FOUND'));
      await assert.rejects(getItem(m.d.db, dept.fire!, item.id), code('NOT_FOUND'));
      await assert.rejects(getItem(m.d.db, m.merchant, item.id), code('NOT_FOUND'));
      await assert.rejects(actOnItem(m.d.db, m.buyer, item.id, { action: 'confirm', rating: 6 }), code('VALIDATION'));
      // the operator reassigns it to the service centre: a new deadline, the tax bureau no longer sees it
      const moved = await actOnItem(m.d.db, m.operator, item.id, { action: 'reassign', departmentCode: 'service_centre', note: 'a general question' });
      assert.equal(moved.departmentCode, 'service_centre');
      await assert.rejects(getItem(m.d.db, dept.tax!, item.id), code('NOT_FOUND'));
      assert.equal((await getItem(m.d.db, dept.service_centre!, item.id)).status, 'dispatched');
    });

    test('a department sees only its items, a raiser only its own, the operator all', async () => {
      await raiseItem(m.d.db, m.merchant2, { category: 'facility_repair', description: 'leak' });
      const all = await listItems(m.d.db, m.operator, { pageSize: 100 });
      const depts = new Set(all.items.map((i) => i.departmentCode));
      assert.ok(depts.size >= 3, 'items of several departments exist');
      for (const [c, actor] of Object.entries(dept)) {
        const mine = await listItems(m.d.db, actor, { pageSize: 100 });
        assert.ok(mine.items.every((i) => i.departmentCode === c));
        assert.equal(mine.total, all.items.filter((i) => i.departmentCode === c).length);
      }
      for (const r of [m.merchant, m.merchant2, m.buyer]) {
        const mine = await listItems(m.d.db, r, { pageSize: 100 });
        assert.ok(mine.total > 0 && mine.items.every((i) => i.raiserId === r.entityId));
      }
      await assert.rejects(listItems(m.d.db, { userId: null, role: 'agent', entityId: 1 }), code('FORBIDDEN'));
      await assert.rejects(raiseItem(m.d.db, dept.fire!, { category: 'other', description: 'x' }), code('FORBIDDEN'));
    });

    test('an overdue item escalates to the department head, then the market office, once each; a week-old reply closes', async () => {
      const t0 = new Date('2025-04-01T00:00:00Z');
      const item = await raiseItem(m.d.db, m.merchant, { category: 'facility_repair', urgency: 'urgent', description: 'no power' }, t0); // due in 8 h
      const at = (h: number) => new Date(t0.getTime() + h * H);
      const mine = (r: { escalated: { id: number }[] }) => r.escalated.filter((e) => e.id === item.id);
      assert.deepEqual(mine(await sweepServiceItems(m.d.db, at(7))), []);
      assert.deepEqual(mine(await sweepServiceItems(m.d.db, at(9))), [{ id: item.id, level: 1, to: 'department_head' }]);
      assert.deepEqual(mine(await sweepServiceItems(m.d.db, at(10))), [], 'once per level');
      assert.deepEqual(mine(await sweepServiceItems(m.d.db, at(33))), [{ id: item.id, level: 2, to: 'market_office' }]);
      const v = await getItem(m.d.db, m.operator, item.id, at(33));
      assert.deepEqual([v.overdue, v.missedDeadline, v.escalationLevel, v.escalatedTo], [true, true, 2, 'market_office']);
      assert.deepEqual(
        v.steps!.filter((s) => s.action === 'escalate').map((s) => [s.actorRole, s.detail.level, s.detail.to]),
        [
          ['system', 1, 'department_head'],
          ['system', 2, 'market_office'],
        ],
      );
      await actOnItem(m.d.db, dept.property!, item.id, { action: 'accept' }, at(34));
      const late = await actOnItem(m.d.db, dept.property!, item.id, { action: 'reply', reply: 'fixed' }, at(35));
      assert.equal(late.steps!.at(-1)!.detail.late, true);
      assert.ok(!(await sweepServiceItems(m.d.db, at(35 + 24 * 6))).autoClosed.includes(item.id));
      assert.ok((await sweepServiceItems(m.d.db, at(35 + 24 * 7 + 1))).autoClosed.includes(item.id));
      const c = await getItem(m.d.db, m.merchant, item.id);
      assert.deepEqual([c.status, c.closedBy, c.rating], ['closed', 'sweep', null]);
    });

    test('the index of a month adds up from its items', async () => {
      // three items of the police station closed in 2024-06 (CST): on time rated 5, late rated 2, reopened rated 4
      const police = dept.police!;
      const run = async (start: string, replyH: number, reopen: boolean, rating: number) => {
        const t0 = new Date(start);
        const at = (h: number) => new Date(t0.getTime() + h * H);
        const i = await raiseItem(m.d.db, m.merchant, { category: 'theft_security', description: 'theft' }, t0); // due in 24 h
        await actOnItem(m.d.db, police, i.id, { action: 'accept' }, at(1));
        await actOnItem(m.d.db, police, i.id, { action: 'reply', reply: 'on it' }, at(replyH));
        if (reopen) {
          await actOnItem(m.d.db, m.merchant, i.id, { action: 'reopen', reason: 'again' }, at(replyH + 1));
          await actOnItem(m.d.db, police, i.id, { action: 'accept' }, at(replyH + 2));
          await actOnItem(m.d.db, police, i.id, { action: 'reply', reply: 'done' }, at(replyH + 3));
        }
        await actOnItem(m.d.db, m.merchant, i.id, { action: 'confirm', rating }, at(reopen ? replyH + 4 : replyH + 1));
      };
      await run('2024-06-03T00:00:00Z', 9, false, 5); // closes after 10 h
      await run('2024-06-10T00:00:00Z', 29, false, 2); // late; closes after 30 h
      await run('2024-06-17T00:00:00Z', 3, true, 4); // closes after 7 h
      await raiseItem(m.d.db, m.merchant, { category: 'theft_security', description: 'open one' }, new Date('2024-06-20T00:00:00Z'));
      const rows = await serviceIndex(m.d.db, m.operator, { from: '2024-06', to: '2024-06' });
      assert.equal(rows.length, 1);
      const r = rows[0]!;
      assert.deepEqual([r.departmentCode, r.raised, r.closed, r.onTime, r.reopened, r.rated], ['police', 4, 3, 2, 1, 3]);
      assert.equal(r.onTimeRate, 2 / 3);
      assert.equal(r.reopenRate, 1 / 3);
      assert.ok(Math.abs(r.meanRating! - 11 / 3) < 1e-9);
      assert.ok(Math.abs(r.meanHoursToClose! - 47 / 3) < 1e-9);
      assert.equal(r.medianHoursToClose, 10);
      // a department sees its own row only; another none
      assert.equal((await serviceIndex(m.d.db, police, { from: '2024-06', to: '2024-06' })).length, 1);
      assert.equal((await serviceIndex(m.d.db, dept.tax!, { from: '2024-06', to: '2024-06' })).length, 0);
      await assert.rejects(serviceIndex(m.d.db, m.merchant, {}), code('FORBIDDEN'));
      await assert.rejects(serviceIndex(m.d.db, m.operator, { from: '2024-07', to: '2024-06' }), code('VALIDATION'));
      const xlsx = await monthlyReport(m.d.db, m.operator, '2024-06', 'en');
      assert.equal(xlsx.subarray(0, 2).toString(), 'PK');
    });

    test('the operator edits a rule: new items go to the new department; bad photos and unknown categories are refused', async () => {
      await assert.rejects(setRule(m.d.db, m.merchant, 'other', { departmentCode: 'police', hoursNormal: 10, hoursUrgent: 2 }), code('FORBIDDEN'));
      await assert.rejects(setRule(m.d.db, m.operator, 'other', { departmentCode: 'police', hoursNormal: 10, hoursUrgent: 20 }), code('VALIDATION'));
      await assert.rejects(setRule(m.d.db, m.operator, 'other', { departmentCode: 'nobody', hoursNormal: 10, hoursUrgent: 2 }), code('VALIDATION'));
      const rule = await setRule(m.d.db, m.operator, 'parking', { departmentCode: 'police', hoursNormal: 10, hoursUrgent: 2 });
      assert.equal(rule.departmentCode, 'police');
      const i = await raiseItem(m.d.db, m.merchant, { category: 'parking', urgency: 'urgent', description: 'blocked' });
      assert.equal(i.departmentCode, 'police');
      assert.equal(Date.parse(i.dueAt) - Date.parse(i.createdAt), 2 * H);
      await assert.rejects(raiseItem(m.d.db, m.merchant, { category: 'nonsense', description: 'x' }), code('VALIDATION'));
      await assert.rejects(
        raiseItem(m.d.db, m.merchant, { category: 'other', description: 'x', photos: [{ url: 'javascript:alert(1)' }] }),
        code('VALIDATION'),
      );
      const many = Array.from({ length: 7 }, (_, k) => ({ url: `https://example.com/${k}.jpg` }));
      await assert.rejects(raiseItem(m.d.db, m.merchant, { category: 'other', description: 'x', photos: many }), code('VALIDATION'));
      await assert.rejects(raiseItem(m.d.db, m.merchant, { category: 'other', description: 'x', stallId: 99_999_999 }), code('VALIDATION'));
    });
  });
}
