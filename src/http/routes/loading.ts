import { Worker } from 'node:worker_threads';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors.ts';
import { isCurrency } from '../../core/money.ts';
import { readSheet } from '../../modules/catalog/index.ts';
import { lotsFromRows, standardContainer, STANDARD_CONTAINERS, type ShipmentInput, type ShipmentOptions, type ShipmentPlan } from '../../modules/loading/index.ts';

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
  seed: z.number().int().min(0).max(2 ** 31).default(1),
});

/** One planning worker, used one request at a time (plans are CPU-bound; the API stays responsive). */
class Planner {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private next = 0;
  run(input: ShipmentInput, options: ShipmentOptions): Promise<{ plan: ShipmentPlan; list: string }> {
    const job = this.queue.then(() => this.exec(input, options));
    this.queue = job.catch(() => {});
    return job;
  }
  private exec(input: ShipmentInput, options: ShipmentOptions): Promise<{ plan: ShipmentPlan; list: string }> {
    this.worker ??= new Worker(new URL('./loading-worker-boot.mjs', import.meta.url));
    const w = this.worker;
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      const onMsg = (m: { id: number; plan?: ShipmentPlan; list?: string; error?: { name: string; message: string } }) => {
        if (m.id !== id) return;
        w.off('message', onMsg);
        w.off('error', onErr);
        if (m.error) reject(m.error.name === 'ShipmentInputError' ? new AppError('VALIDATION', m.error.message) : new Error(m.error.message));
        else resolve({ plan: m.plan!, list: m.list! });
      };
      const onErr = (e: Error) => {
        this.worker = undefined;
        reject(e);
      };
      w.on('message', onMsg);
      w.once('error', onErr);
      w.postMessage({ id, input, options });
    });
  }
  async close() {
    await this.worker?.terminate();
  }
}

export async function loadingRoutes(app0: FastifyInstance, _database: Database): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const planner = new Planner();
  app.addHook('onClose', () => planner.close());
  const tags = ['loading'];
  app.get('/api/container-types', { schema: { tags, summary: 'Standard container types (ISO 668 inside sizes, payloads)', security: [] } }, async () =>
    Object.values(STANDARD_CONTAINERS),
  );
  app.post(
    '/api/load-plans',
    {
      schema: {
        tags,
        summary: 'Plan how lots of cartons go into containers: cheapest container mix, every carton placed, support, lots kept together',
        security: [],
        body: PlanRequest,
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
      const { plan, list } = await planner.run(input, { support: b.support, mode: b.mode, timeLimitMs: b.timeLimitSeconds * 1000, seed: b.seed });
      return { ...plan, loadingList: list };
    },
  );
  app.post(
    '/api/load-plans/lots',
    { bodyLimit: 8 * 1024 * 1024, schema: { tags, summary: 'Read lots from a spreadsheet (csv or xlsx body; columns lot, owner, count, length_cm, width_cm, height_cm, gross_kg, this_side_up)', security: [], querystring: z.strictObject({ format: z.enum(['csv', 'xlsx']).optional() }) } },
    async (req) => {
      if (!Buffer.isBuffer(req.body)) throw new AppError('UNSUPPORTED_MEDIA', 'send the file as the body with Content-Type text/csv or the xlsx type');
      const format = req.query.format ?? ((req.headers['content-type'] ?? '').startsWith('text/csv') ? 'csv' : 'xlsx');
      const rows = await readSheet(req.body, format);
      try {
        return lotsFromRows(rows);
      } catch (e) {
        throw new AppError('BAD_SPREADSHEET', e instanceof Error ? e.message : 'the lots cannot be read');
      }
    },
  );
}
