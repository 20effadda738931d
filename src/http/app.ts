import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../core/db/database.ts';
import { actorForToken, bearerToken, createAuth, type Actor, type AuthOptions } from '../core/auth/index.ts';
import type { LiveSearch } from '../modules/search/index.ts';
import { installErrorHandler } from './errors.ts';
import { installTextGuard } from './text-guard.ts';
import { registerWebAssets } from './web-assets.ts';
import { openapiRouteHook, openapiTransform, openapiTransformObject, responseSerializerCompiler } from './openapi.ts';
import { systemRoutes } from './routes/system.ts';
import { authRoutes } from './routes/auth.ts';
import { marketRoutes } from './routes/market.ts';
import { catalogRoutes } from './routes/catalog.ts';
import { commodityIndexRoutes } from './routes/commodity-index.ts';
import { searchRoutes } from './routes/search.ts';
import { loadingRoutes } from './routes/loading.ts';
import { tradeRoutes } from './routes/trade.ts';
import { mediaRoutes } from './routes/media.ts';
import { fxRoutes } from './routes/fx.ts';
import { documentRoutes } from './routes/documents.ts';
import { notificationRoutes } from './routes/notifications.ts';
import { exportRoutes } from './routes/export.ts';
import { exportConsignmentRoutes } from './routes/export-consignments.ts';
import { creditGovernanceRoutes } from './routes/credit-governance.ts';
import { creditRoutes } from './routes/credit.ts';
import { serviceRoutes } from './routes/service.ts';
import { dashboardRoutes } from './routes/dashboard.ts';
import { procurementRoutes } from './routes/procurement.ts';
import { stallEvaluationRoutes } from './routes/stall-evaluation.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

export interface AppOptions {
  database: Database;
  logger?: boolean;
  /** Directory of the built web UI; served at / when present. */
  webDir?: string;
  /** The live search index; /api/search answers 404 without one. */
  search?: LiveSearch;
  extraRoutes?: ((app: FastifyInstance, database: Database) => Promise<void> | void)[];
  /** Sign-in limits, session lifetimes and the clock (tests); defaults in core/auth/policy.ts. */
  auth?: AuthOptions;
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ? { level: process.env.LOG_LEVEL ?? 'info' } : false,
    bodyLimit: 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);
  installErrorHandler(app);
  installTextGuard(app);
  // Every documented route: operationId, 2xx schema, default error responses (checked at start-up).
  app.addHook('onRoute', openapiRouteHook());

  // Spreadsheets are uploaded as the raw request body. No parser-wide limit: the app's 1 MB
  // applies unless an upload route sets its own bodyLimit (and checks the role in onRequest first).
  app.addContentTypeParser(
    ['text/csv', 'application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    { parseAs: 'buffer' },
    (_req, body, done) => done(null, body),
  );

  app.decorateRequest('actor', null as unknown as Actor);
  const auth = createAuth(opts.auth);
  app.addHook('onRequest', async (req) => {
    req.actor = await actorForToken(opts.database.db, bearerToken(req.headers.authorization), auth);
  });

  // The built UI and compression, before the other routes so that they are compressed (src/http/web-assets.ts).
  await registerWebAssets(app, { webDir: opts.webDir });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'yiwu market platform API',
        version: '0.1.0',
        description:
          'Market twin (markets, districts, stalls, use rights), entities and the catalogue. Errors are `{ error: { code, message, details } }`. Money is integer minor units of an ISO 4217 currency.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: openapiTransform,
    transformObject: openapiTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const db = opts.database.db;
  await app.register(async (api) => {
    await systemRoutes(api, opts.database);
    await authRoutes(api, db, auth);
    await marketRoutes(api, db);
    await catalogRoutes(api, db);
    await commodityIndexRoutes(api, opts.database);
    await searchRoutes(api, opts.database, opts.search);
    await loadingRoutes(api, opts.database);
    await tradeRoutes(api, db, opts.search);
    await mediaRoutes(api, opts.database);
    await fxRoutes(api, db);
    await documentRoutes(api, db);
    await notificationRoutes(api, db);
    await exportRoutes(api);
    await exportConsignmentRoutes(api, db);
    await serviceRoutes(api, db);
    await dashboardRoutes(api, db);
    await creditGovernanceRoutes(api, db);
    await creditRoutes(api, db);
    // 1039 trade records refuse blacklisted merchants; until the credit module's blacklist is wired here, none is (issue 12/13).
    await procurementRoutes(api, db);
    await stallEvaluationRoutes(api, db);
    for (const extra of opts.extraRoutes ?? []) await extra(api, opts.database);
  });

  return app;
}
