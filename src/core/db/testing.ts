import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type Engine } from './database.ts';
import { migrate, type Migration } from './migrate.ts';

/**
 * The engines every integration suite runs on: PGlite always, PostgreSQL when
 * TEST_DATABASE_URL is set. For a database with the platform's schema use
 * `freshDatabase` from src/platform/testing.ts (core knows no module's tables).
 */
export function testEngines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * A fresh database with the given migrations applied (a new in-memory PGlite,
 * or a new schema on the server that is dropped on close).
 */
export async function openTestDatabase(engine: Engine, migrations: readonly Migration[] = []): Promise<Database> {
  if (engine === 'pglite') {
    const d = await openDatabase({ dataDir: 'memory://' });
    await migrate(d, migrations);
    return d;
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const d = await openDatabase({ url, schema });
  await migrate(d, migrations);
  return {
    ...d,
    async close() {
      await d.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}
