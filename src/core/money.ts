/**
 * Money is an integer amount of minor units plus an ISO 4217 currency code.
 * Never a float. Amounts are JS numbers that must stay safe integers
 * (±9·10^15 minor units, far above any single trade).
 */
export const CURRENCY_EXPONENT: Readonly<Record<string, number>> = {
  CNY: 2,
  USD: 2,
  EUR: 2,
  GBP: 2,
  HKD: 2,
  JPY: 0,
  KRW: 0,
  AED: 2,
  SAR: 2,
  RUB: 2,
  INR: 2,
  BRL: 2,
  MXN: 2,
  TRY: 2,
  IDR: 2,
  VND: 0,
  THB: 2,
  MYR: 2,
  SGD: 2,
  AUD: 2,
  CAD: 2,
  CHF: 2,
  PKR: 2,
  EGP: 2,
  NGN: 2,
  KZT: 2,
  UZS: 2,
  IRR: 2,
  IQD: 3,
  KWD: 3,
  BHD: 3,
  OMR: 3,
  JOD: 3,
  CLP: 0,
  COP: 2,
  PEN: 2,
  ARS: 2,
  ZAR: 2,
  KES: 2,
  UAH: 2,
  PLN: 2,
  ILS: 2,
  BDT: 2,
  PHP: 2,
  LKR: 2,
  NZD: 2,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  CZK: 2,
};

export interface Money {
  readonly amount: number; // minor units
  readonly currency: string; // ISO 4217
}

export function isCurrency(code: string): boolean {
  return Object.hasOwn(CURRENCY_EXPONENT, code);
}

export function exponentOf(currency: string): number {
  const e = CURRENCY_EXPONENT[currency];
  if (e === undefined) throw new RangeError(`unknown ISO 4217 currency: ${currency}`);
  return e;
}

/** "12.5" CNY → 1250. Rejects more decimals than the currency has, signs where not allowed, exponents. */
export function parseDecimal(text: string, currency: string): number {
  const exp = exponentOf(currency);
  const m = /^\s*(-)?(\d{1,15})(?:[.,](\d*))?\s*$/.exec(text);
  if (!m) throw new RangeError(`"${text}" is not a decimal amount`);
  const frac = m[3] ?? '';
  if (frac.length > exp && /[1-9]/.test(frac.slice(exp))) {
    throw new RangeError(`"${text}" has more than ${exp} decimals for ${currency}`);
  }
  const minor = Number(m[2]) * 10 ** exp + Number((frac + '0'.repeat(exp)).slice(0, exp) || '0');
  if (!Number.isSafeInteger(minor)) throw new RangeError(`"${text}" is too large`);
  return m[1] ? -minor : minor;
}

/** 1250 CNY → "12.50" */
export function formatDecimal(amount: number, currency: string): string {
  const exp = exponentOf(currency);
  const neg = amount < 0;
  const s = String(Math.abs(amount)).padStart(exp + 1, '0');
  const out = exp === 0 ? s : `${s.slice(0, -exp)}.${s.slice(-exp)}`;
  return neg ? `-${out}` : out;
}
