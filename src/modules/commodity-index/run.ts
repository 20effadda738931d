/**
 * The weekly run's reads (docs/commodity-index.md §3–§9, §13): the base week,
 * the frozen value weights, the base week's stored activity — and
 * `computeWeek`, one week read and computed in this thread (the library
 * entry; `runIndex` reads the same inputs in short statements and computes in
 * a worker, run-index.ts). The computation itself is week-compute.ts.
 *
 * Runs are deterministic and idempotent: week t is computed from the stored
 * state after week t−1 and the observations collected in week t. Published
 * values are never overwritten — a changed value needs a revision, which is a
 * new, dated release (run-index.ts).
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import type { Engine } from '../../core/db/database.ts';
import type { ProsperityComponent } from './formulas/index.ts';
import { addDays, isoYearOf, weekLabel, weekStart } from './calendar.ts';
import { bytesOf, decodePackSet, decodePacks, FLAG_QUANTITY, FLAG_VALUE, PULL_BATCH_BYTES, readWeekPacks, wireText } from './data-path.ts';
import { ExactSums, newListings, type Activity } from './activity.ts';
import type { IndexTree } from './tree.ts';
import { computeWeekFrom, type RunState, type WeekResult } from './week-compute.ts';

type Db = Kysely<DB> | Transaction<DB>;

export { METHOD, PRICE_BASE, prosperityValues, type NodeValue, type RunState, type WeekResult } from './week-compute.ts';

/**
 * The base week: the first week of the first release, else the first week with observations.
 * Null when there are no observations yet.
 * @example
 * ```ts
 * const base = await baseWeek(db); // e.g. '2025-01-06'
 * ```
 */
export async function baseWeek(db: Db): Promise<string | null> {
  const rel = await db
    .selectFrom('index_releases')
    .select((eb) => eb.fn.min('first_week').as('w'))
    .executeTakeFirst();
  if (rel?.w) return rel.w as string;
  const obs = await db
    .selectFrom('index_observations')
    .select((eb) => eb.fn.min('collection_date').as('d'))
    .executeTakeFirst();
  if (!obs?.d) return null;
  return weekStart(weekLabel(obs.d as string));
}

/** The value weights of a year: per node, and the rows to freeze when they are new. */
export interface YearWeights {
  year: number;
  perNode: Float64Array;
  /** rows to insert into index_weights (null: already frozen) */
  fresh: { category_id: number; weight: number; reference: string }[] | null;
}

/**
 * The value weights of weight year `year`, as frozen in index_weights, or —
 * not frozen yet — computed without writing (`fresh`; the publish freezes
 * them): the traded value per lowest category in the previous calendar year;
 * with no value data then, the base week's; with none at all, equal weights
 * over the lowest categories that have items.
 */
export async function readWeights(db: Db, tree: IndexTree, year: number, base: string, engine?: Engine): Promise<YearWeights> {
  const perNode = new Float64Array(tree.codes.length);
  let rows: { category_id: number; weight: number }[] = await db
    .selectFrom('index_weights')
    .select(['category_id', 'weight'])
    .where('year', '=', year)
    .execute();
  let fresh: YearWeights['fresh'] = null;
  if (rows.length === 0) {
    const valueBy = (from: string, to: string) => tradedValue(db, from, to, engine);
    const prevStart = weekStart(`${year - 1}-W01`);
    const start = weekStart(`${year}-W01`);
    let ref = `traded value ${year - 1}`;
    let got = await valueBy(prevStart < base ? base : prevStart, start);
    if (got.length === 0) {
      ref = `traded value in the base week ${weekLabel(base)}`;
      got = await valueBy(base, addDays(base, 7));
    }
    if (got.length === 0) {
      ref = 'equal weights (no value data)';
      got = (await itemCategories(db)).map((c) => ({ category_id: c, v: 1 }));
    }
    rows = got.map((r) => ({ category_id: r.category_id, weight: r.v }));
    fresh = rows.map((r) => ({ ...r, reference: ref }));
  }
  for (const r of rows) {
    const node = tree.nodeOf.get(r.category_id);
    if (node !== undefined) perNode[node] = r.weight;
  }
  return { year, perNode, fresh };
}

/**
 * Traded value Σ coalesce(value, price × quantity) per category id over the
 * observations collected in [from, to) (Mondays) that have a value or a
 * quantity, > 0 only — read from the weeks' packs' extra records (only those
 * observations), a week at a time in statements of at most PULL_BATCH_BYTES,
 * and summed exactly as SQL's sum(bigint) (`activitySql` is the reference).
 */
export async function tradedValue(db: Db, from: string, to: string, engine?: Engine): Promise<{ category_id: number; v: number }[]> {
  const enc = wireText(engine);
  const slots = new Map<number, number>();
  const sums = new ExactSums();
  for (let week = from; week < to; week = addDays(week, 7)) {
    const list = (
      await sql<{ id: number; e: number; narrow: boolean }>`
        select id, octet_length(extra) as e, narrow from index_obs_packs where week = ${week}::date and extra is not null order by id`.execute(db)
    ).rows;
    for (let k = 0; k < list.length; ) {
      const ids: number[] = [];
      for (let bytes = 0; k < list.length && (ids.length === 0 || bytes + list[k]!.e <= PULL_BATCH_BYTES); k++) {
        ids.push(list[k]!.id);
        bytes += list[k]!.e;
      }
      const rows = (
        await sql<{ e: string; narrow: boolean }>`
          select encode(extra, ${enc}) as e, narrow from index_obs_packs where id = any(${`{${ids.join(',')}}`}::int8[]) and extra is not null order by id`.execute(
          db,
        )
      ).rows;
      const x = decodePacks(rows.map((r) => ({ obs: new Uint8Array(0), pairs: new Uint8Array(0), extra: bytesOf(r.e, enc), narrow: r.narrow }))).extras;
      for (let j = 0; j < x.length; j++) {
        const f = x.flags[j] as number;
        if (!(f & (FLAG_VALUE | FLAG_QUANTITY))) continue;
        const c = x.category[j] as number;
        let slot = slots.get(c);
        if (slot === undefined) slots.set(c, (slot = slots.size));
        const q = x.quantity[j] as number;
        if (f & FLAG_VALUE) sums.add(slot, x.value[j] as number, () => BigInt(x.value[j] as number));
        else sums.add(slot, (x.price[j] as number) * q, () => BigInt(x.price[j] as number) * BigInt(q));
      }
    }
  }
  return [...slots].map(([category_id, slot]) => ({ category_id, v: sums.get(slot) })).filter((r) => r.v > 0);
}

/** The distinct category ids of all items, read in pages of 50,000 items by id. */
async function itemCategories(db: Db): Promise<number[]> {
  const seen = new Set<number>();
  for (let last = 0; ; ) {
    const page = await db.selectFrom('index_items').select(['id', 'category_id']).where('id', '>', last).orderBy('id').limit(50_000).execute();
    for (const r of page) seen.add(r.category_id);
    if (page.length < 50_000) break;
    last = page[page.length - 1]!.id;
  }
  return [...seen];
}

/** Freezes weights read by `readWeights` (in 1,000-row statements). */
export async function freezeWeights(db: Db, w: YearWeights): Promise<void> {
  const rows = w.fresh ?? [];
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('index_weights')
      .values(rows.slice(i, i + 1000).map((r) => ({ year: w.year, ...r })))
      .execute();
}

/**
 * The activity measures of a week as stored by its run (index_activity).
 * @example
 * ```ts
 * const base = await storedActivity(db, '2025-01-06');
 * ```
 */
export async function storedActivity(db: Db, monday: string): Promise<Activity> {
  const rows = await db.selectFrom('index_activity').selectAll().where('week', '=', monday).execute();
  return new Map(
    rows.map((r) => [
      r.category_id,
      {
        tradedValue: r.traded_value,
        volume: r.volume,
        orderCount: r.order_count,
        activeMerchants: r.active_merchants,
        activeBuyers: r.active_buyers,
        newListings: r.new_listings,
      },
    ]),
  );
}

/** Whether week `monday`, computed from `prev`, needs the value weights of its year. */
export const needsWeights = (monday: string, prev: { weightYear: number } | null): boolean => prev === null || isoYearOf(monday) !== prev.weightYear;

export interface ComputeContext {
  tree: IndexTree;
  base: string;
  /** The engine, for the fastest way to move bytea (data-path.ts). */
  engine?: Engine;
  /** Activity per node of the base week (the prosperity reference). */
  baseActivity?: Record<ProsperityComponent, Float64Array>;
}

/**
 * Computes week `monday` from the state after the previous week (null for the
 * base week), in this thread. Reads observations and items; writes only frozen
 * weights. Weeks must be computed in order, each from the previous one's `state`.
 * @example
 * ```ts
 * const ctx = { tree: await loadTree(db), base };
 * const first = await computeWeek(db, ctx, base, null);
 * const next = await computeWeek(db, ctx, addDays(base, 7), first.state);
 * ```
 */
export async function computeWeek(db: Db, ctx: ComputeContext, monday: string, prev: RunState | null): Promise<WeekResult> {
  const t0 = performance.now();
  const obs = decodePackSet(await readWeekPacks(db, monday, ctx.engine));
  const pull = (performance.now() - t0) / 1000;
  let weights: Float64Array | null = null;
  if (needsWeights(monday, prev)) {
    const w = await readWeights(db, ctx.tree, isoYearOf(monday), ctx.base, ctx.engine);
    await freezeWeights(db, w);
    weights = w.perNode;
  }
  const listings = await newListings(db, monday);
  const baseActivity = ctx.baseActivity || monday === ctx.base ? null : await storedActivity(db, ctx.base);
  const { result, nowActivity } = computeWeekFrom(ctx.tree, ctx.base, monday, prev, { obs, listings, weights, baseActivity }, ctx.baseActivity);
  ctx.baseActivity = nowActivity;
  result.timings.pull = pull;
  return result;
}
