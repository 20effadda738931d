/**
 * Product pictures: upload (raw image body), list, reorder, choose the main
 * one, delete, import a zip bundle of a sheet and its pictures, and the
 * renditions themselves under /media/<hash>-<size>.webp (immutable). Thin over
 * the catalogue's images (src/modules/catalog/images/); docs/media.md.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors.ts';
import { requireRole } from '../../core/auth/actor.ts';
import * as catalog from '../../modules/catalog/index.ts';
import { IdParams } from './params.ts';
import { download, errors } from '../openapi.ts';
import { BundleImportReport, ProductImageList } from '../responses-media.ts';

const { images } = catalog;
const UPLOAD_TYPES = [...images.IMAGE_MEDIA_TYPES, 'application/octet-stream'];
const ZIP_TYPES = ['application/zip', 'application/x-zip-compressed', 'application/octet-stream'];
const FILE = /^([0-9a-f]{32})-(\d+)\.webp$/;
const ImageParams = z.strictObject({ id: IdParams.shape.id, imageId: IdParams.shape.id });

function body(req: FastifyRequest, what: string, types: readonly string[]): Buffer {
  if (!Buffer.isBuffer(req.body) || req.body.length === 0)
    throw new AppError('UNSUPPORTED_MEDIA', `send ${what} as the raw request body with Content-Type ${types.join(', ')}`);
  return req.body;
}

export async function mediaRoutes(app0: FastifyInstance, database: Database): Promise<void> {
  await app0.register(async (scoped) => {
    const app = scoped.withTypeProvider<ZodTypeProvider>();
    const db = database.db;
    const store = () => images.mediaStore(database);
    // Raw picture and zip bodies; octet-stream is already parsed as a buffer by the app.
    app.addContentTypeParser([...images.IMAGE_MEDIA_TYPES, 'application/zip', 'application/x-zip-compressed'], { parseAs: 'buffer' }, (_req, b, done) =>
      done(null, b),
    );
    const tags = ['pictures'];

    app.get(
      '/media/:file',
      {
        schema: {
          tags,
          operationId: 'getMediaFile',
          summary: 'A picture rendition (WebP), content-addressed: cached for a year, immutable',
          security: [],
          params: z.strictObject({ file: z.string().max(64) }),
          response: { 200: download('The WebP file', ['image/webp']), ...errors(404) },
        },
      },
      async (req, reply) => {
        const m = FILE.exec(req.params.file);
        if (!m || !(images.RENDITION_SIZES as readonly number[]).includes(Number(m[2]))) throw new AppError('NOT_FOUND', `no picture file ${req.params.file}`);
        const etag = `"${m[1]}-${m[2]}"`;
        const cache = (r: FastifyReply) => r.header('cache-control', 'public, max-age=31536000, immutable').header('etag', etag);
        if (req.headers['if-none-match']?.split(/\s*,\s*/).some((t) => t === etag || t === `W/${etag}`)) return cache(reply).code(304).send();
        const blob = await store().get(req.params.file);
        if (!blob) throw new AppError('NOT_FOUND', `no picture file ${req.params.file}`);
        return cache(reply).type('image/webp').header('x-content-type-options', 'nosniff').send(blob.body);
      },
    );

    app.get(
      '/api/products/:id/images',
      {
        schema: {
          tags,
          operationId: 'listProductImages',
          summary: "A product's hosted pictures, main first",
          security: [],
          params: IdParams,
          response: { 200: ProductImageList, ...errors(404) },
        },
      },
      async (req) => ({ items: await images.listProductImages(db, req.actor, req.params.id) }),
    );

    app.post(
      '/api/products/:id/images',
      {
        bodyLimit: images.IMAGE_LIMITS.maxBytes,
        // role and ownership are checked before the body is read: a refused upload is never buffered
        onRequest: async (req) => {
          const params = IdParams.safeParse(req.params);
          if (params.success) await images.checkImageEditor(db, req.actor, params.data.id);
          else requireRole(req.actor, 'merchant', 'operator'); // a bad id is then refused by validation (400)
        },
        schema: {
          tags,
          operationId: 'addProductImage',
          summary:
            'Add a picture to a product (its merchant or the operator): the raw JPEG, PNG or WebP file as the body, at most 10 MB and 40 megapixels; judged by content, metadata stripped, WebP renditions made. A product has at most 10.',
          params: IdParams,
          querystring: z.strictObject({ name: z.string().max(200).optional().meta({ description: 'The file name, for messages' }) }),
          consumes: UPLOAD_TYPES,
          response: { 201: ProductImageList, ...errors(403, 404, 413, 415, 503) },
        },
      },
      async (req, reply) => {
        const bytes = body(req, 'the picture', UPLOAD_TYPES);
        const items = await images.addProductImage(db, store(), req.actor, req.params.id, bytes, req.query.name);
        return reply.status(201).send({ items });
      },
    );

    app.put(
      '/api/products/:id/images/order',
      {
        schema: {
          tags,
          operationId: 'reorderProductImages',
          summary: "Put a product's pictures in a new order (every picture id once; the first is the main one)",
          params: IdParams,
          body: images.ImageOrder,
          response: { 200: ProductImageList, ...errors(403, 404) },
        },
      },
      async (req) => ({ items: await images.reorderProductImages(db, req.actor, req.params.id, req.body) }),
    );

    app.post(
      '/api/products/:id/images/:imageId/main',
      {
        schema: {
          tags,
          operationId: 'setMainProductImage',
          summary: 'Make a picture the main one (the others keep their order)',
          params: ImageParams,
          response: { 200: ProductImageList, ...errors(403, 404) },
        },
      },
      async (req) => ({ items: await images.setMainProductImage(db, req.actor, req.params.id, req.params.imageId) }),
    );

    app.delete(
      '/api/products/:id/images/:imageId',
      {
        schema: {
          tags,
          operationId: 'deleteProductImage',
          summary: 'Remove a picture from a product (its files go too unless another product uses the same file)',
          params: ImageParams,
          response: { 200: ProductImageList, ...errors(403, 404) },
        },
      },
      async (req) => ({ items: await images.deleteProductImage(db, store(), req.actor, req.params.id, req.params.imageId) }),
    );

    app.post(
      '/api/products/import-bundle',
      {
        bodyLimit: images.IMAGE_LIMITS.maxZipBytes,
        onRequest: async (req) => requireRole(req.actor, 'merchant', 'operator'),
        schema: {
          tags,
          operationId: 'importProductBundle',
          summary:
            'Import products from a zip of one sheet (.xlsx or .csv) and picture files that its images column names by file name; URLs stay external references (never fetched). All rows or none.',
          querystring: z.strictObject({ merchantId: z.coerce.number().int().positive().optional() }),
          consumes: ZIP_TYPES,
          response: { 200: BundleImportReport, ...errors(403, 404, 413, 415, 422, 503) },
        },
      },
      async (req) => {
        const bundle = await images.openImageBundle(body(req, 'the zip bundle', ZIP_TYPES));
        const sheet = bundle.sheet!;
        const report = await catalog.importProducts(db, req.actor, sheet.bytes, sheet.format, {
          handOver: true,
          ...(req.query.merchantId ? { merchantId: req.query.merchantId } : {}),
          onImages: images.imageRefsHook(store(), bundle),
        });
        return { rows: report.rows, created: report.created, updated: report.updated, pictures: bundle.files.length };
      },
    );
  });
}
