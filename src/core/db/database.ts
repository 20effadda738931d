import { mkdirSync } from 'node:fs';
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.ts';
import { copyFromChunks } from './pg-copy.ts';
import { lockDataDir, type DirLock } from './dir-lock.ts';
import { PGliteThread } from './pglite-thread.ts';

export type Engine = 'pglite' | 'postgres';

export interface DatabaseOptions {
  /** postgres://… for a server; otherwise PGlite. */
  url?: string;
  /** PGlite data directory, or 'memory://' for an in-memory database. */
  dataDir?: string;
  /** PostgreSQL schema to use (tests isolate themselves this way). */
  schema?: string;
  /** PGlite shared_buffers, e.g. '1GB' for full-scale data. */
  sharedBuffers?: string;
}

export interface Database {
  readonly db: Kysely<DB>;
  readonly engine: Engine;
  readonly description: string;
  /** Bulk load CSV text (already escaped, no header) into table(columns). */
  copyCsv(table: string, columns: readonly string[], chunks: Iterable<string>): Promise<number>;
  close(): Promise<void>;
}

// Same JS types from both engines (PGlite's parsers: pglite-worker.mjs): int8 → number (ids and minor units stay safe
// integers), numeric → string, date → 'YYYY-MM-DD' string, timestamptz → Date.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

function pgTypes(): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: string) => {
      if (oid === INT8) return (v: string) => Number(v);
      if (oid === DATE) return (v: string) => v;
      if (oid === NUMERIC) return (v: string) => v;
      return pg.types.getTypeParser(oid, format as 'text');
    }) as pg.CustomTypesConfig['getTypeParser'],
  };
}

export async function openDatabase(opts: DatabaseOptions = {}): Promise<Database> {
  if (opts.url) return openPostgres(opts.url, opts.schema);
  return openPglite(opts.dataDir ?? 'memory://', opts.sharedBuffers);
}

async function openPostgres(url: string, schema?: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DB_POOL_SIZE ?? 10),
    types: pgTypes(),
    ...(schema ? { options: `-c search_path=${schema},public` } : {}),
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    engine: 'postgres',
    description: `PostgreSQL at ${redact(url)}${schema ? ` (schema ${schema})` : ''}`,
    async copyCsv(table, columns, chunks) {
      const client = await pool.connect();
      try {
        return await copyFromChunks(client, `COPY ${table} (${columns.join(',')}) FROM STDIN WITH (FORMAT csv)`, chunks);
      } finally {
        client.release();
      }
    },
    close: () => db.destroy(),
  };
}

async function openPglite(dataDir: string, sharedBuffers?: string): Promise<Database> {
  // One process per directory (see dir-lock.ts); memory:// and other schemes take no lock.
  const path = dataDir.startsWith('file://') ? dataDir.slice('file://'.length) : dataDir.includes('://') ? undefined : dataDir;
  let lock: DirLock | undefined;
  if (path !== undefined) {
    mkdirSync(path, { recursive: true });
    lock = await lockDataDir(path);
  }
  // PGlite runs in a worker thread of its own (pglite-thread.ts): its statements do not hold the event loop
  let pglite: PGliteThread;
  try {
    pglite = await PGliteThread.create(dataDir, sharedBuffers ? [`shared_buffers = ${sharedBuffers}`] : []);
  } catch (e) {
    lock?.release();
    throw e;
  }
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite: pglite as never }) });
  return {
    db,
    engine: 'pglite',
    description: dataDir.startsWith('memory://') ? 'PGlite (in memory)' : `PGlite in ${dataDir}`,
    async copyCsv(table, columns, chunks) {
      let total = 0;
      for (const chunk of chunks) {
        const res = await pglite.copyFrom(`COPY ${table} (${columns.join(',')}) FROM '/dev/blob' WITH (FORMAT csv)`, chunk);
        total += res.affectedRows ?? 0;
      }
      return total;
    },
    async close() {
      try {
        await db.destroy(); // closes PGlite only if Kysely ever ran a query through it
        if (!pglite.closed) await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** Environment → options: DATABASE_URL selects PostgreSQL, else PGlite in YIWU_DATA_DIR (default ./data). */
export function optionsFromEnv(env = process.env): DatabaseOptions {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  return {
    dataDir: `${env.YIWU_DATA_DIR ?? './data'}/pglite`,
    ...(env.YIWU_SHARED_BUFFERS ? { sharedBuffers: env.YIWU_SHARED_BUFFERS } : {}),
  };
}

export { sql };
