/**
 * The consolidation half of the export bench: from a consignment's lots to its
 * documents (declarations valued at dated rates, goods list, declarations and
 * a packing list per container, as JSON, xlsx and PDF), and the load plan's own
 * time. Pure: what the API does after reading the lots from the database.
 */
import { performance } from 'node:perf_hooks';
import { Rng } from '../../src/core/random.ts';
import {
  buildDocuments,
  DOCUMENT_KINDS,
  type DeclarationLotInput,
  type DocumentSource,
  documentXlsx,
  exactConsignment,
  type LotView,
  plannerLot,
  renderDocumentPdf,
  splitExact,
} from '../../src/modules/export/index.ts';
import { planWithList, standardContainer } from '../../src/modules/load-planner/index.ts';

const SIZES: [number, number, number][] = [
  [520, 380, 305],
  [600, 400, 400],
  [450, 350, 300],
  [580, 420, 360],
  [400, 300, 250],
  [650, 450, 450],
];
/** Rates against CNY ×10^10 that match the split bench's perUsd rates. */
const CNY_E10 = new Map<string, bigint>([
  ['USD', 71_034_000_000n],
  ['EUR', 77_068_460_000n],
  ['AED', 19_342_140_000n],
]);
/** Usable volume of a 40HQ for the bench's container grouping (76 m³ inside, 85 % filled). */
const HQ_M3 = 76.3 * 0.85;

/** The split bench's lots as released export lots with carton sizes. */
export function lotViews(lots: readonly DeclarationLotInput[], seed: number): LotView[] {
  const rng = new Rng(seed + 7);
  return lots.map((l, i) => {
    const [a, b, c] = rng.pick(SIZES);
    return {
      id: i + 1,
      consignmentId: 1,
      merchantId: Number(String(l.merchant).replace(/\D/g, '')),
      tradeRecordId: i + 1,
      orderId: i + 1,
      orderLineId: '1',
      productId: null,
      goodsName: l.goodsName,
      hs: l.hs,
      quantity: Number(l.quantity),
      unit: l.unit,
      cartons: l.cartons,
      lengthMm: a,
      widthMm: b,
      heightMm: c,
      netKg: Number(l.netKg),
      grossKg: Number(l.grossKg),
      valueMinor: l.valueMinor,
      currency: l.currency,
      thisSideUp: rng.chance(0.3),
      inspection: 'released' as const,
      receivedAt: '2026-11-30T00:00:00.000Z',
    };
  });
}

/** Containers for the documents: lots in order into 40HQs by volume (a lot may continue into the next). */
export function containersOf(lots: readonly LotView[]): DocumentSource['containers'] {
  const out: DocumentSource['containers'] = [];
  let cur: { lot: string; cartons: number }[] = [];
  let room = HQ_M3;
  for (const l of lots) {
    const v = (l.lengthMm * l.widthMm * l.heightMm) / 1e9;
    let left = l.cartons;
    while (left > 0) {
      const fit = Math.min(left, Math.floor(room / v));
      if (fit > 0) {
        cur.push({ lot: String(l.id), cartons: fit });
        left -= fit;
        room -= fit * v;
      }
      if (left > 0) {
        out.push({ seq: out.length + 1, typeCode: '40HQ', isoNumber: null, sealNumber: null, lots: cur });
        cur = [];
        room = HQ_M3;
      }
    }
  }
  if (cur.length) out.push({ seq: out.length + 1, typeCode: '40HQ', isoNumber: null, sealNumber: null, lots: cur });
  return out;
}

export interface DocumentTimes {
  split: number;
  json: number;
  xlsx: number;
  pdf: number;
  total: number;
  /** CPU time of this process over the whole (ms): the figure that holds on a machine shared with other work. */
  cpu: number;
  declarations: number;
  containers: number;
}

/** Declarations and every document of the consignment, timed step by step (ms). */
export async function timeDocuments(lots: readonly LotView[], formats: { pdf: boolean } = { pdf: true }): Promise<DocumentTimes> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const src: DocumentSource = {
    consignment: { id: 1, agentId: 1, buyerId: 2, destination: 'AEJEA', incoterm: 'FOB', status: 'loading' },
    lots: [...lots],
    containers: containersOf(lots),
  };
  const split = splitExact(exactConsignment('2026-11-30', lots, CNY_E10));
  const docs = buildDocuments(
    src,
    split,
    { consignor: { name: '义乌某出口代理有限公司', code: null }, buyer: { name: 'Ahmed Al-Sayed', nationality: 'AE', documentNo: 'A12345678' } },
    '2026-11-30',
    [],
  );
  const t1 = performance.now();
  JSON.stringify(docs);
  const t2 = performance.now();
  for (const k of DOCUMENT_KINDS) await documentXlsx(docs, k);
  const t3 = performance.now();
  if (formats.pdf) for (const k of DOCUMENT_KINDS) await renderDocumentPdf({ docs, kind: k });
  const t4 = performance.now();
  const c = process.cpuUsage(c0);
  return {
    split: t1 - t0,
    json: t2 - t1,
    xlsx: t3 - t2,
    pdf: t4 - t3,
    total: t4 - t0,
    cpu: (c.user + c.system) / 1000,
    declarations: docs.declarations.length,
    containers: src.containers.length,
  };
}

/** The load planner over the first lots that fill about `containers` 40HQs (a consignment of 2,000 lots is about 100 containers, planned by groups). */
export function timeLoadPlan(
  lots: readonly LotView[],
  containers: number,
  timeLimitMs: number,
): { ms: number; lots: number; cartons: number; planned: number; complete: boolean } {
  const group = containersOf(lots).slice(0, containers);
  const ids = new Set(group.flatMap((k) => k.lots.map((l) => l.lot)));
  const chosen = lots.filter((l) => ids.has(String(l.id)));
  const input = {
    lots: chosen.map((l) =>
      plannerLot({
        id: l.id,
        merchant_id: l.merchantId,
        cartons: l.cartons,
        length_mm: l.lengthMm,
        width_mm: l.widthMm,
        height_mm: l.heightMm,
        gross_g: Math.round(l.grossKg * 1000),
        this_side_up: l.thisSideUp,
      }),
    ),
    containers: [standardContainer('40HQ'), standardContainer('20GP')],
  };
  const t0 = performance.now();
  const { plan } = planWithList({ input, options: { support: true, timeLimitMs, seed: 1 } });
  return {
    ms: performance.now() - t0,
    lots: chosen.length,
    cartons: chosen.reduce((a, l) => a + l.cartons, 0),
    planned: plan.containers.length,
    complete: plan.complete,
  };
}
