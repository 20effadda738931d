import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DB } from '../../core/db/schema.ts';
import { dashboard, DashboardQuery } from '../../flows/dashboard.ts';
import { dashboardWorkbook } from '../../flows/dashboard-sheet.ts';
import { download, errors, XLSX } from '../openapi.ts';
import { sendSpreadsheet } from '../spreadsheet-reply.ts';
import { Dashboard } from '../responses-dashboard.ts';

const DownloadQuery = DashboardQuery.extend({ lang: z.enum(['zh', 'en']).default('zh') });

/** The operator's dashboard (src/flows/dashboard.ts): figures as JSON, and the same as xlsx. */
export async function dashboardRoutes(app0: FastifyInstance, db: Kysely<DB>): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const tags = ['dashboard'];
  app.get(
    '/api/dashboard',
    {
      schema: {
        tags,
        operationId: 'getDashboard',
        summary: "The market office's dashboard: stalls by grade and district, idle stalls, open rounds, service items, trade by week, the commodity index",
        querystring: DashboardQuery,
        response: { 200: Dashboard, ...errors(403) },
      },
    },
    async (req) => dashboard(db, req.actor, req.query),
  );
  app.get(
    '/api/dashboard/download',
    {
      schema: {
        tags,
        operationId: 'downloadDashboard',
        summary: 'Everything on the dashboard as xlsx, one sheet per panel',
        querystring: DownloadQuery,
        response: { 200: download('The dashboard workbook', [XLSX]), ...errors(403) },
      },
    },
    async (req, reply) => {
      const { lang, ...q } = req.query;
      const d = await dashboard(db, req.actor, q);
      return sendSpreadsheet(reply, 'xlsx', `dashboard-${d.generatedAt.slice(0, 10)}`, await dashboardWorkbook(d, lang));
    },
  );
}
