import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DB } from '../../core/db/schema.ts';
import { AppError } from '../../core/errors.ts';
import * as catalog from '../../modules/catalog/index.ts';
import { IdParams as Id } from './params.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SheetQuery = z.strictObject({
  format: z.enum(['csv', 'xlsx']).optional(),
  merchantId: z.coerce.number().int().positive().optional(),
});

export async function catalogRoutes(app0: FastifyInstance, db: Kysely<DB>): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const tags = ['catalog'];
  app.get('/api/categories', { schema: { tags, summary: 'The category tree (26 top categories)', security: [] } }, async () => catalog.categoryTree(db));
  app.get(
    '/api/categories/:code',
    { schema: { tags, summary: 'One category with breadcrumbs and children', security: [], params: z.strictObject({ code: z.string().regex(/^([0-9]{2}){1,5}$/) }) } },
    async (req) => catalog.getCategory(db, req.params.code),
  );
  app.get('/api/products', { schema: { tags, summary: 'Browse products by category subtree, merchant or stall', security: [], querystring: catalog.ProductQuery } }, async (req) =>
    catalog.listProducts(db, req.actor, req.query),
  );
  app.get('/api/products/:id', { schema: { tags, summary: 'One product with tiered prices, MOQ, stall and merchant', security: [], params: Id } }, async (req) =>
    catalog.getProduct(db, req.actor, req.params.id),
  );
  app.post(
    '/api/products',
    {
      schema: {
        tags,
        summary: 'Create a product (a merchant for itself; the operator with ?merchantId=)',
        querystring: z.strictObject({ merchantId: z.coerce.number().int().positive().optional() }),
        body: catalog.ProductInput,
      },
    },
    async (req, reply) => reply.status(201).send(await catalog.createProduct(db, req.actor, req.body, req.query.merchantId)),
  );
  app.patch('/api/products/:id', { schema: { tags, summary: 'Change a product (its merchant or the operator)', params: Id, body: catalog.ProductPatch } }, async (req) =>
    catalog.updateProduct(db, req.actor, req.params.id, req.body),
  );
  app.delete('/api/products/:id', { schema: { tags, summary: 'Delete a product (its merchant or the operator)', params: Id } }, async (req, reply) => {
    await catalog.deleteProduct(db, req.actor, req.params.id);
    return reply.status(204).send();
  });
  app.post(
    '/api/products/import',
    {
      bodyLimit: 64 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Import products from a spreadsheet (raw body: text/csv or xlsx). All rows or none; every bad row is reported.',
        querystring: SheetQuery,
      },
    },
    async (req) => {
      const body = req.body;
      if (!Buffer.isBuffer(body)) throw new AppError('UNSUPPORTED_MEDIA', `send the file as the body with Content-Type text/csv or ${XLSX}`);
      const ct = req.headers['content-type'] ?? '';
      const format = req.query.format ?? (ct.startsWith('text/csv') ? 'csv' : 'xlsx');
      return catalog.importProducts(db, req.actor, body, format, req.query.merchantId ? { merchantId: req.query.merchantId } : {});
    },
  );
  app.get('/api/products/export', { schema: { tags, summary: "Export a merchant's products as csv or xlsx (import layout)", querystring: SheetQuery } }, async (req, reply) => {
    const format = req.query.format ?? 'xlsx';
    const data = await catalog.exportProducts(db, req.actor, format, req.query.merchantId ? { merchantId: req.query.merchantId } : {});
    return reply
      .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : XLSX)
      .header('content-disposition', `attachment; filename="products.${format}"`)
      .send(data);
  });
  app.get('/api/spreadsheet-columns', { schema: { tags, summary: 'The import/export columns', security: [] } }, async () => catalog.SPREADSHEET_COLUMNS);
}
