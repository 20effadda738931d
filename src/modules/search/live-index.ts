import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors.ts';
import { countActiveProducts } from '../catalog/index.ts';
import { SearchIndex } from './search-index.ts';
import {
  allDocs,
  docsByIds,
  merchantClasses,
  merchantClassesVersion,
  merchantSignals,
  productStandards,
  productStandardsVersion,
  type Signals,
} from './db-docs.ts';
import { stdSignatureOf } from './standards.ts';
import { creditCode } from './columns.ts';
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
  /**
   * When the index must be built from the database (no usable snapshot), return at once and build
   * in the background: until it is ready, `search` and `suggest` answer 503 `INDEX_BUILDING` with
   * the progress and an estimate of the time left (details and Retry-After), `stats().building`
   * says the same, and `ready` resolves when the index serves. Default false: `start` waits.
   */
  background?: boolean;
  /** With `background`: the build starts once this settles (e.g. when the server listens). */
  buildAfter?: Promise<unknown>;
  /** How often to re-read the merchants' credit classes and re-feed the products of those whose class changed, ms (default 30,000). */
  creditRefreshMs?: number;
  /**
   * How often to re-read the declared standards and re-feed products whose declarations differ from the index's, ms
   * (default 60,000). A declaration made through src/flows/declared-standards.ts is searchable within a second anyway
   * (it logs a product change); this catches any other writer, and a snapshot (which keeps no standards).
   */
  standardsRefreshMs?: number;
}

/** A first build in progress: products indexed so far out of the active products, and since when (ms, performance.now()). */
export interface BuildProgress {
  done: number;
  total: number;
  startedMs: number;
}

/** The seconds a build has left at its rate so far (undefined before the first progress). */
export function buildEta(b: BuildProgress, nowMs = performance.now()): number | undefined {
  if (b.done <= 0) return undefined;
  const rate = b.done / Math.max(1, nowMs - b.startedMs);
  return Math.ceil(Math.max(0, b.total - b.done) / rate / 1000);
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
  private creditTimer: NodeJS.Timeout | undefined;
  private standardsTimer: NodeJS.Timeout | undefined;
  private pending: Promise<void> | undefined;
  /** Serialises reads of the feed, rebuilds and snapshot writes. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Set while a background first build runs (LiveSearchOptions.background). */
  private building: BuildProgress | undefined;
  /**
   * The fingerprints of the merchants' credit classes and of the declared standards the index
   * reflects (undefined: not known to match). The refresh timers read only these and compare the
   * index with the database when one has changed, so a quiet market costs two small aggregates per
   * period instead of reading every class and declaration and walking all 2.1 M documents on the
   * main thread (tens of milliseconds at full scale, beside requests).
   */
  private creditVersion: string | undefined;
  private standardsVersion: string | undefined;
  /** Resolves when the index serves (at once unless it is being built in the background). */
  ready: Promise<void> = Promise.resolve();
  private constructor(
    private index: SearchIndex,
    private position: FeedPosition,
    private epoch: number,
    private signals: Signals,
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
    // Read before what they fingerprint: a change in between is seen by the next refresh.
    const versions = { credit: await merchantClassesVersion(db), standards: await productStandardsVersion(db) };
    const signals = await merchantSignals(db);
    if (!loaded && opts.background) return LiveSearch.buildInBackground(database, opts, identity, signals, t0, versions);
    const built = loaded ? undefined : await buildIndex(database, signals, opts.onBuildProgress);
    const source = loaded ? 'snapshot' : 'build';
    const live = new LiveSearch(
      (loaded ?? built)!.index,
      (loaded ?? built)!.position,
      loaded ? identity.epoch : built!.epoch,
      signals,
      identity,
      database,
      opts,
      { source, seconds: 0, docs: 0 },
    );
    // A built index reflects the classes and declarations read above; a snapshot's may be older, and
    // a snapshot keeps no declared standards: compare them in full once.
    if (!loaded) {
      live.creditVersion = versions.credit;
      live.standardsVersion = versions.standards;
    }
    await live.catchUp();
    if (loaded) await live.refreshCredit();
    if (loaded) await live.refreshStandards();
    if (source === 'build' && path) await live.saveSnapshot();
    Object.assign(live.startup, { seconds: (performance.now() - t0) / 1000, docs: live.index.stats().docs });
    live.serving(t0);
    return live;
  }

  /** Log that the index serves and start polling the change feed. */
  private serving(t0: number): void {
    const log = this.opts.logger ?? quiet;
    Object.assign(this.startup, { seconds: (performance.now() - t0) / 1000, docs: this.index.stats().docs });
    log.info({ search: this.startup }, `search index ready (${this.startup.docs} products, ${this.startup.source}, ${this.startup.seconds.toFixed(1)} s)`);
    this.timer = setInterval(() => void this.catchUp().catch((e) => log.warn({ err: e }, 'search refresh failed')), this.opts.pollMs ?? 250);
    this.timer.unref();
    this.creditTimer = setInterval(
      () => void this.refreshCredit().catch((e) => log.warn({ err: e }, 'search credit refresh failed')),
      this.opts.creditRefreshMs ?? 30_000,
    );
    this.creditTimer.unref();
    this.standardsTimer = setInterval(
      () => void this.refreshStandards().catch((e) => log.warn({ err: e }, 'search standards refresh failed')),
      this.opts.standardsRefreshMs ?? 60_000,
    );
    this.standardsTimer.unref();
  }

  private static async buildInBackground(
    database: Database,
    opts: LiveSearchOptions,
    identity: DatabaseIdentity,
    signals: Signals,
    t0: number,
    versions: { credit: string; standards: string },
  ): Promise<LiveSearch> {
    const log = opts.logger ?? quiet;
    const total = await countActiveProducts(database.db);
    const live = new LiveSearch(SearchIndex.empty(), { snapshot: '', seq: 0 }, identity.epoch, signals, identity, database, opts, {
      source: 'build',
      seconds: 0,
      docs: 0,
    });
    live.building = { done: 0, total, startedMs: performance.now() };
    log.info({ products: total }, `building the search index from ${total} products in the background; search answers 503 until it is ready`);
    const build = Promise.resolve(opts.buildAfter)
      .catch(() => {})
      .then(() =>
        buildIndex(database, signals, (done, n) => {
          live.building = { done, total: n, startedMs: live.building?.startedMs ?? performance.now() };
          opts.onBuildProgress?.(done, n);
        }),
      )
      .then((built) => {
        live.index = built.index;
        live.position = built.position;
        live.epoch = built.epoch;
        live.creditVersion = versions.credit;
        live.standardsVersion = versions.standards;
      });
    // Feed reads and snapshot writes wait for the build (they are queued behind it).
    live.queue = build.catch(() => {});
    live.ready = build
      .then(() => live.catchUp())
      .then(async () => {
        live.building = undefined;
        if (opts.snapshotPath) await live.saveSnapshot();
        live.serving(t0);
      });
    live.ready.catch((e) => log.warn({ err: e }, 'building the search index failed'));
    return live;
  }

  /** While a background build runs: 503 INDEX_BUILDING with its progress and the time it has left. */
  private whileBuilding(): void {
    const b = this.building;
    if (!b) return;
    const eta = buildEta(b);
    const pct = b.total ? Math.floor((100 * b.done) / b.total) : 0;
    throw new AppError(
      'INDEX_BUILDING',
      `the search index is being built (${pct} % of ${b.total} products${eta === undefined ? '' : `, about ${eta} s left`}); try again shortly`,
      { done: b.done, total: b.total, etaSeconds: eta ?? null, retryAfterSeconds: Math.min(30, Math.max(1, eta ?? 5)) },
    );
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
      this.creditVersion = this.standardsVersion = undefined; // compared in full at the next refresh
      this.signals = await merchantSignals(db);
      const built = await buildIndex(this.database, this.signals);
      this.index = built.index;
      this.position = built.position;
      this.epoch = built.epoch;
      return this.applyChanges();
    }
    let seq = this.position.seq;
    for await (const rows of changesBetween(db, this.position.snapshot, head.snapshot)) {
      const ids = [...new Set(rows.map((r) => r.productId))];
      const docs = await docsByIds(db, ids, this.signals);
      const present = new Set(docs.map((d) => d.id));
      for (const d of docs) this.index.upsert(d);
      for (const id of ids) if (!present.has(id)) this.index.remove(id);
      for (const r of rows) seq = Math.max(seq, r.seq);
    }
    // Every change visible in head.snapshot is now applied: a position without holes.
    this.position = { snapshot: head.snapshot, seq };
  }

  /**
   * Re-read every merchant's credit class and re-feed the products whose
   * stored class is no longer the merchant's (the credit-class facet and
   * filter then count them where they now belong). Runs on a timer
   * (`creditRefreshMs`) and may be called after a credit recompute.
   * Returns how many products were re-fed.
   */
  refreshCredit(): Promise<number> {
    if (this.building) return Promise.resolve(0);
    return this.exclusive(async () => {
      const db = this.database.db;
      const version = await merchantClassesVersion(db);
      if (version === this.creditVersion) return 0;
      const classes = await merchantClasses(db);
      this.signals = { ...this.signals, classes };
      const stale = this.index.staleCredit((merchantId) => creditCode(classes.get(merchantId)));
      for (let i = 0; i < stale.length; i += 5000) {
        const ids = stale.slice(i, i + 5000);
        const docs = await docsByIds(db, ids, this.signals);
        const present = new Set(docs.map((d) => d.id));
        for (const d of docs) this.index.upsert(d);
        for (const id of ids) if (!present.has(id)) this.index.remove(id);
      }
      this.creditVersion = version;
      return stale.length;
    });
  }

  /**
   * Re-read every product's declared standards (the credit module's declarations) and re-feed the
   * products whose standards in the index differ. Returns how many products were re-fed.
   */
  refreshStandards(): Promise<number> {
    if (this.building) return Promise.resolve(0);
    return this.exclusive(async () => {
      const db = this.database.db;
      const version = await productStandardsVersion(db);
      if (version === this.standardsVersion) return 0;
      const current = new Map<number, string>();
      for (const [id, list] of await productStandards(db)) current.set(id, stdSignatureOf(list));
      const stale = this.index.staleStandards(current);
      for (let i = 0; i < stale.length; i += 5000) {
        const ids = stale.slice(i, i + 5000);
        const docs = await docsByIds(db, ids, this.signals);
        const present = new Set(docs.map((d) => d.id));
        for (const d of docs) this.index.upsert(d);
        for (const id of ids) if (!present.has(id)) this.index.remove(id);
      }
      this.standardsVersion = version;
      return stale.length;
    });
  }

  search(q: SearchQuery): SearchResult {
    this.whileBuilding();
    return this.index.search(q);
  }

  /** Whether a background first build is still running (search answers 503 INDEX_BUILDING until `ready`). */
  isBuilding(): boolean {
    return this.building !== undefined;
  }

  /** Whether the product is in the index (searchable). */
  has(id: number): boolean {
    return this.index.has(id);
  }

  suggest(prefix: string, limit?: number): Suggestion[] {
    this.whileBuilding();
    return this.index.suggest(prefix, limit);
  }

  stats() {
    const b = this.building;
    return {
      ...this.index.stats(),
      lastChange: this.position.seq,
      startup: this.startup,
      ...(b ? { building: { done: b.done, total: b.total, etaSeconds: buildEta(b) ?? null } } : {}),
    };
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
    if (this.creditTimer) clearInterval(this.creditTimer);
    if (this.standardsTimer) clearInterval(this.standardsTimer);
    await this.queue;
    // A background build that has not finished leaves nothing worth saving.
    if (opts.save && !this.building) await this.saveSnapshot();
  }
}

/** Build the index from the products table; the position is the snapshot taken just before (changes after it are replayed). */
async function buildIndex(database: Database, signals: Signals, onProgress?: (done: number, total: number) => void) {
  const db = database.db;
  const head = await feedHead(db);
  const total = await countActiveProducts(db);
  let done = 0;
  async function* counted() {
    for await (const d of allDocs(db, signals)) {
      yield d;
      if (++done % 20000 === 0) onProgress?.(done, total);
    }
  }
  const index = await SearchIndex.build(counted(), { total });
  onProgress?.(total, total);
  return { index, position: { snapshot: head.snapshot, seq: head.seq }, epoch: head.epoch };
}
