/**
 * Filling one container of a shipment (shared by the cheapest-mix search and
 * the in-turn fill of large consignments): the lots with cartons waiting go
 * into the single-container search, and a lot it cuts that could travel whole
 * is taken out and the container packed again.
 */
import { orientationsOf } from './orientations.ts';
import { packContainer } from './planner.ts';
import type { ContainerTypeInput, LotInput, PackResult, ShipmentInput } from './types.ts';
import { cartonMm, containerSpace, grams, lotProblem } from './units.ts';

export interface Filled {
  type: number;
  result: PackResult;
  /** Cartons of each lot placed in this container. */
  placed: number[];
}

export const lotVolMm3 = (l: LotInput): number => l.count * cartonMm(l.lengthCm) * cartonMm(l.widthCm) * cartonMm(l.heightCm);

/** Volume (mm³) and weight (g) of `counts` cartons of each lot (default: every carton). */
export function cargoOf(lots: readonly LotInput[], counts?: readonly number[]): { vol: number; wt: number } {
  let vol = 0;
  let wt = 0;
  lots.forEach((l, i) => {
    const n = counts ? counts[i]! : l.count;
    if (n > 0) {
      vol += lotVolMm3({ ...l, count: n });
      wt += n * grams(l.grossKg);
    }
  });
  return { vol, wt };
}

export function fitsEmpty(l: LotInput, c: ContainerTypeInput): boolean {
  const s = containerSpace(c);
  if (grams(l.grossKg) > s.maxWeight) return false;
  const dims = [cartonMm(l.lengthCm), cartonMm(l.widthCm), cartonMm(l.heightCm)] as const;
  return orientationsOf({ dims, verticalAllowed: l.verticalAllowed ?? [true, true, true] }).some(([a, b, h]) => a <= s.L && b <= s.W && h <= s.H);
}

/** Containers one plan may need at most (a 2,000-lot consignment needs about 150–170 40HQs). */
export const MAX_PLAN_CONTAINERS = 250;

export interface Ctx {
  input: ShipmentInput;
  support: boolean;
  seed: number;
  maxWork: number | undefined;
  deadline: number;
}

/** Each container of a large consignment gets at least this much search time (ms). */
export const MIN_SHARE_MS = 5;
/** Top-ups of a container before it keeps only the lots it placed whole. */
const REFILLS = 3;

/**
 * Pack one container with the waiting cartons; keep lots whole where possible.
 * `refill`, when given, picks the cartons to offer again once some lots are
 * taken out (so a large consignment tops the container up with later lots).
 */
export function fillOne(
  ctx: Ctx,
  typeIdx: number,
  waiting: readonly number[],
  timeMs: number,
  refill?: (out: ReadonlySet<number>, whole: readonly number[]) => number[],
  maxBlocks?: number,
): Filled {
  const { lots } = ctx.input;
  const ct = ctx.input.containers[typeIdx]!;
  const cVol = containerSpace(ct);
  const capacity = cVol.L * cVol.W * cVol.H;
  let counts = waiting.slice();
  const out = new Set<number>();
  for (let attempt = 0; ; attempt++) {
    // Only the lots with cartons waiting go into the packing problem.
    const idx = counts.flatMap((n, i) => (n > 0 ? [i] : []));
    const sub = packContainer(
      lotProblem(
        idx.map((i) => lots[i]!),
        ct,
        idx.map((i) => counts[i]!),
      ),
      {
        support: ctx.support,
        timeLimitMs: timeMs,
        seed: ctx.seed,
        groupLots: true,
        loadFromBack: true,
        ...(maxBlocks !== undefined ? { maxBlocks } : {}),
        ...(ctx.maxWork !== undefined ? { maxWork: ctx.maxWork } : {}),
      },
    );
    const unplaced = counts.map(() => 0);
    idx.forEach((i, j) => {
      unplaced[i] = sub.unplaced[j]!;
    });
    const result: PackResult = { ...sub, placements: sub.placements.map((p) => ({ ...p, type: idx[p.type]! })), unplaced };
    const placed = counts.map((n, i) => n - result.unplaced[i]!);
    // Lots cut in two that would fit whole in an empty container: take them out.
    // (A lot too large or too heavy for one container is split, and reported.)
    const drop = placed
      .map((p, i) => {
        if (!(p > 0 && p < counts[i]!)) return -1;
        const whole = { ...lots[i]!, count: counts[i]! };
        const tooBig = lotVolMm3(whole) >= 0.9 * capacity || counts[i]! * grams(whole.grossKg) > cVol.maxWeight;
        return tooBig ? -1 : i;
      })
      .filter((i) => i >= 0);
    // Keep a split rather than leave the container empty.
    const onlyDropped = placed.every((p, i) => p === 0 || drop.includes(i));
    if (drop.length === 0 || onlyDropped) return { type: typeIdx, result, placed };
    for (const i of drop) out.add(i);
    if (attempt < REFILLS)
      counts = refill
        ? refill(
            out,
            counts.map((n, i) => (placed[i] === n ? n : 0)),
          )
        : counts.map((n, i) => (drop.includes(i) ? 0 : n));
    else {
      // Still cutting a lot: keep only the lots this packing placed whole, so
      // the set shrinks every time and the rule holds in the end.
      const whole = counts.map((n, i) => (placed[i] === n ? n : 0));
      if (whole.every((n) => n === 0)) return { type: typeIdx, result, placed };
      counts = whole;
    }
  }
}

/** Fewest containers of one type that could carry the whole cargo, by volume and weight, over the offered types. */
export function lowerBound(input: ShipmentInput): number {
  const { vol, wt } = cargoOf(input.lots);
  return Math.min(
    ...input.containers.map((c) => {
      const s = containerSpace(c);
      return Math.max(Math.ceil(vol / (s.L * s.W * s.H)), Math.ceil(wt / s.maxWeight));
    }),
  );
}
