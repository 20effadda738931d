/**
 * Trade records for consolidation tests: the procurement fixture's orders
 * (merchant: cup, pistol, fireworks; merchant2: a cup) as recorded trade
 * records of the demo buyer under the demo agent, plus one of another buyer.
 * The agents (demo and other) are registered, the demo buyer under both and
 * the other buyer under the demo agent; a third buyer stays unregistered. The
 * records are stored with procurement's `insertTradeRecord` (qualifying them is
 * procurement's own subject; these tests need records, not the rule).
 */
import type { Actor } from '../src/core/auth/index.ts';
import type { Market } from './fixtures.ts';
import { procurementMarket, type ProcurementMarket } from './procurement-fixtures.ts';
import { entityIdsOfKind } from '../src/modules/market/index.ts';
import { insertTradeRecord, register } from '../src/modules/procurement/index.ts';

export interface ConsolidationMarket extends ProcurementMarket {
  /** merchant's record: lines 1, 2, 3. */
  record: number;
  /** merchant2's record: line 1. */
  record2: number;
  /** A record of another buyer (for refusals). */
  otherBuyerRecord: number;
  otherBuyer: number;
  /** A buyer entity with no registration. */
  unregisteredBuyer: number;
}

async function insertRecord(
  m: Market,
  agent: Actor,
  r: { merchant: number; buyer: number; order: number; lines: { no: number; hs: string; name: string; qty: number; value: number }[] },
): Promise<number> {
  const rec = await insertTradeRecord(m.d.db, agent, {
    agentId: agent.entityId!,
    buyerId: r.buyer,
    merchantId: r.merchant,
    orderId: r.order,
    currency: 'CNY',
    licenceRef: null,
    recordedOn: new Date().toISOString().slice(0, 10),
    lines: r.lines.map((l) => ({
      orderLineId: l.no,
      productId: null,
      hs: l.hs,
      goodsName: l.name,
      quantity: l.qty,
      unit: 'pcs',
      valueMinor: l.value,
      restricted: false,
    })),
  });
  return rec.id;
}

export async function consolidationMarket(m: Market): Promise<ConsolidationMarket> {
  const p = await procurementMarket(m);
  const buyer = m.buyer.entityId!;
  const buyers = await entityIdsOfKind(m.d.db, 'buyer', 5);
  const [otherBuyer, unregisteredBuyer] = buyers.filter((b) => b !== buyer);
  await register(m.d.db, m.operator, { kind: 'agent', entityId: p.agent.entityId!, customsCode: '3318960A01' });
  await register(m.d.db, m.operator, { kind: 'agent', entityId: p.otherAgent.entityId!, customsCode: '3318960A02' });
  const passport = { kind: 'buyer', nationality: 'AE', documentType: 'passport', documentNumber: 'P7654321' } as const;
  await register(m.d.db, p.agent, { ...passport, entityId: buyer });
  await register(m.d.db, p.otherAgent, { ...passport, entityId: buyer });
  await register(m.d.db, p.agent, { ...passport, entityId: otherBuyer!, documentNumber: 'P1111111' });
  const record = await insertRecord(m, p.agent, {
    merchant: m.merchant.entityId!,
    buyer,
    order: p.order,
    lines: [
      { no: 1, hs: '9617001900', name: '不锈钢保温杯', qty: 100, value: 125_000 },
      { no: 2, hs: '9503008900', name: '塑料玩具', qty: 100, value: 310_000 },
      { no: 3, hs: '6307900000', name: '布艺收纳袋', qty: 100, value: 90_000 },
    ],
  });
  const record2 = await insertRecord(m, p.agent, {
    merchant: m.merchant2.entityId!,
    buyer,
    order: p.order2,
    lines: [{ no: 1, hs: '9617001900', name: '保温杯', qty: 100, value: 118_000 }],
  });
  const otherBuyerRecord = await insertRecord(m, p.agent, {
    merchant: m.merchant2.entityId!,
    buyer: otherBuyer!,
    order: p.order2,
    lines: [{ no: 2, hs: '9617001900', name: '保温杯', qty: 10, value: 11_800 }],
  });
  return { ...p, record, record2, otherBuyerRecord, otherBuyer: otherBuyer!, unregisteredBuyer: unregisteredBuyer! };
}

/** The warehouse's measures of a lot (a carton of 520 × 380 × 305 mm, 14 kg net, 15.5 gross). */
export const measures = (tradeRecordId: number, orderLineId: number, cartons = 10, thisSideUp = false) => ({
  tradeRecordId,
  orderLineId,
  cartons,
  lengthMm: 520,
  widthMm: 380,
  heightMm: 305,
  netKg: 14 * cartons,
  grossKg: 15.5 * cartons,
  thisSideUp,
});
