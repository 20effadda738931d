import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DB } from '../../core/db/schema.ts';
import { AppError } from '../../core/errors.ts';
import { requireRole } from '../../core/auth/actor.ts';
import * as fx from '../../modules/fx/index.ts';
import { errors, SPREADSHEET_TYPES, XLSX } from '../openapi.ts';
import { Conversion, RateList, RatesImportReport, RatesInForce } from '../responses-fx.ts';

/** Exchange rates (thin over src/modules/fx): anyone reads, the operator maintains. */
export async function fxRoutes(app0: FastifyInstance, db: Kysely<DB>): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const tags = ['exchange rates'];
  app.get(
    '/api/fx/rates',
    {
      schema: {
        tags,
        security: [],
        operationId: 'listFxRates',
        summary: 'The rates in force on a date (default today, UTC): per currency, the latest rate on or before it, as CNY per unit',
        querystring: fx.RatesQuery,
        response: { 200: RatesInForce },
      },
    },
    async (req) => fx.listRatesInForce(db, req.query),
  );
  app.put(
    '/api/fx/rates',
    {
      schema: {
        tags,
        operationId: 'setFxRates',
        summary: "Set a day's rates (operator): each currency's CNY rate as a decimal string, replacing that day's earlier ones",
        body: fx.DayRatesInput,
        response: { 200: RateList, ...errors(403) },
      },
    },
    async (req) => fx.setDayRates(db, req.actor, req.body),
  );
  app.get(
    '/api/fx/rates/history',
    {
      schema: {
        tags,
        security: [],
        operationId: 'getFxRateHistory',
        summary: "One currency's rates by date, newest first (at most 400)",
        querystring: fx.HistoryQuery,
        response: { 200: RateList },
      },
    },
    async (req) => fx.rateHistory(db, req.query),
  );
  app.get(
    '/api/fx/convert',
    {
      schema: {
        tags,
        security: [],
        operationId: 'convertCurrency',
        summary: 'Convert an amount of minor units at the rates in force on a date (through CNY, rounded half up once); indicative, not a settlement rate',
        querystring: fx.ConvertQuery,
        response: { 200: Conversion, ...errors(404) },
      },
    },
    async (req) => fx.convertAt(db, req.query),
  );
  app.post(
    '/api/fx/rates/import',
    {
      bodyLimit: 16 * 1024 * 1024,
      // the role is checked before the body is read: a refused caller's upload is never buffered
      onRequest: async (req) => requireRole(req.actor, 'operator'),
      schema: {
        tags,
        operationId: 'importFxRates',
        summary:
          'Import rates from a sheet (operator; raw body text/csv or xlsx; columns date, currency, rate, per, source). All rows or none; every bad row is reported',
        querystring: z.strictObject({ format: z.enum(['csv', 'xlsx']).optional(), fileName: z.string().max(200).optional() }),
        consumes: SPREADSHEET_TYPES,
        response: { 201: RatesImportReport, ...errors(403, 413, 415, 422, 503) },
      },
    },
    async (req, reply) => {
      requireRole(req.actor, 'operator');
      const body = req.body;
      if (!Buffer.isBuffer(body)) throw new AppError('UNSUPPORTED_MEDIA', `send the file as the body with Content-Type text/csv or ${XLSX}`);
      const format = req.query.format ?? ((req.headers['content-type'] ?? '').startsWith('text/csv') ? 'csv' : 'xlsx');
      const report = await fx.importRates(db, req.actor, body, format, req.query.fileName ? { fileName: req.query.fileName } : {});
      return reply.status(201).send(report);
    },
  );
}
