import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sql } from 'kysely';
import { freshDatabase, testEngines } from '../../platform/testing.ts';
import type { Database } from '../../core/db/database.ts';
import { SYSTEM, type Actor } from '../../core/auth/index.ts';
import type { AppError } from '../../core/errors.ts';
import {
  checkUscc,
  makeUscc,
  usccCheckChar,
  parseStallAddress,
  formatStallAddress,
  registerEntity,
  transferStall,
  stallHistory,
  findStallByAddress,
  updateStall,
  getStall,
  releaseStall,
} from './index.ts';
import { USCC_CHARSET } from './uscc.ts';

describe('unified social credit code (GB 32100)', () => {
  test('the check character follows the published weights', () => {
    // Weights 3^(i-1) mod 31; all-zero body → check char '0'; one '1' in position 1 → 31-1 = 30 → 'Y'.
    assert.equal(usccCheckChar('00000000000000000'), '0');
    assert.equal(usccCheckChar('10000000000000000'), 'Y');
    assert.equal(usccCheckChar('01000000000000000'), USCC_CHARSET[31 - 3]);
  });
  test('generated codes validate; any single-character change is caught', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }), (n, pos, delta) => {
        const code = makeUscc(n);
        assert.equal(checkUscc(code).ok, true);
        const v = USCC_CHARSET.indexOf(code[pos]!);
        const changed = code.slice(0, pos) + USCC_CHARSET[(v + delta) % 31] + code.slice(pos + 1);
        const r = checkUscc(changed);
        // Positions 3–8 must stay digits; either way the altered code is refused.
        assert.equal(r.ok, false);
      }),
      { numRuns: 500 },
    );
  });
  test('normalises case and full-width characters, explains failures', () => {
    const code = makeUscc(4242);
    const full = code.toLowerCase().replace(/[0-9a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    assert.deepEqual(checkUscc(full), { ok: true, code });
    const bad = checkUscc('91330782MA2DC1FB6O');
    assert.equal(bad.ok, false);
    assert.match((bad as { reason: string }).reason, /not allowed/);
    assert.match((checkUscc('123') as { reason: string }).reason, /18 characters/);
  });
});

describe('stall addresses', () => {
  const want = { district: 2, floor: 3, street: 21, number: 12345 };
  for (const form of [
    '2区3楼21街12345',
    'D2-F3-S21-12345',
    'd2 f3 s21 12345',
    '２区３楼２１街１２３４５',
    '2-3-21-12345',
    '二区三楼21街12345',
    ' D2-F3-S21-12345 ',
    '2区3层21街12345号',
  ]) {
    test(`reads ${form}`, () => {
      const r = parseStallAddress(form);
      assert.ok(r.ok, JSON.stringify(r));
      assert.deepEqual({ ...r.address, market: undefined }, { ...want, market: undefined });
    });
  }
  test('reads a market prefix', () => {
    const r = parseStallAddress('ITC-D2-F3-S21-12345');
    assert.ok(r.ok);
    assert.equal(r.address.market, 'ITC');
    const z = parseStallAddress('国际商贸城2区3楼21街12345');
    assert.ok(z.ok);
    assert.equal(z.address.market, '国际商贸城');
  });
  test('refuses what is not an address, with a hint', () => {
    for (const bad of ['', 'hello', '2区3楼', 'D2-F33-S1-1', "'; drop table stalls; --", 'x'.repeat(5000)]) {
      const r = parseStallAddress(bad);
      assert.equal(r.ok, false, bad.slice(0, 20));
    }
    assert.match((parseStallAddress('hello') as { reason: string }).reason, /2区3楼21街12345/);
  });
  test('format and parse round-trip', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1, max: 999999 }),
        (d, f, s, n) => {
          const a = { district: d, floor: f, street: s, number: n };
          for (const style of ['latin', 'zh'] as const) {
            const r = parseStallAddress(formatStallAddress(a, style));
            assert.ok(r.ok);
            assert.deepEqual(r.address, a);
          }
        },
      ),
    );
  });
});

for (const engine of testEngines()) {
  describe(`stall use rights on ${engine}`, () => {
    let d: Database;
    let stallId: number;
    let m1: number;
    let m2: number;
    let buyer: number;
    before(async () => {
      d = await freshDatabase(engine);
      await sql`insert into markets (id, code, name_zh, name_en) values (1, 'ITC', '国际商贸城', 'International Trade City')`.execute(d.db);
      await sql`insert into districts (id, market_id, no, name_zh, name_en, floors) values (1, 1, 2, '二区', 'District 2', 4)`.execute(d.db);
      stallId = (
        await d.db
          .insertInto('stalls')
          .values({
            market_id: 1,
            district_id: 1,
            floor: 3,
            street: 21,
            number: 12345,
            shop_name_zh: null,
            shop_name_en: null,
            intro_zh: null,
            intro_en: null,
            phone: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      m1 = (await registerEntity(d.db, SYSTEM, { kind: 'merchant', uscc: makeUscc(1), nameZh: '义乌市甲商行' })).id;
      m2 = (await registerEntity(d.db, SYSTEM, { kind: 'merchant', uscc: makeUscc(2), nameZh: '义乌市乙商行', nameEn: 'Yiwu Yi Firm' })).id;
      buyer = (await registerEntity(d.db, SYSTEM, { kind: 'buyer', nameEn: 'Star Trading LLC', country: 'AE' })).id;
    });
    after(() => d.close());

    test('registration checks the USCC and the names', async () => {
      await assert.rejects(
        registerEntity(d.db, SYSTEM, { kind: 'merchant', uscc: '91330782MA2DC1FB6X', nameZh: '坏码' }),
        (e: AppError) => e.code === 'BAD_USCC',
      );
      await assert.rejects(registerEntity(d.db, SYSTEM, { kind: 'merchant', nameZh: '无码' }), (e: AppError) => e.code === 'BAD_USCC');
      await assert.rejects(registerEntity(d.db, SYSTEM, { kind: 'merchant', uscc: makeUscc(1), nameZh: '重复' }), (e: { code?: string }) => e.code === '23505');
      const merchantActor: Actor = { userId: 1, role: 'merchant', entityId: m1 };
      await assert.rejects(registerEntity(d.db, merchantActor, { kind: 'buyer', nameEn: 'x' }), (e: AppError) => e.code === 'FORBIDDEN');
    });

    test('grant, transfer, history; one holder at a time', async () => {
      await transferStall(d.db, SYSTEM, stallId, { toEntityId: m1, date: '2019-03-01' });
      const h = await transferStall(d.db, SYSTEM, stallId, { toEntityId: m2, date: '2024-07-15', note: '流转' });
      assert.deepEqual(
        h.map((x) => [x.entityId, x.validFrom, x.validTo]),
        [
          [m1, '2019-03-01', '2024-07-15'],
          [m2, '2024-07-15', null],
        ],
      );
      assert.equal((await getStall(d.db, stallId)).holder?.entityId, m2);
      // Only a merchant can hold a stall, and a transfer cannot go back in time.
      await assert.rejects(transferStall(d.db, SYSTEM, stallId, { toEntityId: buyer, date: '2025-01-01' }), (e: AppError) => e.code === 'VALIDATION');
      await assert.rejects(transferStall(d.db, SYSTEM, stallId, { toEntityId: m1, date: '2024-01-01' }), (e: AppError) => e.code === 'CONFLICT');
      await assert.rejects(transferStall(d.db, SYSTEM, stallId, { toEntityId: m2, date: '2025-01-01' }), (e: AppError) => e.code === 'STALL_HELD');
      assert.equal((await stallHistory(d.db, stallId)).length, 2, 'failed transfers leave nothing behind');
    });

    test('the database itself refuses overlapping holdings', async () => {
      await assert.rejects(
        sql`insert into stall_holdings (stall_id, entity_id, valid_from, valid_to) values (${stallId}, ${m1}, '2020-01-01', '2020-06-01')`.execute(d.db),
        (e: { code?: string }) => e.code === '23P01',
      );
      await assert.rejects(
        sql`insert into stall_holdings (stall_id, entity_id, valid_from) values (${stallId}, ${m1}, '2030-01-01')`.execute(d.db),
        (e: { code?: string }) => e.code === '23P01',
      );
    });

    test('only the operator transfers; only the holder edits the shop', async () => {
      const asM1: Actor = { userId: 10, role: 'merchant', entityId: m1 };
      const asM2: Actor = { userId: 11, role: 'merchant', entityId: m2 };
      await assert.rejects(transferStall(d.db, asM2, stallId, { toEntityId: m1, date: '2026-01-01' }), (e: AppError) => e.code === 'FORBIDDEN');
      await assert.rejects(updateStall(d.db, asM1, stallId, { shopNameZh: '抢占' }), (e: AppError) => e.code === 'FORBIDDEN');
      const s = await updateStall(d.db, asM2, stallId, { shopNameZh: '乙记发饰', phone: '+86 579 8555 0000' });
      assert.equal(s.shopNameZh, '乙记发饰');
      assert.equal((await getStall(d.db, stallId)).shopNameZh, '乙记发饰');
    });

    test('finds a stall by any written address', async () => {
      for (const a of ['2区3楼21街12345', 'D2-F3-S21-12345', 'ITC-D2-F3-S21-12345', '国际商贸城2区3楼21街12345']) {
        assert.equal((await findStallByAddress(d.db, a)).id, stallId, a);
      }
      await assert.rejects(findStallByAddress(d.db, 'D2-F3-S21-99999'), (e: AppError) => e.code === 'NOT_FOUND');
      await assert.rejects(findStallByAddress(d.db, 'nonsense'), (e: AppError) => e.code === 'BAD_ADDRESS');
    });

    test('release ends the holding; the stall can be granted again later', async () => {
      await releaseStall(d.db, SYSTEM, stallId, '2026-01-01');
      assert.equal((await getStall(d.db, stallId)).holder, null);
      await assert.rejects(transferStall(d.db, SYSTEM, stallId, { toEntityId: m1, date: '2025-12-01' }), (e: AppError) => e.code === 'CONFLICT');
      const h = await transferStall(d.db, SYSTEM, stallId, { toEntityId: m1, date: '2026-02-01' });
      assert.equal(h.length, 3);
    });
  });
}
