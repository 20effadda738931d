import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { testEngines } from '../core/db/testing.ts';
import { AppError } from '../core/errors.ts';
import {
  addAccount,
  allocate,
  getRegistration,
  getTradeRecord,
  listProcPayments,
  listRegistrations,
  listTradeRecords,
  merchantBalances,
  qualify,
  recordProcPayment,
  register,
  setRegistrationStatus,
  vatReport,
  vatReportXlsx,
  type QualificationFacts,
} from '../modules/procurement/index.ts';
import { listManually, revokeEntry } from '../modules/credit/index.ts';
import { tinyMarket, type Market } from '../../test/fixtures.ts';
import { procurementMarket, type ProcurementMarket } from '../../test/procurement-fixtures.ts';
import { recordTrade } from './record-trade.ts';

const reason = (r: string) => (e: unknown) => e instanceof AppError && e.code === 'NOT_QUALIFIED' && (e.details as { reason: string }).reason === r;
const code = (c: string) => (e: unknown) => e instanceof AppError && e.code === c;
const clean = () => false;

for (const engine of testEngines()) {
  describe(`record a 1039 trade on ${engine}`, () => {
    let m: Market;
    let p: ProcurementMarket;
    let recordId = 0;
    before(async () => {
      m = await tinyMarket(engine);
      p = await procurementMarket(m);
    });
    after(() => m.d.close());

    test('nothing qualifies before the agent, buyer and merchant are registered', async () => {
      await assert.rejects(recordTrade(m.d.db, p.agent, { orderId: p.order, lines: [1] }, clean), reason('AGENT_UNREGISTERED'));
      await assert.rejects(register(m.d.db, p.agent, { kind: 'agent', entityId: p.agent.entityId!, customsCode: '3318960001' }), code('FORBIDDEN'));
      await register(m.d.db, m.operator, {
        kind: 'agent',
        entityId: p.agent.entityId!,
        customsCode: '3318960001',
        account: { bank: 'Bank of China Yiwu', accountNumber: '356871234567', currency: 'USD' },
      });
      await assert.rejects(recordTrade(m.d.db, p.agent, { orderId: p.order, lines: [1] }, clean), reason('MERCHANT_UNREGISTERED'));
      await register(m.d.db, p.agent, { kind: 'merchant', entityId: m.merchant.entityId! });
      await assert.rejects(recordTrade(m.d.db, p.agent, { orderId: p.order, lines: [1] }, clean), reason('BUYER_UNREGISTERED'));
      const b = await register(m.d.db, p.agent, {
        kind: 'buyer',
        entityId: m.buyer.entityId!,
        nationality: 'AE',
        documentType: 'passport',
        documentNumber: 'P12345678',
      });
      assert.equal(b.documentNumber, 'P12345678');
      assert.deepEqual(b.agentIds, [p.agent.entityId]);
    });

    test('a buyer’s document number is private to itself, its agents, customs and the operator', async () => {
      const id = m.buyer.entityId!;
      assert.equal((await getRegistration(m.d.db, m.buyer, id)).documentNumber, 'P12345678');
      assert.equal((await getRegistration(m.d.db, p.customs, id)).documentNumber, 'P12345678');
      assert.equal((await getRegistration(m.d.db, m.operator, id)).documentNumber, 'P12345678');
      await assert.rejects(getRegistration(m.d.db, p.otherAgent, id), code('NOT_FOUND'));
      await assert.rejects(getRegistration(m.d.db, m.merchant, id), code('NOT_FOUND'));
      const mine = await listRegistrations(m.d.db, m.merchant, {});
      assert.deepEqual(
        mine.items.map((r) => r.entityId),
        [m.merchant.entityId],
      );
      assert.equal((await listRegistrations(m.d.db, p.otherAgent, {})).total, 0);
      assert.equal((await listRegistrations(m.d.db, p.agent, {})).total, 3);
    });

    test('prohibited goods are refused with the reason; restricted goods need a licence and are flagged', async () => {
      await assert.rejects(recordTrade(m.d.db, p.agent, { orderId: p.order, lines: [2] }, clean), (e: unknown) => {
        assert.ok(reason('HS_PROHIBITED')(e));
        const r = (e as AppError).details as { reasons: { code: string; hs: string }[] };
        assert.equal(r.reasons[0]!.hs, '9304000000');
        return true;
      });
      await assert.rejects(recordTrade(m.d.db, p.agent, { orderId: p.order, lines: [3] }, clean), reason('LICENCE_REQUIRED'));
      const fire = await recordTrade(m.d.db, p.agent, { orderId: p.order, lines: [3], licenceRef: 'EL-2026-0042' }, clean);
      assert.equal(fire.restricted, true);
      assert.equal(fire.lines[0]!.restricted, true);
      assert.equal(fire.licenceRef, 'EL-2026-0042');
    });

    test('a blacklisted merchant is refused; a qualified order line becomes a trade record in the agreed shape', async () => {
      await assert.rejects(
        recordTrade(m.d.db, p.agent, { orderId: p.order, lines: [1] }, (id) => id === m.merchant.entityId),
        reason('MERCHANT_BLACKLISTED'),
      );
      const r = await recordTrade(m.d.db, p.agent, { orderId: p.order, lines: [1], recordedOn: '2026-10-15' }, clean);
      recordId = r.id;
      const got = await getTradeRecord(m.d.db, p.agent, r.id);
      assert.deepEqual(
        {
          agentEntityId: got.agentEntityId,
          buyerEntityId: got.buyerEntityId,
          merchantEntityId: got.merchantEntityId,
          orderId: got.orderId,
          status: got.status,
        },
        { agentEntityId: p.agent.entityId, buyerEntityId: m.buyer.entityId, merchantEntityId: m.merchant.entityId, orderId: p.order, status: 'recorded' },
      );
      assert.deepEqual(got.lines[0], {
        orderLineId: 1,
        productId: got.lines[0]!.productId,
        hs: '9617001900',
        goodsName: '不锈钢保温杯 500ml',
        quantity: 100,
        unit: 'pcs',
        valueMinor: 100 * 1250,
        currency: 'CNY',
        restricted: false,
      });
      await assert.rejects(recordTrade(m.d.db, p.agent, { orderId: p.order, lines: [1] }, clean), code('CONFLICT'));
    });

    test('each party reads only its own trade records', async () => {
      for (const who of [p.agent, m.merchant, m.buyer, p.customs, m.operator]) assert.equal((await getTradeRecord(m.d.db, who, recordId)).id, recordId);
      for (const who of [p.otherAgent, m.merchant2]) await assert.rejects(getTradeRecord(m.d.db, who, recordId), code('NOT_FOUND'));
      assert.equal((await listTradeRecords(m.d.db, m.merchant2, {})).total, 0);
      assert.equal((await listTradeRecords(m.d.db, m.merchant, {})).total, 2);
    });

    test('a suspended merchant no longer qualifies, with its history kept', async () => {
      await assert.rejects(setRegistrationStatus(m.d.db, p.agent, m.merchant2.entityId!, { status: 'suspended', reason: 'x' }), code('FORBIDDEN'));
      await register(m.d.db, m.merchant2, { kind: 'merchant', entityId: m.merchant2.entityId! });
      await setRegistrationStatus(m.d.db, m.operator, m.merchant2.entityId!, { status: 'suspended', reason: 'inspection found counterfeits' });
      await assert.rejects(recordTrade(m.d.db, m.operator, { orderId: p.order2, agentId: p.agent.entityId! }, clean), reason('MERCHANT_SUSPENDED'));
      const reg = await getRegistration(m.d.db, m.merchant2, m.merchant2.entityId!);
      assert.deepEqual(
        reg.history!.map((h) => h.status),
        ['active', 'suspended'],
      );
    });

    test('cash never qualifies (the pure check)', () => {
      const party = { kind: 'merchant' as const, status: 'active' as const, agentIds: [7] };
      const facts: QualificationFacts = {
        paymentMethods: ['bank_transfer', 'cash'],
        merchant: party,
        buyer: { ...party, kind: 'buyer' },
        agent: { ...party, kind: 'agent' },
        agentId: 7,
        merchantBlacklisted: false,
        lines: [{ orderLineId: 1, hs: '9617001900' }],
        rules: [{ prefix: '93', kind: 'prohibited', reasonZh: '武器', reasonEn: 'arms' }],
        licenceRef: null,
      };
      assert.deepEqual(
        qualify(facts).refusals.map((r) => r.code),
        ['CASH_PAYMENT'],
      );
      assert.deepEqual(qualify({ ...facts, paymentMethods: ['alipay'] }).refusals, []);
    });

    test('payments into registered accounts only, never cash; allocations reconcile with what merchants are owed', async () => {
      const [acct] = (await listRegistrations(m.d.db, p.agent, { kind: 'agent' })).items;
      assert.ok(acct);
      await assert.rejects(
        addAccount(m.d.db, m.operator, { ownerId: m.buyer.entityId!, bank: 'X', accountNumber: '123456', currency: 'CNY' }),
        reason('OWNER_UNREGISTERED'),
      );
      const usd = await addAccount(m.d.db, p.agent, { ownerId: p.agent.entityId!, bank: 'ICBC Yiwu', accountNumber: '1208020009200111', currency: 'CNY' });
      const base = { buyerId: m.buyer.entityId!, accountId: usd.id, reference: 'TT-001', amountMinor: 200_000, currency: 'CNY', receivedOn: '2026-10-16' };
      await assert.rejects(recordProcPayment(m.d.db, p.agent, { ...base, method: 'cash' }), reason('CASH_PAYMENT'));
      await assert.rejects(recordProcPayment(m.d.db, p.otherAgent, { ...base, method: 'bank_transfer' }), reason('AGENT_UNREGISTERED'));
      const pay = await recordProcPayment(m.d.db, p.agent, { ...base, method: 'bank_transfer' });
      await assert.rejects(allocate(m.d.db, p.agent, pay.id, { allocations: [{ orderId: p.order, amountMinor: 200_001 }] }), code('CONFLICT'));
      await assert.rejects(allocate(m.d.db, p.agent, pay.id, { allocations: [{ orderId: p.order2, amountMinor: 1 }] }), reason('NO_TRADE_RECORD'));
      await assert.rejects(allocate(m.d.db, p.otherAgent, pay.id, { allocations: [{ orderId: p.order, amountMinor: 1 }] }), code('NOT_FOUND'));
      const done = await allocate(m.d.db, p.agent, pay.id, { allocations: [{ orderId: p.order, amountMinor: 150_000 }] });
      assert.equal(done.allocatedMinor, 150_000);
      const [bal] = await merchantBalances(m.d.db, m.merchant, {});
      assert.deepEqual(
        { owed: bal!.owedMinor, paid: bal!.paidMinor, out: bal!.outstandingMinor },
        { owed: 100 * 1250 + fireValue(), paid: 150_000, out: 100 * 1250 + fireValue() - 150_000 },
      );
      assert.deepEqual(await merchantBalances(m.d.db, m.merchant2, {}), []);
      assert.equal((await listProcPayments(m.d.db, m.merchant, {})).total, 1);
      assert.equal((await listProcPayments(m.d.db, m.merchant2, {})).total, 0);
      assert.equal((await listProcPayments(m.d.db, m.buyer, {})).total, 1);
      assert.equal((await listProcPayments(m.d.db, p.otherAgent, {})).total, 0);
    });

    test("by default the credit module's blacklist decides: a merchant a regulator lists is refused until the entry ends", async () => {
      const regulator = { userId: null, role: 'regulator' as const, entityId: null };
      const entry = await listManually(m.d.db, regulator, {
        entityId: m.merchant.entityId!,
        reason: 'test: listed by decision',
        evidenceRefs: ['case 2026-001'],
      });
      await assert.rejects(recordTrade(m.d.db, p.agent, { orderId: p.order, lines: [2] }), (e: unknown) => {
        const r = (e as AppError).details as { reasons: { code: string }[] };
        assert.ok(r.reasons.some((x) => x.code === 'MERCHANT_BLACKLISTED'));
        return true;
      });
      await revokeEntry(m.d.db, regulator, entry.id, { reason: 'test: listed in error' });
      await assert.rejects(recordTrade(m.d.db, p.agent, { orderId: p.order, lines: [2] }), (e: unknown) => {
        const r = (e as AppError).details as { reasons: { code: string }[] };
        assert.ok(!r.reasons.some((x) => x.code === 'MERCHANT_BLACKLISTED'));
        return true;
      });
    });

    test('the monthly VAT-exempt report lists each merchant’s sales of the month, as JSON and xlsx', async () => {
      const oct = await vatReport(m.d.db, m.operator, '2026-10');
      assert.equal(oct.fileIn, '2026-11');
      assert.deepEqual(oct.rows, [
        { merchantId: m.merchant.entityId, merchantName: oct.rows[0]!.merchantName, currency: 'CNY', records: 1, lines: 1, salesMinor: 125_000 },
      ]);
      assert.deepEqual((await vatReport(m.d.db, m.merchant2, '2026-10')).rows, []);
      await assert.rejects(vatReport(m.d.db, m.operator, '2026-13'), code('VALIDATION'));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await vatReportXlsx(oct, 'en')) as never);
      const row = wb.worksheets[0]!.getRow(3);
      assert.equal(row.getCell(1).value, m.merchant.entityId);
      assert.equal(row.getCell(6).value, 1250);
    });
  });
}

/** The fireworks line: 100 × the sample product's first tier (12.50 CNY). */
function fireValue(): number {
  return 100 * 1250;
}
