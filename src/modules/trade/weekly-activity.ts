/**
 * Trade by week for the market office: orders placed (not cancelled), their
 * value by currency, and the merchants and buyers active in the week. Weeks
 * start on Monday, China Standard Time (UTC+8).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';

export interface WeeklyTrade {
  /** The week's Monday (YYYY-MM-DD, CST). */
  week: string;
  orders: number;
  /** Value of the week's orders in minor units, by ISO 4217 currency. */
  value: Record<string, number>;
  activeMerchants: number;
  activeBuyers: number;
}

const CST = 8 * 3600_000;

/** The Monday (CST) of the week `d` falls in. */
function mondayOf(d: Date): string {
  const local = new Date(d.getTime() + CST);
  const back = (local.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - back)).toISOString().slice(0, 10);
}

/**
 * The last `weeks` weeks up to the one `now` is in, every week present (zeros when quiet).
 * No actor check: the caller checks the role (the operator's dashboard).
 * @example
 * ```ts
 * const weeks = await weeklyTrade(db, { weeks: 12 });
 * ```
 */
export async function weeklyTrade(db: Kysely<DB>, opts: { weeks?: number; now?: Date } = {}): Promise<WeeklyTrade[]> {
  const n = Math.min(Math.max(opts.weeks ?? 12, 1), 104);
  const last = mondayOf(opts.now ?? new Date());
  const first = new Date(Date.parse(`${last}T00:00:00Z`) - (n - 1) * 7 * 86400_000).toISOString().slice(0, 10);
  const from = new Date(Date.parse(`${first}T00:00:00Z`) - CST);
  const week = sql<string>`to_char(date_trunc('week', (o.created_at at time zone 'UTC') + interval '8 hours'), 'YYYY-MM-DD')`;
  const rows = await sql<{ week: string; currency: string; orders: number; value: number }>`
    select ${week} as week, o.currency, count(*) as orders, sum(o.total) as value
    from merchant_orders o
    where o.created_at >= ${from} and o.status <> 'cancelled'
    group by 1, 2`.execute(db);
  const active = await sql<{ week: string; merchants: number; buyers: number }>`
    select ${week} as week, count(distinct o.merchant_id) as merchants, count(distinct o.buyer_id) as buyers
    from merchant_orders o
    where o.created_at >= ${from} and o.status <> 'cancelled'
    group by 1`.execute(db);
  const out: WeeklyTrade[] = [];
  for (let i = 0; i < n; i++) {
    const w = new Date(Date.parse(`${first}T00:00:00Z`) + i * 7 * 86400_000).toISOString().slice(0, 10);
    const a = active.rows.find((r) => r.week === w);
    const value: Record<string, number> = {};
    let orders = 0;
    for (const r of rows.rows.filter((x) => x.week === w)) {
      value[r.currency] = Number(r.value);
      orders += Number(r.orders);
    }
    out.push({ week: w, orders, value, activeMerchants: Number(a?.merchants ?? 0), activeBuyers: Number(a?.buyers ?? 0) });
  }
  return out;
}
