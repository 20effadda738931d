/**
 * Response schemas of the consolidation API (consignments, lots, inspection,
 * load plans, containers, documents), checked against the export module's
 * types at compile time like src/http/responses.ts.
 */
import { z } from 'zod';
import type * as exp from '../modules/export/index.ts';
import { LoadPlan } from './responses.ts';
import { DeclarationsPreview } from './routes/export.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(_proof: Same<A, B>): void => {};
const int = () => z.number().int();
const minor = () => z.number().int().meta({ description: 'Minor units of the currency' });

export const ConsignmentStatus = z.enum(['open', 'loading', 'declared', 'shipped', 'closed']).meta({ id: 'ConsignmentStatus' });
export const InspectionStatus = z
  .enum(['pending', 'released', 'held', 'returned'])
  .meta({ id: 'InspectionStatus', description: 'Set by customs only: pending → released | held; held → released | returned; released → held' });

export const Consignment = z
  .object({
    id: int(),
    agentId: int(),
    buyerId: int(),
    destination: z.string().meta({ description: 'UN/LOCODE' }),
    incoterm: z.string(),
    status: ConsignmentStatus,
    note: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    lots: z.object({ total: int(), pending: int(), released: int(), held: int(), returned: int(), cartons: int() }),
    plan: z.object({ status: z.enum(['draft', 'final']), computedAt: z.string() }).nullable(),
  })
  .meta({ id: 'ExportConsignment' });
same<z.output<typeof Consignment>, exp.ConsignmentView>(true);

export const ExportLot = z
  .object({
    id: int(),
    consignmentId: int(),
    merchantId: int(),
    tradeRecordId: int(),
    orderId: int(),
    orderLineId: z.string(),
    productId: int().nullable(),
    goodsName: z.string(),
    hs: z.string().meta({ description: '10-digit HS code' }),
    quantity: z.number(),
    unit: z.string(),
    cartons: int(),
    lengthMm: int(),
    widthMm: int(),
    heightMm: int(),
    netKg: z.number().meta({ description: 'Net weight of the whole lot' }),
    grossKg: z.number(),
    valueMinor: minor(),
    currency: z.string(),
    thisSideUp: z.boolean(),
    inspection: InspectionStatus,
    receivedAt: z.string(),
  })
  .meta({ id: 'ExportLot' });
same<z.output<typeof ExportLot>, exp.LotView>(true);

export const InspectionChange = z
  .object({
    lotId: int(),
    seq: int(),
    from: z.string(),
    to: z.string(),
    reason: z.string().nullable(),
    actorUserId: int().nullable(),
    actorRole: z.string(),
    at: z.string(),
  })
  .meta({ id: 'InspectionChange' });
same<z.output<typeof InspectionChange>, exp.InspectionChange>(true);

export const ExportContainer = z
  .object({
    seq: int(),
    typeCode: z.string(),
    isoNumber: z.string().nullable().meta({ description: 'ISO 6346 number (check digit validated)' }),
    sealNumber: z.string().nullable(),
    stuffedAt: z.string().nullable(),
    lots: z.array(z.object({ lot: z.string(), owner: z.string(), cartons: int() })),
  })
  .meta({ id: 'ExportContainer' });
same<z.output<typeof ExportContainer>, exp.ContainerView>(true);

export const ExportLoadPlan = z
  .object({
    consignmentId: int(),
    status: z.enum(['draft', 'final']).meta({ description: 'final: every carton placed and every lot in it released' }),
    draftReason: z.string().nullable(),
    lotIds: z.array(int()),
    computedAt: z.string(),
    plan: LoadPlan,
    containers: z.array(ExportContainer),
  })
  .meta({ id: 'ExportLoadPlan' });
same<z.output<typeof ExportLoadPlan>, exp.LoadPlanView>(true);

const Declaration = DeclarationsPreview.shape.declarations.element;
const PackingRow = z.object({
  lotId: int(),
  merchantId: int(),
  goodsName: z.string(),
  hs: z.string(),
  cartons: int(),
  cartonMm: z.tuple([int(), int(), int()]),
  thisSideUp: z.boolean(),
  netKg: z.number(),
  grossKg: z.number(),
  volumeM3: z.number(),
});
export const ConsignmentDocuments = z
  .object({
    consignmentId: int(),
    date: z.string(),
    consignor: z.object({ name: z.string(), code: z.string().nullable() }),
    buyer: z.object({ name: z.string(), nationality: z.string(), documentNo: z.string() }),
    remarks: z.string(),
    destination: z.string(),
    incoterm: z.string(),
    rates: z.array(z.object({ currency: z.string(), cnyPerUnit: z.string(), rateDate: z.string() })),
    goodsList: z.object({
      lots: z.array(ExportLot),
      totals: z.object({
        lots: int(),
        cartons: int(),
        netKg: z.number(),
        grossKg: z.number(),
        values: z.array(z.object({ currency: z.string(), valueMinor: minor() })),
      }),
    }),
    declarations: z.array(Declaration.extend({ no: int() })),
    packingLists: z.array(
      z.object({
        seq: int(),
        typeCode: z.string(),
        isoNumber: z.string().nullable(),
        sealNumber: z.string().nullable(),
        rows: z.array(PackingRow),
        totals: z.object({ cartons: int(), netKg: z.number(), grossKg: z.number(), volumeM3: z.number() }),
      }),
    ),
  })
  .meta({ id: 'ConsignmentDocuments' });
same<z.output<typeof ConsignmentDocuments>, exp.ConsignmentDocuments>(true);
