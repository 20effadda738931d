/**
 * The periodic stall evaluation: gathers each held stall's indicators for a
 * quarter from the market (stall, district, holder), the catalogue (listings,
 * main category), trade (orders, value, inquiries, disputes), fx (value in CNY)
 * and credit (the holder's class), scores them against their peers and stores
 * the run (docs/stall-evaluation.md).
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../core/auth/actor.ts';
import { requireRole } from '../core/auth/actor.ts';
import type { DB } from '../core/db/schema.ts';
import { stallListingStats } from '../modules/catalog/index.ts';
import { currentClasses } from '../modules/credit/index.ts';
import { convertWith, ratesInForce, REFERENCE_CURRENCY } from '../modules/fx/index.ts';
import { stallRoster } from '../modules/market/index.ts';
import {
  addDays,
  LISTING_CURRENT_DAYS,
  parsePeriod,
  saveEvaluation,
  scoreStalls,
  type RunSummary,
  type StallIndicators,
} from '../modules/stall-evaluation/index.ts';
import { merchantPeriodActivity, type MerchantActivity } from '../modules/trade/index.ts';

/**
 * The credit input of the evaluation: each holder's class, or 'unknown'. The seam
 * the credit module fills (`currentClasses`); a test or a deployment without the
 * credit module passes `unknownCredit`.
 */
export type CreditSource = (db: Kysely<DB>, entityIds: readonly number[]) => Promise<Map<number, string>>;
export const creditFromModule: CreditSource = currentClasses;
export const unknownCredit: CreditSource = async (_db, ids) => new Map(ids.map((id) => [id, 'unknown']));

/** Split `total` over `k` parts as evenly as integers allow (the first parts take the remainder). */
export function splitEvenly(total: number, k: number, i: number): number {
  return Math.floor(total / k) + (i < total % k ? 1 : 0);
}

/**
 * Gather the indicators of every stall held at the end of the period. A holder's
 * trade is attributed to the stalls it holds in equal integer parts; order value
 * in other currencies is converted to CNY at the rate in force on the period's
 * last day (orders in a currency without a rate are left out of the value).
 * @example
 * ```ts
 * const indicators = await gatherIndicators(db, '2026Q3');
 * ```
 */
export async function gatherIndicators(db: Kysely<DB>, periodId: string, credit: CreditSource = creditFromModule): Promise<StallIndicators[]> {
  const period = parsePeriod(periodId);
  const lastDay = addDays(period.to, -1);
  const [roster, activity, listings] = await Promise.all([
    stallRoster(db, lastDay),
    merchantPeriodActivity(db, period.from, period.to),
    stallListingStats(db, addDays(period.to, -LISTING_CURRENT_DAYS)),
  ]);
  const holders = [...new Set(roster.map((s) => s.holderId))];
  const classes = await credit(db, holders);
  const currencies = [...new Set([...activity.values()].flatMap((a) => a.value.map((v) => v.currency)))];
  const rates = await ratesInForce(db, currencies, lastDay);
  const cny = (a: MerchantActivity | undefined) =>
    (a?.value ?? []).reduce((t, v) => t + (convertWith(rates, v.amount, v.currency, REFERENCE_CURRENCY)?.amount ?? 0), 0);
  const stallsOf = new Map<number, number[]>();
  for (const s of roster) {
    const l = stallsOf.get(s.holderId);
    if (l) l.push(s.stallId);
    else stallsOf.set(s.holderId, [s.stallId]);
  }
  const cnyByHolder = new Map<number, number>();
  return roster.map((s) => {
    const a = activity.get(s.holderId);
    const own = stallsOf.get(s.holderId)!;
    const i = own.indexOf(s.stallId);
    let value = cnyByHolder.get(s.holderId);
    if (value === undefined) {
      value = cny(a);
      cnyByHolder.set(s.holderId, value);
    }
    const l = listings.get(s.stallId);
    return {
      stallId: s.stallId,
      holderId: s.holderId,
      districtId: s.districtId,
      categoryId: l?.mainCategoryId ?? 0,
      orders: splitEvenly(a?.orders ?? 0, own.length, i),
      tradeValue: splitEvenly(value, own.length, i),
      listingsActive: l?.active ?? 0,
      listingsCurrent: l?.current ?? 0,
      inquiries: a?.inquiries ?? 0,
      answered: a?.answered ?? 0,
      medianResponseSeconds: a?.medianResponseSeconds ?? null,
      creditClass: classes.get(s.holderId) ?? 'unknown',
      disputesLost: a?.disputesLost ?? 0,
    };
  });
}

/**
 * Evaluate every held stall for a quarter and store the run (operators only).
 * `onProgress(phase, done, total)` reports gathering and storing.
 * @example
 * ```ts
 * const summary = await evaluateStalls(db, operator, '2026Q3');
 * ```
 */
export async function evaluateStalls(
  db: Kysely<DB>,
  actor: Actor,
  periodId: string,
  opts: { credit?: CreditSource; onProgress?: (phase: 'gather' | 'store', done: number, total: number) => void } = {},
): Promise<RunSummary> {
  requireRole(actor, 'operator');
  opts.onProgress?.('gather', 0, 1);
  const indicators = await gatherIndicators(db, periodId, opts.credit);
  opts.onProgress?.('gather', 1, 1);
  const scores = scoreStalls(indicators);
  return saveEvaluation(db, actor, periodId, scores, (done, total) => opts.onProgress?.('store', done, total));
}
