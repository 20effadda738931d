/**
 * Consignments larger than a dozen containers (docs/load-planner.md, "Large
 * consignments"): containers are filled in turn with the next waiting lots,
 * a cut lot is taken out and the container topped up with later lots that fit
 * whole; the last few containers are left to the cheapest-mix search.
 */
import { cargoOf, type Ctx, type Filled, fillOne, fitsEmpty, lotVolMm3, lowerBound, MIN_SHARE_MS } from './fill.ts';
import type { ShipmentInput } from './types.ts';
import { containerSpace, grams } from './units.ts';

/**
 * Fill containers one after another, each with the next waiting lots in input
 * order, using the type that carries the cargo cheapest (and still available),
 * until at most `stopAt` containers' worth is left (by volume and weight).
 */
export function fillInTurn(ctx: Ctx, start: readonly number[], used: number[], stopAt: number, left: () => number): { filled: Filled[]; waiting: number[] } {
  const { input } = ctx;
  const filled: Filled[] = [];
  let waiting = start.slice();
  for (;;) {
    if (waiting.every((n) => n === 0)) break;
    const cargo = cargoOf(input.lots, waiting);
    const k = bulkType(input, waiting, used, cargo);
    if (k < 0) break;
    const rest = remainingBound(input, k, cargo);
    if (rest <= stopAt) break;
    // A fill packs 2–4 times (a lot cut in two is taken out and the rest topped up).
    const share = Math.max(MIN_SHARE_MS, Math.min(2000, left() / (3.5 * rest)));
    const now = waiting;
    const f = fillOne(ctx, k, candidates(input, now, k, new Set()), share, (out, whole) => gapFill(input, now, k, out, whole), BULK_BLOCKS);
    if (f.result.placements.length === 0) break;
    filled.push(f);
    used[k]!++;
    waiting = waiting.map((n, i) => n - f.placed[i]!);
  }
  return { filled, waiting };
}

/**
 * The least time a shipment's plan takes whatever its limit (ms, a generous
 * estimate for a worker's timeout): a consignment above `maxContainers`
 * containers is filled container by container, and each fill packs 2–4 times
 * (about 70 ms a container on this project's 2-core machine; 120 ms allowed).
 * @example
 * ```ts
 * const timeoutMs = Math.max(limitMs, planFloorMs(input)) + 10_000;
 * ```
 */
export function planFloorMs(input: ShipmentInput, maxContainers = 12): number {
  const n = input.lots.length === 0 ? 0 : lowerBound(input);
  return n > maxContainers ? n * 120 : 0;
}

/** Below this many containers the rest is planned as a cheapest mix. */
export const TAIL_CONTAINERS = 3;
/**
 * Blocks per container fill of a large consignment (6,000 otherwise): building
 * blocks is most of a fill's time, and at 2,000 lots 2,000 blocks gave the same
 * number of containers (165) in a third of the time (measured, docs/load-planner.md).
 */
export const BULK_BLOCKS = 2000;
/** Candidate lots offered to one container: up to this multiple of its volume or payload. */
const CANDIDATE_FILL = 1.3;

/**
 * The available type that carries the waiting cargo cheapest: price per share
 * of the cargo it can hold, by volume and by weight at the cargo's own
 * density; only types every waiting carton fits in. -1 when none is left.
 */
function bulkType(input: ShipmentInput, waiting: readonly number[], used: readonly number[], cargo: { vol: number; wt: number }): number {
  const { vol, wt } = cargo;
  let best = -1;
  let bestCost = Infinity;
  input.containers.forEach((c, k) => {
    if ((c.available ?? Infinity) <= used[k]!) return;
    const s = containerSpace(c);
    const share = Math.min((s.L * s.W * s.H) / Math.max(1, vol), s.maxWeight / Math.max(1, wt));
    const cost = (c.priceMinor + 1) / share;
    if (cost < bestCost && input.lots.every((l, i) => waiting[i] === 0 || fitsEmpty(l, c))) {
      bestCost = cost;
      best = k;
    }
  });
  return best;
}

/** Fewest containers of type `k` that could hold the waiting cartons, by volume and weight. */
function remainingBound(input: ShipmentInput, k: number, cargo: { vol: number; wt: number }): number {
  const s = containerSpace(input.containers[k]!);
  const { vol, wt } = cargo;
  return Math.max(Math.ceil(vol / (s.L * s.W * s.H)), Math.ceil(wt / s.maxWeight));
}

/**
 * The waiting lots offered to the next container: in input order, until they
 * hold `CANDIDATE_FILL` times its volume or payload (a lot cut by the previous
 * container comes first, so it is finished next).
 */
function candidates(input: ShipmentInput, waiting: readonly number[], k: number, except: ReadonlySet<number>): number[] {
  const s = containerSpace(input.containers[k]!);
  const out = waiting.map(() => 0);
  let vol = 0;
  let wt = 0;
  for (let i = 0; i < waiting.length; i++) {
    const n = waiting[i]!;
    if (n === 0 || except.has(i)) continue;
    out[i] = n;
    vol += lotVolMm3({ ...input.lots[i]!, count: n });
    wt += n * grams(input.lots[i]!.grossKg);
    if (vol >= CANDIDATE_FILL * s.L * s.W * s.H || wt >= CANDIDATE_FILL * s.maxWeight) break;
  }
  return out;
}

/**
 * After a packing that cut a lot: the lots it placed whole, and then later
 * waiting lots (input order, skipping `except`) that fit whole in the room
 * left, by volume and weight, up to `GAP_FILL` of the container.
 */
function gapFill(input: ShipmentInput, waiting: readonly number[], k: number, except: ReadonlySet<number>, whole: readonly number[]): number[] {
  const s = containerSpace(input.containers[k]!);
  const cap = GAP_FILL * s.L * s.W * s.H;
  const out = whole.slice();
  let { vol, wt } = cargoOf(input.lots, whole);
  for (let i = 0; i < waiting.length && vol < cap; i++) {
    const n = waiting[i]!;
    if (n === 0 || except.has(i) || out[i]! > 0) continue;
    const v = lotVolMm3({ ...input.lots[i]!, count: n });
    const w = n * grams(input.lots[i]!.grossKg);
    if (vol + v > cap || wt + w > s.maxWeight) continue;
    out[i] = n;
    vol += v;
    wt += w;
  }
  return out;
}

/**
 * The share of a container's volume a top-up aims at (about what block building
 * reaches on mixed lots; 0.85 / 0.90 / 0.95 gave 173 / 168 / 172 containers at 2,000 lots).
 */
const GAP_FILL = 0.9;
