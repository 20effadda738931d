/**
 * What each merchant is owed (its orders' totals under trade records) and was
 * paid (the buyers' payments allocated to those orders), per currency: the
 * merchant its own, an agent over its records, operator and customs all.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/index.ts';
import { parseInput } from '../../core/validation.ts';
import { me } from './access.ts';
import { procDb } from './tables.ts';

export interface MerchantBalance {
  merchantId: number;
  merchantName: string;
  currency: string;
  records: number;
  owedMinor: number;
  paidMinor: number;
  /** owed − paid (negative when paid ahead in this currency). */
  outstandingMinor: number;
}

export const BalanceQuery = z.strictObject({ merchant: z.coerce.number().int().positive().optional() });

/** Balances per merchant and currency, by merchant id then currency. */
export async function merchantBalances(db0: Kysely<DB>, actor: Actor, raw: unknown = {}): Promise<MerchantBalance[]> {
  requireRole(actor, 'operator', 'customs', 'agent', 'merchant');
  const q = parseInput(BalanceQuery, raw, 'query');
  const db = procDb(db0);
  let owed = db
    .selectFrom('proc_trade_records')
    .select(['merchant_id', 'currency', (eb) => eb.fn.sum<number>('total_minor').as('owed'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'recorded')
    .groupBy(['merchant_id', 'currency']);
  let paid = db
    .selectFrom('proc_allocations')
    .select(['merchant_id', 'currency', (eb) => eb.fn.sum<number>('amount_minor').as('paid')])
    .groupBy(['merchant_id', 'currency']);
  if (actor.role === 'merchant') {
    owed = owed.where('merchant_id', '=', me(actor));
    paid = paid.where('merchant_id', '=', me(actor));
  } else if (actor.role === 'agent') {
    owed = owed.where('agent_id', '=', me(actor));
    paid = paid.where('agent_id', '=', me(actor));
  }
  if (q.merchant) {
    owed = owed.where('merchant_id', '=', q.merchant);
    paid = paid.where('merchant_id', '=', q.merchant);
  }
  const [o, p] = await Promise.all([owed.execute(), paid.execute()]);
  const key = (m: number, c: string) => `${m}/${c}`;
  const rows = new Map<string, MerchantBalance>();
  const at = (m: number, c: string) => {
    let r = rows.get(key(m, c));
    if (!r) rows.set(key(m, c), (r = { merchantId: m, merchantName: '', currency: c, records: 0, owedMinor: 0, paidMinor: 0, outstandingMinor: 0 }));
    return r;
  };
  for (const r of o) Object.assign(at(r.merchant_id, r.currency), { owedMinor: Number(r.owed), records: Number(r.n) });
  for (const r of p) at(r.merchant_id, r.currency).paidMinor = Number(r.paid);
  const ids = [...new Set([...rows.values()].map((r) => r.merchantId))];
  const names = ids.length ? await db.selectFrom('proc_registrations').select(['entity_id', 'name']).where('entity_id', 'in', ids).execute() : [];
  return [...rows.values()]
    .map((r) => ({ ...r, merchantName: names.find((n) => n.entity_id === r.merchantId)?.name ?? '', outstandingMinor: r.owedMinor - r.paidMinor }))
    .sort((a, b) => a.merchantId - b.merchantId || a.currency.localeCompare(b.currency));
}
