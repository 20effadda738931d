import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DB } from '../../core/db/schema.ts';
import { AppError } from '../../core/errors.ts';
import { requireRole } from '../../core/auth/actor.ts';
import * as catalog from '../../modules/catalog/index.ts';
import { createListing, importListings } from '../../flows/credit-guard.ts';
import { updateListing } from '../../flows/ip-takedown.ts';
import { IdParams as Id } from './params.ts';
import { download, errors, NoContent, SPREADSHEET_TYPES, XLSX } from '../openapi.ts';
import { CategoryPage, CategoryTreeNode, ImportReport, Product, ProductPage, SpreadsheetColumn } from '../responses.ts';
import { sendSpreadsheet } from '../spreadsheet-reply.ts';

const SheetQuery = z.strictObject({
  format: z.enum(['csv', 'xlsx']).optional(),
  merchantId: z.coerce.number().int().positive().optional(),
});
/** Headers (and unit names) of a download in the reader's language; an import reads either. */
const SheetLang = z.enum(['zh', 'en']).optional().meta({ description: 'Language of the headers, unit names and instructions (default zh)' });
const ExportQuery = SheetQuery.extend({ lang: SheetLang });
const TemplateQuery = z.strictObject({ lang: SheetLang, format: z.enum(['xlsx']).optional() });

export async function catalogRoutes(app0: FastifyInstance, db: Kysely<DB>): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const tags = ['catalog'];
  app.get(
    '/api/categories',
    {
      schema: {
        tags,
        operationId: 'getCategoryTree',
        summary: 'The category tree (26 top categories)',
        security: [],
        response: { 200: z.array(CategoryTreeNode) },
      },
    },
    async () => catalog.categoryTree(db),
  );
  app.get(
    '/api/categories/:code',
    {
      schema: {
        tags,
        operationId: 'getCategory',
        summary: 'One category with breadcrumbs and children',
        security: [],
        params: z.strictObject({ code: z.string().regex(/^([0-9]{2}){1,5}$/) }),
        response: { 200: CategoryPage, ...errors(404) },
      },
    },
    async (req) => catalog.getCategory(db, req.params.code),
  );
  app.get(
    '/api/products',
    {
      schema: {
        tags,
        operationId: 'listProducts',
        summary: 'Browse products by category subtree, merchant or stall',
        security: [],
        querystring: catalog.ProductQuery,
        response: { 200: ProductPage, ...errors(404) },
      },
    },
    async (req) => catalog.listProducts(db, req.actor, req.query),
  );
  app.get(
    '/api/products/:id',
    {
      schema: {
        tags,
        operationId: 'getProduct',
        summary: 'One product with tiered prices, MOQ, stall and merchant',
        security: [],
        params: Id,
        response: { 200: Product, ...errors(404) },
      },
    },
    async (req) => catalog.getProduct(db, req.actor, req.params.id),
  );
  app.post(
    '/api/products',
    {
      schema: {
        tags,
        operationId: 'createProduct',
        summary: 'Create a product (a merchant for itself; the operator with ?merchantId=)',
        querystring: z.strictObject({ merchantId: z.coerce.number().int().positive().optional() }),
        body: catalog.ProductInput,
        response: { 201: Product, ...errors(403, 404, 409) },
      },
    },
    async (req, reply) => reply.status(201).send(await createListing(db, req.actor, req.body, req.query.merchantId)),
  );
  app.patch(
    '/api/products/:id',
    {
      schema: {
        tags,
        operationId: 'updateProduct',
        summary: 'Change a product (its merchant or the operator)',
        params: Id,
        body: catalog.ProductPatch,
        response: { 200: Product, ...errors(403, 404, 409) },
      },
    },
    async (req) => updateListing(db, req.actor, req.params.id, req.body),
  );
  app.delete(
    '/api/products/:id',
    {
      schema: {
        tags,
        operationId: 'deleteProduct',
        summary: 'Delete a product (its merchant or the operator; not while an IP complaint holds it down: 409)',
        params: Id,
        response: { 204: NoContent, ...errors(403, 404, 409) },
      },
    },
    async (req, reply) => {
      await catalog.deleteProduct(db, req.actor, req.params.id);
      return reply.status(204).send();
    },
  );
  app.post(
    '/api/products/import',
    {
      bodyLimit: 64 * 1024 * 1024,
      // the role is checked before the body is read: a refused caller's upload is never buffered
      onRequest: async (req) => requireRole(req.actor, 'merchant', 'operator'),
      schema: {
        tags,
        operationId: 'importProducts',
        summary:
          'Import products from a spreadsheet (raw body: text/csv in UTF-8, UTF-16 or GB18030, or xlsx; headers in Chinese or English). All rows or none; every problem of every row is reported once as { row, column, code, params } in details.errors.',
        querystring: SheetQuery,
        consumes: SPREADSHEET_TYPES,
        response: { 200: ImportReport, ...errors(403, 404, 413, 415, 422, 503) },
      },
    },
    async (req) => {
      const body = req.body;
      if (!Buffer.isBuffer(body)) throw new AppError('UNSUPPORTED_MEDIA', `send the file as the body with Content-Type text/csv or ${XLSX}`);
      const ct = req.headers['content-type'] ?? '';
      const format = req.query.format ?? (ct.startsWith('text/csv') ? 'csv' : 'xlsx');
      // the request body is not used again: hand its memory to the reader instead of copying it
      return importListings(db, req.actor, body, format, { handOver: true, ...(req.query.merchantId ? { merchantId: req.query.merchantId } : {}) });
    },
  );
  app.get(
    '/api/products/export',
    {
      schema: {
        tags,
        operationId: 'exportProducts',
        summary: "Export a merchant's products as csv or xlsx (import layout, headers in the requested language, numbers as numbers in xlsx)",
        querystring: ExportQuery,
        response: { 200: download('The products in the import layout', ['text/csv', XLSX]), ...errors(403, 404, 503) },
      },
    },
    async (req, reply) => {
      const format = req.query.format ?? 'xlsx';
      // hosted pictures as absolute URLs, so the sheet's links open from Excel
      const base = `${req.protocol}://${req.host}`;
      const data = await catalog.exportProducts(db, req.actor, format, {
        lang: req.query.lang ?? 'zh',
        ...(req.query.merchantId ? { merchantId: req.query.merchantId } : {}),
        imageUrls: (ids) => catalog.images.hostedImageUrls(db, ids, base),
      });
      return sendSpreadsheet(reply, format, 'products', data);
    },
  );
  app.get(
    '/api/products/template',
    {
      onRequest: async (req) => requireRole(req.actor, 'merchant', 'operator'),
      schema: {
        tags,
        operationId: 'getProductTemplate',
        summary: 'The product import template (xlsx): headers in the requested language, instructions, an example row, drop-down lists for category and unit',
        querystring: TemplateQuery,
        response: { 200: download('The import template', [XLSX]), ...errors(403) },
      },
    },
    async (req, reply) => {
      const lang = req.query.lang ?? 'zh';
      return sendSpreadsheet(reply, 'xlsx', lang === 'zh' ? 'products-template-zh' : 'products-template-en', await catalog.productTemplate(lang));
    },
  );
  app.get(
    '/api/spreadsheet-columns',
    {
      schema: {
        tags,
        operationId: 'listSpreadsheetColumns',
        summary: 'The import/export columns',
        security: [],
        response: { 200: z.array(SpreadsheetColumn).readonly() },
      },
    },
    async () =>
      catalog.SPREADSHEET_COLUMNS.map((c) => ({ key: c.key, zh: c.zh, en: c.en, ...('required' in c && c.required ? { required: true as const } : {}) })),
  );
}
