import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireRole } from '../../core/auth/actor.ts';
import { ConsignmentInput, MAX_LOTS, splitDeclarations } from '../../modules/export/index.ts';
import { errors } from '../openapi.ts';

/** The largest preview body: room for MAX_LOTS lots of about 400 bytes each. */
export const DECLARATIONS_BODY_LIMIT = 8 * 1024 * 1024;

const LineLot = z
  .object({
    id: z.union([z.string(), z.number().int()]).meta({ description: 'The lot’s id as given' }),
    cartons: z.number().int().min(1).meta({ description: 'How many of the lot’s cartons this line declares' }),
  })
  .meta({ id: 'DeclarationLineLot' });

const DeclarationLine = z
  .object({
    hs: z.string().meta({ description: 'The 10-digit HS code; on a merged line, that of its chapter’s highest-value merged kind' }),
    goodsName: z.string().meta({ description: 'The goods name of the highest-value lot of the kind (of the chapter’s highest-value kind on a merged line)' }),
    quantity: z.number().meta({ description: 'Summed quantity in `unit` (at most 3 decimals)' }),
    unit: z.string().meta({ description: 'The lots’ common unit; `kg` (the net weight) when they count in different units' }),
    cartons: z.number().int(),
    valueMinor: z.number().int().meta({ description: 'Summed value in minor units of `currency`' }),
    currency: z.string().meta({ description: 'The lots’ common currency; USD (their US values) when they are priced in different currencies' }),
    usdMinor: z.number().int().meta({ description: 'The line’s value in US cents (ranks the kinds; the lines’ sum is the declaration’s total)' }),
    netKg: z.number(),
    grossKg: z.number(),
    merged: z.boolean().meta({ description: 'A chapter line of a simplified declaration (more than 5 kinds), even when the chapter has one merged kind' }),
    lots: z.array(LineLot),
  })
  .meta({ id: 'DeclarationLine' });

const Declaration = z
  .object({
    totalUsdMinor: z.number().int().meta({ description: 'The declaration’s value in US cents, at most 15,000,000 (USD 150,000.00)' }),
    lines: z.array(DeclarationLine),
  })
  .meta({ id: 'Declaration' });

export const DeclarationsPreview = z
  .object({
    declarations: z.array(Declaration).meta({ description: 'Every lot’s cartons appear exactly once over all the lines' }),
  })
  .meta({ id: 'DeclarationsPreview' });

/** Market procurement export (mode 1039), thin over src/modules/export. */
export async function exportRoutes(app0: FastifyInstance): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const tags = ['export'];
  app.post(
    '/api/export/declarations/preview',
    {
      bodyLimit: DECLARATIONS_BODY_LIMIT,
      // the role is checked before the body is read: a refused caller's upload is never buffered
      onRequest: async (req) => requireRole(req.actor, 'agent', 'operator'),
      // the schema documents the body; the module reads it (once) itself, naming a bad field by its lot's id, not only its index
      validatorCompiler: () => (data) => ({ value: data }),
      schema: {
        tags,
        operationId: 'previewExportDeclarations',
        summary: `Split a consignment's lots into customs declarations of at most USD 150,000 each (agent or operator; at most ${MAX_LOTS} lots; nothing is stored)`,
        description:
          'Each lot is valued in US cents exactly (rates as decimals, rounded half up once per lot); a lot worth more than the cap is cut by whole cartons; ' +
          'the pieces are packed first-fit decreasing. A declaration with more than 5 HS codes declares the 5 highest-value line by line and merges the rest by HS chapter. ' +
          'Method: docs/export.md. 422 CARTON_OVER_CAP when one carton of a lot is worth more than the cap.',
        body: ConsignmentInput,
        response: { 200: DeclarationsPreview, ...errors(403, 422) },
      },
    },
    async (req) => {
      requireRole(req.actor, 'agent', 'operator');
      const { declarations } = splitDeclarations(req.body);
      return { declarations };
    },
  );
}
