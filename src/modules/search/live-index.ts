import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Database } from '../../core/db/database.ts';
import { countActiveProducts } from '../catalog/index.ts';
import { SearchIndex } from './search-index.ts';
import { allDocs, docsByIds, merchantTenure, type Tenure } from './db-docs.ts';
import { changesBetween, databaseIdentity, feedHead, snapshotMismatch, type DatabaseIdentity, type FeedPosition, type SnapshotMeta } from './change-feed.ts';
import type { SearchQuery, SearchResult, Suggestion } from './types.ts';

interface Logger {
  info(o: object | string, msg?: string): void;
  warn(o: object | string, msg?: string): void;
}
const quiet: Logger = { info() {}, warn() {} };

export interface LiveSearchOptions {
  /** Where to keep the index snapshot (e.g. ./data/search/index.snap); none = always rebuild. */
  snapshotPath?: string;
  /** How often to read the product change log, ms (default 250: changes are searchable within a second). */
  pollMs?: number;
  logger?: Logger;
  onBuildProgress?: (done: number, total: number) => void;
}

/**
 * The search index of one API process, kept in step with the database.
 * Start: load the snapshot (if it was built from this database and its current
 * products epoch) and replay the change log since it was taken, or build from
 * the products table. Then poll `product_changes` through the change feed
 * (`change-feed.ts`: by transaction visibility, so late commits are not
 * missed) and upsert or remove what changed. A wholesale reset of the products
 * (TRUNCATE bumps the epoch) makes a running process rebuild. The database
 * stays the single source of truth; any number of processes can each hold one.
 * @example
 * ```ts
 * const live = await LiveSearch.start(database, { snapshotPath: './data/search/index.snap', logger: app.log });
 * const r = live.search({ text: 'phone case', page: 1 });
 * await live.close({ save: true }); // on shutdown
 * ```
 */
export class LiveSearch {
  private timer: NodeJS.Timeout | undefined;
  private pending: Promise<void> | undefined;
  /** Serialises reads of the feed, rebuilds and snapshot writes. */
  private queue: Promise<unknown> = Promise.resolve();
  private constructor(
    private index: SearchIndex,
    private position: FeedPosition,
    private epoch: number,
    private tenure: Tenure,
    private readonly identity: DatabaseIdentity,
    private readonly database: Database,
    private readonly opts: LiveSearchOptions,
    readonly startup: { source: 'snapshot' | 'build'; seconds: number; docs: number },
  ) {}

  static async start(database: Database, opts: LiveSearchOptions = {}): Promise<LiveSearch> {
    const t0 = performance.now();
    const log = opts.logger ?? quiet;
    const db = database.db;
    const identity = await databaseIdentity(db);
    let loaded: { index: SearchIndex; position: FeedPosition } | undefined;
    const path = opts.snapshotPath;
    if (path && existsSync(path) && existsSync(`${path}.json`)) {
      try {
        const meta = JSON.parse(await readFile(`${path}.json`, 'utf8')) as SnapshotMeta;
        const why = await snapshotMismatch(db, meta, identity);
        if (why) log.info({ snapshot: path }, `search snapshot not used: ${why}; rebuilding from the database`);
        else loaded = { index: await SearchIndex.load(path), position: meta.position };
      } catch (e) {
        log.warn({ err: e }, 'search snapshot unreadable; rebuilding from the database');
      }
    }
    const tenure = await merchantTenure(db);
    const built = loaded ? undefined : await buildIndex(database, tenure, opts.onBuildProgress);
    const source = loaded ? 'snapshot' : 'build';
    const live = new LiveSearch(
      (loaded ?? built)!.index,
      (loaded ?? built)!.position,
      loaded ? identity.epoch : built!.epoch,
      tenure,
      identity,
      database,
      opts,
      { source, seconds: 0, docs: 0 },
    );
    await live.catchUp();
    if (source === 'build' && path) await live.saveSnapshot();
    Object.assign(live.startup, { seconds: (performance.now() - t0) / 1000, docs: live.index.stats().docs });
    log.info({ search: live.startup }, `search index ready (${live.startup.docs} products, ${source}, ${live.startup.seconds.toFixed(1)} s)`);
    live.timer = setInterval(() => void live.catchUp().catch((e) => log.warn({ err: e }, 'search refresh failed')), opts.pollMs ?? 250);
    live.timer.unref();
    return live;
  }

  /**
   * Apply every product change committed before this call (or rebuild, if the
   * products were reset). A read already running may have taken its snapshot
   * before the caller's commit, so callers share the next read that has not
   * started yet, never the running one.
   */
  catchUp(): Promise<void> {
    this.pending ??= this.exclusive(() => {
      this.pending = undefined;
      return this.applyChanges();
    });
    return this.pending;
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => {});
    return run;
  }

  private async applyChanges(): Promise<void> {
    const db = this.database.db;
    const head = await feedHead(db);
    if (head.epoch !== this.epoch) {
      (this.opts.logger ?? quiet).info({ epoch: head.epoch }, 'products were reset; rebuilding the search index');
      this.tenure = await merchantTenure(db);
      const built = await buildIndex(this.database, this.tenure);
      this.index = built.index;
      this.position = built.position;
      this.epoch = built.epoch;
      return this.applyChanges();
    }
    let seq = this.position.seq;
    for await (const rows of changesBetween(db, this.position.snapshot, head.snapshot)) {
      const ids = [...new Set(rows.map((r) => r.productId))];
      const docs = await docsByIds(db, ids, this.tenure);
      const present = new Set(docs.map((d) => d.id));
      for (const d of docs) this.index.upsert(d);
      for (const id of ids) if (!present.has(id)) this.index.remove(id);
      for (const r of rows) seq = Math.max(seq, r.seq);
    }
    // Every change visible in head.snapshot is now applied: a position without holes.
    this.position = { snapshot: head.snapshot, seq };
  }

  search(q: SearchQuery): SearchResult {
    return this.index.search(q);
  }

  /** Whether the product is in the index (searchable). */
  has(id: number): boolean {
    return this.index.has(id);
  }

  suggest(prefix: string, limit?: number): Suggestion[] {
    return this.index.suggest(prefix, limit);
  }

  stats() {
    return { ...this.index.stats(), lastChange: this.position.seq, startup: this.startup };
  }

  /**
   * Catch up, then write the snapshot and the feed position it reflects
   * (atomically, via rename). No poll runs in between, so the position saved is
   * one whose every visible change is in the index.
   */
  async saveSnapshot(): Promise<void> {
    const path = this.opts.snapshotPath;
    if (!path) return;
    await this.exclusive(async () => {
      await this.applyChanges();
      await mkdir(dirname(path), { recursive: true });
      const meta: SnapshotMeta = {
        feed: 2,
        database: this.identity.id,
        epoch: this.epoch,
        position: this.position,
        products: this.index.stats().docs,
        savedAt: new Date().toISOString(),
      };
      await this.index.save(`${path}.tmp`);
      await writeFile(`${path}.json.tmp`, JSON.stringify(meta));
      await rename(`${path}.tmp`, path);
      await rename(`${path}.json.tmp`, `${path}.json`);
    });
  }

  async close(opts: { save?: boolean } = {}): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.queue;
    if (opts.save) await this.saveSnapshot();
  }
}

/** Build the index from the products table; the position is the snapshot taken just before (changes after it are replayed). */
async function buildIndex(database: Database, tenure: Tenure, onProgress?: (done: number, total: number) => void) {
  const db = database.db;
  const head = await feedHead(db);
  const total = await countActiveProducts(db);
  let done = 0;
  async function* counted() {
    for await (const d of allDocs(db, tenure)) {
      yield d;
      if (++done % 20000 === 0) onProgress?.(done, total);
    }
  }
  const index = await SearchIndex.build(counted(), { total });
  onProgress?.(total, total);
  return { index, position: { snapshot: head.snapshot, seq: head.seq }, epoch: head.epoch };
}
