/**
 * The one seeded PRNG: Mulberry32 steps (the demo market's algorithm). Same
 * seed → same numbers on every machine and Node version, so the demo market,
 * the demo index history, the load planner's plans and the benchmarks'
 * corpora are reproducible. Never Math.random where output must repeat.
 * @example
 * ```ts
 * const rng = new Rng(42);
 * const price = rng.int(100, 999); // same value for seed 42 everywhere
 * const other = rng.fork(1); // an independent stream
 * ```
 */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** [0, 1) */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [lo, hi] */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** Log-uniform in [lo, hi]: prices and quantities spread over orders of magnitude. */
  logUniform(lo: number, hi: number): number {
    return Math.exp(Math.log(lo) + this.next() * (Math.log(hi) - Math.log(lo)));
  }
  /** Standard normal (Box–Muller; one draw of two numbers). */
  gauss(): number {
    const u = Math.max(this.next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
  /** A derived generator for an independent stream (e.g. one per product), from the current state and `salt`. */
  fork(salt: number): Rng {
    return new Rng(Math.imul(this.s ^ salt, 0x9e3779b1) ^ Math.imul(salt, 0x85ebca6b));
  }
}

/** The same generator as a plain function returning [0, 1). */
export function makeRng(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}
