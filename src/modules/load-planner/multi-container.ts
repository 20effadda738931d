/**
 * Shipment planning: choose the cheapest mix of containers that carries every
 * lot, and pack each container with the single-container search.
 *
 * Mixes (how many of each offered type) are enumerated and sorted by total price;
 * mixes whose volume or payload cannot hold the cargo, or that leave a lot with
 * no container it fits in, are skipped. A mix is tried by filling its containers
 * largest first, each with all lots still waiting (lots in input order, each lot
 * one contiguous run). A lot only partly placed is taken out and the container
 * re-packed, unless the lot is too large for one container anyway (then it is
 * split, and reported). The first mix that carries everything is returned.
 */
import { invalid } from '../../core/errors.ts';
import { orientationsOf } from './orientations.ts';
import { packContainer } from './planner.ts';
import type { CartonPlacement, ContainerPlan, ContainerTypeInput, LotInput, PackResult, ShipmentInput, ShipmentOptions, ShipmentPlan } from './types.ts';
import { cartonMm, containerSpace, grams, lotProblem } from './units.ts';

interface Filled {
  type: number;
  result: PackResult;
  /** Cartons of each lot placed in this container. */
  placed: number[];
}

const lotVolMm3 = (l: LotInput): number => l.count * cartonMm(l.lengthCm) * cartonMm(l.widthCm) * cartonMm(l.heightCm);

function fitsEmpty(l: LotInput, c: ContainerTypeInput): boolean {
  const s = containerSpace(c);
  if (grams(l.grossKg) > s.maxWeight) return false;
  const dims = [cartonMm(l.lengthCm), cartonMm(l.widthCm), cartonMm(l.heightCm)] as const;
  return orientationsOf({ dims, verticalAllowed: l.verticalAllowed ?? [true, true, true] }).some(([a, b, h]) => a <= s.L && b <= s.W && h <= s.H);
}

/**
 * Check a shipment before planning: at least one container type, unique lot ids,
 * positive dimensions and integer counts, weights ≥ 0, some side allowed up,
 * every carton fitting some container, one currency and integer prices. Throws
 * `VALIDATION` naming the lot or container at fault.
 * @example
 * ```ts
 * checkShipmentInput({ lots, containers: [standardContainer('40HQ')] });
 * ```
 */
export function checkShipmentInput(input: ShipmentInput): void {
  if (input.containers.length === 0) throw invalid('no container type offered');
  const ids = new Set<string>();
  for (const l of input.lots) {
    if (ids.has(l.id)) throw invalid(`lot "${l.id}" appears twice`);
    ids.add(l.id);
    for (const [k, v] of [
      ['count', l.count],
      ['length', l.lengthCm],
      ['width', l.widthCm],
      ['height', l.heightCm],
    ] as const)
      if (!(Number.isFinite(v) && v > 0)) throw invalid(`lot "${l.id}": ${k} must be a positive number`);
    if (!Number.isInteger(l.count)) throw invalid(`lot "${l.id}": count must be an integer`);
    if (!(Number.isFinite(l.grossKg) && l.grossKg >= 0)) throw invalid(`lot "${l.id}": gross weight must be ≥ 0`);
    if (l.verticalAllowed && !l.verticalAllowed.some(Boolean)) throw invalid(`lot "${l.id}": no side may stand up`);
    if (!input.containers.some((c) => fitsEmpty(l, c))) throw invalid(`lot "${l.id}": a carton fits in none of the offered containers`);
  }
  const need = lowerBound(input);
  if (need > MAX_PLAN_CONTAINERS)
    throw invalid(`the cargo needs at least ${need} containers; one plan carries at most ${MAX_PLAN_CONTAINERS}: split the shipment`);
  const cur = new Set(input.containers.map((c) => c.currency));
  if (cur.size > 1) throw invalid(`container prices must share one currency, got ${[...cur].join(', ')}`);
  for (const c of input.containers) {
    if (!Number.isInteger(c.priceMinor) || c.priceMinor < 0) throw invalid(`${c.code}: price must be a non-negative integer in minor units`);
    if (!/^[A-Z]{3}$/.test(c.currency)) throw invalid(`${c.code}: currency must be an ISO 4217 code`);
  }
}

/** Containers one plan may need at most (a 2,000-lot consignment needs about 150–170 40HQs). */
export const MAX_PLAN_CONTAINERS = 250;

interface Ctx {
  input: ShipmentInput;
  support: boolean;
  seed: number;
  maxWork: number | undefined;
  deadline: number;
}

/**
 * Pack one container with the waiting cartons; keep lots whole where possible.
 * `refill`, when given, picks the cartons to offer again once some lots are
 * taken out (so a large consignment tops the container up with later lots).
 */
function fillOne(
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

function enumerateMixes(input: ShipmentInput, maxContainers: number, counts: readonly number[], usedBefore?: readonly number[]): number[][] {
  const cs = input.containers;
  const vol = input.lots.reduce((s, l, i) => s + (counts[i]! > 0 ? lotVolMm3({ ...l, count: counts[i]! }) : 0), 0);
  const wt = input.lots.reduce((s, l, i) => s + counts[i]! * grams(l.grossKg), 0);
  const out: number[][] = [];
  const cur = new Array<number>(cs.length).fill(0);
  const rec = (i: number, used: number): void => {
    if (out.length > 200_000) return;
    if (i === cs.length) {
      if (used === 0) return;
      let cap = 0,
        pay = 0;
      cs.forEach((c, k) => {
        const s = containerSpace(c);
        cap += cur[k]! * s.L * s.W * s.H;
        pay += cur[k]! * s.maxWeight;
      });
      if (cap < vol || pay < wt) return;
      if (!input.lots.every((l, li) => counts[li] === 0 || cs.some((c, k) => cur[k]! > 0 && fitsEmpty(l, c)))) return;
      out.push(cur.slice());
      return;
    }
    const max = Math.min(maxContainers - used, (cs[i]!.available ?? Infinity) - (usedBefore?.[i] ?? 0));
    for (let n = 0; n <= max; n++) {
      cur[i] = n;
      rec(i + 1, used + n);
    }
    cur[i] = 0;
  };
  rec(0, 0);
  const price = (m: number[]): number => m.reduce((s, n, k) => s + n * cs[k]!.priceMinor, 0);
  const count = (m: number[]): number => m.reduce((s, n) => s + n, 0);
  return out.sort((a, b) => price(a) - price(b) || count(a) - count(b));
}

/**
 * Plan a shipment: the cheapest container mix carrying every lot (or the best single fill).
 * Throws `VALIDATION` for bad input (see `checkShipmentInput`); a shipment that
 * does not fit is a plan with `complete: false` and its `unplaced` cartons.
 * @example
 * ```ts
 * const plan = planShipment(
 *   { lots: lotsFromCsv(csv), containers: [standardContainer('20GP'), standardContainer('40HQ')] },
 *   { support: true, timeLimitMs: 5_000 },
 * );
 * console.log(plan.containers.map((c) => c.code), plan.totalPrice);
 * ```
 */
export function planShipment(input: ShipmentInput, options: ShipmentOptions = {}): ShipmentPlan {
  const t0 = performance.now();
  checkShipmentInput(input);
  const total = options.timeLimitMs ?? 20_000;
  const ctx: Ctx = {
    input,
    support: options.support ?? true,
    seed: options.seed ?? 1,
    maxWork: options.maxWorkPerContainer,
    deadline: t0 + total,
  };
  const { lots, containers } = input;
  const all = lots.map((l) => l.count);
  const left = (): number => Math.max(0, ctx.deadline - performance.now());

  if (options.mode === 'single') {
    const f = fillOne(ctx, 0, all, total);
    return assemble(ctx, [f], t0);
  }
  const maxContainers = options.maxContainers ?? 12;
  // A consignment larger than a dozen containers: fill the best-value type in
  // turn over the lots in order, then plan the last few as a cheapest mix.
  if (lowerBound(input) > maxContainers) {
    const used = containers.map(() => 0);
    const head = fillInTurn(ctx, all, used, TAIL_CONTAINERS, left);
    const tail = planMixes(ctx, head.waiting, enumerateMixes(input, maxContainers, head.waiting, used), left, true);
    if (tail.waiting.every((n) => n === 0)) return assemble(ctx, [...head.filled, ...tail.filled], t0);
    // No mix of the last few carried everything: go on in turn to the end.
    const rest = fillInTurn(ctx, head.waiting, used, 0, left);
    return assemble(ctx, [...head.filled, ...rest.filled], t0);
  }
  return assemble(ctx, planMixes(ctx, all, enumerateMixes(input, maxContainers, all), left).filled, t0);
}

/**
 * Fill containers one after another, each with the next waiting lots in input
 * order, using the type that carries the cargo cheapest (and still available),
 * until at most `stopAt` containers' worth is left (by volume and weight).
 */
function fillInTurn(ctx: Ctx, start: readonly number[], used: number[], stopAt: number, left: () => number): { filled: Filled[]; waiting: number[] } {
  const { input } = ctx;
  const filled: Filled[] = [];
  let waiting = start.slice();
  for (;;) {
    if (waiting.every((n) => n === 0)) break;
    const k = bulkType(input, waiting, used);
    if (k < 0) break;
    const rest = remainingBound(input, waiting, k);
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
const TAIL_CONTAINERS = 3;
/** Each container of a large consignment gets at least this much search time (ms). */
const MIN_SHARE_MS = 5;
/** Top-ups of a container before it keeps only the lots it placed whole. */
const REFILLS = 3;
/**
 * Blocks per container fill of a large consignment (6,000 otherwise): building
 * blocks is most of a fill's time, and at 2,000 lots 2,000 blocks gave the same
 * number of containers (165) in a third of the time (measured, docs/load-planner.md).
 */
const BULK_BLOCKS = 2000;
/** Candidate lots offered to one container: up to this multiple of its volume or payload. */
const CANDIDATE_FILL = 1.3;

/** Fewest containers of one type that could carry the whole cargo, by volume and weight, over the offered types. */
function lowerBound(input: ShipmentInput): number {
  const vol = input.lots.reduce((s, l) => s + lotVolMm3(l), 0);
  const wt = input.lots.reduce((s, l) => s + l.count * grams(l.grossKg), 0);
  return Math.min(
    ...input.containers.map((c) => {
      const s = containerSpace(c);
      return Math.max(Math.ceil(vol / (s.L * s.W * s.H)), Math.ceil(wt / s.maxWeight));
    }),
  );
}

/**
 * The available type that carries the waiting cargo cheapest: price per share
 * of the cargo it can hold, by volume and by weight at the cargo's own
 * density; only types every waiting carton fits in. -1 when none is left.
 */
function bulkType(input: ShipmentInput, waiting: readonly number[], used: readonly number[]): number {
  let vol = 0;
  let wt = 0;
  input.lots.forEach((l, i) => {
    if (waiting[i]! > 0) {
      vol += lotVolMm3({ ...l, count: waiting[i]! });
      wt += waiting[i]! * grams(l.grossKg);
    }
  });
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
function remainingBound(input: ShipmentInput, waiting: readonly number[], k: number): number {
  const s = containerSpace(input.containers[k]!);
  let vol = 0;
  let wt = 0;
  input.lots.forEach((l, i) => {
    if (waiting[i]! > 0) {
      vol += lotVolMm3({ ...l, count: waiting[i]! });
      wt += waiting[i]! * grams(l.grossKg);
    }
  });
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
  let vol = 0;
  let wt = 0;
  input.lots.forEach((l, i) => {
    if (whole[i]! > 0) {
      vol += lotVolMm3({ ...l, count: whole[i]! });
      wt += whole[i]! * grams(l.grossKg);
    }
  });
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

/** Try mixes cheapest first over the waiting cartons; the first that carries them all, or the fullest try. */
function planMixes(ctx: Ctx, start: readonly number[], mixes: number[][], left: () => number, mustFinish = false): { filled: Filled[]; waiting: number[] } {
  const { containers } = ctx.input;
  if (start.every((n) => n === 0)) return { filled: [], waiting: start.slice() };
  let bestTry: { filled: Filled[]; waiting: number[] } | null = null;
  let bestVol = -1;
  for (let mi = 0; mi < mixes.length; mi++) {
    const mix = mixes[mi]!;
    const inst: number[] = [];
    mix.forEach((n, k) => {
      for (let j = 0; j < n; j++) inst.push(k);
    });
    const volOf = (k: number): number => {
      const s = containerSpace(containers[k]!);
      return s.L * s.W * s.H;
    };
    inst.sort((a, b) => volOf(b) - volOf(a) || a - b);
    let waiting = start.slice();
    const filled: Filled[] = [];
    for (let j = 0; j < inst.length; j++) {
      if (waiting.every((n) => n === 0)) break;
      const share = Math.max(left() > 0 ? 100 : MIN_SHARE_MS, Math.min(8000, left() / (2 * (inst.length - j))));
      const f = fillOne(ctx, inst[j]!, waiting, share, undefined, mustFinish ? BULK_BLOCKS : undefined);
      if (f.result.placements.length === 0) continue;
      filled.push(f);
      waiting = waiting.map((n, i) => n - f.placed[i]!);
    }
    if (waiting.every((n) => n === 0)) return { filled, waiting };
    const vol = filled.reduce((s, f) => s + f.result.volume, 0);
    if (vol > bestVol) {
      bestVol = vol;
      bestTry = { filled, waiting };
    }
    // Out of time: stop, or (the last few containers of a large consignment) try a few more mixes.
    if (left() <= 0 && ctx.maxWork === undefined && (!mustFinish || mi >= 5)) break;
    if (mi >= 40) break;
  }
  return bestTry ?? { filled: [], waiting: start.slice() };
}

function assemble(ctx: Ctx, filled: Filled[], t0: number): ShipmentPlan {
  const { lots, containers } = ctx.input;
  const placedTotal = lots.map(() => 0);
  const inContainers = lots.map(() => 0);
  const plans: ContainerPlan[] = filled.map((f) => {
    const ct = containers[f.type]!;
    const seqBase = placedTotal.slice();
    const cartons: CartonPlacement[] = f.result.placements.map((p) => {
      const lot = lots[p.type]!;
      const seq = ++seqBase[p.type]!;
      return {
        lot: lot.id,
        owner: lot.owner,
        seq,
        xCm: p.x / 10,
        yCm: p.y / 10,
        zCm: p.z / 10,
        lengthCm: p.l / 10,
        widthCm: p.w / 10,
        heightCm: p.h / 10,
        grossKg: lot.grossKg,
      };
    });
    f.placed.forEach((n, i) => {
      placedTotal[i]! += n;
      if (n > 0) inContainers[i]!++;
    });
    const s = containerSpace(ct);
    const weightKg = cartons.reduce((a, c) => a + c.grossKg, 0);
    const m = weightKg > 0 ? (c: CartonPlacement): number => c.grossKg : (c: CartonPlacement): number => c.lengthCm * c.widthCm * c.heightCm;
    const msum = cartons.reduce((a, c) => a + m(c), 0) || 1;
    const cog = (f2: (c: CartonPlacement) => number): number => Math.round((cartons.reduce((a, c) => a + m(c) * f2(c), 0) / msum) * 10) / 10;
    const order: string[] = [];
    const perLot = new Map<string, number>();
    for (const c of cartons) {
      if (!perLot.has(c.lot)) {
        perLot.set(c.lot, 0);
        order.push(c.lot);
      }
      perLot.set(c.lot, perLot.get(c.lot)! + 1);
    }
    return {
      code: ct.code,
      insideCm: [ct.lengthCm, ct.widthCm, ct.heightCm],
      payloadKg: ct.payloadKg,
      priceMinor: ct.priceMinor,
      currency: ct.currency,
      cartons,
      loadedVolumeM3: Math.round(f.result.volume / 1e6) / 1e3,
      utilisation: Math.round((f.result.volume / (s.L * s.W * s.H)) * 1e4) / 1e4,
      weightKg: Math.round(weightKg * 1000) / 1000,
      centreOfGravityCm: cartons.length
        ? [cog((c) => c.xCm + c.lengthCm / 2), cog((c) => c.yCm + c.widthCm / 2), cog((c) => c.zCm + c.heightCm / 2)]
        : [0, 0, 0],
      lots: order.map((id) => ({ lot: id, owner: lots.find((l) => l.id === id)!.owner, cartons: perLot.get(id)! })),
    };
  });
  const unplaced = lots.map((l, i) => ({ lot: l.id, owner: l.owner, cartons: l.count - placedTotal[i]! })).filter((u) => u.cartons > 0);
  const totals = new Map<string, number>();
  for (const p of plans) totals.set(p.currency, (totals.get(p.currency) ?? 0) + p.priceMinor);
  return {
    containers: plans,
    totalPrice: [...totals].map(([currency, amountMinor]) => ({ currency, amountMinor })),
    complete: unplaced.length === 0,
    unplaced,
    splitLots: lots.filter((_, i) => inContainers[i]! > 1).map((l) => l.id),
    support: ctx.support,
    elapsedMs: Math.round(performance.now() - t0),
  };
}
