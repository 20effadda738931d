/**
 * The index scheduler inside the server. Every `intervalMs` (default 10
 * minutes) it (1) collects the listed prices of the most recent collection
 * day (Monday or Thursday, today or before) unless that day is collected, and
 * (2) publishes the last complete week unless it already has a release. Both
 * steps are idempotent and the run is serialised by an advisory lock, so
 * several server processes may run schedulers at once; a tick that finds
 * nothing to do costs two small queries.
 */
import type { Database } from '../../core/db/database.ts';
import { SYSTEM } from '../../core/auth/actor.ts';
import { addDays, isoDate, lastCompleteWeek, weekday, weekLabel } from './calendar.ts';
import { hasActiveProducts } from '../catalog/index.ts';
import { collectListedPrices, isDayCollected } from './observations.ts';
import { runIndex } from './run-index.ts';

interface LoggerLike {
  info(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
}

export interface SchedulerOptions {
  intervalMs?: number;
  clock?: () => Date;
  /** Collect listed prices on collection days (default true). */
  collect?: boolean;
}
export interface TickResult {
  collected: number;
  collectedDay: string | null;
  published: string | null;
}

/**
 * The most recent collection day (Mon/Thu) on or before `date`.
 * @example
 * ```ts
 * lastCollectionDay('2025-02-12'); // '2025-02-10' (the Monday)
 * ```
 */
export function lastCollectionDay(date: string): string {
  const d = weekday(date);
  return d >= 4 ? addDays(date, 4 - d) : addDays(date, 1 - d);
}

/**
 * One scheduler step (exported for tests and `yiwu index tick`).
 * It collects the listed prices of the last collection day if not done yet, and
 * publishes the last complete week if not yet published.
 * @example
 * ```ts
 * const r = await indexTick(database, new Date(), { collect: true });
 * console.log(r.collectedDay, r.published);
 * ```
 */
export async function indexTick(database: Database, now: Date, opts: { collect?: boolean } = {}): Promise<TickResult> {
  const db = database.db;
  const out: TickResult = { collected: 0, collectedDay: null, published: null };
  if (opts.collect !== false) {
    const day = lastCollectionDay(isoDate(now.getTime()));
    const done = await isDayCollected(db, day);
    const anyProduct = await hasActiveProducts(db);
    if (!done && anyProduct) {
      out.collected = await collectListedPrices(database, day);
      out.collectedDay = day;
    }
  }
  const week = lastCompleteWeek(now);
  const published = await db
    .selectFrom('index_releases')
    .select('id')
    .where('first_week', '<=', week)
    .where('last_week', '>=', week)
    .limit(1)
    .executeTakeFirst();
  const anyObs = await db.selectFrom('index_observations').select('id').where('collection_date', '<', addDays(week, 7)).limit(1).executeTakeFirst();
  if (!published && anyObs) {
    const r = await runIndex(database, SYSTEM, { week: weekLabel(week) }, now);
    out.published = r.release ? `${r.release.id}` : null;
  }
  return out;
}

/**
 * Starts the scheduler; call once at server start. Returns a handle to stop it (e.g. on shutdown).
 * @example
 * ```ts
 * const scheduler = startIndexScheduler(database, app.log, { intervalMs: 60_000 });
 * app.addHook('onClose', async () => scheduler.stop());
 * ```
 */
export function startIndexScheduler(database: Database, logger: LoggerLike, opts: SchedulerOptions = {}): { stop(): void; tick(): Promise<TickResult | null> } {
  const interval = opts.intervalMs ?? 10 * 60_000;
  const clock = opts.clock ?? (() => new Date());
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<TickResult | null> | null = null;
  let stopped = false;
  const tick = (): Promise<TickResult | null> => {
    if (running) return running;
    running = indexTick(database, clock(), { collect: opts.collect ?? true })
      .then((r) => {
        if (r.collected || r.published) logger.info({ index: r }, 'commodity index: scheduled work done');
        return r;
      })
      .catch((err: unknown) => {
        logger.error({ err }, 'commodity index: scheduled run failed (will retry)');
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const loop = () => {
    if (stopped) return;
    void tick().finally(() => {
      if (!stopped) {
        timer = setTimeout(loop, interval);
        timer.unref();
      }
    });
  };
  timer = setTimeout(loop, 5_000);
  timer.unref();
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
    tick,
  };
}
