/**
 * A deterministic year of trade history for the demo market, generated from
 * the products table, so that the demo shows a year of weekly indices with
 * visible seasonal moves: festive goods (节庆用品) and toys rise before
 * Christmas and fall after it, umbrellas before the plum-rain season,
 * knitwear and hosiery in autumn; activity (orders, value) leads prices —
 * export orders for Christmas peak in late summer — and drops around the
 * Spring Festival. Each sampled product is followed at three price types:
 * listed (online, Monday and Thursday), surveyed in-market (Monday; some weeks
 * missed, rare keying errors that the outlier rule rejects) and order lines
 * (quantity, buyer). Some products enter during the year, some disappear.
 * Price paths are anchored at the end: the last week's online price is the
 * product's listed price, so live collection continues without a jump.
 */
import { sql } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import { SYSTEM } from '../../core/auth/actor.ts';
import { addDays, collectionDateOf, lastCompleteWeek, weekLabel, weekStart, weeksBetween } from './calendar.ts';
import { listedPriceSample } from '../catalog/index.ts';
import { entityIdsOfKind } from '../market/index.ts';
import { runIndex, type RunResult } from './run-index.ts';
import { AppError } from '../../core/errors.ts';
import { Rng } from '../../core/random.ts';

export interface DemoHistoryOptions {
  /** Last week of the history (YYYY-Www); default: the last complete week. */
  endWeek?: string;
  weeks?: number;
  /** Products followed per lowest category. */
  perCategory?: number;
  seed?: number;
  /** Publish the index over the history (default true). */
  publish?: boolean;
  now?: Date;
}
export interface DemoHistoryReport {
  items: number;
  observations: number;
  firstWeek: string;
  lastWeek: string;
  run: RunResult | null;
  seconds: number;
}

const DAY = 86_400_000;

const gauss = (rng: Rng) => rng.gauss();
/** Days from `date` to the next given month/day (0 … 365). */
function daysUntil(date: string, month: number, day: number): number {
  const t = Date.parse(`${date}T00:00:00Z`);
  const y = new Date(t).getUTCFullYear();
  let target = Date.UTC(y, month - 1, day);
  if (target < t) target = Date.UTC(y + 1, month - 1, day);
  return Math.round((target - t) / DAY);
}
const bump = (x: number, centre: number, width: number) => Math.exp(-((x - centre) ** 2) / (2 * width * width));

/** Seasonal log price factor of a top category (two-digit code) in the week of `monday` (YYYY-MM-DD). */
export function priceSeason(top: string, monday: string): number {
  const xmas = daysUntil(monday, 12, 25);
  switch (top) {
    case '04': // festive: up from September to Christmas (+18 %), back down in January
      return 0.18 * bump(xmas, 10, 45);
    case '02': // toys
      return 0.07 * bump(xmas, 20, 50);
    case '23': // artificial flowers: Christmas and Valentine's day
      return 0.06 * bump(xmas, 15, 35) + 0.05 * bump(daysUntil(monday, 2, 14), 10, 20);
    case '08': // umbrellas: plum rain (June)
      return 0.08 * bump(daysUntil(monday, 6, 20), 25, 30);
    case '14':
    case '15': // hosiery, knitwear: autumn-winter
      return 0.05 * bump(daysUntil(monday, 11, 15), 30, 45);
    default:
      return 0;
  }
}
/** Seasonal factor of activity (orders, volume) of a top category in the week of `monday` — leads prices. */
export function activitySeason(top: string, monday: string): number {
  const springFestival = daysUntil(monday, 2, 5); // market closed around the Spring Festival
  let f = 1 - 0.65 * bump(springFestival, 3, 8) - 0.65 * bump(springFestival, 358, 8);
  if (top === '04') f *= 1 + 1.6 * bump(daysUntil(monday, 12, 25), 110, 40);
  if (top === '02') f *= 1 + 0.6 * bump(daysUntil(monday, 12, 25), 100, 45);
  if (top === '08') f *= 1 + 0.8 * bump(daysUntil(monday, 6, 20), 45, 25);
  return Math.max(f, 0.05);
}

/**
 * Removes all index data: observations, items, collections, weights, states, releases and values
 * (before a demo loads its own history; irreversible).
 */
export async function clearIndexData(database: Database): Promise<void> {
  await sql`truncate index_values, index_releases, index_states, index_activity, index_weights, index_observations, index_survey_batches, index_items, index_collections restart identity`.execute(
    database.db,
  );
}

/**
 * Replaces the index data (observations, items, weights, states, releases)
 * with a generated history of `weeks` weeks ending at `endWeek`, then runs and
 * publishes the index over it. Deterministic for the same products and end week.
 * Throws `VALIDATION` for `weeks` outside 8–520 or `perCategory` outside 1–1000.
 * @example
 * ```ts
 * const report = await loadDemoHistory(database, { weeks: 52, perCategory: 20 });
 * console.log(report.firstWeek, report.lastWeek, report.observations);
 * ```
 */
export async function loadDemoHistory(database: Database, opts: DemoHistoryOptions = {}): Promise<DemoHistoryReport> {
  const t0 = performance.now();
  const now = opts.now ?? new Date();
  const end = opts.endWeek ? weekStart(opts.endWeek) : lastCompleteWeek(now);
  const nWeeks = opts.weeks ?? 53;
  const first = addDays(end, -7 * (nWeeks - 1));
  const weeks = weeksBetween(first, end);
  const perCategory = opts.perCategory ?? 6;
  // A product that enters late is followed for at least 8 weeks: fewer weeks cannot hold one life.
  if (!Number.isInteger(nWeeks) || nWeeks < 8 || nWeeks > 520)
    throw new AppError('VALIDATION', `the number of weeks must be a whole number from 8 to 520, not ${opts.weeks}`);
  if (!Number.isInteger(perCategory) || perCategory < 1 || perCategory > 1000)
    throw new AppError('VALIDATION', `products per category must be a whole number from 1 to 1000, not ${opts.perCategory}`);
  const rng0 = new Rng(opts.seed ?? 20060922);

  await clearIndexData(database);
  const products = await listedPriceSample(database.db, perCategory);

  const items: string[] = [];
  const obs: string[] = [];
  let itemId = 0;
  let nObs = 0;
  let buf = '';
  const flush = () => {
    if (buf) obs.push(buf);
    buf = '';
  };
  const buyers = await entityIdsOfKind(database.db, 'buyer', 200);

  for (const p of products) {
    const rng = rng0.fork(p.id);
    const top = p.code.slice(0, 2);
    // life: most products are followed all year; some enter late, some disappear
    const entering = rng.chance(0.15);
    const enter = entering ? rng.int(0, nWeeks - 8) : 0;
    // products followed from the start were listed during the year before
    const listedSince = entering ? weeks[enter]! : addDays(first, -7 * rng.int(1, 52));
    const leave = rng.chance(0.08) ? rng.int(enter + 6, nWeeks - 1) : nWeeks;
    // log price path relative to the end: trend + season + idiosyncratic walk with rare steps
    const drift = 0.0004 + 0.0006 * gauss(rng);
    const walk = new Float64Array(nWeeks);
    for (let t = 1; t < nWeeks; t++) walk[t] = (walk[t - 1] as number) + drift + 0.006 * gauss(rng) + (rng.chance(0.02) ? 0.05 * gauss(rng) : 0);
    const logP = (t: number) => (walk[t] as number) + priceSeason(top, weeks[t]!) - ((walk[nWeeks - 1] as number) + priceSeason(top, weeks[nWeeks - 1]!));
    const listed = p.price;
    const inMarketRatio = 0.9 + 0.05 * rng.next();
    const orderRatio = 0.85 + 0.05 * rng.next();
    const baseOrders = 0.6 + 1.4 * rng.next();
    const kinds = [
      ['online', 'listed'],
      ['in-market', 'survey'],
      ['order', 'order'],
    ] as const;
    const ids: Record<string, number> = {};
    for (const [pt] of kinds) {
      ids[pt] = ++itemId;
      items.push(`${itemId},${p.id},${p.merchant_id},${p.category_id},${pt},${p.currency},${listedSince}\n`);
    }
    for (let t = enter; t < leave; t++) {
      const monday = weeks[t]!;
      const thursday = addDays(monday, 3);
      const lp = logP(t);
      const price = (ratio: number, noise: number) => Math.max(1, Math.round(listed * ratio * Math.exp(lp + noise)));
      const row = (item: number, date: string, pr: number, qty: string, value: string, source: string, buyer: string) => {
        buf += `${item},${p.id},${p.merchant_id},${p.category_id},${date},${collectionDateOf(date)},${pr},${qty},${value},${source},${buyer}\n`;
        if (++nObs % 20000 === 0) flush();
      };
      // listed prices, twice a week
      row(ids.online!, monday, price(1, 0), '', '', 'listed', '');
      row(ids.online!, thursday, price(1, 0), '', '', 'listed', '');
      // in-market survey on Monday; missed 10 % of weeks; rare keying error (×10)
      if (!rng.chance(0.1)) row(ids['in-market']!, monday, price(inMarketRatio, 0.01 * gauss(rng)) * (rng.chance(0.004) ? 10 : 1), '', '', 'survey', '');
      // order lines: Poisson-ish count with the activity season; unit values below the listed price
      const lambda = baseOrders * activitySeason(top, monday);
      let k = 0;
      for (let u = rng.next(); u > Math.exp(-lambda) && k < 8; u *= rng.next()) k++;
      for (let j = 0; j < k; j++) {
        const day = addDays(monday, rng.int(0, 2)); // Mon–Wed: collected on Thursday
        const qty = Math.round(rng.logUniform(50, 5000));
        const unit = price(orderRatio, 0.015 * gauss(rng));
        const buyer = buyers.length ? String(buyers[rng.int(0, buyers.length - 1)]) : '';
        row(ids.order!, day, unit, String(qty), String(unit * qty), 'order', buyer);
      }
    }
  }
  flush();
  await database.copyCsv('index_items', ['id', 'product_id', 'merchant_id', 'category_id', 'price_type', 'currency', 'first_week'], [items.join('')]);
  await database.copyCsv(
    'index_observations',
    ['item_id', 'product_id', 'merchant_id', 'category_id', 'obs_date', 'collection_date', 'price', 'quantity', 'value', 'source', 'buyer_id'],
    obs,
  );
  await sql`select setval(pg_get_serial_sequence('index_items', 'id'), coalesce((select max(id) from index_items), 0) + 1, false)`.execute(database.db);
  await sql`analyze index_items`.execute(database.db);
  await sql`analyze index_observations`.execute(database.db);
  const run =
    opts.publish === false || products.length === 0
      ? null
      : await runIndex(database, SYSTEM, { week: weekLabel(end) }, new Date(Date.parse(`${addDays(end, 7)}T12:00:00Z`)));
  return { items: itemId, observations: nObs, firstWeek: weekLabel(first), lastWeek: weekLabel(end), run, seconds: (performance.now() - t0) / 1000 };
}
