import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DB } from '../../core/db/schema.ts';
import { AppError } from '../../core/errors.ts';
import { requireRole } from '../../core/auth/actor.ts';
import * as credit from '../../modules/credit/index.ts';
import { creditFromTrade } from '../../flows/credit-from-trade.ts';
import { IdParams as Id } from './params.ts';
import { errors, SPREADSHEET_TYPES, XLSX } from '../openapi.ts';
import {
  Appeal,
  AppealList,
  Breakdown,
  Classes,
  DeliveryReport,
  Distribution,
  History,
  IndexSeries,
  Model,
  RecomputeReport,
  TradeRisk,
  TradeSync,
} from '../responses-credit.ts';

const EntityList = z.strictObject({
  entities: z
    .string()
    .regex(/^\d{1,15}(,\d{1,15}){0,199}$/, 'up to 200 entity ids separated by commas')
    .transform((s) => s.split(',').map(Number)),
});
const EntityQuery = z.strictObject({ entity: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
const Month = z.string().regex(/^\d{4}-\d{2}(-01)?$/, 'a month YYYY-MM');

/** The credit data centre: events in, scores and classes out, explanations, appeals, warnings, the market credit index (thin over src/modules/credit). */
export async function creditRoutes(app0: FastifyInstance, db: Kysely<DB>): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const tags = ['credit'];
  app.get(
    '/api/credit/model',
    {
      schema: {
        tags,
        security: [],
        operationId: 'getCreditModel',
        summary: 'The credit model: indicators, weights, half-lives, cut-offs, base and class thresholds (docs/credit.md)',
        response: { 200: Model },
      },
    },
    async () => ({
      base: credit.BASE_SCORE,
      thresholds: credit.THRESHOLDS,
      severityFactor: credit.SEVERITY_FACTOR,
      cutoffDays: credit.CUTOFF_DAYS,
      recentDays: credit.RECENT_DAYS,
      indicators: credit.INDICATORS.map((i) => ({ ...i, sources: [...i.sources] })),
    }),
  );
  app.post(
    '/api/credit/events',
    {
      schema: {
        tags,
        operationId: 'recordCreditEvents',
        summary:
          "A department's delivery of credit events (regulator, department, customs for its own source, operator). Idempotent on source + externalId; all rows or none",
        description:
          'Each event names its entity by `entityId`, or by `uscc`, its 18-character unified social credit code (GB 32100-2015, check character validated; codes BAD_USCC, UNKNOWN_USCC, USCC_MISMATCH). A bad row answers 422 IMPORT_REJECTED with details.errors[] = { row, column, code, reason } (row is 1-based in `events`); nothing is recorded',
        body: z.strictObject({ events: z.array(z.unknown()).min(1).max(credit.MAX_EVENTS_PER_DELIVERY) }),
        response: { 201: DeliveryReport.meta({ description: 'Recorded (inserted = 0 when everything was delivered before)' }), ...errors(400, 401, 403, 422) },
      },
    },
    async (req, reply) => reply.status(201).send(await credit.recordCreditEventsWithUscc(db, req.actor, req.body.events)),
  );
  app.post(
    '/api/credit/events/import',
    {
      bodyLimit: 16 * 1024 * 1024,
      onRequest: async (req) => requireRole(req.actor, 'operator', 'regulator', 'department', 'customs'),
      schema: {
        tags,
        operationId: 'importCreditEvents',
        summary:
          'A delivery as a sheet (raw body text/csv or xlsx; columns entity_id, source, kind, severity, occurred_on, evidence_ref, external_id, note). All rows or none; a resent file changes nothing',
        querystring: z.strictObject({ format: z.enum(['csv', 'xlsx']).optional(), fileName: z.string().max(200).optional() }),
        consumes: SPREADSHEET_TYPES,
        response: { 201: DeliveryReport, ...errors(400, 401, 403, 413, 415, 422, 503) },
      },
    },
    async (req, reply) => {
      const body = req.body;
      if (!Buffer.isBuffer(body)) throw new AppError('UNSUPPORTED_MEDIA', `send the file as the body with Content-Type text/csv or ${XLSX}`);
      const format = req.query.format ?? ((req.headers['content-type'] ?? '').startsWith('text/csv') ? 'csv' : 'xlsx');
      return reply.status(201).send(await credit.importCreditEventsSheet(db, req.actor, body, format, req.query.fileName));
    },
  );
  app.get(
    '/api/credit/classes',
    {
      schema: {
        tags,
        security: [],
        operationId: 'getCreditClasses',
        summary: 'The public credit class of up to 200 entities (what buyers see on stalls and products)',
        querystring: EntityList,
        response: { 200: Classes, ...errors(400) },
      },
    },
    async (req) => {
      const m = await credit.currentClasses(db, req.query.entities);
      return { classes: [...m].map(([entityId, c]) => ({ entityId, class: c })) };
    },
  );
  app.get(
    '/api/credit/entities/:id',
    {
      schema: {
        tags,
        operationId: 'getCreditBreakdown',
        summary:
          'An entity’s score explained: base + one contribution per event, each with its amount and the day it stops counting; its events and class changes',
        description: 'A merchant (buyer, agent) sees only its own; regulators and operators see all',
        params: Id,
        response: { 200: Breakdown, ...errors(401, 403) },
      },
    },
    async (req) => credit.creditBreakdown(db, req.actor, req.params.id),
  );
  app.get(
    '/api/credit/entities/:id/history',
    {
      schema: {
        tags,
        operationId: 'getCreditHistory',
        summary: 'The score at the end of each of the last months (default 12) and today, from the events as now known',
        params: Id,
        querystring: z.strictObject({ months: z.coerce.number().int().min(1).max(60).default(12) }),
        response: { 200: History, ...errors(401, 403) },
      },
    },
    async (req) => ({ points: await credit.creditHistory(db, req.actor, req.params.id, req.query.months) }),
  );
  app.get(
    '/api/credit/warnings',
    {
      schema: {
        tags,
        operationId: 'getTradeRiskWarnings',
        summary: 'Trade-risk warnings about a counterparty before a deal: recent serious and severe events with their reasons, or class D',
        querystring: EntityQuery,
        response: { 200: TradeRisk, ...errors(401, 403) },
      },
    },
    async (req) => credit.tradeRiskWarnings(db, req.actor, req.query.entity),
  );
  app.post(
    '/api/credit/events/:id/appeals',
    {
      schema: {
        tags,
        operationId: 'appealCreditEvent',
        summary: 'Appeal one of your own credit events with your reason (and evidence); a regulator decides',
        params: Id,
        body: credit.AppealInput,
        response: { 201: Appeal, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => reply.status(201).send(await credit.fileAppeal(db, req.actor, req.params.id, req.body)),
  );
  app.get(
    '/api/credit/appeals',
    {
      schema: {
        tags,
        operationId: 'listCreditAppeals',
        summary: 'Appeals: the regulator’s queue (status=open, oldest first) or all; an entity sees its own',
        querystring: credit.AppealQuery,
        response: { 200: AppealList, ...errors(400, 401, 403) },
      },
    },
    async (req) => ({ items: await credit.listAppeals(db, req.actor, req.query) }),
  );
  app.post(
    '/api/credit/appeals/:id/decision',
    {
      schema: {
        tags,
        operationId: 'decideCreditAppeal',
        summary: 'A regulator decides an appeal: upheld voids the event and recomputes the score at once; rejected changes nothing. The outcome is recorded',
        params: Id,
        body: credit.AppealDecision,
        response: { 200: Appeal, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => credit.decideAppeal(db, req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/credit/recompute',
    {
      schema: {
        tags,
        operationId: 'recomputeCredit',
        summary: 'Recompute every score and class on a day (default today), set-based; class changes are recorded (regulator, operator)',
        body: z.strictObject({ asOf: z.iso.date().optional() }).default({}),
        response: { 200: RecomputeReport, ...errors(400, 401, 403) },
      },
    },
    async (req) => credit.recomputeAll(db, req.actor, req.body.asOf ? { asOf: req.body.asOf } : {}),
  );
  app.post(
    '/api/credit/sync-trade',
    {
      schema: {
        tags,
        operationId: 'syncCreditFromTrade',
        summary: 'Turn the trade facts not yet consumed into platform credit events (operator)',
        response: { 200: TradeSync, ...errors(401, 403) },
      },
    },
    async (req) => {
      requireRole(req.actor, 'operator');
      return creditFromTrade(db);
    },
  );
  app.get(
    '/api/credit/distribution',
    {
      schema: {
        tags,
        operationId: 'getCreditClassDistribution',
        summary: 'How many rated entities are in each class (regulator, operator)',
        response: { 200: Distribution, ...errors(401, 403) },
      },
    },
    async (req) => credit.classDistribution(db, req.actor),
  );
  app.get(
    '/api/credit/index',
    {
      schema: {
        tags,
        security: [],
        operationId: 'getMarketCreditIndex',
        summary: 'The market credit index: monthly, base month = 100, four sub-indices combined with the published weights',
        response: { 200: IndexSeries },
      },
    },
    async () => ({ weightsBp: credit.INDEX_WEIGHTS_BP, months: await credit.marketIndexSeries(db) }),
  );
  app.post(
    '/api/credit/index/compute',
    {
      schema: {
        tags,
        operationId: 'computeMarketCreditIndex',
        summary: 'Compute and publish the market credit index for a range of months (default the last 12; base = the first) (regulator, operator)',
        body: z.strictObject({ from: Month.optional(), to: Month.optional(), baseMonth: Month.optional() }).default({}),
        response: { 200: IndexSeries, ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      const m = (s: string | undefined) => (s ? `${s.slice(0, 7)}-01` : undefined);
      const months = await credit.computeMarketIndex(db, req.actor, {
        ...(req.body.from ? { from: m(req.body.from) } : {}),
        ...(req.body.to ? { to: m(req.body.to) } : {}),
        ...(req.body.baseMonth ? { baseMonth: m(req.body.baseMonth) } : {}),
      });
      return { weightsBp: credit.INDEX_WEIGHTS_BP, months };
    },
  );
}
