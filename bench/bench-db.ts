/**
 * A throw-away database for a benchmark: a PGlite directory in the temp dir, or a
 * fresh database on the server at BENCH_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres), created here and dropped by `cleanup`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/core/db/database.ts';

export const BENCH_SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function openBenchDatabase(
  engine: string,
  opts: { name: string; sharedBuffers?: string },
): Promise<{ database: Database; cleanup: () => Promise<void>; diskDir?: string }> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), `${opts.name}-`));
    const database = await openDatabase({ dataDir: dir, ...(opts.sharedBuffers ? { sharedBuffers: opts.sharedBuffers } : {}) });
    return {
      database,
      diskDir: dir,
      cleanup: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `${opts.name.replace(/[^a-z0-9_]/g, '_')}_${process.pid}`;
  const admin = new pg.Client({ connectionString: BENCH_SERVER_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const database = await openDatabase({ url: BENCH_SERVER_URL.replace(/\/[^/]*$/, `/${name}`) });
  return {
    database,
    cleanup: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: BENCH_SERVER_URL });
      await c.connect();
      await c.query(`drop database if exists ${name}`);
      await c.end();
    },
  };
}
