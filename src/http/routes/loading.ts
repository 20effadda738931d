import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors.ts';
import { errors, SPREADSHEET_TYPES } from '../openapi.ts';
import { ContainerType, LoadPlan, Lot as LotOut } from '../responses.ts';
import { WorkPool } from '../../core/work-pool.ts';
import { isCurrency } from '../../core/money.ts';
import { readSheet, SHEET_LIMITS } from '../../core/spreadsheet/read-sheet.ts';
import {
  lotsFromRows,
  PLAN_TASK_MODULE,
  planFloorMs,
  standardContainer,
  STANDARD_CONTAINERS,
  type PlanTaskInput,
  type ShipmentInput,
  type ShipmentPlan,
} from '../../modules/load-planner/index.ts';

const Lot = z.strictObject({
  id: z.string().trim().min(1).max(64),
  owner: z.string().trim().min(1).max(200),
  count: z.number().int().min(1).max(20_000),
  lengthCm: z.number().positive().max(1200),
  widthCm: z.number().positive().max(240),
  heightCm: z.number().positive().max(270),
  grossKg: z.number().positive().max(30_000),
  verticalAllowed: z.tuple([z.boolean(), z.boolean(), z.boolean()]).optional(),
});
const ContainerChoice = z.strictObject({
  code: z.enum(Object.keys(STANDARD_CONTAINERS) as [string, ...string[]]),
  priceMinor: z.number().int().min(0).max(100_000_000).optional(),
  currency: z.string().refine(isCurrency, 'an ISO 4217 currency code').default('USD'),
  available: z.number().int().min(0).max(50).optional(),
});
export const PlanRequest = z.strictObject({
  lots: z.array(Lot).min(1).max(500),
  containers: z.array(ContainerChoice).min(1).max(3),
  support: z.boolean().default(true),
  mode: z.enum(['cheapest-mix', 'single']).default('cheapest-mix'),
  timeLimitSeconds: z.number().min(0.5).max(30).default(8),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .default(1),
});

/**
 * Plans run in a bounded pool (src/core/work-pool.ts): one worker thread (plans are
 * CPU-bound; the API stays responsive) and at most PLAN_QUEUE plans waiting. More are
 * refused at once with BUSY (503 + Retry-After) instead of queueing without bound; a
 * plan is stopped at its own time limit plus PLAN_MARGIN_MS.
 */
export const PLAN_WORKERS = 1;
export const PLAN_QUEUE = 2;
export const PLAN_MARGIN_MS = 10_000;
const pools = new WeakMap<object, WorkPool>();
/** The load-plan pool of an app (tests look at its load). */
export const loadPlanPoolOf = (app: FastifyInstance): WorkPool | undefined => pools.get(app.server);

export async function loadingRoutes(app0: FastifyInstance, _database: Database): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const planner = new WorkPool({ name: 'load planner', size: PLAN_WORKERS, maxQueue: PLAN_QUEUE, maxHeapMb: 1024, retryAfterSeconds: 10 });
  pools.set(app0.server, planner);
  app.addHook('onClose', () => planner.close());
  const tags = ['loading'];
  app.get(
    '/api/container-types',
    {
      schema: {
        tags,
        operationId: 'listContainerTypes',
        summary: 'Standard container types (ISO 668 inside sizes, payloads)',
        security: [],
        response: { 200: z.array(ContainerType) },
      },
    },
    async () => Object.values(STANDARD_CONTAINERS),
  );
  app.post(
    '/api/load-plans',
    {
      schema: {
        tags,
        operationId: 'planLoad',
        summary: 'Plan how lots of cartons go into containers: cheapest container mix, every carton placed, support, lots kept together',
        security: [],
        body: PlanRequest,
        response: { 200: LoadPlan, ...errors(503) },
      },
    },
    async (req) => {
      const b = req.body;
      const input: ShipmentInput = {
        lots: b.lots.map((l) => ({ ...l, ...(l.verticalAllowed ? { verticalAllowed: l.verticalAllowed } : {}) })),
        containers: b.containers.map((c) => ({
          ...standardContainer(c.code, c.priceMinor, c.currency),
          ...(c.available !== undefined ? { available: c.available } : {}),
        })),
      };
      const task: PlanTaskInput = { input, options: { support: b.support, mode: b.mode, timeLimitMs: b.timeLimitSeconds * 1000, seed: b.seed } };
      const { plan, list } = await planner.run<{ plan: ShipmentPlan; list: string }>(PLAN_TASK_MODULE, 'planWithList', task, {
        timeoutMs: Math.max(b.timeLimitSeconds * 1000, planFloorMs(input)) + PLAN_MARGIN_MS,
      });
      return { ...plan, loadingList: list };
    },
  );
  app.post(
    '/api/load-plans/lots',
    // public: a small body, and the lots limits (5,000 rows) while the sheet is read
    {
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Read lots from a spreadsheet (csv or xlsx body; columns lot, owner, count, length_cm, width_cm, height_cm, gross_kg, this_side_up)',
        security: [],
        operationId: 'readLoadLots',
        consumes: SPREADSHEET_TYPES,
        querystring: z.strictObject({ format: z.enum(['csv', 'xlsx']).optional() }),
        response: { 200: z.array(LotOut), ...errors(413, 415, 503) },
      },
    },
    async (req) => {
      if (!Buffer.isBuffer(req.body)) throw new AppError('UNSUPPORTED_MEDIA', 'send the file as the body with Content-Type text/csv or the xlsx type');
      const format = req.query.format ?? ((req.headers['content-type'] ?? '').startsWith('text/csv') ? 'csv' : 'xlsx');
      const rows = await readSheet(req.body, format, SHEET_LIMITS.lots);
      return lotsFromRows(rows); // a bad row is thrown as BAD_SPREADSHEET naming the row
    },
  );
}
