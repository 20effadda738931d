/**
 * Exact arithmetic for the declaration split: decimals read into integers
 * (no float ever carries money, a rate or a weight), division rounded half up,
 * and largest-remainder apportionment so that the parts of a whole sum to it
 * exactly.
 */

/** A decimal as an integer numerator over 10^decimals: "7.1034" → { units: 71034n, decimals: 4 }. */
export interface ExactDecimal {
  units: bigint;
  decimals: number;
}

/**
 * A JSON value that should be a plain non-negative decimal, read exactly.
 * A string is read as written ("7.1034"); a JSON number by its shortest
 * round-trip text (`String(7.1)` is "7.1"), which is what was written for any
 * decimal of up to 15 significant digits. Exponent forms (1e-7) and anything
 * else give `undefined`.
 */
export function readDecimal(v: unknown, maxIntegerDigits = 15): ExactDecimal | undefined {
  let text: string;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return undefined;
    text = String(v);
  } else if (typeof v === 'string') text = v.trim();
  else return undefined;
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m || m[1]!.replace(/^0+(?=\d)/, '').length > maxIntegerDigits) return undefined;
  const frac = (m[2] ?? '').replace(/0+$/, '');
  return { units: BigInt(m[1]! + frac), decimals: frac.length };
}

/** Why `v` is not a decimal with at most `maxDecimals` places in (0, max], or undefined when it is one. */
export function decimalProblem(v: unknown, maxDecimals: number, max: number): string | undefined {
  const d = readDecimal(v);
  if (!d) return 'write a plain decimal number such as 12.5 (a JSON number or a string; no exponent)';
  if (d.decimals > maxDecimals) return `at most ${maxDecimals} decimal places`;
  if (d.units === 0n) return 'must be above zero';
  if (d.units > BigInt(max) * 10n ** BigInt(d.decimals)) return `at most ${max}`;
  return undefined;
}

/** A decimal with at most `decimals` places as an integer of 10^-decimals units: toScaled("12.5", 3) = 12_500. Assumes decimalProblem passed. */
export function toScaled(v: unknown, decimals: number): number {
  const d = readDecimal(v);
  if (!d || d.decimals > decimals) throw new RangeError(`${String(v)} is not a decimal with at most ${decimals} places`);
  return Number(d.units * 10n ** BigInt(decimals - d.decimals));
}

/** n / d (d > 0, n ≥ 0) rounded to the nearest integer, a half rounded up. */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  if (d <= 0n || n < 0n) throw new RangeError('divRoundHalfUp needs n ≥ 0 and d > 0');
  return (2n * n + d) / (2n * d);
}

/**
 * Apportion a non-negative integer `total` over `weights` (positive integers)
 * by the largest-remainder method: each part gets floor(total·w/W), and the
 * units left over go one each to the parts with the largest remainders
 * (total·w mod W), earlier parts first on a tie. The parts sum to `total`
 * exactly, and each is floor or ceil of its exact share.
 * @example
 * ```ts
 * apportion(100, [1, 1, 1]); // [34, 33, 33]
 * apportion(7, [3, 1]);      // [5, 2]  (exact shares 5.25 and 1.75)
 * ```
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const W = weights.reduce((a, b) => a + BigInt(b), 0n);
  if (W <= 0n) throw new RangeError('apportion needs a positive total weight');
  const T = BigInt(total);
  const parts = weights.map((w) => (T * BigInt(w)) / W);
  const rest = weights.map((w, i) => ({ i, r: (T * BigInt(w)) % W }));
  let left = Number(T - parts.reduce((a, b) => a + b, 0n));
  rest.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of rest) {
    if (left === 0) break;
    parts[i]! += 1n;
    left--;
  }
  return parts.map(Number);
}
