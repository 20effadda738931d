/**
 * Numerically careful summation for the index formulas.
 *
 * All sums use Neumaier's improved Kahan–Babuška compensated summation
 * (Neumaier 1974), whose error bound does not grow with the number of terms;
 * products of many relatives are computed as exp of a compensated sum of logs.
 */

/**
 * Compensated (Neumaier) sum of the `n` terms `term(0) … term(n−1)`, without
 * building an array; the rounding error does not grow with `n`. Returns the sum.
 * @example
 * ```ts
 * compensatedSum(3, (i) => i + 1); // 6
 * compensatedSum(n, (i) => w[i] * Math.log(rel[i])); // a weighted log sum
 * ```
 */
export function compensatedSum(n: number, term: (i: number) => number): number {
  let sum = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const x = term(i);
    const t = sum + x;
    if (Math.abs(sum) >= Math.abs(x)) c += sum - t + x;
    else c += x - t + sum;
    sum = t;
  }
  return sum + c;
}

/**
 * Compensated (Neumaier) sum of an array or typed array. Unlike a naive loop it
 * keeps the small terms that a large partial sum would swallow.
 * @example
 * ```ts
 * sumOf([1e16, 1, -1e16]); // 1 (a naive sum gives 0)
 * sumOf(new Float64Array([0.1, 0.2, 0.3])); // 0.6
 * ```
 */
export function sumOf(values: ArrayLike<number>): number {
  return compensatedSum(values.length, (i) => values[i] as number);
}

/**
 * Compensated dot product Σ a_i b_i of two equally long arrays (the expenditure
 * sums Σ p q of the weighted formulas).
 * @example
 * ```ts
 * dot([1, 2], [3, 4]); // 11
 * const value = dot(prices, quantities);
 * ```
 */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return compensatedSum(a.length, (i) => (a[i] as number) * (b[i] as number));
}

/**
 * A running compensated (Neumaier) sum, for loops that cannot be written as
 * `term(i)`. Mutable on purpose (one object per accumulator, not per term);
 * `value` is the sum so far.
 * @example
 * ```ts
 * const acc = new Accumulator();
 * for (const x of [1e16, 1, -1e16]) acc.add(x);
 * acc.value; // 1
 * ```
 */
export class Accumulator {
  private sum = 0;
  private c = 0;
  add(x: number): void {
    const t = this.sum + x;
    if (Math.abs(this.sum) >= Math.abs(x)) this.c += this.sum - t + x;
    else this.c += x - t + this.sum;
    this.sum = t;
  }
  get value(): number {
    return this.sum + this.c;
  }
}

/**
 * Natural ("human") order of period labels, as an `Array#sort` comparator: digit
 * runs compare as unbounded integers ("2024-W9" before "2024-W10"), the rest as
 * text. Returns a negative number, 0 or a positive number.
 * @example
 * ```ts
 * ['2024-W10', '2024-W9'].sort(naturalCompare); // ['2024-W9', '2024-W10']
 * ```
 */
export function naturalCompare(a: string, b: string): number {
  const ra = a.match(/\d+|\D+/g) ?? [];
  const rb = b.match(/\d+|\D+/g) ?? [];
  const n = Math.min(ra.length, rb.length);
  for (let i = 0; i < n; i++) {
    const x = ra[i] as string;
    const y = rb[i] as string;
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      // compare digit runs as unbounded integers: strip leading zeros, then length, then text
      const sx = x.replace(/^0+/, '');
      const sy = y.replace(/^0+/, '');
      if (sx.length !== sy.length) return sx.length - sy.length;
      if (sx !== sy) return sx < sy ? -1 : 1;
      if (x.length !== y.length) return x.length - y.length; // "01" after "1"
      continue;
    }
    return x < y ? -1 : 1;
  }
  return ra.length - rb.length;
}
