/**
 * The demo's consolidated exports (mode 1039): the demo agent's consignments
 * for the demo buyer in every state — open (lots pending inspection), loading
 * (one lot held by customs, the plan final over the released lots), declared,
 * shipped and closed (containers numbered by ISO 6346 and sealed) — from the
 * demo buyer's orders. Deterministic for a market.
 *
 * Lots come from the demo agent's trade records for the demo buyer (made by
 * procurement-demo.ts, loaded just before): one lot per record line, in record
 * order; with fewer lines than the plan wants, the later states are left out.
 */
import type { Actor } from '../../core/auth/actor.ts';
import type { Database } from '../../core/db/database.ts';
import {
  containerNumber,
  getLoadPlan,
  loadPlanTask,
  moveConsignment,
  numberContainer,
  openConsignment,
  receiveLot,
  saveLoadPlan,
  setInspection,
  type ConsignmentStatus,
  type TradeLine,
} from '../export/index.ts';
import { planWithList } from '../load-planner/index.ts';
import { listTradeRecords, type TradeRecord } from '../procurement/index.ts';

export interface ExportDemoActors {
  agent: Actor;
  customs: Actor;
  buyer: Actor;
}
export interface ExportDemoReport {
  consignments: number;
  lots: number;
}

const PLAN: { status: ConsignmentStatus; destination: string; incoterm: string; lots: number }[] = [
  { status: 'open', destination: 'AEJEA', incoterm: 'FOB', lots: 4 },
  { status: 'loading', destination: 'NGLOS', incoterm: 'CIF', lots: 6 },
  { status: 'declared', destination: 'BRSSZ', incoterm: 'FOB', lots: 4 },
  { status: 'shipped', destination: 'NLRTM', incoterm: 'CFR', lots: 4 },
  { status: 'closed', destination: 'USLAX', incoterm: 'FOB', lots: 3 },
];
const CARTONS: [number, number, number][] = [
  [520, 380, 305],
  [600, 400, 400],
  [450, 350, 300],
  [580, 420, 360],
  [400, 300, 250],
];

async function tradeLines(database: Database, a: ExportDemoActors): Promise<TradeLine[]> {
  const { items } = await listTradeRecords(database.db, a.agent, { buyer: a.buyer.entityId, limit: 200 });
  return items
    .filter((r: TradeRecord) => r.status === 'recorded')
    .flatMap((r) =>
      r.lines.map((l) => ({
        tradeRecordId: r.id,
        merchantId: r.merchantEntityId,
        orderId: r.orderId,
        orderLineId: l.orderLineId,
        productId: l.productId,
        hs: l.hs,
        goodsName: l.goodsName,
        quantity: l.quantity,
        unit: l.unit,
        valueMinor: l.valueMinor,
        currency: l.currency,
      })),
    )
    .filter((l) => /^\d{10}$/.test(l.hs) && l.valueMinor > 0)
    .sort((x, y) => x.tradeRecordId - y.tradeRecordId || x.orderLineId - y.orderLineId);
}

/**
 * Load the consignments (after the demo's trade history: they need the buyer's orders).
 * @example
 * ```ts
 * await loadExportDemo(database, { agent, customs, buyer });
 * ```
 */
export async function loadExportDemo(database: Database, a: ExportDemoActors): Promise<ExportDemoReport> {
  const db = database.db;
  const lines = await tradeLines(database, a);
  let next = 0;
  let lots = 0;
  let consignments = 0;
  let serial = 100_001;
  for (const [ci, p] of PLAN.entries()) {
    const take = lines.slice(next, next + p.lots);
    if (take.length === 0) break;
    next += take.length;
    const c = await openConsignment(db, a.agent, { buyerId: a.buyer.entityId, destination: p.destination, incoterm: p.incoterm, note: `demo ${p.status}` });
    consignments++;
    const ids: number[] = [];
    for (const [i, line] of take.entries()) {
      const [l, w, h] = CARTONS[(ci + i) % CARTONS.length]!;
      const cartons = 8 + ((ci * 7 + i * 5) % 30);
      const netKg = cartons * (9 + ((i + ci) % 6));
      const lot = await db.transaction().execute((tx) =>
        receiveLot(
          tx,
          a.agent,
          c.id,
          {
            tradeRecordId: line.tradeRecordId,
            orderLineId: line.orderLineId,
            cartons,
            lengthMm: l,
            widthMm: w,
            heightMm: h,
            netKg,
            grossKg: netKg + cartons * 1.5,
            thisSideUp: i % 3 === 0,
          },
          line,
        ),
      );
      ids.push(lot.id);
      lots++;
    }
    if (p.status === 'open') continue;
    const held = p.status === 'loading' ? ids.slice(-1) : [];
    await setInspection(db, a.customs, { lotIds: ids.filter((x) => !held.includes(x)), status: 'released' });
    if (held.length) await setInspection(db, a.customs, { lotIds: held, status: 'held', reason: '唛头与申报不符 shipping marks do not match the record' });
    const { task, lotIds } = await loadPlanTask(db, a.agent, c.id, { timeLimitSeconds: 5 });
    await saveLoadPlan(db, a.agent, c.id, lotIds, planWithList({ ...task, options: { ...task.options, maxWorkPerContainer: 20_000 } }));
    await moveConsignment(db, a.agent, c.id, { to: 'loading' });
    if (p.status === 'loading') continue;
    const plan = await getLoadPlan(db, a.agent, c.id);
    for (const k of plan.containers)
      await numberContainer(db, a.agent, c.id, k.seq, { isoNumber: containerNumber('YWU', serial++), sealNumber: `YW${String(serial).padStart(7, '0')}` });
    for (const to of ['declared', 'shipped', 'closed'] as const) {
      await moveConsignment(db, a.agent, c.id, { to });
      if (to === p.status) break;
    }
  }
  return { consignments, lots };
}
