import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors.ts';
import { requireRole } from '../../core/auth/actor.ts';
import * as index from '../../modules/index/index.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DownloadQuery = index.SeriesQuery.extend({ format: z.enum(['csv', 'xlsx']).default('csv') });

/** Routes of the commodity index (registered by src/http/app.ts): public reads, operator runs and survey uploads. */
export async function commodityIndexRoutes(app0: FastifyInstance, database: Database): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  const tags = ['commodity index'];
  app.get(
    '/api/index/series',
    {
      schema: {
        tags,
        security: [],
        summary: 'Published index series (price base 100, prosperity base 1000) by category codes (comma-separated, ALL, or top), week range and release; formula=<name> computes an unpublished analysts\' series instead',
        querystring: index.SeriesQuery,
      },
    },
    async (req) => index.getSeries(db, req.query),
  );
  app.get(
    '/api/index/series/download',
    { schema: { tags, security: [], summary: 'The same series as a CSV or xlsx file', querystring: DownloadQuery } },
    async (req, reply) => {
      const { format, ...q } = req.query;
      const data = await index.seriesTable(db, q, format);
      return reply
        .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : XLSX)
        .header('content-disposition', `attachment; filename="yiwu-index-${q.series ?? 'price'}.${format}"`)
        .send(data);
    },
  );
  app.get('/api/index/releases', { schema: { tags, security: [], summary: 'All releases, newest first (a revision is a new dated release)' } }, async () => index.listReleases(db));
  app.get(
    '/api/index/releases/:id',
    { schema: { tags, security: [], summary: 'One release', params: z.strictObject({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) }) } },
    async (req) => index.getRelease(db, req.params.id),
  );
  app.get('/api/index/method', { schema: { tags, security: [], summary: 'The method in force and the prosperity weights' } }, async () => ({
    method: index.METHOD,
    priceBase: index.PRICE_BASE,
    prosperityBase: index.PROSPERITY_BASE,
    prosperityWeights: index.PUBLISHED_PROSPERITY_WEIGHTS,
    formulas: index.INDEX_FORMULAS,
    collectionDays: ['Monday', 'Thursday'],
    document: 'docs/commodity-index.md',
  }));
  app.post(
    '/api/index/runs',
    {
      schema: {
        tags,
        summary: 'Run and publish the weekly index (operator). Default: the last complete week; revise + note publishes a revision release',
        body: index.RunInput,
      },
    },
    async (req) => index.runIndex(database, req.actor, req.body),
  );
  app.post(
    '/api/index/surveys',
    {
      bodyLimit: 64 * 1024 * 1024,
      schema: {
        tags,
        summary: "Upload collectors' price survey (operator; raw body text/csv or xlsx). All rows or none; every bad row is reported",
        querystring: z.strictObject({ format: z.enum(['csv', 'xlsx']).optional(), fileName: z.string().max(200).optional() }),
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
