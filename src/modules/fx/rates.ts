/**
 * The maintained rate table: the operator sets a day's rates (or imports a
 * sheet, rates-import.ts); anyone reads the rates in force on a date, a
 * currency's history, and converts an amount at the rates in force.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';
import { isCurrency } from '../../core/money.ts';
import { parseInput } from '../../core/validation.ts';
import { convertWith, formatRate, parseRate, REFERENCE_CURRENCY, type RateInForce, type RateTable } from './rate-math.ts';
import { fxDb, type FxDB } from './tables.ts';

/** YYYY-MM-DD that is a real calendar date. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d, 'not a calendar date');

/** An ISO 4217 code the platform knows (src/core/money.ts), upper-cased. */
export const CurrencyCode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .refine(isCurrency, 'not an ISO 4217 currency code this platform knows (e.g. USD, EUR, JPY)');

/** Today in UTC as YYYY-MM-DD. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** The latest date a rate may be set for: tomorrow in UTC (already today in China). */
export function latestRateDate(today = todayUtc()): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export const DayRatesInput = z.strictObject({
  date: IsoDate,
  source: z.string().trim().min(1).max(100).default('manual'),
  rates: z
    .array(
      z.strictObject({
        currency: CurrencyCode,
        /** CNY per unit (or per `per` units) as a decimal string, e.g. "7.1034". */
        rate: z.string().max(40),
        per: z.union([z.literal(1), z.literal(10), z.literal(100), z.literal(1000), z.literal(10000)]).default(1),
      }),
    )
    .min(1)
    .max(200),
});
export type DayRatesInput = z.input<typeof DayRatesInput>;

export const RatesQuery = z.strictObject({ date: IsoDate.optional() });
export const HistoryQuery = z.strictObject({ currency: CurrencyCode, from: IsoDate.optional(), to: IsoDate.optional() });
export const ConvertQuery = z.strictObject({
  amount: z.coerce.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER),
  from: CurrencyCode,
  to: CurrencyCode,
  date: IsoDate.optional(),
});

/** One stored rate as read by people and the API (the rate as a decimal string, never a float). */
export interface RateView {
  currency: string;
  /** Reference (CNY) units per one unit of the currency, exact decimal. */
  rate: string;
  rateDate: string;
  source: string;
  enteredBy: number | null;
  enteredAt: string;
}
export interface RatesInForceView {
  reference: string;
  /** The date asked about. */
  date: string;
  rates: RateView[];
}
export interface ConversionView {
  amount: number;
  currency: string;
  from: { amount: number; currency: string };
  /** The older of the dates of the rates used; null when no rate was needed. */
  rateDate: string | null;
  rates: { currency: string; rate: string; rateDate: string }[];
}

type Row = { currency: string; rate_date: string; rate_e10: number; source: string; entered_by: number | null; entered_at: Date | string };
const toView = (r: Row): RateView => ({
  currency: r.currency,
  rate: formatRate(r.rate_e10),
  rateDate: r.rate_date,
  source: r.source,
  enteredBy: r.entered_by,
  enteredAt: (r.entered_at instanceof Date ? r.entered_at : new Date(r.entered_at)).toISOString(),
});

/** A row to write: the caller has checked it. */
export interface RateRow {
  currency: string;
  date: string;
  rateE10: bigint;
  source: string;
}

/** Upsert rows (one statement per 500) inside the caller's transaction; a rate set again replaces the old one and its author. */
export async function writeRates(tx: Transaction<DB>, actor: Actor, rows: readonly RateRow[]): Promise<void> {
  const db = fxDb(tx);
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('fx_rates')
      .values(
        rows.slice(i, i + 500).map((r) => ({
          currency: r.currency,
          rate_date: r.date,
          rate_e10: Number(r.rateE10),
          source: r.source,
          entered_by: actor.userId,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['currency', 'rate_date']).doUpdateSet((eb) => ({
          rate_e10: eb.ref('excluded.rate_e10'),
          source: eb.ref('excluded.source'),
          entered_by: eb.ref('excluded.entered_by'),
          entered_at: sql<Date>`now()`,
        })),
      )
      .execute();
  }
}

/** Store checked rows in one transaction (operator; the demo's seed and bulk callers). */
export async function storeRates(db: Kysely<DB>, actor: Actor, rows: readonly RateRow[]): Promise<void> {
  requireRole(actor, 'operator');
  await db.transaction().execute((tx) => writeRates(tx, actor, rows));
}

/**
 * Set a day's rates (operator): each currency's rate against CNY on `date`,
 * replacing any set before for that day, in one transaction. Returns the day's
 * stored rates. Throws FORBIDDEN for other roles, VALIDATION for a bad rate,
 * a date after tomorrow, CNY itself or a currency given twice.
 * @example
 * ```ts
 * await setDayRates(db, operator, { date: '2026-11-30', source: 'PBOC', rates: [{ currency: 'USD', rate: '7.1034' }, { currency: 'JPY', rate: '4.7512', per: 100 }] });
 * ```
 */
export async function setDayRates(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<RateView[]> {
  requireRole(actor, 'operator');
  const input = parseInput(DayRatesInput, raw);
  if (input.date > latestRateDate()) throw new AppError('VALIDATION', `date: ${input.date} is in the future; rates are set for today or earlier`);
  const seen = new Set<string>();
  const rows: RateRow[] = input.rates.map((r, i) => {
    if (r.currency === REFERENCE_CURRENCY) throw new AppError('VALIDATION', `rates.${i}.currency: CNY is the reference currency; its rate is always 1`);
    if (seen.has(r.currency)) throw new AppError('VALIDATION', `rates.${i}.currency: ${r.currency} is given twice`);
    seen.add(r.currency);
    let rateE10: bigint;
    try {
      rateE10 = parseRate(r.rate, r.per);
    } catch (e) {
      throw e instanceof AppError ? new AppError('VALIDATION', `rates.${i}.rate: ${e.message}`) : e;
    }
    return { currency: r.currency, date: input.date, rateE10, source: input.source };
  });
  await db.transaction().execute((tx) => writeRates(tx, actor, rows));
  const stored = await fxDb(db)
    .selectFrom('fx_rates')
    .selectAll()
    .where('rate_date', '=', input.date)
    .where('currency', 'in', [...seen])
    .orderBy('currency')
    .execute();
  return stored.map(toView);
}

/** The rates in force on `date` (default today, UTC) for the given currencies (default all), the latest on or before it per currency. */
async function inForceRows(db: Kysely<FxDB> | Transaction<FxDB>, date: string, currencies?: readonly string[]): Promise<Row[]> {
  let q = db
    .selectFrom('fx_rates')
    .select(['currency', 'rate_date', 'rate_e10', 'source', 'entered_by', 'entered_at'])
    .distinctOn('currency')
    .where('rate_date', '<=', date);
  if (currencies) {
    if (currencies.length === 0) return [];
    q = q.where('currency', 'in', [...currencies]);
  }
  return q.orderBy('currency').orderBy('rate_date', 'desc').execute();
}

/**
 * Every currency's rate in force on a date: for each, the rate with the latest
 * date on or before it. Public (rates are no secret).
 */
export async function listRatesInForce(db: Kysely<DB>, raw: unknown = {}): Promise<RatesInForceView> {
  const q = parseInput(RatesQuery, raw);
  const date = q.date ?? todayUtc();
  return { reference: REFERENCE_CURRENCY, date, rates: (await inForceRows(fxDb(db), date)).map(toView) };
}

/** One currency's rates by date, newest first (at most 400 rows: about a year of daily rates). */
export async function rateHistory(db: Kysely<DB>, raw: unknown): Promise<RateView[]> {
  const q = parseInput(HistoryQuery, raw);
  let s = fxDb(db).selectFrom('fx_rates').selectAll().where('currency', '=', q.currency);
  if (q.from) s = s.where('rate_date', '>=', q.from);
  if (q.to) s = s.where('rate_date', '<=', q.to);
  return (await s.orderBy('rate_date', 'desc').limit(400).execute()).map(toView);
}

/**
 * The rates in force on `date` for these currencies, as a table for
 * `convertWith` (the reference needs no entry; a currency without any rate on
 * or before the date is absent).
 */
export async function ratesInForce(db: Kysely<DB> | Transaction<DB>, currencies: readonly string[], date: string = todayUtc()): Promise<RateTable> {
  const wanted = [...new Set(currencies.filter((c) => c !== REFERENCE_CURRENCY))];
  const rows = await inForceRows(fxDb(db as Kysely<DB>), date, wanted);
  return new Map(rows.map((r): [string, RateInForce] => [r.currency, { currency: r.currency, rateE10: BigInt(r.rate_e10), rateDate: r.rate_date }]));
}

/** One currency's rate in force on a date, or null when none was set on or before it. */
export async function rateInForce(db: Kysely<DB>, currency: string, date: string = todayUtc()): Promise<RateInForce | null> {
  if (currency === REFERENCE_CURRENCY) return null;
  return (await ratesInForce(db, [currency], date)).get(currency) ?? null;
}

/**
 * Convert an amount of minor units at the rates in force on `date` (default
 * today). NOT_FOUND when a currency has no rate on or before that date.
 * @example
 * ```ts
 * await convertAt(db, { amount: 15_000_000, from: 'USD', to: 'CNY', date: '2026-11-30' }); // { amount: 106_551_000, rateDate: '2026-11-30', … }
 * ```
 */
export async function convertAt(db: Kysely<DB>, raw: unknown): Promise<ConversionView> {
  const q = parseInput(ConvertQuery, raw);
  const date = q.date ?? todayUtc();
  const table = await ratesInForce(db, [q.from, q.to], date);
  const out = convertWith(table, q.amount, q.from, q.to);
  if (!out) {
    const missing = [q.from, q.to].filter((c) => c !== REFERENCE_CURRENCY && !table.has(c));
    throw new AppError('NOT_FOUND', `no exchange rate for ${missing.join(' and ')} on or before ${date}; the operator sets rates with PUT /api/fx/rates`);
  }
  const rates = [...table.values()].map((r) => ({ currency: r.currency, rate: formatRate(r.rateE10), rateDate: r.rateDate }));
  return { amount: out.amount, currency: q.to, from: { amount: q.amount, currency: q.from }, rateDate: out.rateDate, rates };
}
