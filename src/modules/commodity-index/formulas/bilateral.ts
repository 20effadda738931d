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

/**
 * Laspeyres index P_L = Σ p_t q_0 / Σ p_0 q_0: the base-period basket priced at
 * period-t prices (CPI Manual 2004 ch. 15). Arrays are matched products; throws
 * RangeError for empty or unequal arrays.
 * @example
 * ```ts
 * const p0 = [1, 2], pt = [2, 2], q0 = [1, 1], qt = [1, 2];
 * laspeyres(p0, pt, q0); // 4 / 3 ≈ 1.3333
 * ```
 */
export function laspeyres(p0: ArrayLike<number>, pt: ArrayLike<number>, q0: ArrayLike<number>): number {
  checkLengths(p0.length, pt, q0);
  return dot(pt, q0) / dot(p0, q0);
}

/**
 * Paasche index P_P = Σ p_t q_t / Σ p_0 q_t: the current basket priced at both
 * periods (CPI Manual 2004 ch. 15). Throws RangeError for empty or unequal arrays.
 * @example
 * ```ts
 * const p0 = [1, 2], pt = [2, 2], q0 = [1, 1], qt = [1, 2];
 * paasche(p0, pt, qt); // 6 / 5 = 1.2
 * ```
 */
export function paasche(p0: ArrayLike<number>, pt: ArrayLike<number>, qt: ArrayLike<number>): number {
  checkLengths(p0.length, pt, qt);
  return dot(pt, qt) / dot(p0, qt);
}

/**
 * ln of the Fisher index, ½ (ln P_L + ln P_P): the form chaining and GEKS add up.
 * @example
 * ```ts
 * const p0 = [1, 2], pt = [2, 2], q0 = [1, 1], qt = [1, 2];
 * logFisher(p0, pt, q0, qt); // ≈ 0.2350 = ln 1.2649
 * ```
 */
export function logFisher(p0: ArrayLike<number>, pt: ArrayLike<number>, q0: ArrayLike<number>, qt: ArrayLike<number>): number {
  return 0.5 * (Math.log(laspeyres(p0, pt, q0)) + Math.log(paasche(p0, pt, qt)));
}

/**
 * Fisher ideal index P_F = √(P_L · P_P), the geometric mean of Laspeyres and
 * Paasche (Fisher 1922; CPI Manual 2004 ch. 15); satisfies time reversal.
 * @example
 * ```ts
 * const p0 = [1, 2], pt = [2, 2], q0 = [1, 1], qt = [1, 2];
 * fisher(p0, pt, q0, qt); // √(4/3 · 6/5) ≈ 1.2649
 * ```
 */
export function fisher(p0: ArrayLike<number>, pt: ArrayLike<number>, q0: ArrayLike<number>, qt: ArrayLike<number>): number {
  return Math.sqrt(laspeyres(p0, pt, q0) * paasche(p0, pt, qt));
}

/**
 * ln of the Törnqvist index, Σ ½ (s_0 + s_t) ln(p_t / p_0) with s the expenditure
 * shares p q / Σ p q; a product with zero share in both periods adds nothing.
 * @example
 * ```ts
 * const p0 = [1, 2], pt = [2, 2], q0 = [1, 1], qt = [1, 2];
 * logTornqvist(p0, pt, q0, qt); // ≈ 0.2310 = ⅓ ln 2
 * ```
 */
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

/**
 * Törnqvist (Törnqvist–Theil) index P_T = exp Σ ½ (s_0 + s_t) ln(p_t / p_0), the
 * share-weighted geometric mean of the price relatives (CPI Manual 2004 ch. 15).
 * @example
 * ```ts
 * const p0 = [1, 2], pt = [2, 2], q0 = [1, 1], qt = [1, 2];
 * tornqvist(p0, pt, q0, qt); // 2^(1/3) ≈ 1.2599
 * ```
 */
export function tornqvist(p0: ArrayLike<number>, pt: ArrayLike<number>, q0: ArrayLike<number>, qt: ArrayLike<number>): number {
  return Math.exp(logTornqvist(p0, pt, q0, qt));
}

/**
 * Walsh index P_W = Σ p_t √(q_0 q_t) / Σ p_0 √(q_0 q_t): a fixed basket of the
 * geometric mean quantities of both periods (CPI Manual 2004 ch. 15).
 * @example
 * ```ts
 * const p0 = [1, 2], pt = [2, 2], q0 = [1, 1], qt = [1, 2];
 * walsh(p0, pt, q0, qt); // ≈ 1.2612
 * ```
 */
export function walsh(p0: ArrayLike<number>, pt: ArrayLike<number>, q0: ArrayLike<number>, qt: ArrayLike<number>): number {
  const n = p0.length;
  checkLengths(n, pt, q0, qt);
  const w = (i: number) => Math.sqrt((q0[i] as number) * (qt[i] as number));
  const num = compensatedSum(n, (i) => (pt[i] as number) * w(i));
  const den = compensatedSum(n, (i) => (p0[i] as number) * w(i));
  return num / den;
}

/**
 * ln of the Jevons index, the mean of ln(p_t / p_0) (compensated sum).
 * @example
 * ```ts
 * logJevons([1, 1], [2, 8]); // ln 4 ≈ 1.3863
 * ```
 */
export function logJevons(p0: ArrayLike<number>, pt: ArrayLike<number>): number {
  const n = p0.length;
  checkLengths(n, pt);
  return compensatedSum(n, (i) => Math.log((pt[i] as number) / (p0[i] as number))) / n;
}

/**
 * Jevons index P_J = Π (p_t / p_0)^(1/n), the unweighted geometric mean of the
 * price relatives (CPI Manual 2004 ch. 20); the formula of the elementary
 * aggregates. Needs no quantities.
 * @example
 * ```ts
 * jevons([1, 1], [2, 8]); // √(2 · 8) = 4
 * ```
 */
export function jevons(p0: ArrayLike<number>, pt: ArrayLike<number>): number {
  return Math.exp(logJevons(p0, pt));
}

/**
 * Dutot index P_D = Σ p_t / Σ p_0, the ratio of the arithmetic mean prices
 * (CPI Manual 2004 ch. 20). Needs no quantities; depends on the price units.
 * @example
 * ```ts
 * dutot([1, 1], [2, 8]); // 10 / 2 = 5
 * ```
 */
export function dutot(p0: ArrayLike<number>, pt: ArrayLike<number>): number {
  const n = p0.length;
  checkLengths(n, pt);
  return compensatedSum(n, (i) => pt[i] as number) / compensatedSum(n, (i) => p0[i] as number);
}

/**
 * Carli index P_C = (1/n) Σ p_t / p_0, the arithmetic mean of the price
 * relatives (CPI Manual 2004 ch. 20); biased upwards, provided for comparison.
 * @example
 * ```ts
 * carli([1, 1], [2, 8]); // (2 + 8) / 2 = 5
 * ```
 */
export function carli(p0: ArrayLike<number>, pt: ArrayLike<number>): number {
  const n = p0.length;
  checkLengths(n, pt);
  return compensatedSum(n, (i) => (pt[i] as number) / (p0[i] as number)) / n;
}

/**
 * Harmonic mean of the price relatives, P_H = [(1/n) Σ p_0 / p_t]^-1 (Coggeshall),
 * used to check Carli ≥ Jevons ≥ harmonic.
 * @example
 * ```ts
 * harmonic([1, 1], [2, 8]); // 1 / ((1/2 + 1/8) / 2) = 3.2
 * ```
 */
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

/**
 * Any bilateral formula by name over one matched comparison. Weighted formulas
 * (laspeyres, paasche, fisher, tornqvist, walsh) need `q0`/`qt` and throw a
 * RangeError naming the formula without them. Returns the index (1 = no change).
 * @example
 * ```ts
 * bilateralIndex('jevons', { p0: [1, 1], pt: [2, 8] }); // 4
 * bilateralIndex('laspeyres', { p0: [1, 2], pt: [2, 2], q0: [1, 1] }); // ≈ 1.3333
 * ```
 */
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

/**
 * ln of any bilateral formula by name (what chaining and GEKS add up); the log
 * forms of Jevons, Fisher and Törnqvist are computed directly, without exp/log.
 * @example
 * ```ts
 * bilateralLogIndex('jevons', { p0: [1, 1], pt: [2, 8] }); // ln 4 ≈ 1.3863
 * ```
 */
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
