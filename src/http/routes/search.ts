import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors.ts';
import { productCardsByIds } from '../../modules/catalog/index.ts';
import { normaliseStandardCode } from '../../modules/credit/index.ts';
import { findStallByAddress, formatStallAddress } from '../../modules/market/index.ts';
import type { LiveSearch } from '../../modules/search/index.ts';
import { errors } from '../openapi.ts';
import { SearchAnswer, SearchStatsSchema, SuggestionSchema } from '../responses-search.ts';

export const SearchParams = z.strictObject({
  q: z.string().max(10_000).default(''),
  lang: z
    .string()
    .regex(/^[a-z]{2}(-[A-Za-z]{2})?$/)
    .optional(),
  category: z
    .string()
    .regex(/^([0-9]{2}){1,3}$/, 'a category code such as 01, 0104 or 010401')
    .optional(),
  priceMin: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  priceMax: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  moqMax: z.coerce.number().int().min(1).max(2_000_000_000).optional(),
  district: z.coerce.number().int().min(1).max(255).optional(),
  credit: z.enum(['A', 'B', 'C', 'D']).optional(),
  standard: z.string().trim().min(1).max(60).optional().meta({
    description: 'Only products whose merchant declares this standard (亮标), e.g. GB/T 1234-2008 (spaces, case and full-width forms are normalised)',
  }),
  standardKind: z
    .enum(['national', 'national_recommended', 'industry', 'group', 'enterprise', 'any'])
    .optional()
    .meta({ description: 'Only products declaring a standard of this kind (any: some standard)' }),
  sort: z.enum(['relevance', 'price_asc', 'price_desc', 'newest']).default('relevance'),
  page: z.coerce.number().int().min(1).max(500).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  facets: z.enum(['true', 'false']).default('true'),
});

/**
 * Search over the live in-memory index; hits are hydrated from the database
 * (prices, MOQ, stall: a product card), which stays the source of truth. A query that is a
 * stall address answers with that stall, so the client can go to its shop.
 */
export async function searchRoutes(app0: FastifyInstance, database: Database, search?: LiveSearch): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const tags = ['search'];
  const engine = () => {
    if (!search) throw new AppError('NOT_FOUND', 'search is not enabled on this server');
    return search;
  };
  app.get(
    '/api/search',
    {
      schema: {
        tags,
        operationId: 'searchProducts',
        summary: 'Search all goods: Chinese, pinyin, English; facets, filters, exact totals',
        security: [],
        querystring: SearchParams,
        response: { 200: SearchAnswer, ...errors(404, 503) },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const result = engine().search({
        text: q.q,
        ...(q.lang ? { lang: q.lang } : {}),
        filters: {
          ...(q.category ? { category: q.category } : {}),
          ...(q.priceMin !== undefined ? { priceMin: q.priceMin } : {}),
          ...(q.priceMax !== undefined ? { priceMax: q.priceMax } : {}),
          ...(q.moqMax !== undefined ? { moqMax: q.moqMax } : {}),
          ...(q.district !== undefined ? { district: q.district } : {}),
          ...(q.credit ? { creditClass: q.credit } : {}),
          ...(q.standard ? { standard: normaliseStandardCode(q.standard) } : {}),
          ...(q.standardKind ? { standardKind: q.standardKind } : {}),
        },
        sort: q.sort,
        page: q.page,
        pageSize: q.pageSize,
        facets: q.facets === 'true',
      });
      if (result.kind === 'stall') {
        const a = result.stallAddress;
        const text = (a.market ? `${a.market}-` : '') + formatStallAddress(a);
        try {
          const stall = await findStallByAddress(database.db, text);
          return {
            kind: 'stall' as const,
            stall: { id: stall.id, address: stall.address, addressZh: stall.addressZh, shopNameZh: stall.shopNameZh, shopNameEn: stall.shopNameEn },
          };
        } catch (e) {
          if (e instanceof AppError && e.code === 'NOT_FOUND') return { kind: 'stall' as const, stall: null, address: formatStallAddress(a) };
          throw e;
        }
      }
      const t = performance.now();
      const cards = await productCardsByIds(
        database.db,
        result.items.map((h) => h.id),
      );
      // Where the time went, for browsers' developer tools and bench/search/http.ts (W3C Server Timing).
      reply.header('server-timing', `engine;dur=${result.tookMs.toFixed(2)}, hydrate;dur=${(performance.now() - t).toFixed(2)}`);
      const byId = new Map(cards.map((p) => [p.id, p]));
      return {
        ...result,
        items: result.items.flatMap((h) => {
          const p = byId.get(h.id);
          return p ? [{ ...h, product: p }] : [];
        }),
      };
    },
  );
  app.get(
    '/api/search/suggest',
    {
      schema: {
        tags,
        operationId: 'suggestSearch',
        summary: 'As-you-type suggestions (Chinese, English, full pinyin, pinyin initials)',
        security: [],
        querystring: z.strictObject({ q: z.string().max(100), limit: z.coerce.number().int().min(1).max(20).default(8) }),
        response: { 200: z.array(SuggestionSchema), ...errors(404, 503) },
      },
    },
    async (req) => engine().suggest(req.query.q, req.query.limit),
  );
  app.get(
    '/api/search/stats',
    {
      schema: {
        tags,
        operationId: 'getSearchStats',
        summary: 'Index size, memory and freshness',
        security: [],
        response: { 200: SearchStatsSchema, ...errors(404) },
      },
    },
    async () => engine().stats(),
  );
}
