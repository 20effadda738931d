import type { FastifyInstance } from 'fastify';
import type { Database } from '../../core/db/database.ts';

/** Routes of this capability (registered by src/http/app.ts). */
export async function commodityIndexRoutes(_app: FastifyInstance, _database: Database): Promise<void> {}
