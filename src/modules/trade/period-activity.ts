/**
 * A merchant's trade in a period, for periodic evaluations (stall evaluation,
 * re-allocation eligibility): orders and their value, inquiries answered and
 * response time, disputes lost. Set-based: one grouped read per table.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';

export interface MerchantActivity {
  merchantId: number;
  /** Orders placed in the period and not cancelled. */
  orders: number;
  /** Their value by currency, in minor units. */
  value: { currency: string; amount: number }[];
  inquiries: number;
  answered: number;
  /** Median first-response time of the period's answered inquiries (seconds), or null. */
  medianResponseSeconds: number | null;
  /** Disputes resolved against the merchant in the period. */
  disputesLost: number;
}

/**
 * Activity of every merchant that traded, was asked or lost a dispute in
 * [from, to) (dates, YYYY-MM-DD), optionally of some merchants only.
 * @example
 * ```ts
 * const byMerchant = await merchantPeriodActivity(db, '2026-07-01', '2026-10-01');
 * ```
 */
export async function merchantPeriodActivity(
  db: Kysely<DB>,
  from: string,
  to: string,
  merchantIds?: readonly number[],
): Promise<Map<number, MerchantActivity>> {
  const only = (col: string) => (merchantIds ? sql`and ${sql.ref(col)} = any(${[...merchantIds]}::bigint[])` : sql``);
  const [orders, inquiries, disputes] = await Promise.all([
    sql<{ merchant_id: number; currency: string; n: string; amount: string }>`
      select merchant_id, currency, count(*) as n, sum(total) as amount from merchant_orders
      where created_at >= ${from}::date and created_at < ${to}::date and status <> 'cancelled' ${only('merchant_id')}
      group by merchant_id, currency`.execute(db),
    sql<{ merchant_id: number; n: string; answered: string; median: number | null }>`
      select merchant_id, count(*) as n, count(first_response_seconds) as answered,
        round(percentile_cont(0.5) within group (order by first_response_seconds)) as median
      from inquiries where created_at >= ${from}::date and created_at < ${to}::date ${only('merchant_id')}
      group by merchant_id`.execute(db),
    sql<{ merchant_id: number; n: string }>`
      select merchant_id, count(*) as n from disputes
      where winner = 'buyer' and resolved_at >= ${from}::date and resolved_at < ${to}::date ${only('merchant_id')}
      group by merchant_id`.execute(db),
  ]);
  const m = new Map<number, MerchantActivity>();
  const get = (id: number) => {
    let a = m.get(id);
    if (!a) {
      a = { merchantId: id, orders: 0, value: [], inquiries: 0, answered: 0, medianResponseSeconds: null, disputesLost: 0 };
      m.set(id, a);
    }
    return a;
  };
  for (const r of orders.rows) {
    const a = get(Number(r.merchant_id));
    a.orders += Number(r.n);
    a.value.push({ currency: r.currency, amount: Number(r.amount) });
  }
  for (const r of inquiries.rows) {
    const a = get(Number(r.merchant_id));
    a.inquiries = Number(r.n);
    a.answered = Number(r.answered);
    a.medianResponseSeconds = r.median === null ? null : Number(r.median);
  }
  for (const r of disputes.rows) get(Number(r.merchant_id)).disputesLost = Number(r.n);
  return m;
}
