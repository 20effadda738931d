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
 * A consignment above a dozen containers is filled in turn (large-shipment.ts)
 * and only its last few containers are planned as a mix.
 */
import { invalid } from '../../core/errors.ts';
import { cargoOf, type Ctx, type Filled, fillOne, fitsEmpty, lowerBound, MAX_PLAN_CONTAINERS, MIN_SHARE_MS } from './fill.ts';
import { BULK_BLOCKS, fillInTurn, TAIL_CONTAINERS } from './large-shipment.ts';
import type { CartonPlacement, ContainerPlan, ShipmentInput, ShipmentOptions, ShipmentPlan } from './types.ts';
import { containerSpace } from './units.ts';

export { MAX_PLAN_CONTAINERS };
export { planFloorMs } from './large-shipment.ts';

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

function enumerateMixes(input: ShipmentInput, maxContainers: number, counts: readonly number[], usedBefore?: readonly number[]): number[][] {
  const cs = input.containers;
  const { vol, wt } = cargoOf(input.lots, counts);
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
