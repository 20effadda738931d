import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { sql } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import { SearchIndex } from './search-index.ts';
import { allDocs, docsByIds, merchantTenure, type Tenure } from './db-docs.ts';
import type { SearchQuery, SearchResult, Suggestion } from './types.ts';

interface Logger { info(o: object | string, msg?: string): void; warn(o: object | string, msg?: string): void }
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
 * Start: load the snapshot and replay the change log since it was taken, or
 * build from the products table. Then poll `product_changes` and upsert or
 * remove what changed. The database stays the single source of truth; any
 * number of processes can each hold one.
 */
export class LiveSearch {
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private constructor(
    private index: SearchIndex,
    private lastSeq: number,
    private tenure: Tenure,
    private readonly database: Database,
    private readonly opts: LiveSearchOptions,
    readonly startup: { source: 'snapshot' | 'build'; seconds: number; docs: number },
  ) {}

  static async start(database: Database, opts: LiveSearchOptions = {}): Promise<LiveSearch> {
    const t0 = performance.now();
    const log = opts.logger ?? quiet;
    const db = database.db;
    const tenure = await merchantTenure(db);
    let index: SearchIndex | undefined;
    let seq = 0;
    let source: 'snapshot' | 'build' = 'build';
    if (opts.snapshotPath && existsSync(opts.snapshotPath) && existsSync(`${opts.snapshotPath}.json`)) {
      try {
        const meta = JSON.parse(await readFile(`${opts.snapshotPath}.json`, 'utf8')) as { seq: number; products: number };
        const oldest = await sql<{ min: number | null }>`select min(seq) as min from product_changes`.execute(db);
        const min = oldest.rows[0]?.min;
        // The log must still hold every change after the snapshot (it is never pruned past a snapshot's seq).
        if (min == null || Number(min) <= meta.seq + 1) {
          index = await SearchIndex.load(opts.snapshotPath);
          seq = meta.seq;
          source = 'snapshot';
        }
      } catch (e) {
        log.warn({ err: e }, 'search snapshot unreadable; rebuilding from the database');
      }
    }
    if (!index) {
      seq = await currentSeq(database);
      const total = Number((await sql<{ n: number }>`select count(*) as n from products where status = 'active'`.execute(db)).rows[0]?.n ?? 0);
      let done = 0;
      async function* counted() {
        for await (const d of allDocs(db, tenure)) {
          yield d;
          if (++done % 20000 === 0) opts.onBuildProgress?.(done, total);
        }
      }
      index = await SearchIndex.build(counted(), { total });
      opts.onBuildProgress?.(total, total);
    }
    const live = new LiveSearch(index, seq, tenure, database, opts, { source, seconds: 0, docs: 0 });
    await live.catchUp();
    if (source === 'build' && opts.snapshotPath) await live.saveSnapshot();
    Object.assign(live.startup, { seconds: (performance.now() - t0) / 1000, docs: live.index.stats().docs });
    log.info({ search: live.startup }, `search index ready (${live.startup.docs} products, ${source}, ${live.startup.seconds.toFixed(1)} s)`);
    live.timer = setInterval(() => void live.catchUp().catch((e) => log.warn({ err: e }, 'search refresh failed')), opts.pollMs ?? 250);
    live.timer.unref();
    return live;
  }

  /** Apply every logged product change since the last one seen. */
  catchUp(): Promise<void> {
    this.polling ??= this.applyChanges().finally(() => (this.polling = undefined));
    return this.polling;
  }

  private async applyChanges(): Promise<void> {
    const db = this.database.db;
    for (;;) {
      const rows = await db.selectFrom('product_changes').select(['seq', 'product_id']).where('seq', '>', this.lastSeq).orderBy('seq').limit(5000).execute();
      if (rows.length === 0) return;
      const ids = [...new Set(rows.map((r) => Number(r.product_id)))];
      const docs = await docsByIds(db, ids, this.tenure);
      const present = new Set(docs.map((d) => d.id));
      for (const d of docs) this.index.upsert(d);
      for (const id of ids) if (!present.has(id)) this.index.remove(id);
      this.lastSeq = Number(rows[rows.length - 1]!.seq);
    }
  }

  search(q: SearchQuery): SearchResult {
    return this.index.search(q);
  }

  suggest(prefix: string, limit?: number): Suggestion[] {
    return this.index.suggest(prefix, limit);
  }

  stats() {
    return { ...this.index.stats(), lastChange: this.lastSeq, startup: this.startup };
  }

  /** Write the snapshot and the change-log position it reflects (atomically, via rename). */
  async saveSnapshot(): Promise<void> {
    const path = this.opts.snapshotPath;
    if (!path) return;
    await this.catchUp();
    await mkdir(dirname(path), { recursive: true });
    const seq = this.lastSeq;
    await this.index.save(`${path}.tmp`);
    await rename(`${path}.tmp`, path);
    await writeFile(`${path}.json`, JSON.stringify({ seq, products: this.index.stats().docs, savedAt: new Date().toISOString() }));
  }

  async close(opts: { save?: boolean } = {}): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.polling;
    if (opts.save) await this.saveSnapshot();
  }
}

async function currentSeq(database: Database): Promise<number> {
  const r = await sql<{ max: number | null }>`select max(seq) as max from product_changes`.execute(database.db);
  return Number(r.rows[0]?.max ?? 0);
}
