/**
 * The random inspection draw (双随机), pure and deterministic: the same
 * population, rates, size, inspectors and seed give the same list on every
 * machine. Algorithm `stratified-mulberry32-v1` (docs/credit-governance.md):
 *
 * 1. Strata: the population split by class A, B, C, D; each stratum sorted by
 *    entity id (so the input order never matters).
 * 2. Quotas: stratum k of N_k entities wants r_k·N_k. Without a size, quota_k
 *    = round-half-up(r_k·N_k). With a size S, the wants are scaled to sum to
 *    min(S, Σ N_k) by largest remainder (ties to the riskier class, D first),
 *    never above N_k (an excess goes to the other strata in the same way).
 * 3. Selection: stratum k uses its own stream `new Rng(seed).fork(k+1)` (k = 0
 *    for A … 3 for D) and takes the first quota_k of a partial Fisher–Yates
 *    shuffle: for i = 0 … quota_k−1, j = i + ⌊u·(N_k−i)⌋, swap i and j.
 * 4. Order and inspectors: the chosen entities in class order A…D, each in
 *    selection order; inspectors from stream `fork(99)`: for each entity, `per`
 *    distinct names by a partial Fisher–Yates over the inspector list.
 */
import { createHash } from 'node:crypto';
import { Rng } from '../../../core/random.ts';
import type { ClassRates, CreditClass } from './tables.ts';

export const DRAW_ALGORITHM = 'stratified-mulberry32-v1';
export const CLASSES: readonly CreditClass[] = ['A', 'B', 'C', 'D'];

export interface DrawInput {
  population: readonly { entityId: number; class: CreditClass }[];
  rates: ClassRates;
  size: number | null;
  inspectors: readonly string[];
  perEntity: number;
  seed: number;
}
export interface Drawn {
  seq: number;
  entityId: number;
  class: CreditClass;
  inspectors: string[];
}

/** How many to draw from each class (step 2). */
export function quotas(counts: Record<CreditClass, number>, rates: ClassRates, size: number | null): Record<CreditClass, number> {
  const q = { A: 0, B: 0, C: 0, D: 0 };
  if (size === null) {
    for (const c of CLASSES) q[c] = Math.min(counts[c], Math.floor(rates[c] * counts[c] + 0.5));
    return q;
  }
  let left = Math.min(
    size,
    CLASSES.reduce((s, c) => s + counts[c], 0),
  );
  let open = CLASSES.filter((c) => counts[c] > 0 && rates[c] > 0);
  while (left > 0 && open.length > 0) {
    const weight = open.reduce((s, c) => s + rates[c] * (counts[c] - q[c]), 0);
    if (weight <= 0) break;
    const share = open.map((c) => ({ c, x: (left * rates[c] * (counts[c] - q[c])) / weight }));
    let given = 0;
    for (const s of share) {
      const n = Math.min(Math.floor(s.x), counts[s.c] - q[s.c]);
      q[s.c] += n;
      given += n;
    }
    // largest remainder, ties to the riskier class
    const rest = share
      .filter((s) => q[s.c] < counts[s.c])
      .sort((a, b) => b.x - Math.floor(b.x) - (a.x - Math.floor(a.x)) || CLASSES.indexOf(b.c) - CLASSES.indexOf(a.c));
    for (const s of rest) {
      if (given >= left) break;
      q[s.c] += 1;
      given += 1;
    }
    left -= given;
    open = open.filter((c) => q[c] < counts[c]);
    if (given === 0) break;
  }
  return q;
}

/** Run the draw (steps 1–4). */
export function draw(input: DrawInput): Drawn[] {
  const strata: Record<CreditClass, number[]> = { A: [], B: [], C: [], D: [] };
  for (const p of input.population) strata[p.class].push(p.entityId);
  for (const c of CLASSES) strata[c].sort((a, b) => a - b);
  const counts = { A: strata.A.length, B: strata.B.length, C: strata.C.length, D: strata.D.length };
  const q = quotas(counts, input.rates, input.size);
  const root = new Rng(input.seed >>> 0);
  const chosen: { entityId: number; class: CreditClass }[] = [];
  CLASSES.forEach((c, k) => {
    const xs = strata[c].slice();
    const rng = root.fork(k + 1);
    for (let i = 0; i < q[c]; i++) {
      const j = i + Math.floor(rng.next() * (xs.length - i));
      [xs[i], xs[j]] = [xs[j]!, xs[i]!];
      chosen.push({ entityId: xs[i]!, class: c });
    }
  });
  const per = Math.min(input.perEntity, input.inspectors.length);
  const irng = root.fork(99);
  return chosen.map((e, seq) => {
    const names = input.inspectors.slice();
    for (let i = 0; i < per; i++) {
      const j = i + Math.floor(irng.next() * (names.length - i));
      [names[i], names[j]] = [names[j]!, names[i]!];
    }
    return { seq: seq + 1, entityId: e.entityId, class: e.class, inspectors: names.slice(0, per) };
  });
}

/** SHA-256 of the population ("id:class" lines in entity id order) or of a draw ("seq:id:class:inspectors" lines): what `verify` compares. */
export function populationSha(population: readonly { entityId: number; class: CreditClass }[]): string {
  const sorted = population.slice().sort((a, b) => a.entityId - b.entityId);
  const h = createHash('sha256');
  for (let i = 0; i < sorted.length; i += 10_000)
    h.update(
      sorted
        .slice(i, i + 10_000)
        .map((p) => `${i === 0 && p === sorted[0] ? '' : '\n'}${p.entityId}:${p.class}`)
        .join(''),
    );
  return h.digest('hex');
}
export function drawSha(drawn: readonly Drawn[]): string {
  return createHash('sha256')
    .update(drawn.map((d) => `${d.seq}:${d.entityId}:${d.class}:${d.inspectors.join(',')}`).join('\n'))
    .digest('hex');
}
