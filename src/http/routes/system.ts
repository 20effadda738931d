import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../core/db/database.ts';

export async function systemRoutes(app: FastifyInstance, database: Database): Promise<void> {
  app.get(
    '/health',
    {
      schema: {
        tags: ['system'],
        operationId: 'getHealth',
        summary: 'Liveness and database check',
        security: [],
        response: { 200: z.object({ status: z.literal('ok'), engine: z.string(), products: z.number() }) },
      },
    },
    async () => {
      const r = await sql<{ n: number }>`select count(*)::int8 as n from products`.execute(database.db);
      return { status: 'ok' as const, engine: database.engine, products: Number(r.rows[0]?.n ?? 0) };
    },
  );
}
