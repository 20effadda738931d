/**
 * The consolidation half of the export bench: from a consignment's lots to its
 * documents (declarations valued at dated rates, goods list, declarations and
 * a packing list per container, as JSON, xlsx and PDF), and the load plan's own
 * time. Pure: what the API does after reading the lots from the database. The
 * six files are drawn as the server draws them, in the export documents' work
 * pool (two workers); each format is also timed in this thread, one file after
 * another, for the cost of each.
 */
import { performance } from 'node:perf_hooks';
import { Rng } from '../../src/core/random.ts';
import {
  buildDocuments,
  DOCUMENT_FORMATS,
  DOCUMENT_KINDS,
  type DeclarationLotInput,
  type DocumentSource,
  documentFiles,
  exactConsignment,
  type LotView,
  plannerLot,
  renderDocumentPdf,
  renderDocumentXlsx,
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
  /** The files (three documents in each format) drawn in the work pool, as the server draws them. */
  files: number;
  /** Lots to declarations, JSON and files: split + json + files. */
  total: number;
  /** CPU time of this process, workers included, over `total` (ms): the figure that holds on a machine shared with other work. */
  cpu: number;
  /** The three xlsx files, then the three PDFs, drawn one after another in this thread (not part of `total`; 0 when skipped). */
  xlsx: number;
  pdf: number;
  bytes: number;
  declarations: number;
  containers: number;
}

/** Declarations and every document of the consignment, timed step by step (ms). */
export async function timeDocuments(
  lots: readonly LotView[],
  formats: { pdf: boolean; inThread?: boolean } = { pdf: true, inThread: true },
): Promise<DocumentTimes> {
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
  const want = DOCUMENT_KINDS.flatMap((kind) => DOCUMENT_FORMATS.filter((f) => formats.pdf || f !== 'pdf').map((format) => ({ kind, format })));
  const files = await documentFiles(docs, want);
  const t3 = performance.now();
  const c = process.cpuUsage(c0);
  let xlsx = 0;
  let pdf = 0;
  if (formats.inThread !== false) {
    const t4 = performance.now();
    for (const k of DOCUMENT_KINDS) await renderDocumentXlsx(docs, k);
    const t5 = performance.now();
    if (formats.pdf) for (const k of DOCUMENT_KINDS) await renderDocumentPdf({ docs, kind: k });
    xlsx = t5 - t4;
    pdf = formats.pdf ? performance.now() - t5 : 0;
  }
  return {
    split: t1 - t0,
    json: t2 - t1,
    files: t3 - t2,
    total: t3 - t0,
    cpu: (c.user + c.system) / 1000,
    xlsx,
    pdf,
    bytes: [...files.values()].reduce((a, b) => a + b.length, 0),
    declarations: docs.declarations.length,
    containers: src.containers.length,
  };
}

/**
 * The load planner over the first lots that fill about `containers` 40HQs, or
 * over every lot (`containers` 0: the whole consignment, as the API plans it,
 * cheapest mix of 40HQ and 20GP).
 */
export function timeLoadPlan(
  lots: readonly LotView[],
  containers: number,
  timeLimitMs: number,
): { ms: number; lots: number; cartons: number; planned: number; complete: boolean; bound: number; split: number; utilisation: number } {
  const group = containers > 0 ? containersOf(lots).slice(0, containers) : containersOf(lots);
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
  const { plan } = planWithList({ input, options: { support: true, timeLimitMs, seed: 1, ...(containers > 0 ? {} : { mode: 'cheapest-mix' as const }) } });
  return {
    ms: performance.now() - t0,
    lots: chosen.length,
    cartons: chosen.reduce((a, l) => a + l.cartons, 0),
    planned: plan.containers.length,
    complete: plan.complete,
    // Fewest 40HQs the cartons could fill by volume alone.
    bound: Math.ceil(chosen.reduce((a, l) => a + l.cartons * l.lengthMm * l.widthMm * l.heightMm, 0) / (12_032 * 2_350 * 2_693)),
    split: plan.splitLots.length,
    utilisation: plan.containers.reduce((a, c) => a + c.utilisation, 0) / Math.max(1, plan.containers.length),
  };
}
