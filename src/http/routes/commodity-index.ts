import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors.ts';
import { requireRole } from '../../core/auth/actor.ts';
import { WorkPool } from '../../core/work-pool.ts';
import * as index from '../../modules/commodity-index/index.ts';
import { download, errors, SPREADSHEET_TYPES, XLSX } from '../openapi.ts';
import { IndexMethod, Release, RunResult, Series, SurveyReport } from '../responses.ts';
import { sendSpreadsheet } from '../spreadsheet-reply.ts';

const DownloadQuery = index.SeriesQuery.extend({ format: z.enum(['csv', 'xlsx']).default('csv') });

/**
 * On-the-fly formula series are computed in a bounded pool (one worker, SERIES_QUEUE
 * waiting); beyond that a request is refused with BUSY (503 + Retry-After). The
 * observations are read on the main thread; results are cached (series-cache.ts).
 */
export const SERIES_WORKERS = 1;
export const SERIES_QUEUE = 4;
export const SERIES_TIMEOUT_MS = 60_000;
const pools = new WeakMap<object, WorkPool>();
/** The index-series pool of an app (tests look at its load). */
export const indexSeriesPoolOf = (app: FastifyInstance): WorkPool | undefined => pools.get(app.server);

/** Routes of the commodity index (registered by src/http/app.ts): public reads, operator runs and survey uploads. */
export async function commodityIndexRoutes(app0: FastifyInstance, database: Database): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  const tags = ['commodity index'];
  const pool = new WorkPool({ name: 'index series', size: SERIES_WORKERS, maxQueue: SERIES_QUEUE });
  pools.set(app0.server, pool);
  app.addHook('onClose', () => pool.close());
  const heavy: index.SeriesOptions = { pool, timeoutMs: SERIES_TIMEOUT_MS };
  app.get(
    '/api/index/series',
    {
      schema: {
        tags,
        security: [],
        operationId: 'getIndexSeries',
        summary:
          "Published index series (price base 100, prosperity base 1000) by category codes (comma-separated, ALL, or top), week range and release; formula=<name> computes an unpublished analysts' series instead",
        querystring: index.SeriesQuery,
        response: { 200: Series, ...errors(404, 503) },
      },
    },
    async (req) => index.getSeries(db, req.query, heavy),
  );
  app.get(
    '/api/index/series/download',
    {
      schema: {
        tags,
        security: [],
        operationId: 'downloadIndexSeries',
        summary: 'The same series as a CSV or xlsx file',
        querystring: DownloadQuery,
        response: { 200: download('The series as a table', ['text/csv', XLSX]), ...errors(404, 503) },
      },
    },
    async (req, reply) => {
      const { format, ...q } = req.query;
      const data = await index.seriesTable(db, q, format, heavy);
      return sendSpreadsheet(reply, format, `yiwu-index-${q.series ?? 'price'}`, data);
    },
  );
  app.get(
    '/api/index/releases',
    {
      schema: {
        tags,
        security: [],
        operationId: 'listIndexReleases',
        summary: 'All releases, newest first (a revision is a new dated release)',
        response: { 200: z.array(Release) },
      },
    },
    async () => index.listReleases(db),
  );
  app.get(
    '/api/index/releases/:id',
    {
      schema: {
        tags,
        security: [],
        operationId: 'getIndexRelease',
        summary: 'One release',
        params: z.strictObject({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) }),
        response: { 200: Release, ...errors(404) },
      },
    },
    async (req) => index.getRelease(db, req.params.id),
  );
  app.get(
    '/api/index/method',
    {
      schema: { tags, security: [], operationId: 'getIndexMethod', summary: 'The method in force and the prosperity weights', response: { 200: IndexMethod } },
    },
    async () => ({
      method: index.METHOD,
      priceBase: index.PRICE_BASE,
      prosperityBase: index.PROSPERITY_BASE,
      prosperityWeights: index.PUBLISHED_PROSPERITY_WEIGHTS,
      formulas: index.INDEX_FORMULAS,
      collectionDays: ['Monday', 'Thursday'],
      document: 'docs/commodity-index.md',
    }),
  );
  app.post(
    '/api/index/runs',
    {
      schema: {
        tags,
        operationId: 'runIndex',
        summary:
          'Run and publish the weekly index (operator). Default: the last complete week; revise + note publishes a revision release. Computed in a worker thread; 409 when the inputs kept changing during the run, 503 when runs are already waiting',
        body: index.RunInput,
        response: { 200: RunResult, ...errors(403, 409, 503) },
      },
    },
    async (req) => index.runIndex(database, req.actor, req.body),
  );
  app.post(
    '/api/index/surveys',
    {
      bodyLimit: 64 * 1024 * 1024,
      // the role is checked before the body is read: a refused caller's upload is never buffered
      onRequest: async (req) => requireRole(req.actor, 'operator'),
      schema: {
        tags,
        operationId: 'uploadIndexSurvey',
        summary: "Upload collectors' price survey (operator; raw body text/csv or xlsx). All rows or none; every bad row is reported",
        querystring: z.strictObject({ format: z.enum(['csv', 'xlsx']).optional(), fileName: z.string().max(200).optional() }),
        consumes: SPREADSHEET_TYPES,
        response: { 201: SurveyReport, ...errors(403, 413, 415, 422, 503) },
      },
    },
    async (req, reply) => {
      // the role check comes first, so a refused caller learns nothing about the file
      requireRole(req.actor, 'operator');
      const body = req.body;
      if (!Buffer.isBuffer(body)) throw new AppError('UNSUPPORTED_MEDIA', `send the file as the body with Content-Type text/csv or ${XLSX}`);
      const ct = req.headers['content-type'] ?? '';
      const format = req.query.format ?? (ct.startsWith('text/csv') ? 'csv' : 'xlsx');
      const report = await index.uploadSurvey(db, req.actor, body, format, req.query.fileName ? { fileName: req.query.fileName } : {});
      return reply.status(201).send(report);
    },
  );
}
