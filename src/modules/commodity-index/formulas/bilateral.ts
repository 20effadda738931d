/**
 * Bilateral price indices between a base period 0 and a comparison period t,
 * over matched products (the same products, in the same order, in every array).
 *
 * Definitions follow the ILO/IMF/OECD/UNECE/Eurostat/World Bank Consumer Price
 * Index Manual (2004), chapters 15–20 (and the 2020 CPI Manual, ch. 5–6):
 *
 * - Laspeyres  P_L = Σ p_t q_0 / Σ p_0 q_0
 * - Paasche    P_P = Σ p_t q_t / Σ p_0 q_t
 * - Fisher     P_F = √(P_L · P_P)
 * - Törnqvist  P_T = exp Σ ½ (s_0 + s_t) ln(p_t / p_0), s = expenditure shares
 * - Walsh      P_W = Σ p_t √(q_0 q_t) / Σ p_0 √(q_0 q_t)
 * - Jevons     P_J = Π (p_t / p_0)^(1/n)
 * - Dutot      P_D = (Σ p_t / n) / (Σ p_0 / n)
 * - Carli      P_C = (1/n) Σ p_t / p_0
 * - harmonic   P_H = [(1/n) Σ p_0 / p_t]^-1 (for the Carli ≥ Jevons ≥ harmonic check)
 *
 * Sums are compensated (Neumaier) and products are taken as exp of a
 * compensated sum of logs, in full double precision.
 */
import { compensatedSum, dot } from './numeric.ts';
import type { BilateralFormula, MatchedPrices } from './types.ts';

function checkLengths(n: number, ...arrays: (ArrayLike<number> | undefined)[]): void {
  if (n === 0) throw new RangeError('a bilateral index needs at least one matched product');
  for (const a of arrays) {
    if (a === undefined) throw new RangeError('this formula needs quantities');
    if (a.length !== n) throw new RangeError(`matched arrays differ in length (${a.length} vs ${n})`);
  }
}

/** Laspeyres: Σ p_t q_0 / Σ p_0 q_0. */
export function laspeyres(p0: ArrayLike<number>, pt: ArrayLike<number>, q0: ArrayLike<number>): number {
  checkLengths(p0.length, pt, q0);
  return dot(pt, q0) / dot(p0, q0);
}

/** Paasche: Σ p_t q_t / Σ p_0 q_t. */
export function paasche(p0: ArrayLike<number>, pt: ArrayLike<number>, qt: ArrayLike<number>): number {
  checkLengths(p0.length, pt, qt);
  return dot(pt, qt) / dot(p0, qt);
}

/** ln of the Fisher index, ½ (ln P_L + ln P_P). */
export function logFisher(p0: ArrayLike<number>, pt: ArrayLike<number>, q0: ArrayLike<number>, qt: ArrayLike<number>): number {
  return 0.5 * (Math.log(laspeyres(p0, pt, q0)) + Math.log(paasche(p0, pt, qt)));
}

/** Fisher ideal index √(P_L · P_P). */
export function fisher(p0: ArrayLike<number>, pt: ArrayLike<number>, q0: ArrayLike<number>, qt: ArrayLike<number>): number {
  return Math.sqrt(laspeyres(p0, pt, q0) * paasche(p0, pt, qt));
}

/** ln of the Törnqvist index, Σ ½ (s_0 + s_t) ln(p_t / p_0). */
export function logTornqvist(p0: ArrayLike<number>, pt: ArrayLike<number>, q0: ArrayLike<number>, qt: ArrayLike<number>): number {
  const n = p0.length;
  checkLengths(n, pt, q0, qt);
  const v0 = dot(p0, q0);
  const vt = dot(pt, qt);
  return compensatedSum(n, (i) => {
    const a = p0[i] as number;
    const b = pt[i] as number;
    const s = 0.5 * ((a * (q0[i] as number)) / v0 + (b * (qt[i] as number)) / vt);
    return s === 0 ? 0 : s * Math.log(b / a);
  });
}

/** Törnqvist (Törnqvist–Theil) index. */
export function tornqvist(p0: ArrayLike<number>, pt: ArrayLike<number>, q0: ArrayLike<number>, qt: ArrayLike<number>): number {
  return Math.exp(logTornqvist(p0, pt, q0, qt));
}

/** Walsh: Σ p_t √(q_0 q_t) / Σ p_0 √(q_0 q_t). */
export function walsh(p0: ArrayLike<number>, pt: ArrayLike<number>, q0: ArrayLike<number>, qt: ArrayLike<number>): number {
  const n = p0.length;
  checkLengths(n, pt, q0, qt);
  const w = (i: number) => Math.sqrt((q0[i] as number) * (qt[i] as number));
  const num = compensatedSum(n, (i) => (pt[i] as number) * w(i));
  const den = compensatedSum(n, (i) => (p0[i] as number) * w(i));
  return num / den;
}

/** ln of the Jevons index, the mean of ln(p_t / p_0). */
export function logJevons(p0: ArrayLike<number>, pt: ArrayLike<number>): number {
  const n = p0.length;
  checkLengths(n, pt);
  return compensatedSum(n, (i) => Math.log((pt[i] as number) / (p0[i] as number))) / n;
}

/** Jevons: geometric mean of the price relatives. */
export function jevons(p0: ArrayLike<number>, pt: ArrayLike<number>): number {
  return Math.exp(logJevons(p0, pt));
}

/** Dutot: ratio of the arithmetic mean prices, Σ p_t / Σ p_0. */
export function dutot(p0: ArrayLike<number>, pt: ArrayLike<number>): number {
  const n = p0.length;
  checkLengths(n, pt);
  return compensatedSum(n, (i) => pt[i] as number) / compensatedSum(n, (i) => p0[i] as number);
}

/** Carli: arithmetic mean of the price relatives. */
export function carli(p0: ArrayLike<number>, pt: ArrayLike<number>): number {
  const n = p0.length;
  checkLengths(n, pt);
  return compensatedSum(n, (i) => (pt[i] as number) / (p0[i] as number)) / n;
}

/** Harmonic mean of the price relatives (Coggeshall). */
export function harmonic(p0: ArrayLike<number>, pt: ArrayLike<number>): number {
  const n = p0.length;
  checkLengths(n, pt);
  return n / compensatedSum(n, (i) => (p0[i] as number) / (pt[i] as number));
}

/** The quantities a weighted formula needs, or a RangeError naming the formula. */
function quantities(formula: BilateralFormula, q: ArrayLike<number> | undefined): ArrayLike<number> {
  if (q === undefined) throw new RangeError(`the ${formula} index needs quantities`);
  return q;
}

/** Any bilateral formula by name. Weighted formulas need `q0` and `qt`. */
export function bilateralIndex(formula: BilateralFormula, m: MatchedPrices): number {
  const { p0, pt, q0, qt } = m;
  const need = (q: ArrayLike<number> | undefined) => quantities(formula, q);
  switch (formula) {
    case 'laspeyres':
      return laspeyres(p0, pt, need(q0));
    case 'paasche':
      return paasche(p0, pt, need(qt));
    case 'fisher':
      return fisher(p0, pt, need(q0), need(qt));
    case 'tornqvist':
      return tornqvist(p0, pt, need(q0), need(qt));
    case 'walsh':
      return walsh(p0, pt, need(q0), need(qt));
    case 'jevons':
      return jevons(p0, pt);
    case 'dutot':
      return dutot(p0, pt);
    case 'carli':
      return carli(p0, pt);
  }
}

/** ln of any bilateral formula by name (what chaining and GEKS add up). */
export function bilateralLogIndex(formula: BilateralFormula, m: MatchedPrices): number {
  const { p0, pt, q0, qt } = m;
  const need = (q: ArrayLike<number> | undefined) => quantities(formula, q);
  switch (formula) {
    case 'laspeyres':
      return Math.log(laspeyres(p0, pt, need(q0)));
    case 'paasche':
      return Math.log(paasche(p0, pt, need(qt)));
    case 'fisher':
      return logFisher(p0, pt, need(q0), need(qt));
    case 'tornqvist':
      return logTornqvist(p0, pt, need(q0), need(qt));
    case 'walsh':
      return Math.log(walsh(p0, pt, need(q0), need(qt)));
    case 'jevons':
      return logJevons(p0, pt);
    case 'dutot':
      return Math.log(dutot(p0, pt));
    case 'carli':
      return Math.log(carli(p0, pt));
  }
}
