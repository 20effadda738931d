/**
 * Indicative amounts (trade + fx): a foreign buyer sees its purchase list and
 * its purchases also in its own currency, converted at the rates in force
 * today and marked with the date of the rates used. Indicative only: orders
 * are priced, paid and settled in the merchant's currency; nothing here is
 * stored or used for settlement (docs/fx.md).
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../core/db/schema.ts';
import { parseInput } from '../core/validation.ts';
import { convertWith, CurrencyCode, ratesInForce, todayUtc } from '../modules/fx/index.ts';
import type { ListView, PurchaseView } from '../modules/trade/index.ts';

/** `?currency=USD`: the buyer's currency for indicative amounts (accounts have no preferred currency yet). */
export const IndicativeQuery = z.strictObject({ currency: CurrencyCode.optional() });

export interface IndicativeOrder {
  /** The merchant order's id (null on the purchase list, where orders are not made yet). */
  orderId: number | null;
  merchantId: number;
  /** The order's own currency, which the amounts below were converted from. */
  from: string;
  total: number;
  deposit: number;
  /** total − deposit, so deposit + balance = total also after conversion. */
  balance: number;
}
export interface IndicativeAmounts {
  /** The buyer's currency; every amount here is minor units of it. */
  currency: string;
  /** The older of the dates of the rates used. */
  rateDate: string;
  /** Always true: for orientation, never for settlement. */
  indicative: true;
  /** One entry per order, in the order of `orders` of the list or purchase. */
  orders: IndicativeOrder[];
  /** Sum of the orders' converted totals. */
  total: number;
}

interface OrderAmounts {
  orderId: number | null;
  merchantId: number;
  currency: string;
  total: number;
  deposit: number;
}

/**
 * The orders' amounts in `currency` at the rates in force on `date`; undefined
 * when no currency is asked for, when nothing needs converting, or when a rate
 * is missing (no amount is ever shown at a guessed rate).
 */
export async function indicativeAmounts(
  db: Kysely<DB>,
  orders: readonly OrderAmounts[],
  currency: string | undefined,
  date: string = todayUtc(),
): Promise<IndicativeAmounts | undefined> {
  if (!currency || orders.length === 0 || orders.every((o) => o.currency === currency)) return undefined;
  const table = await ratesInForce(db, [currency, ...orders.map((o) => o.currency)], date);
  const out: IndicativeOrder[] = [];
  const dates: string[] = [];
  for (const o of orders) {
    const total = convertWith(table, o.total, o.currency, currency);
    const deposit = convertWith(table, o.deposit, o.currency, currency);
    if (!total || !deposit) return undefined;
    if (total.rateDate) dates.push(total.rateDate);
    out.push({
      orderId: o.orderId,
      merchantId: o.merchantId,
      from: o.currency,
      total: total.amount,
      deposit: deposit.amount,
      balance: total.amount - deposit.amount,
    });
  }
  const rateDate = dates.sort()[0];
  if (!rateDate) return undefined;
  return { currency, rateDate, indicative: true, orders: out, total: out.reduce((s, o) => s + o.total, 0) };
}

/** `{ indicative }` for a purchase list (spread into the answer; empty when there is none). */
export async function indicativeOfList(db: Kysely<DB>, list: ListView, rawQuery: unknown): Promise<{ indicative?: IndicativeAmounts }> {
  const { currency } = parseInput(IndicativeQuery, rawQuery ?? {});
  const orders = list.orders.map((o) => ({ orderId: null, merchantId: o.merchantId, currency: o.currency, total: o.total, deposit: o.deposit }));
  const indicative = await indicativeAmounts(db, orders, currency);
  return indicative ? { indicative } : {};
}

/** `{ indicative }` for a purchase (spread into the answer; empty when there is none). */
export async function indicativeOfPurchase(db: Kysely<DB>, purchase: PurchaseView, rawQuery: unknown): Promise<{ indicative?: IndicativeAmounts }> {
  const { currency } = parseInput(IndicativeQuery, rawQuery ?? {});
  const orders = purchase.orders.map((o) => ({ orderId: o.id, merchantId: o.merchantId, currency: o.currency, total: o.total, deposit: o.deposit }));
  const indicative = await indicativeAmounts(db, orders, currency);
  return indicative ? { indicative } : {};
}
