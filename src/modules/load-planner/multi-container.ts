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
  const cur = new Set(input.containers.map((c) => c.currency));
  if (cur.size > 1) throw invalid(`container prices must share one currency, got ${[...cur].join(', ')}`);
  for (const c of input.containers) {
    if (!Number.isInteger(c.priceMinor) || c.priceMinor < 0) throw invalid(`${c.code}: price must be a non-negative integer in minor units`);
    if (!/^[A-Z]{3}$/.test(c.currency)) throw invalid(`${c.code}: currency must be an ISO 4217 code`);
  }
}

interface Ctx {
  input: ShipmentInput;
  support: boolean;
  seed: number;
  maxWork: number | undefined;
  deadline: number;
}

/** Pack one container with the waiting cartons; keep lots whole where possible. */
function fillOne(ctx: Ctx, typeIdx: number, waiting: readonly number[], timeMs: number): Filled {
  const { lots } = ctx.input;
  const ct = ctx.input.containers[typeIdx]!;
  const cVol = containerSpace(ct);
  const capacity = cVol.L * cVol.W * cVol.H;
  let counts = waiting.slice();
  for (let attempt = 0; ; attempt++) {
    const result = packContainer(lotProblem(lots, ct, counts), {
      support: ctx.support,
      timeLimitMs: timeMs,
      seed: ctx.seed,
      groupLots: true,
      loadFromBack: true,
      ...(ctx.maxWork !== undefined ? { maxWork: ctx.maxWork } : {}),
    });
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
    if (drop.length === 0 || onlyDropped || attempt >= 3) return { type: typeIdx, result, placed };
    counts = counts.map((n, i) => (drop.includes(i) ? 0 : n));
  }
}

function enumerateMixes(input: ShipmentInput, maxContainers: number): number[][] {
  const cs = input.containers;
  const vol = input.lots.reduce((s, l) => s + lotVolMm3(l), 0);
  const wt = input.lots.reduce((s, l) => s + l.count * grams(l.grossKg), 0);
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
      if (!input.lots.every((l) => cs.some((c, k) => cur[k]! > 0 && fitsEmpty(l, c)))) return;
      out.push(cur.slice());
      return;
    }
    const max = Math.min(maxContainers - used, cs[i]!.available ?? Infinity);
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
  const mixes = enumerateMixes(input, options.maxContainers ?? 12);
  let bestTry: Filled[] | null = null;
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
    let waiting = all.slice();
    const filled: Filled[] = [];
    for (let j = 0; j < inst.length; j++) {
      if (waiting.every((n) => n === 0)) break;
      const share = Math.max(100, Math.min(8000, left() / (2 * (inst.length - j))));
      const f = fillOne(ctx, inst[j]!, waiting, share);
      if (f.result.placements.length === 0) continue;
      filled.push(f);
      waiting = waiting.map((n, i) => n - f.placed[i]!);
    }
    if (waiting.every((n) => n === 0)) return assemble(ctx, filled, t0);
    const vol = filled.reduce((s, f) => s + f.result.volume, 0);
    if (vol > bestVol) {
      bestVol = vol;
      bestTry = filled;
    }
    if (left() <= 0 && ctx.maxWork === undefined) break;
    if (mi >= 40) break;
  }
  return assemble(ctx, bestTry ?? [], t0);
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
