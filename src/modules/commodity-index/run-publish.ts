/**
 * The publish phase of the weekly run (run-index.ts): one short transaction
 * under advisory lock 7306402 that re-checks the run's inputs, then freezes new
 * weights, makes the staged states the weeks' states (naming their chunks
 * token: no bytes copied), stores the weeks' activity and inserts the release
 * with its values. Only small rows are written here: ~900 values and ~400
 * activity rows per week at full scale.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import type { AppError } from '../../core/errors.ts';
import type { Actor } from '../../core/auth/actor.ts';
import type { ProsperityComponent } from './formulas/index.ts';
import { freezeWeights, type YearWeights } from './run.ts';
import { adoptState, stagedChunks, stateToken, type StateAggregate } from './run-state.ts';
import { METHOD, type WeekResult } from './week-compute.ts';
import { toRelease, type Release } from './releases.ts';

/** What the run read changed before it published (the run reads again). */
export class InputsChanged extends Error {}

/** A computed week whose state (staged) and activity are to be stored. */
export interface StoredWeek {
  week: string;
  itemCount: number;
  aggregate: StateAggregate;
  activity: { categoryId: number; measures: Record<ProsperityComponent, number> }[];
}

export interface Commit {
  /** throws InputsChanged when what the run read changed (called first, under the lock) */
  check(trx: Transaction<DB>): Promise<void>;
  /** thrown after the check, nothing written (a published week that now computes differently) */
  conflict: AppError | null;
  token: string;
  /** chunk rows the run staged under `token` */
  staged: number;
  weights: YearWeights[];
  stored: StoredWeek[];
  release: { kind: 'regular' | 'revision'; note: string | null; results: WeekResult[]; actor: Actor } | null;
}

/**
 * Publishes what a run computed, atomically. Returns the release (if any) and the chunk tokens of the states it replaced (garbage now).
 * @example
 * ```ts
 * const { release, replaced } = await commitRun(db, commit);
 * ```
 */
export async function commitRun(db: Kysely<DB>, c: Commit): Promise<{ release: Release | null; replaced: string[] }> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(7306402)`.execute(trx);
    await c.check(trx);
    if (c.conflict) throw c.conflict;
    if ((await stagedChunks(trx, c.token)) !== c.staged) throw new InputsChanged('staged states were removed before the publish');
    for (const w of c.weights) await freezeWeights(trx, w);
    const replaced: string[] = [];
    for (const s of c.stored) {
      const old = await stateToken(trx, s.week);
      if (old) replaced.push(old);
      await adoptState(trx, c.token, s.week, s.itemCount, s.aggregate);
      await storeActivity(trx, s);
    }
    const release = c.release ? await insertRelease(trx, c.release) : null;
    return { release, replaced };
  });
}

async function storeActivity(trx: Transaction<DB>, s: StoredWeek): Promise<void> {
  await trx.deleteFrom('index_activity').where('week', '=', s.week).execute();
  const rows = s.activity.map((a) => ({
    week: s.week,
    category_id: a.categoryId,
    traded_value: a.measures.tradedValue,
    volume: a.measures.volume,
    order_count: a.measures.orderCount,
    active_merchants: a.measures.activeMerchants,
    active_buyers: a.measures.activeBuyers,
    new_listings: a.measures.newListings,
  }));
  for (let i = 0; i < rows.length; i += 1000)
    await trx
      .insertInto('index_activity')
      .values(rows.slice(i, i + 1000))
      .execute();
}

async function insertRelease(trx: Transaction<DB>, r: NonNullable<Commit['release']>): Promise<Release> {
  const results = r.results;
  const first = results[0]!.week;
  const last = results[results.length - 1]!.week;
  const rel = await trx
    .insertInto('index_releases')
    .values({ kind: r.kind, first_week: first, last_week: last, note: r.note, released_by: r.actor.userId, method: METHOD })
    .returningAll()
    .executeTakeFirstOrThrow();
  const rows: DB['index_values'][] = [];
  for (const w of results) {
    for (const v of w.price)
      rows.push({ release_id: rel.id, series: 'price', node: v.node, week: w.week, value: v.value, detail: JSON.stringify(v.detail) } as never);
    for (const v of w.prosperity)
      rows.push({ release_id: rel.id, series: 'prosperity', node: v.node, week: w.week, value: v.value, detail: JSON.stringify(v.detail) } as never);
  }
  for (let i = 0; i < rows.length; i += 2000)
    await trx
      .insertInto('index_values')
      .values(rows.slice(i, i + 2000) as never)
      .execute();
  return toRelease(rel);
}
