import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Database } from '../core/db/database.ts';
import { logger } from '../core/logger.ts';
import { LiveSearch } from '../modules/search/index.ts';
import { progressBar } from './progress.ts';

/** Where this database's search snapshot lives: YIWU_SEARCH_SNAPSHOT, else under the data directory, one per database. */
export function snapshotPath(env = process.env): string {
  if (env.YIWU_SEARCH_SNAPSHOT) return env.YIWU_SEARCH_SNAPSHOT;
  const dir = join(env.YIWU_DATA_DIR ?? './data', 'search');
  const name = env.DATABASE_URL ? `postgres-${createHash('sha1').update(env.DATABASE_URL).digest('hex').slice(0, 10)}` : 'pglite';
  return join(dir, `${name}.snap`);
}

/**
 * Open the search index of this database: load its snapshot, or build it from the products with a
 * progress bar. With `background` (the server) a build runs behind the listening server: search
 * answers 503 INDEX_BUILDING with the time left until the index is ready.
 */
export async function startSearch(database: Database, showProgress: boolean, opts: { background?: boolean } = {}): Promise<LiveSearch> {
  const bar = showProgress ? progressBar('search index') : undefined;
  const search = await LiveSearch.start(database, {
    snapshotPath: snapshotPath(),
    logger,
    ...(opts.background ? { background: true } : {}),
    ...(bar ? { onBuildProgress: (d: number, n: number) => bar.update(d, n) } : {}),
  });
  search.ready.then(
    () => bar?.stop(),
    () => bar?.stop(),
  );
  return search;
}
