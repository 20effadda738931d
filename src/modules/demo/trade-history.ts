/**
 * The demo's trade: this week's inquiries, RFQs, quotes and orders in every
 * state (trade-live.ts), and a year of order history that the commodity index
 * is computed from. The history is an order book imported through trade's
 * `importOrderHistory` (via the flow that records each confirmed order's
 * prices as index observations, dated the day it was confirmed): every order
 * observation of the demo index is an order a person can open. No synthetic
 * price observations are written (see docs/commodity-index.md §13.5).
 *
 * The year follows a sample of products per lowest category (the first
 * `perLeaf` active products of each, as the index's collectors would), each
 * ordered in most weeks by the market's buyers, lines of one merchant in one
 * week forming one order. Prices move with a small trend, an idiosyncratic
 * walk and the market's seasons (festive goods before Christmas, umbrellas
 * before the plum rain, knitwear in autumn; fewer orders around the Spring
 * Festival), anchored so that the last week's price is today's catalogue
 * price of the tier the quantity reaches. Orders are placed Monday to
 * Wednesday and confirmed within a day, so each falls in the index week it
 * was placed in; recent orders are still under way (in production, ready…),
 * a few were cancelled before or after confirmation. History takes no stock.
 * Deterministic for a market and an end week.
 */
import type { Database } from '../../core/db/database.ts';
import type { Actor } from '../../core/auth/actor.ts';
import { addDays, activitySeason, clearIndexData, lastCompleteWeek, priceSeason, runIndex, weekLabel } from '../commodity-index/index.ts';
import { entityIdsOfKind } from '../market/index.ts';
import { listedPriceSample, productTerms } from '../catalog/index.ts';
import { tierIndexFor, MAX_HISTORY_ORDERS, type HistoryOrder } from '../trade/index.ts';
import { Rng } from '../../core/random.ts';
import { loadLiveTrade, type DemoActors, type DemoTradeFlows, type LiveReport } from './trade-live.ts';

export type { DemoTradeFlows } from './trade-live.ts';

export interface TradeHistoryOptions {
  flows: DemoTradeFlows;
  /** Weeks of order history ending with the last complete week (default 52; 0: none). */
  weeks?: number;
  /** Products followed per lowest category (default 3). */
  perLeaf?: number;
  /** Follow only the first this many lowest categories (default all; the tiny test market keeps it small). */
  leaves?: number;
  /** Generated buyers who also trade this week, besides the demo buyer (default 0). */
  extraBuyers?: number;
  /** Publish the weekly index over the history (default true). */
  publishIndex?: boolean;
  now?: Date;
}
export interface TradeHistoryReport extends LiveReport {
  historyOrders: number;
  historyLines: number;
  firstWeek: string | null;
  lastWeek: string | null;
  /** Weeks published by the index run (null: not run). */
  publishedWeeks: number | null;
  seconds: number;
  /** Seconds spent on the history import, this week's trade and the index run. */
  timings: { history: number; live: number; index: number };
}

/** Orders per import call (each call is one all-or-nothing transaction). */
const IMPORT_CHUNK = 2_000;
const DAY = 86_400_000;
const HOUR = 3_600_000;

interface Followed {
  id: number;
  merchantId: number;
  top: string;
  moq: number;
  tiers: { minQty: number; unitPrice: number }[];
  logP: Float64Array;
  pOrder: number;
}

/** Sampled products with their price paths (log relative to today's price), deterministic per product. */
async function followedProducts(database: Database, weeks: string[], perLeaf: number, leaves: number | undefined, rng0: Rng): Promise<Followed[]> {
  const sample = await listedPriceSample(database.db, perLeaf);
  const cats = [...new Set(sample.map((s) => s.category_id))].sort((a, b) => a - b);
  const keep = new Set(leaves === undefined ? cats : cats.slice(0, leaves));
  const chosen = sample.filter((s) => keep.has(s.category_id) && s.currency === 'CNY');
  const terms = await productTerms(
    database.db,
    chosen.map((s) => s.id),
  );
  const n = weeks.length;
  return chosen.flatMap((s) => {
    const t = terms.get(s.id);
    if (!t || t.priceTiers.length === 0) return [];
    const rng = rng0.fork(s.id);
    const top = s.code.slice(0, 2);
    const drift = 0.0005 + 0.0005 * rng.gauss();
    const walk = new Float64Array(n);
    for (let i = 1; i < n; i++) walk[i] = walk[i - 1]! + drift + 0.006 * rng.gauss() + (rng.chance(0.02) ? 0.04 * rng.gauss() : 0);
    const end = walk[n - 1]! + priceSeason(top, weeks[n - 1]!);
    const logP = walk.map((w, i) => w + priceSeason(top, weeks[i]!) - end);
    return [{ id: s.id, merchantId: s.merchant_id, top, moq: t.moq, tiers: t.priceTiers, logP, pOrder: 0.7 + 0.2 * rng.next() }];
  });
}

/** The order book of the year: one order per merchant and week with that week's lines, dated steps cut at `now`. */
function orderBook(followed: Followed[], weeks: string[], buyers: number[], demoBuyer: number, now: Date, rng: Rng): HistoryOrder[] {
  const book: HistoryOrder[] = [];
  const nowMs = now.getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  weeks.forEach((monday, w) => {
    const byMerchant = new Map<number, HistoryOrder['lines']>();
    for (const f of followed) {
      if (!rng.chance(Math.min(0.97, f.pOrder * activitySeason(f.top, monday)))) continue;
      const qty = Math.round(f.moq * rng.logUniform(1, 30));
      const tier = f.tiers[Math.max(0, tierIndexFor(f.tiers, qty))]!;
      const unitPrice = Math.max(1, Math.round(tier.unitPrice * Math.exp(f.logP[w]! + 0.01 * rng.gauss())));
      const lines = byMerchant.get(f.merchantId) ?? [];
      lines.push({ productId: f.id, qty, unitPrice });
      byMerchant.set(f.merchantId, lines);
    }
    for (const [merchantId, lines] of [...byMerchant].sort((a, b) => a[0] - b[0])) {
      const placed = Date.parse(`${monday}T00:00:00Z`) + rng.int(0, 2) * DAY + rng.int(8, 17) * HOUR; // Mon–Wed
      const lead = rng.int(7, 30);
      const steps: { status: HistoryOrder['history'][number]['status']; at: number; reason?: string }[] = [{ status: 'placed', at: placed }];
      const confirmed = placed + rng.int(1, 20) * HOUR;
      const fate = rng.next();
      if (fate < 0.04) steps.push({ status: 'cancelled', at: placed + rng.int(2, 30) * HOUR, reason: 'the buyer found the goods in stock elsewhere' });
      else {
        steps.push({ status: 'confirmed', at: confirmed });
        if (fate < 0.06) steps.push({ status: 'cancelled', at: confirmed + rng.int(1, 3) * DAY, reason: 'the buyer could not pay the deposit in time' });
        else {
          const deposit = confirmed + rng.int(1, 4) * DAY;
          const ready = deposit + (lead + (rng.chance(0.15) ? rng.int(2, 10) : -rng.int(0, 3))) * DAY;
          const delivered = ready + rng.int(1, 3) * DAY;
          steps.push(
            { status: 'deposit_paid', at: deposit },
            { status: 'in_production', at: deposit + rng.int(2, 30) * HOUR },
            { status: 'ready', at: Math.max(ready, deposit + 2 * DAY) },
            { status: 'delivered', at: Math.max(delivered, deposit + 3 * DAY) },
            { status: 'completed', at: Math.max(delivered, deposit + 3 * DAY) + rng.int(2, 10) * DAY },
          );
        }
      }
      const history = steps.filter((s) => s.at <= nowMs).map((s) => ({ status: s.status, at: iso(s.at), ...(s.reason ? { reason: s.reason } : {}) }));
      book.push({
        ref: `Y${weekLabel(monday)}-${merchantId}`,
        merchantId,
        buyerId: rng.chance(0.08) ? demoBuyer : buyers[rng.int(0, buyers.length - 1)]!,
        currency: 'CNY',
        leadTimeDays: lead,
        paymentMethod: rng.pick(['bank_transfer', 'alipay', 'wechat_pay', 'letter_of_credit'] as const),
        lines,
        history,
      });
    }
  });
  return book;
}

/**
 * Load the demo's trade into a freshly loaded demo market and publish the index over its year of
 * orders. Replaces any index data (the index then rests on these orders only).
 * @example
 * ```ts
 * await loadDemo(database, scaleOf('demo'));
 * const r = await loadTradeHistory(database, actors, { flows: { moveOrder: moveOrderAndObserve, importOrderHistory: importOrderHistoryAndObserve } });
 * console.log(r.historyOrders, r.firstWeek, r.lastWeek);
 * ```
 */
export async function loadTradeHistory(
  database: Database,
  a: Omit<DemoActors, 'buyers' | 'orderingBuyers'>,
  opts: TradeHistoryOptions,
): Promise<TradeHistoryReport> {
  const t0 = performance.now();
  const now = opts.now ?? new Date();
  const nWeeks = opts.weeks ?? 52;
  await clearIndexData(database);
  const buyerIds = await entityIdsOfKind(database.db, 'buyer', 500);
  const others = buyerIds.filter((b) => b !== a.buyer.entityId);
  const actors: DemoActors = {
    ...a,
    buyers: others.slice(0, Math.max(3, opts.extraBuyers ?? 0)).map((entityId): Actor => ({ userId: null, role: 'buyer', entityId })),
    orderingBuyers: opts.extraBuyers ?? 0,
  };
  let historyOrders = 0;
  let historyLines = 0;
  let firstWeek: string | null = null;
  let lastWeek: string | null = null;
  if (nWeeks > 0) {
    const end = lastCompleteWeek(now);
    const weeks = Array.from({ length: nWeeks }, (_, i) => addDays(end, -7 * (nWeeks - 1 - i)));
    const rng = new Rng(20251201);
    const followed = await followedProducts(database, weeks, opts.perLeaf ?? 3, opts.leaves, rng.fork(1));
    const book = orderBook(followed, weeks, others.length ? others : [a.buyer.entityId!], a.buyer.entityId!, now, rng.fork(2));
    for (let i = 0; i < book.length; i += Math.min(IMPORT_CHUNK, MAX_HISTORY_ORDERS)) {
      const r = await opts.flows.importOrderHistory(database.db, a.operator, { orders: book.slice(i, i + IMPORT_CHUNK) }, now);
      historyOrders += r.orders;
      historyLines += r.lines;
    }
    if (book.length) {
      firstWeek = weekLabel(weeks[0]!);
      lastWeek = weekLabel(end);
    }
  }
  const t1 = performance.now();
  const live = await loadLiveTrade(database, opts.flows, actors, now);
  const t2 = performance.now();
  let publishedWeeks: number | null = null;
  if (opts.publishIndex !== false && lastWeek) {
    const run = await runIndex(database, a.operator, { week: lastWeek }, now);
    publishedWeeks = run.weeks.length;
  }
  const t3 = performance.now();
  const s = (ms: number) => Math.round(ms) / 1000;
  return {
    ...live,
    historyOrders,
    historyLines,
    firstWeek,
    lastWeek,
    publishedWeeks,
    seconds: s(t3 - t0),
    timings: { history: s(t1 - t0), live: s(t2 - t1), index: s(t3 - t2) },
  };
}

/**
 * The trade sizes `yiwu demo` loads at a scale (without the flows, which the caller adds): the
 * tiny market follows 2 products in 24 lowest categories, the others 3 in every lowest category,
 * with 5 (demo) or 20 (larger) generated buyers trading this week beside the demo buyer.
 * @example
 * ```ts
 * await loadDemo(database, scale, undefined, { trade: { ...tradeDefaults(scale), flows } });
 * ```
 */
export function tradeDefaults(scale: { name: string; stalls: number }): Omit<TradeHistoryOptions, 'flows'> {
  if (scale.stalls <= 100) return { weeks: 52, perLeaf: 2, leaves: 24, extraBuyers: 0 };
  return { weeks: 52, perLeaf: 3, extraBuyers: scale.stalls <= 2000 ? 5 : 20 };
}
