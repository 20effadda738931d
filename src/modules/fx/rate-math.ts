/**
 * Exchange-rate arithmetic, exact and pure. A rate is how many units of the
 * reference currency (CNY) one unit of a currency is worth, held as an integer
 * with RATE_DECIMALS implied decimals (7.1034 → 71_034_000_000n). Amounts are
 * integer minor units of ISO 4217 currencies; a conversion goes through the
 * reference and respects each currency's minor-unit exponent (JPY 0, USD 2,
 * KWD 3), computed in BigInt and rounded once, half away from zero (half-up
 * for the positive amounts of trade).
 */
import { AppError } from '../../core/errors.ts';
import { exponentOf, isCurrency } from '../../core/money.ts';

/** The reference currency every stored rate is quoted against. */
export const REFERENCE_CURRENCY = 'CNY';
/** Decimal places of a stored rate (rate × 10^10 is an integer). */
export const RATE_DECIMALS = 10;
export const RATE_SCALE = 10n ** BigInt(RATE_DECIMALS);
/** The largest rate accepted: 900,000 reference units per unit (keeps rate × 10^10 a safe integer in the database driver). */
export const MAX_RATE_E10 = 900_000n * RATE_SCALE;

/**
 * "7.1034" → 71_034_000_000n. `per` is the quotation unit (PBOC quotes JPY per 100):
 * `parseRate('4.7512', 100)` is the rate of one yen. Refuses (VALIDATION) a value
 * that is not a plain positive decimal, has more than 10 decimals once divided by
 * `per`, or is over MAX_RATE_E10.
 * @example
 * ```ts
 * parseRate('7.1');          // 71_000_000_000n
 * parseRate('4.7512', 100);  // 475_120_000n (0.047512 CNY per JPY)
 * ```
 */
export function parseRate(text: string, per = 1): bigint {
  const m = /^\s*(\d{1,9})(?:\.(\d{1,20}))?\s*$/.exec(text);
  if (!m) throw new AppError('VALIDATION', `"${text}" is not a rate: write a positive decimal such as 7.1034`);
  if (![1, 10, 100, 1000, 10000].includes(per)) throw new AppError('VALIDATION', `a rate is quoted per 1, 10, 100, 1000 or 10000 units, not per ${per}`);
  const frac = m[2] ?? '';
  const numerator = BigInt(m[1]! + frac) * RATE_SCALE;
  const denominator = 10n ** BigInt(frac.length) * BigInt(per);
  if (numerator % denominator !== 0n)
    throw new AppError('VALIDATION', `"${text}"${per > 1 ? ` per ${per}` : ''} has more than ${RATE_DECIMALS} decimals per unit`);
  const rate = numerator / denominator;
  if (rate <= 0n) throw new AppError('VALIDATION', `"${text}" is not a rate above zero`);
  if (rate > MAX_RATE_E10) throw new AppError('VALIDATION', `"${text}" is above the largest rate accepted (900000)`);
  return rate;
}

/** 71_034_000_000n → "7.1034" (no trailing zeros; at least one decimal digit is never forced). */
export function formatRate(rateE10: bigint | number): string {
  const r = BigInt(rateE10);
  const whole = r / RATE_SCALE;
  const frac = (r % RATE_SCALE).toString().padStart(RATE_DECIMALS, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}

/** n / d rounded to the nearest integer, halves away from zero (d > 0). */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError('the divisor must be positive');
  const neg = n < 0n;
  const a = neg ? -n : n;
  const q = (2n * a + d) / (2n * d);
  return neg ? -q : q;
}

/** The exact factor from minor units of `from` to minor units of `to`: amountTo = amountFrom × num / den (before rounding). */
export function conversionFactor(from: string, to: string, fromRateE10: bigint, toRateE10: bigint): { num: bigint; den: bigint } {
  const eFrom = BigInt(exponentOf(from));
  const eTo = BigInt(exponentOf(to));
  return { num: fromRateE10 * 10n ** eTo, den: toRateE10 * 10n ** eFrom };
}

/**
 * Convert an integer amount of minor units of `from` into minor units of `to`,
 * given both currencies' rates against the reference (× 10^10; the
 * reference's own rate is RATE_SCALE), rounded half up once at the end.
 * Throws VALIDATION for an unknown currency, a non-integer amount or a result
 * beyond a safe integer.
 * @example
 * ```ts
 * // 1.00 USD → JPY with USD 7.1 CNY and JPY 0.047 CNY: 151 yen
 * convertMinor(100, 'USD', 'JPY', parseRate('7.1'), parseRate('0.047')); // 151
 * ```
 */
export function convertMinor(amount: number, from: string, to: string, fromRateE10: bigint, toRateE10: bigint): number {
  for (const c of [from, to]) if (!isCurrency(c)) throw new AppError('VALIDATION', `${c} is not an ISO 4217 currency this platform knows`);
  if (!Number.isSafeInteger(amount)) throw new AppError('VALIDATION', `${amount} is not a whole number of minor units`);
  if (fromRateE10 <= 0n || toRateE10 <= 0n) throw new AppError('VALIDATION', 'a rate must be above zero');
  if (from === to) return amount;
  const { num, den } = conversionFactor(from, to, fromRateE10, toRateE10);
  const out = divRoundHalfUp(BigInt(amount) * num, den);
  if (out > BigInt(Number.MAX_SAFE_INTEGER) || out < -BigInt(Number.MAX_SAFE_INTEGER))
    throw new AppError('VALIDATION', `${amount} ${from} in ${to} is too large an amount`);
  return Number(out);
}

/** A currency's rate in force: the rate (× 10^10) and the date it was set for. */
export interface RateInForce {
  currency: string;
  rateE10: bigint;
  rateDate: string;
}

/** Rates in force by currency (the reference need not be in it). */
export type RateTable = ReadonlyMap<string, RateInForce>;

/**
 * Convert with a table of rates in force; `undefined` when a needed rate is
 * missing. `rateDate` is the older of the dates of the rates used (null when
 * no rate was needed: the same currency, or both the reference).
 * @example
 * ```ts
 * const t = await ratesInForce(db, ['USD', 'EUR'], '2026-11-30');
 * convertWith(t, 12_500, 'EUR', 'USD'); // { amount: 13_562, currency: 'USD', rateDate: '2026-11-27' }
 * ```
 */
export function convertWith(
  table: RateTable,
  amount: number,
  from: string,
  to: string,
): { amount: number; currency: string; rateDate: string | null } | undefined {
  const side = (c: string): RateInForce | null | undefined => (c === REFERENCE_CURRENCY ? null : table.get(c));
  if (from === to) return { amount: convertMinor(amount, from, to, RATE_SCALE, RATE_SCALE), currency: to, rateDate: null };
  const a = side(from);
  const b = side(to);
  if (a === undefined || b === undefined) return undefined;
  const dates = [a?.rateDate, b?.rateDate].filter((d): d is string => d !== undefined).sort();
  return { amount: convertMinor(amount, from, to, a?.rateE10 ?? RATE_SCALE, b?.rateE10 ?? RATE_SCALE), currency: to, rateDate: dates[0] ?? null };
}
