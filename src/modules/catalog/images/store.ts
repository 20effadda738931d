import { dirname, join } from 'node:path';
import { blobStoreFromEnv, DirBlobStore, MemoryBlobStore, type BlobStore } from '../../../core/blob-store/index.ts';
import type { Database } from '../../../core/db/database.ts';

const stores = new WeakMap<Database, BlobStore>();

/**
 * The blob store that keeps the pictures of `database`'s products, chosen once
 * per database object:
 * - one set with `useMediaStore` (tests, embedding programs);
 * - an S3-compatible store when the S3_* variables are set, or the directory `MEDIA_DIR`;
 * - for an embedded database in a directory (`PGlite in ./data/pglite`), `media/` beside it (`./data/media`);
 * - for an in-memory or a schema-isolated test database, memory (the pictures live as long as the database);
 * - otherwise (a PostgreSQL server) `./data/media`, or `<YIWU_DATA_DIR>/media`.
 * @example
 * ```ts
 * const store = mediaStore(database);
 * ```
 */
export function mediaStore(database: Database, env: Record<string, string | undefined> = process.env): BlobStore {
  let s = stores.get(database);
  if (!s) {
    s = chooseStore(database, env);
    stores.set(database, s);
  }
  return s;
}

/** Keep `database`'s pictures in `store` from now on. */
export function useMediaStore(database: Database, store: BlobStore): void {
  stores.set(database, store);
}

function chooseStore(database: Database, env: Record<string, string | undefined>): BlobStore {
  if (env.S3_BUCKET || env.S3_ENDPOINT || env.MEDIA_DIR) return blobStoreFromEnv(env);
  // The Database reports where it lives only in its description (core/db/database.ts).
  if (database.description === 'PGlite (in memory)' || / \(schema [^)]+\)$/.test(database.description)) return new MemoryBlobStore();
  const pglite = /^PGlite in (.+)$/.exec(database.description)?.[1];
  if (pglite && !pglite.includes('://')) return new DirBlobStore(join(dirname(pglite), 'media'));
  if (pglite?.startsWith('file://')) return new DirBlobStore(join(dirname(pglite.slice('file://'.length)), 'media'));
  if (pglite) return new MemoryBlobStore();
  return blobStoreFromEnv(env);
}
