import type { Database, Engine } from '../core/db/database.ts';
import { openTestDatabase } from '../core/db/testing.ts';
import { MIGRATIONS } from './migrations.ts';

export { testEngines } from '../core/db/testing.ts';

/**
 * A fresh database with the platform's whole schema (a new in-memory PGlite, or
 * a new schema on the TEST_DATABASE_URL server that is dropped on close).
 * Lives outside core because the schema is assembled from the modules.
 */
export function freshDatabase(engine: Engine): Promise<Database> {
  return openTestDatabase(engine, MIGRATIONS);
}
