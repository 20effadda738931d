/**
 * The weekly run of the commodity index (docs/commodity-index.md §3–§9, §13):
 * elementary Jevons links per lowest category (matched models, class-mean
 * imputation for at most 4 weeks, Tukey fences on log relatives), weighted
 * arithmetic (Young) aggregation up the category tree with annual value
 * weights, chained at the last week of each year, base week = 100; and the
 * prosperity index (base week = 1000) from the activity measures.
 *
 * Runs are deterministic and idempotent: week t is computed from the stored
 * state after week t−1 and the observations collected in week t. Published
 * values are never overwritten — a changed value needs a revision, which is a
 * new, dated release (releases.ts).
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { AppError } from '../../core/errors.ts';
import {
  aggregateStep,
  elementaryStep,
  initialAggregateState,
  initialElementaryState,
  PROSPERITY_BASE,
  PROSPERITY_COMPONENTS,
  PUBLISHED_PROSPERITY_WEIGHTS,
  relink,
  type AggregateState,
  type ElementaryState,
  type ProsperityComponent,
} from './formulas/index.ts';
import { addDays, isoYearOf, weekLabel, weekStart } from './calendar.ts';
import type { Engine } from '../../core/db/database.ts';
import { byteaParam, bytesOf, pullWeek, wireText } from './data-path.ts';
import { activityOf, newListings, type Activity } from './activity.ts';
import { narrowCategories, narrowRuns, packRefPrices, unpackRefPrices, widenCategories, widenRuns } from './state-codec.ts';
import { sumUp, type IndexTree } from './tree.ts';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Value of the price index in the base week.
 */
export const PRICE_BASE = 100;
/**
 * The method statement stored with each release (docs/commodity-index.md).
 */
export const METHOD =
  'yiwu-cci/1: Jevons elementary aggregates (matched models; class-mean imputation ≤ 4 weeks; Tukey k=3 on log relatives, n ≥ 8); ' +
  'Young arithmetic aggregation with annual value weights (previous calendar year), chained at the last week of the year; base week = 100; ' +
  'prosperity index: published weights (value .30, volume .15, orders .15, merchants .15, buyers .15, new listings .10), base week = 1000';

/** What the run keeps between weeks (stored in index_states). */
export interface RunState {
  week: string;
  elementary: ElementaryState;
  /** category id of every item seen so far, by item id (0 = not seen) */
  itemCategory: Int32Array;
  weightYear: number;
  /** per node code */
  weights: Record<string, number>;
  leafLevel: Record<string, number>;
  linkLevel: Record<string, number>;
  levels: Record<string, number>;
}

export interface NodeValue {
  node: string;
  value: number;
  detail: Record<string, number>;
}
export interface WeekResult {
  week: string;
  price: NodeValue[];
  prosperity: NodeValue[];
  activity: { categoryId: number; measures: Record<ProsperityComponent, number> }[];
  state: RunState;
  timings: Record<string, number>;
}

const byCode = (tree: IndexTree, a: ArrayLike<number>): Record<string, number> => {
  const o: Record<string, number> = {};
  for (let i = 0; i < tree.codes.length; i++) {
    const v = a[i] as number;
    if (Number.isFinite(v)) o[tree.codes[i] as string] = v;
  }
  return o;
};
const fromCode = (tree: IndexTree, o: Record<string, number>, fill = Number.NaN): Float64Array => {
  const a = new Float64Array(tree.codes.length).fill(fill);
  tree.codes.forEach((c, i) => {
    const v = o[c];
    if (v !== undefined) a[i] = v;
  });
  return a;
};

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

/**
 * The value weights of weight year `year`, frozen in index_weights at first
 * use: the traded value per lowest category in the previous calendar year;
 * with no value data then, the base week's; with none at all, equal weights
 * over the lowest categories that have items.
 */
export async function weightsFor(db: Db, tree: IndexTree, year: number, base: string): Promise<Float64Array> {
  const w = new Float64Array(tree.codes.length);
  let rows = await db.selectFrom('index_weights').select(['category_id', 'weight']).where('year', '=', year).execute();
  if (rows.length === 0) {
    const valueBy = async (from: string, to: string) =>
      (
        await sql<{ category_id: number; v: number }>`
          select category_id, sum(coalesce(value, price * quantity))::float8 as v from index_observations
          where collection_date >= ${from}::date and collection_date < ${to}::date and (value is not null or quantity is not null)
          group by category_id`.execute(db)
      ).rows.filter((r) => r.v > 0);
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
      got = (await db.selectFrom('index_items').select('category_id').distinct().execute()).map((r) => ({ category_id: r.category_id, v: 1 }));
    }
    rows = got.map((r) => ({ category_id: r.category_id, weight: r.v }));
    for (let i = 0; i < rows.length; i += 1000)
      await db
        .insertInto('index_weights')
        .values(rows.slice(i, i + 1000).map((r) => ({ year, category_id: r.category_id, weight: r.weight, reference: ref })))
        .execute();
  }
  for (const r of rows) {
    const node = tree.nodeOf.get(r.category_id);
    if (node !== undefined) w[node] = r.weight;
  }
  return w;
}

export async function loadState(db: Db, week: string, engine?: Engine): Promise<RunState | null> {
  const enc = wireText(engine);
  const row = (
    await sql<{ item_count: number; ref_price: string; imputed_runs: string; item_category: string; aggregate: unknown }>`
      select item_count, encode(ref_price, ${enc}) as ref_price, encode(imputed_runs, ${enc}) as imputed_runs,
        encode(item_category, ${enc}) as item_category, aggregate from index_states where week = ${week}::date`.execute(db)
  ).rows[0];
  if (!row) return null;
  const agg = (typeof row.aggregate === 'string' ? JSON.parse(row.aggregate) : row.aggregate) as Omit<RunState, 'week' | 'elementary' | 'itemCategory'>;
  return {
    week,
    elementary: {
      refPrice: unpackRefPrices(bytesOf(row.ref_price, enc), row.item_count),
      imputedRuns: widenRuns(bytesOf(row.imputed_runs, enc), row.item_count),
    },
    itemCategory: widenCategories(bytesOf(row.item_category, enc), row.item_count),
    ...agg,
  };
}

export async function saveState(db: Db, s: RunState, engine?: Engine): Promise<void> {
  const aggregate = JSON.stringify({ weightYear: s.weightYear, weights: s.weights, leafLevel: s.leafLevel, linkLevel: s.linkLevel, levels: s.levels });
  const ref = byteaParam(packRefPrices(s.elementary.refPrice), engine);
  const runs = byteaParam(narrowRuns(s.elementary.imputedRuns), engine);
  const cats = byteaParam(narrowCategories(s.itemCategory), engine);
  await sql`
    insert into index_states (week, item_count, ref_price, imputed_runs, item_category, aggregate)
    values (${s.week}::date, ${s.elementary.refPrice.length}, ${ref}, ${runs}, ${cats}, ${aggregate}::jsonb)
    on conflict (week) do update set item_count = excluded.item_count, ref_price = excluded.ref_price,
      imputed_runs = excluded.imputed_runs, item_category = excluded.item_category, aggregate = excluded.aggregate, computed_at = now()`.execute(db);
}

function grow(s: ElementaryState, n: number): ElementaryState {
  if (s.refPrice.length >= n) return s;
  const refPrice = new Float64Array(n).fill(Number.NaN);
  refPrice.set(s.refPrice);
  const imputedRuns = new Uint16Array(n);
  imputedRuns.set(s.imputedRuns);
  return { refPrice, imputedRuns };
}

/** Per node component totals of a week, from the stored activity rows (or the given map). */
function activityByNode(tree: IndexTree, act: Activity): Record<ProsperityComponent, Float64Array> {
  const out = {} as Record<ProsperityComponent, Float64Array>;
  for (const k of PROSPERITY_COMPONENTS) {
    const a = new Float64Array(tree.codes.length);
    for (const [cat, m] of act) {
      const node = tree.nodeOf.get(cat);
      if (node !== undefined) a[node] = (a[node] as number) + m[k];
    }
    out[k] = sumUp(tree, a);
  }
  return out;
}

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

/**
 * Prosperity index of every node: PI = 1000 · Σ_k w_k x_k,t / x_k,base over
 * the components with a positive base level (weights re-normalised over them;
 * docs §7). Same as `prosperityIndex` of the library when all are positive.
 * @example
 * ```ts
 * const values = prosperityValues(tree, activityNow, activityBase); // [{ node: 'ALL', value: 1032.5, detail }, …]
 * ```
 */
export function prosperityValues(
  tree: IndexTree,
  now: Record<ProsperityComponent, Float64Array>,
  base: Record<ProsperityComponent, Float64Array>,
): NodeValue[] {
  const out: NodeValue[] = [];
  for (let i = 0; i < tree.codes.length; i++) {
    let wSum = 0;
    let acc = 0;
    const detail: Record<string, number> = {};
    for (const k of PROSPERITY_COMPONENTS) {
      const b = base[k][i] as number;
      if (!(b > 0)) continue;
      const sub = (PROSPERITY_BASE * (now[k][i] as number)) / b;
      detail[k] = sub;
      wSum += PUBLISHED_PROSPERITY_WEIGHTS[k];
      acc += PUBLISHED_PROSPERITY_WEIGHTS[k] * sub;
    }
    if (wSum > 0) out.push({ node: tree.codes[i] as string, value: acc / wSum, detail });
  }
  return out;
}

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
 * base week). Reads observations and items; writes only frozen weights.
 * Weeks must be computed in order, each from the previous one's `state`.
 * @example
 * ```ts
 * const ctx = { tree: await loadTree(db), base };
 * const first = await computeWeek(db, ctx, base, null);
 * const next = await computeWeek(db, ctx, addDays(base, 7), first.state);
 * ```
 */
export async function computeWeek(db: Db, ctx: ComputeContext, monday: string, prev: RunState | null): Promise<WeekResult> {
  const { tree } = ctx;
  const timings: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (name: string) => {
    const t = performance.now();
    timings[name] = (timings[name] ?? 0) + (t - t0) / 1000;
    t0 = t;
  };
  if ((prev === null) !== (monday === ctx.base)) throw new Error(`state mismatch for week ${monday}`);
  const obs = await pullWeek(db, monday, ctx.engine);
  lap('pull');
  // the category of every item: kept in the state, new items' from the packs (index_items.category_id is never updated)
  const nItems = Math.max(obs.maxItem + 1, prev?.elementary.refPrice.length ?? 0, prev?.itemCategory.length ?? 0);
  const itemCategory = new Int32Array(nItems);
  if (prev) itemCategory.set(prev.itemCategory);
  for (let j = 0; j < obs.length; j++) {
    const i = obs.item[j] as number;
    if (itemCategory[i] === 0) itemCategory[i] = obs.itemCategory[j] as number;
  }
  const nodeByCategory = new Map<number, number>();
  let maxCategory = 0;
  for (const id of tree.nodeOf.keys()) if (id > maxCategory) maxCategory = id;
  const nodeOfId = new Int32Array(Math.min(maxCategory, 1 << 22) + 1);
  for (const [id, node] of tree.nodeOf)
    if (id < nodeOfId.length) nodeOfId[id] = node;
    else nodeByCategory.set(id, node);
  const categoryOf = new Int32Array(nItems);
  for (let i = 0; i < nItems; i++) {
    const c = itemCategory[i] as number;
    categoryOf[i] = c <= 0 ? 0 : c < nodeOfId.length ? (nodeOfId[c] as number) : (nodeByCategory.get(c) ?? 0);
  }
  lap('items');
  const config = { categoryOf, categoryCount: tree.codes.length };
  const state0 = grow(prev?.elementary ?? initialElementaryState(nItems), nItems);
  const el = elementaryStep(config, state0, { item: obs.item, price: obs.price, length: obs.length });
  lap('elementary');

  const year = isoYearOf(monday);
  let agg: AggregateState;
  let levels: Float64Array;
  if (prev === null) {
    const w = await weightsFor(db, tree, year, ctx.base);
    agg = initialAggregateState({ parent: tree.parent }, w, PRICE_BASE);
    levels = Float64Array.from(agg.linkLevel);
  } else {
    agg = { leafLevel: fromCode(tree, prev.leafLevel, 1), linkLevel: fromCode(tree, prev.linkLevel), weights: fromCode(tree, prev.weights, 0) };
    if (year !== prev.weightYear) {
      const w = await weightsFor(db, tree, year, ctx.base);
      const prevLevels = fromCode(tree, prev.levels);
      // a node without a level so far (no weight before) is linked in at its parent's level
      for (const i of Array.from(tree.order.postOrder).reverse()) {
        if (!Number.isFinite(prevLevels[i] as number)) {
          const p = tree.parent[i] as number;
          prevLevels[i] = p >= 0 ? (prevLevels[p] as number) : PRICE_BASE;
        }
      }
      agg = relink(prevLevels, w);
    }
    const step = aggregateStep({ parent: tree.parent }, agg, el.links, 'arithmetic', tree.order);
    agg = step.state;
    levels = step.levels;
  }
  lap('aggregate');

  // published price values: nodes with weight, with counts summed over their leaves
  const nodeWeight = sumUp(
    tree,
    Float64Array.from(agg.weights, (w, i) => (tree.order.isLeaf[i] ? w : 0)),
  );
  const counts = {
    matched: sumUp(tree, Float64Array.from(el.matched)),
    imputed: sumUp(tree, Float64Array.from(el.imputed)),
    outliers: sumUp(tree, Float64Array.from(el.outliers)),
    entered: sumUp(tree, Float64Array.from(el.entered)),
    dropped: sumUp(tree, Float64Array.from(el.dropped)),
  };
  const price: NodeValue[] = [];
  for (let i = 0; i < tree.codes.length; i++) {
    const v = levels[i] as number;
    if (!((nodeWeight[i] as number) > 0) || !Number.isFinite(v)) continue;
    const detail: Record<string, number> = {};
    for (const [k, a] of Object.entries(counts)) detail[k] = a[i] as number;
    if (tree.order.isLeaf[i]) detail.link = Number.isNaN(el.links[i] as number) ? Number.NaN : (el.links[i] as number);
    if (!Number.isFinite(detail.link ?? 0)) delete detail.link;
    price.push({ node: tree.codes[i] as string, value: v, detail });
  }
  lap('values');

  const act = activityOf(obs, await newListings(db, monday));
  const nowAct = activityByNode(tree, act);
  const baseAct = ctx.baseActivity ?? (monday === ctx.base ? nowAct : activityByNode(tree, await storedActivity(db, ctx.base)));
  if (monday === ctx.base) ctx.baseActivity = nowAct;
  else ctx.baseActivity = baseAct;
  const prosperity = prosperityValues(tree, nowAct, baseAct);
  lap('prosperity');

  return {
    week: monday,
    price,
    prosperity,
    activity: [...act].map(([categoryId, measures]) => ({ categoryId, measures })),
    state: {
      week: monday,
      elementary: el.state,
      itemCategory,
      weightYear: year,
      weights: byCode(tree, agg.weights),
      leafLevel: byCode(tree, agg.leafLevel),
      linkLevel: byCode(tree, agg.linkLevel),
      levels: byCode(tree, levels),
    },
    timings,
  };
}

/** Stores what a computed week leaves behind: its state and activity (not its values: those go into a release). */
export async function storeWeek(db: Db, r: WeekResult, engine?: Engine): Promise<void> {
  await saveState(db, r.state, engine);
  await db.deleteFrom('index_activity').where('week', '=', r.week).execute();
  const rows = r.activity.map((a) => ({
    week: r.week,
    category_id: a.categoryId,
    traded_value: a.measures.tradedValue,
    volume: a.measures.volume,
    order_count: a.measures.orderCount,
    active_merchants: a.measures.activeMerchants,
    active_buyers: a.measures.activeBuyers,
    new_listings: a.measures.newListings,
  }));
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('index_activity')
      .values(rows.slice(i, i + 1000))
      .execute();
}

export { AppError };
