import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DB } from '../../core/db/schema.ts';
import * as trade from '../../modules/trade/index.ts';
import { download, errors, XLSX } from '../openapi.ts';
import { IdParams } from './params.ts';

const LangQuery = z.strictObject({ lang: z.enum(['zh', 'en']).default('zh').meta({ description: 'Language of the document: zh (中文) or en' }) });
const WHO = "the order's buyer, its merchant or the operator; anyone else's order answers 404";

/** Trade documents (thin over src/modules/trade): the proforma invoice of a merchant order as PDF or xlsx. */
export async function documentRoutes(app0: FastifyInstance, db: Kysely<DB>): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const tags = ['trade documents'];
  app.get(
    '/api/orders/:id/proforma.pdf',
    {
      schema: {
        tags,
        operationId: 'getProformaPdf',
        summary: `Proforma invoice (形式发票) of an order as PDF, in Chinese or English, with an embedded subset of Noto Sans SC (${WHO})`,
        params: IdParams,
        querystring: LangQuery,
        response: { 200: download('The proforma invoice as a PDF', ['application/pdf']), ...errors(403, 404, 503) },
      },
    },
    async (req, reply) => {
      const data = await trade.proformaData(db, req.actor, req.params.id);
      const pdf = await trade.proformaPdfBytes(data, req.query.lang);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${data.number}-${req.query.lang}.pdf"`)
        .send(pdf);
    },
  );
  app.get(
    '/api/orders/:id/proforma.xlsx',
    {
      schema: {
        tags,
        operationId: 'getProformaXlsx',
        summary: `Proforma invoice (形式发票) of an order as an xlsx workbook, amounts as numbers (${WHO})`,
        params: IdParams,
        querystring: LangQuery,
        response: { 200: download('The proforma invoice as an xlsx workbook', [XLSX]), ...errors(403, 404) },
      },
    },
    async (req, reply) => {
      const data = await trade.proformaData(db, req.actor, req.params.id);
      const xlsx = await trade.proformaXlsx(data, req.query.lang);
      return reply.header('content-type', XLSX).header('content-disposition', `attachment; filename="${data.number}-${req.query.lang}.xlsx"`).send(xlsx);
    },
  );
}
