import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DB } from '../../core/db/schema.ts';
import { requireRole } from '../../core/auth/actor.ts';
import { WorkPool } from '../../core/work-pool.ts';
import * as exp from '../../modules/export/index.ts';
import { PLAN_TASK_MODULE, planFloorMs, type ShipmentPlan } from '../../modules/load-planner/index.ts';
import { consignmentDocuments, DocumentsQuery } from '../../flows/consignment-documents.ts';
import { openConsignmentForBuyer } from '../../flows/open-consignment.ts';
import { receiveLotFromRecord } from '../../flows/receive-lot.ts';
import { download, errors, XLSX } from '../openapi.ts';
import { ConsignmentDocuments, Consignment, ExportContainer, ExportLoadPlan, ExportLot, InspectionChange } from '../responses-export.ts';
import { IdParams } from './params.ts';

const SeqParams = IdParams.extend({ seq: z.coerce.number().int().min(1).max(100) });
const KindParams = IdParams.extend({ kind: z.enum(exp.DOCUMENT_KINDS) });
const FormatQuery = DocumentsQuery.extend({ format: z.enum(['xlsx', 'pdf']).default('xlsx') });
const WHO = 'its agent; the operator and customs read every consignment; anyone else’s consignment answers 404';

/**
 * Consolidation and inspection before loading (thin over src/modules/export and
 * its flows). Load plans run in a bounded worker pool as /api/load-plans does.
 */
export async function exportConsignmentRoutes(app0: FastifyInstance, db: Kysely<DB>): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const planner = new WorkPool({ name: 'export load planner', size: 1, maxQueue: 2, maxHeapMb: 1024, retryAfterSeconds: 10 });
  app.addHook('onClose', () => planner.close());
  const tags = ['export consolidation'];
  const base = '/api/export/consignments';

  app.get(
    base,
    {
      schema: {
        tags,
        operationId: 'listExportConsignments',
        summary: 'Consignments, newest first: an agent its own, the operator and customs all',
        querystring: exp.ConsignmentQuery,
        response: { 200: z.array(Consignment), ...errors(403) },
      },
    },
    async (req) => exp.listConsignments(db, req.actor, req.query),
  );
  app.post(
    base,
    {
      schema: {
        tags,
        operationId: 'openExportConsignment',
        summary: 'Open a consignment for a buyer, a destination (UN/LOCODE) and an Incoterm 2020 rule (agent)',
        body: exp.OpenConsignmentInput,
        response: { 201: Consignment, ...errors(403, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await openConsignmentForBuyer(db, req.actor, req.body)),
  );
  app.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        operationId: 'getExportConsignment',
        summary: `One consignment with its lot counts and plan status (${WHO})`,
        params: IdParams,
        response: { 200: Consignment, ...errors(403, 404) },
      },
    },
    async (req) => exp.getConsignment(db, req.actor, req.params.id),
  );
  app.post(
    `${base}/:id/status`,
    {
      schema: {
        tags,
        operationId: 'moveExportConsignment',
        summary: 'Move a consignment one step: open → loading → declared → shipped → closed (its agent)',
        description:
          'declared needs every lot inspected, a final load plan and every container numbered and sealed; 409 ILLEGAL_TRANSITION says what is missing.',
        params: IdParams,
        body: exp.MoveInput,
        response: { 200: Consignment, ...errors(403, 404, 409) },
      },
    },
    async (req) => exp.moveConsignment(db, req.actor, req.params.id, req.body),
  );
  app.get(
    `${base}/:id/lots`,
    {
      schema: {
        tags,
        operationId: 'listExportLots',
        summary: `The lots of a consignment (${WHO})`,
        params: IdParams,
        querystring: exp.LotQuery,
        response: { 200: z.array(ExportLot), ...errors(403, 404) },
      },
    },
    async (req) => exp.consignmentLots(db, req.actor, req.params.id, req.query),
  );
  app.post(
    `${base}/:id/lots`,
    {
      schema: {
        tags,
        operationId: 'receiveExportLot',
        summary: 'Receive the cartons of one trade-record line into the consolidation warehouse (the consignment’s agent; open or loading)',
        description:
          'The trade record must be recorded (qualified), of the consignment’s buyer and agent; the goods (HS code, name, quantity, value) come from its line. 409 when it does not match or the line is already a lot.',
        params: IdParams,
        body: exp.ReceiveLotInput,
        response: { 201: ExportLot, ...errors(403, 404, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await receiveLotFromRecord(db, req.actor, req.params.id, req.body)),
  );
  app.post(
    '/api/export/inspections',
    {
      schema: {
        tags,
        operationId: 'setExportInspection',
        summary: `Release, hold or return lots in bulk (customs only; at most ${exp.MAX_INSPECTION_LOTS}; all or none)`,
        description:
          'A reason is required to hold or return. Holding a lot of a load plan makes the plan a draft. 409 ILLEGAL_TRANSITION lists the lots that cannot move; 409 CONFLICT once the consignment is declared.',
        body: exp.InspectionInput,
        response: { 200: z.array(ExportLot), ...errors(403, 404, 409) },
      },
    },
    async (req) => exp.setInspection(db, req.actor, req.body),
  );
  app.get(
    '/api/export/lots/:id/inspections',
    {
      schema: {
        tags,
        operationId: 'getExportLotInspections',
        summary: 'A lot’s inspection history with who and when (customs, the operator, its agent, its merchant)',
        params: IdParams,
        response: { 200: z.array(InspectionChange), ...errors(403, 404) },
      },
    },
    async (req) => exp.inspectionHistory(db, req.actor, req.params.id),
  );
  app.get(
    '/api/export/my-lots',
    {
      schema: {
        tags,
        operationId: 'listMyExportLots',
        summary: 'A merchant’s own lots in every consignment with their inspection status (merchant)',
        querystring: exp.LotQuery,
        response: { 200: z.array(ExportLot), ...errors(403) },
      },
    },
    async (req) => exp.merchantLots(db, req.actor, req.query),
  );
  app.post(
    `${base}/:id/load-plan`,
    {
      schema: {
        tags,
        operationId: 'computeExportLoadPlan',
        summary: 'Compute the load plan over the released lots (its agent): lots kept together, this side up respected; final when every carton is placed',
        params: IdParams,
        body: exp.PlanOptions,
        response: { 200: ExportLoadPlan, ...errors(403, 404, 409, 503) },
      },
    },
    async (req) => {
      const { task, lotIds } = await exp.loadPlanTask(db, req.actor, req.params.id, req.body);
      const result = await planner.run<{ plan: ShipmentPlan; list: string }>(PLAN_TASK_MODULE, 'planWithList', task, {
        // A consignment of more than a dozen containers plans container by container, past a short limit.
        timeoutMs: Math.max(task.options.timeLimitMs ?? 4000, planFloorMs(task.input)) + 10_000,
      });
      return exp.saveLoadPlan(db, req.actor, req.params.id, lotIds, result);
    },
  );
  app.get(
    `${base}/:id/load-plan`,
    {
      schema: {
        tags,
        operationId: 'getExportLoadPlan',
        summary: `The consignment’s load plan and containers (${WHO}); 404 before one is computed`,
        params: IdParams,
        response: { 200: ExportLoadPlan, ...errors(403, 404) },
      },
    },
    async (req) => exp.getLoadPlan(db, req.actor, req.params.id),
  );
  app.put(
    `${base}/:id/containers/:seq`,
    {
      schema: {
        tags,
        operationId: 'numberExportContainer',
        summary: 'Give a container of the final plan its ISO 6346 number and, when stuffed, its seal (its agent)',
        description: '400 names a wrong check digit (and the right one); 409 when the plan is a draft or the number is on another container.',
        params: SeqParams,
        body: exp.ContainerInput,
        response: { 200: ExportContainer, ...errors(403, 404, 409) },
      },
    },
    async (req) => exp.numberContainer(db, req.actor, req.params.id, req.params.seq, req.body),
  );
  app.get(
    `${base}/:id/documents`,
    {
      schema: {
        tags,
        operationId: 'getExportDocuments',
        summary: `Goods list, declarations and packing lists of the final plan’s lots as JSON (${WHO})`,
        description: 'Lots valued at the rates in force on `date`; 409 without a final plan; 404 when a currency has no rate.',
        params: IdParams,
        querystring: DocumentsQuery,
        response: { 200: ConsignmentDocuments, ...errors(403, 404, 409) },
      },
    },
    async (req) => consignmentDocuments(db, req.actor, req.params.id, req.query),
  );
  app.get(
    `${base}/:id/documents/:kind`,
    {
      schema: {
        tags,
        operationId: 'downloadExportDocument',
        summary: `One document as xlsx or PDF: goods-list (商品清单), declarations (报关单), packing-list (装箱单, one per container) (${WHO})`,
        params: KindParams,
        querystring: FormatQuery,
        response: { 200: download('The document', [XLSX, 'application/pdf']), ...errors(403, 404, 409, 503) },
      },
    },
    async (req, reply) => {
      requireRole(req.actor, 'agent', 'operator', 'customs');
      const { format, ...q } = req.query;
      const docs = await consignmentDocuments(db, req.actor, req.params.id, q);
      const name = `consignment-${docs.consignmentId}-${req.params.kind}.${format}`;
      const bytes = format === 'pdf' ? await exp.documentPdfBytes(docs, req.params.kind) : await exp.documentXlsx(docs, req.params.kind);
      return reply
        .header('content-type', format === 'pdf' ? 'application/pdf' : XLSX)
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(bytes);
    },
  );
}
