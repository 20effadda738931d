import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { standardContainer } from './containers.ts';
import { loadingList } from './loading-list.ts';
import { AppError } from '../../core/errors.ts';
import { lotsFromCsv } from './lots.ts';
import { planShipment } from './multi-container.ts';
import type { LotInput, ShipmentInput } from './types.ts';
import { validatePlan } from './validate-plan.ts';

const UP = [false, false, true] as const;
const lot = (id: string, count: number, l: number, w: number, h: number, kg = 10, up = true): LotInput => ({
  id,
  owner: `M-${id}`,
  count,
  lengthCm: l,
  widthCm: w,
  heightCm: h,
  grossKg: kg,
  ...(up ? { verticalAllowed: UP } : {}),
});

describe('planShipment: cheapest container mix', () => {
  it('cargo that fits one 40HQ but not one 40GP goes in one 40HQ', () => {
    // 12 × 2 × 2 cartons of 100 × 117 × 130 cm: two tiers need 260 cm of height.
    const input: ShipmentInput = { lots: [lot('A', 48, 100, 117, 130)], containers: ['20GP', '40GP', '40HQ'].map((c) => standardContainer(c)) };
    const plan = planShipment(input, { timeLimitMs: 8000, maxWorkPerContainer: 400 });
    assert.equal(plan.complete, true);
    assert.deepEqual(
      plan.containers.map((c) => c.code),
      ['40HQ'],
    );
    assert.deepEqual(validatePlan(input, plan).errors, []);
  });
  it('two 20GP beat one 40GP when cheaper, and each lot stays whole', () => {
    // 10 cartons of 100 × 117 × 230 cm fill one 20GP (5 × 2 × 1).
    const lots = [lot('A', 10, 100, 117, 230), lot('B', 10, 100, 117, 230)];
    const cheap20: ShipmentInput = { lots, containers: [standardContainer('20GP', 100_000), standardContainer('40GP', 260_000)] };
    const p1 = planShipment(cheap20, { timeLimitMs: 8000, maxWorkPerContainer: 400 });
    assert.deepEqual(
      p1.containers.map((c) => c.code),
      ['20GP', '20GP'],
    );
    assert.deepEqual(p1.totalPrice, [{ currency: 'USD', amountMinor: 200_000 }]);
    assert.deepEqual(p1.splitLots, []);
    assert.deepEqual(
      p1.containers.map((c) => c.lots.map((l) => l.lot)),
      [['A'], ['B']],
    );
    assert.deepEqual(validatePlan(cheap20, p1).errors, []);
    const dear20: ShipmentInput = { lots, containers: [standardContainer('20GP', 150_000), standardContainer('40GP', 260_000)] };
    const p2 = planShipment(dear20, { timeLimitMs: 8000, maxWorkPerContainer: 400 });
    assert.deepEqual(
      p2.containers.map((c) => c.code),
      ['40GP'],
    );
    assert.equal(p2.complete, true);
  });
  it('payload decides: heavy cartons need a second container', () => {
    const lots = [lot('H', 20, 50, 50, 50, 1500)]; // 30 t
    const input: ShipmentInput = { lots, containers: [standardContainer('20GP')] };
    const plan = planShipment(input, { timeLimitMs: 5000, maxWorkPerContainer: 300 });
    assert.equal(plan.containers.length, 2);
    assert.ok(plan.containers.every((c) => c.weightKg <= c.payloadKg));
    assert.deepEqual(validatePlan(input, plan).errors, []);
  });
  it('single mode reports what does not fit', () => {
    const input: ShipmentInput = { lots: [lot('A', 30, 100, 117, 230)], containers: [standardContainer('20GP')] };
    const plan = planShipment(input, { mode: 'single', timeLimitMs: 3000, maxWorkPerContainer: 300 });
    assert.equal(plan.complete, false);
    assert.equal(plan.containers[0]!.cartons.length, 10);
    assert.deepEqual(plan.unplaced, [{ lot: 'A', owner: 'M-A', cartons: 20 }]);
    assert.deepEqual(validatePlan(input, plan).errors, []);
  });
  it('every plan keeps every rule on random lot sets', () => {
    const arbLot = fc.record({
      count: fc.integer({ min: 1, max: 60 }),
      l: fc.integer({ min: 200, max: 1200 }),
      w: fc.integer({ min: 200, max: 900 }),
      h: fc.integer({ min: 150, max: 900 }),
      kg: fc.integer({ min: 1, max: 800 }),
      up: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbLot, { minLength: 1, maxLength: 4 }), fc.boolean(), (ls, support) => {
        const lots = ls.map((x, i) => lot(`L${i}`, x.count, x.l / 10, x.w / 10, x.h / 10, x.kg / 10, x.up));
        const input: ShipmentInput = { lots, containers: ['20GP', '40GP', '40HQ'].map((c) => standardContainer(c)) };
        const plan = planShipment(input, { support, timeLimitMs: 20_000, maxWorkPerContainer: 60 });
        assert.deepEqual(validatePlan(input, plan).errors, []);
        assert.equal(plan.complete, true);
        assert.ok(loadingList(plan).includes('Container 1'));
      }),
      { numRuns: 12, seed: 5 },
    );
  });
  it('a carton that fits no offered container, a zero count or no container is refused as VALIDATION', () => {
    const cs = [standardContainer('20GP')];
    assert.throws(
      () => planShipment({ lots: [lot('X', 1, 700, 50, 50)], containers: cs }),
      (e: unknown) => e instanceof AppError && e.code === 'VALIDATION' && /fits in none/.test(e.message),
    );
    assert.throws(() => planShipment({ lots: [lot('X', 0, 50, 50, 50)], containers: cs }), /count/);
    assert.throws(() => planShipment({ lots: [lot('X', 1, 50, 50, 50)], containers: [] }), /no container/);
  });
});

describe('lots from CSV', () => {
  it('reads the documented columns', () => {
    const lots = lotsFromCsv('lot,owner,count,length_cm,width_cm,height_cm,gross_kg,this_side_up\nA,M1,3,60,40,35.5,12.5,yes\n"B,2",M2,1,50,50,50,8,no\n');
    assert.equal(lots.length, 2);
    assert.deepEqual(lots[0], {
      id: 'A',
      owner: 'M1',
      count: 3,
      lengthCm: 60,
      widthCm: 40,
      heightCm: 35.5,
      grossKg: 12.5,
      verticalAllowed: [false, false, true],
    });
    assert.equal(lots[1]!.id, 'B,2');
    assert.deepEqual(lots[1]!.verticalAllowed, [true, true, true]);
  });
  it('a bad lots row is refused as BAD_SPREADSHEET naming the row', () => {
    assert.throws(() => lotsFromCsv('lot,owner,count,length_cm,width_cm,height_cm,gross_kg\nA,M,x,1,1,1,1'), /row 2: count/);
    assert.throws(
      () => lotsFromCsv('lot,owner,count\nA,M,1'),
      (e: unknown) => e instanceof AppError && e.code === 'BAD_SPREADSHEET' && /missing column/.test(e.message),
    );
    assert.throws(() => lotsFromCsv('lot,owner,count,length_cm,width_cm,height_cm,gross_kg,this_side_up\nA,M,1,1,1,1,1,maybe'), /this_side_up/);
  });
});

describe('planShipment: consignments larger than a dozen containers', () => {
  // A seeded mix of carton sizes and counts, about 20 × 40HQ by volume.
  const SIZES: [number, number, number][] = [
    [60, 40, 40],
    [55, 45, 35],
    [80, 60, 50],
    [48, 36, 30],
    [70, 50, 45],
    [100, 60, 40],
  ];
  let state = 7;
  const next = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const lots: LotInput[] = [];
  for (let i = 0; i < 130; i++) {
    const [l, w, h] = SIZES[Math.floor(next() * SIZES.length)]!;
    lots.push(lot(`L${i + 1}`, 20 + Math.floor(next() * 180), l, w, h, 4 + Math.floor(next() * 14), next() < 0.3));
  }
  const input: ShipmentInput = { lots, containers: [standardContainer('40HQ'), standardContainer('20GP')] };
  const volume = lots.reduce((s, x) => s + x.count * x.lengthCm * x.widthCm * x.heightCm, 0);
  const hq = 1203.2 * 235 * 269.3;

  it('carries every lot, each lot whole in one container, in few more containers than the volume bound', () => {
    const bound = Math.ceil(volume / hq);
    assert.ok(bound > 12, `the test cargo needs more than a dozen containers (${bound})`);
    const plan = planShipment(input, { timeLimitMs: 3000, maxWorkPerContainer: 300 });
    assert.equal(plan.complete, true);
    assert.deepEqual(plan.unplaced, []);
    assert.deepEqual(validatePlan(input, plan).errors, []);
    // No lot here is too large for one container, so none is split.
    assert.deepEqual(plan.splitLots, []);
    const placed = new Map<string, number>();
    for (const c of plan.containers) for (const l of c.lots) placed.set(l.lot, (placed.get(l.lot) ?? 0) + l.cartons);
    for (const l of lots) assert.equal(placed.get(l.id), l.count, l.id);
    assert.ok(plan.containers.length <= Math.ceil(bound * 1.25), `${plan.containers.length} containers for a bound of ${bound}`);
  });

  it('refuses a cargo beyond what one plan carries, saying how many containers it needs', () => {
    const huge: ShipmentInput = { lots: [lot('X', 20_000, 120, 110, 130, 20)], containers: [standardContainer('40HQ')] };
    assert.throws(
      () => planShipment(huge),
      (e: unknown) => e instanceof AppError && e.code === 'VALIDATION' && /at least \d+ containers/.test(e.message),
    );
  });
});
