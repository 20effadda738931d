/**
 * The documents of a consignment, as data (JSON) before they are rendered
 * (documents-xlsx.ts, documents-pdf.ts): the goods list (商品清单, one row per
 * lot), the declarations (the split of declarations/), and one packing list
 * per container (the plan's cartons per lot, weights apportioned by cartons).
 * They cover the lots of the consignment's final load plan: released lots
 * only. `documentSource` reads the module's tables; `buildDocuments` is pure.
 */
import type { Kysely } from 'kysely';
import { type Actor, requireRole } from '../../core/auth/actor.ts';
import type { DB } from '../../core/db/schema.ts';
import { AppError } from '../../core/errors.ts';
import type { ShipmentPlan } from '../load-planner/index.ts';
import type { ExactConsignment, ExactRate } from './declarations/input.ts';
import type { Declaration } from './declarations/lines.ts';
import type { DeclarationSplit } from './declarations/split.ts';
import { visibleConsignment } from './consignments.ts';
import { lotRows, type LotView, lotView } from './lots.ts';
import { exportDb } from './tables.ts';

export interface DocumentSource {
  consignment: { id: number; agentId: number; buyerId: number; destination: string; incoterm: string; status: string };
  /** The lots of the final plan (all released), by id. */
  lots: LotView[];
  containers: { seq: number; typeCode: string; isoNumber: string | null; sealNumber: string | null; lots: { lot: string; cartons: number }[] }[];
}

/** What the documents are built from (its agent, the operator, customs). CONFLICT unless the load plan is final. */
export async function documentSource(db: Kysely<DB>, actor: Actor, consignmentId: number): Promise<DocumentSource> {
  requireRole(actor, 'agent', 'operator', 'customs');
  const x = exportDb(db);
  const c = await visibleConsignment(x, actor, consignmentId);
  const p = await x.selectFrom('export_load_plans').selectAll().where('consignment_id', '=', consignmentId).executeTakeFirst();
  if (p?.status !== 'final')
    throw new AppError('CONFLICT', `consignment ${consignmentId} has no final load plan: the documents cover the lots of a final plan over released lots`);
  const inPlan = new Set(p.lot_ids);
  const lots = (await lotRows(x, [consignmentId])).filter((l) => inPlan.has(l.id)).map(lotView);
  const plan = p.plan as ShipmentPlan;
  const boxes = await x.selectFrom('export_containers').selectAll().where('consignment_id', '=', consignmentId).orderBy('seq').execute();
  return {
    consignment: { id: c.id, agentId: c.agent_id, buyerId: c.buyer_id, destination: c.destination, incoterm: c.incoterm, status: c.status },
    lots,
    containers: boxes.map((k) => ({
      seq: k.seq,
      typeCode: k.type_code,
      isoNumber: k.iso_number,
      sealNumber: k.seal_number,
      lots: (plan.containers[k.seq - 1]?.lots ?? []).map((l) => ({ lot: l.lot, cartons: l.cartons })),
    })),
  };
}

/** The split's input from the lots and the rates in force (CNY per unit, ×10^10): perUsd(C) = rate(USD) / rate(C), exact. */
export function exactConsignment(date: string, lots: readonly LotView[], cnyPerUnitE10: ReadonlyMap<string, bigint>): ExactConsignment {
  const e10 = 10n ** 10n;
  const cny = (c: string) => (c === 'CNY' ? e10 : cnyPerUnitE10.get(c));
  const usd = cny('USD');
  const rates = new Map<string, ExactRate>([['USD', { units: 1n, scale: 1n }]]);
  const missing = new Set<string>();
  for (const l of lots) {
    if (rates.has(l.currency)) continue;
    const r = cny(l.currency);
    if (usd === undefined || r === undefined) missing.add(usd === undefined ? 'USD' : l.currency);
    else rates.set(l.currency, { units: usd, scale: r });
  }
  if (missing.size > 0)
    throw new AppError('NOT_FOUND', `no exchange rate for ${[...missing].join(', ')} on or before ${date}: the operator sets the day's rates`);
  return {
    date,
    rates,
    lots: lots.map((l, index) => ({
      index,
      id: l.id,
      key: String(l.id),
      merchant: l.merchantId,
      goodsName: l.goodsName,
      hs: l.hs,
      quantityMilli: Math.round(l.quantity * 1000),
      unit: l.unit,
      cartons: l.cartons,
      valueMinor: l.valueMinor,
      currency: l.currency,
      netG: Math.round(l.netKg * 1000),
      grossG: Math.round(l.grossKg * 1000),
    })),
  };
}

export interface Party {
  name: string;
  /** USCC of a Chinese entity; the buyer's has none. */
  code: string | null;
}
export interface BuyerIdentity {
  name: string;
  /** ISO 3166 alpha-2. */
  nationality: string;
  /** Passport or ID number. */
  documentNo: string;
}
export interface PackingRow {
  lotId: number;
  merchantId: number;
  goodsName: string;
  hs: string;
  cartons: number;
  cartonMm: [number, number, number];
  thisSideUp: boolean;
  netKg: number;
  grossKg: number;
  volumeM3: number;
}
export interface ConsignmentDocuments {
  consignmentId: number;
  date: string;
  consignor: Party;
  buyer: BuyerIdentity;
  /** The declaration's remarks (备注): the buyer's name, nationality and document number. */
  remarks: string;
  destination: string;
  incoterm: string;
  rates: { currency: string; cnyPerUnit: string; rateDate: string }[];
  goodsList: { lots: LotView[]; totals: { lots: number; cartons: number; netKg: number; grossKg: number; values: { currency: string; valueMinor: number }[] } };
  declarations: (Declaration & { no: number })[];
  packingLists: {
    seq: number;
    typeCode: string;
    isoNumber: string | null;
    sealNumber: string | null;
    rows: PackingRow[];
    totals: { cartons: number; netKg: number; grossKg: number; volumeM3: number };
  }[];
}

/** `part` of `total` grams by cartons, the last piece taking the remainder (the pieces sum to the lot). */
const share = (totalG: number, cartons: number, of: number, before: number, isLast: boolean): number =>
  isLast ? totalG - Math.floor((totalG * before) / of) : Math.floor((totalG * (before + cartons)) / of) - Math.floor((totalG * before) / of);

const kg = (g: number) => Math.round(g) / 1000;
const m3 = (l: LotView, cartons: number) => Math.round((l.lengthMm * l.widthMm * l.heightMm * cartons) / 1e6) / 1000;

/** The documents of a consignment from its source, its split and the parties (pure). */
export function buildDocuments(
  src: DocumentSource,
  split: DeclarationSplit,
  parties: { consignor: Party; buyer: BuyerIdentity },
  date: string,
  rates: ConsignmentDocuments['rates'],
): ConsignmentDocuments {
  const byId = new Map(src.lots.map((l) => [String(l.id), l]));
  const values = new Map<string, number>();
  for (const l of src.lots) values.set(l.currency, (values.get(l.currency) ?? 0) + l.valueMinor);
  const g = (f: (l: LotView) => number) => src.lots.reduce((a, l) => a + Math.round(f(l) * 1000), 0);
  // cartons of each lot already packed in earlier containers: a lot split over containers shares its weights by cartons
  const packed = new Map<number, number>();
  const packingLists = src.containers.map((k) => {
    const rows: PackingRow[] = k.lots.map((pl) => {
      const l = byId.get(pl.lot)!;
      const before = packed.get(l.id) ?? 0;
      packed.set(l.id, before + pl.cartons);
      const last = before + pl.cartons === l.cartons;
      return {
        lotId: l.id,
        merchantId: l.merchantId,
        goodsName: l.goodsName,
        hs: l.hs,
        cartons: pl.cartons,
        cartonMm: [l.lengthMm, l.widthMm, l.heightMm],
        thisSideUp: l.thisSideUp,
        netKg: kg(share(Math.round(l.netKg * 1000), pl.cartons, l.cartons, before, last)),
        grossKg: kg(share(Math.round(l.grossKg * 1000), pl.cartons, l.cartons, before, last)),
        volumeM3: m3(l, pl.cartons),
      };
    });
    const sum = (f: (r: PackingRow) => number) => rows.reduce((a, r) => a + Math.round(f(r) * 1000), 0) / 1000;
    return {
      seq: k.seq,
      typeCode: k.typeCode,
      isoNumber: k.isoNumber,
      sealNumber: k.sealNumber,
      rows,
      totals: {
        cartons: rows.reduce((a, r) => a + r.cartons, 0),
        netKg: sum((r) => r.netKg),
        grossKg: sum((r) => r.grossKg),
        volumeM3: sum((r) => r.volumeM3),
      },
    };
  });
  const b = parties.buyer;
  return {
    consignmentId: src.consignment.id,
    date,
    consignor: parties.consignor,
    buyer: b,
    remarks: `采购商 Buyer: ${b.name}; 国籍 Nationality: ${b.nationality}; 证件号 Passport/ID: ${b.documentNo}`,
    destination: src.consignment.destination,
    incoterm: src.consignment.incoterm,
    rates,
    goodsList: {
      lots: src.lots,
      totals: {
        lots: src.lots.length,
        cartons: src.lots.reduce((a, l) => a + l.cartons, 0),
        netKg: g((l) => l.netKg) / 1000,
        grossKg: g((l) => l.grossKg) / 1000,
        values: [...values].sort(([a], [c]) => (a < c ? -1 : 1)).map(([currency, valueMinor]) => ({ currency, valueMinor })),
      },
    },
    declarations: split.declarations.map((d, i) => ({ no: i + 1, ...d })),
    packingLists,
  };
}
