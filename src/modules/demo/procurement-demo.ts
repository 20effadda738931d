/**
 * The demo's market procurement (mode 1039): the demo agent registered with
 * its customs code and settlement accounts, the demo buyer and three more
 * foreign buyers, the merchants of the demo buyer's orders (one more merchant
 * registered and then suspended), trade records for the buyer's orders that
 * qualify (dated on the order's day, so the VAT report has several months),
 * payments into the agent's and a merchant's accounts allocated to orders, and
 * one edit of the HS list. Deterministic for a market; loaded after the trade
 * history (it needs the buyer's orders) and before the export demo (which
 * turns these records into lots).
 */
import type { Actor } from '../../core/auth/actor.ts';
import type { Database } from '../../core/db/database.ts';
import {
  addAccount,
  allocate,
  listAccounts,
  insertTradeRecord,
  listHsRules,
  matchHs,
  putHsRule,
  recordProcPayment,
  register,
  setRegistrationStatus,
  type TradeRecord,
} from '../procurement/index.ts';
import { getOrder, listOrders } from '../trade/index.ts';

export interface ProcurementDemoActors {
  operator: Actor;
  agent: Actor;
  buyer: Actor;
  /** A merchant that is registered and then suspended (its history shows both). */
  suspended: number;
  /** Merchants whose orders are not recorded (the demo's blacklisted ones). */
  exclude: readonly number[];
}
export interface ProcurementDemoReport {
  registrations: number;
  records: number;
  payments: number;
}

const BUYERS = [
  { name: 'Ahmed Al-Mansouri', nationality: 'AE', documentType: 'passport', documentNumber: 'A73920184' },
  { name: 'Chinedu Okafor', nationality: 'NG', documentType: 'passport', documentNumber: 'B50018273' },
  { name: 'Mariana Souza', nationality: 'BR', documentType: 'passport', documentNumber: 'FX482913' },
] as const;

/** At most this many of the buyer's orders become trade records. */
const MAX_RECORDS = 40;

/**
 * Load the demo's registrations, trade records and payments.
 * @example
 * ```ts
 * await loadProcurementDemo(database, { operator, agent, buyer, suspended: merchants[40].id, exclude: [] });
 * ```
 */
export async function loadProcurementDemo(database: Database, a: ProcurementDemoActors): Promise<ProcurementDemoReport> {
  const db = database.db;
  const agentId = a.agent.entityId!;
  await register(db, a.operator, {
    kind: 'agent',
    entityId: agentId,
    customsCode: '3318960001',
    account: { bank: '中国银行义乌分行 Bank of China Yiwu Branch', accountNumber: '356873920018', currency: 'CNY' },
  });
  await addAccount(db, a.agent, { ownerId: agentId, bank: '中国银行义乌分行 Bank of China Yiwu Branch', accountNumber: '356873920026', currency: 'USD' });
  await register(db, a.agent, { kind: 'buyer', entityId: a.buyer.entityId!, nationality: 'KZ', documentType: 'passport', documentNumber: 'N12638450' });
  for (const b of BUYERS) await register(db, a.agent, { kind: 'buyer', ...b });
  let registrations = 5;
  await register(db, a.agent, { kind: 'merchant', entityId: a.suspended });
  await setRegistrationStatus(db, a.operator, a.suspended, { status: 'suspended', reason: '抽检发现侵权商品 / counterfeit goods found at inspection' });
  await putHsRule(db, a.operator, {
    prefix: '0508',
    kind: 'restricted',
    reasonZh: '珊瑚、贝壳等（濒危物种需证明）',
    reasonEn: 'Coral, shells and similar (CITES certificate for protected species)',
    source: 'CITES',
  });

  const rules = await listHsRules(db);
  const merchants = new Set<number>([a.suspended]);
  const records: TradeRecord[] = [];
  for (let page = 1; records.length < MAX_RECORDS; page++) {
    const p = await listOrders(db, a.buyer, { page, pageSize: 100 });
    for (const o of p.items) {
      if (
        records.length >= MAX_RECORDS ||
        o.status === 'cancelled' ||
        o.status === 'placed' ||
        o.merchantId === a.suspended ||
        a.exclude.includes(o.merchantId)
      )
        continue;
      const full = await getOrder(db, a.buyer, o.id);
      const lines = (full.lines ?? []).filter((l) => l.hsCode && matchHs(rules, l.hsCode) === null);
      if (lines.length === 0) continue;
      if (!merchants.has(o.merchantId)) {
        merchants.add(o.merchantId);
        await register(db, a.agent, {
          kind: 'merchant',
          entityId: o.merchantId,
          account: { bank: '义乌农村商业银行 Yiwu Rural Commercial Bank', accountNumber: `2010${String(o.merchantId).padStart(10, '0')}`, currency: 'CNY' },
        });
        registrations++;
      }
      records.push(
        await insertTradeRecord(db, a.agent, {
          agentId,
          buyerId: o.buyerId,
          merchantId: o.merchantId,
          orderId: o.id,
          currency: o.currency,
          licenceRef: null,
          recordedOn: o.createdAt.slice(0, 10),
          lines: lines.map((l) => ({
            orderLineId: l.lineNo,
            productId: l.productId,
            hs: l.hsCode!,
            goodsName: l.titleZh ?? l.titleEn ?? l.sku,
            quantity: l.qty,
            unit: l.unit,
            valueMinor: l.lineTotal,
            restricted: false,
          })),
        }),
      );
    }
    if (p.items.length < 100) break;
  }

  // Payments: the buyer pays the agent's CNY account for records in threes (half of one left open), and the next record's merchant directly.
  const [cny] = (await listAccounts(db, a.agent, { owner: agentId })).filter((x) => x.currency === 'CNY');
  let payments = 0;
  const cnyRecords = records.filter((r) => r.currency === 'CNY');
  let i = 0;
  for (; i + 1 < cnyRecords.length && payments < 6; i += 3) {
    const group = cnyRecords.slice(i, i + 3);
    const amount = group.reduce((s, r) => s + r.totalMinor, 0);
    const pay = await recordProcPayment(db, a.agent, {
      buyerId: a.buyer.entityId!,
      accountId: cny!.id,
      method: payments % 2 === 0 ? 'bank_transfer' : 'letter_of_credit',
      reference: `DEMO-TT-${String(payments + 1).padStart(4, '0')}`,
      amountMinor: amount,
      currency: 'CNY',
      receivedOn: group[group.length - 1]!.recordedOn,
    });
    const allocations = group.map((r, k) => ({
      orderId: r.orderId,
      amountMinor: k === group.length - 1 && payments === 0 ? Math.floor(r.totalMinor / 2) : r.totalMinor,
    }));
    await allocate(db, a.agent, pay.id, { allocations });
    payments++;
  }
  const last = cnyRecords[i]; // the first record no group paid
  const [merchantAccount] = last ? (await listAccounts(db, a.agent, { owner: last.merchantEntityId })).filter((x) => x.currency === 'CNY') : [];
  if (last && merchantAccount) {
    await recordProcPayment(db, a.agent, {
      buyerId: a.buyer.entityId!,
      accountId: merchantAccount.id,
      method: 'alipay',
      reference: 'DEMO-ALIPAY-0001',
      amountMinor: last.totalMinor,
      currency: 'CNY',
      receivedOn: last.recordedOn,
      allocations: [{ orderId: last.orderId, amountMinor: last.totalMinor }],
    });
    payments++;
  }
  return { registrations, records: records.length, payments };
}
