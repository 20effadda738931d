import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseBR } from './br-format.ts';
import { packContainer } from './planner.ts';
import type { CargoType, PackProblem } from './types.ts';
import { validatePacking } from './validate.ts';
import { brDir } from '../../../test/shared-data.ts';

const DIR = brDir();

const arbType = (groups: number): fc.Arbitrary<CargoType> =>
  fc.record({
    dims: fc.tuple(fc.integer({ min: 2, max: 18 }), fc.integer({ min: 2, max: 18 }), fc.integer({ min: 2, max: 18 })),
    verticalAllowed: fc
      .tuple(fc.boolean(), fc.boolean(), fc.boolean())
      .map((v) => (v.some(Boolean) ? v : ([false, false, true] as [boolean, boolean, boolean]))),
    count: fc.integer({ min: 1, max: 14 }),
    weight: fc.integer({ min: 0, max: 50 }),
    group: fc.integer({ min: 0, max: groups - 1 }),
  });

const arbProblem = (groups: number): fc.Arbitrary<PackProblem> =>
  fc.record({
    container: fc.record({
      L: fc.integer({ min: 15, max: 60 }),
      W: fc.integer({ min: 10, max: 40 }),
      H: fc.integer({ min: 10, max: 40 }),
      maxWeight: fc.oneof(fc.constant(Infinity), fc.integer({ min: 20, max: 600 })),
    }),
    types: fc.array(arbType(groups), { minLength: 1, maxLength: 5 }),
  });

describe('packContainer keeps every rule (property tests)', () => {
  for (const support of [true, false]) {
    it(`random instances, support ${support ? 'on' : 'off'}`, () => {
      fc.assert(
        fc.property(arbProblem(1), fc.integer({ min: 0, max: 1000 }), (p, seed) => {
          const r = packContainer(p, { support, seed, maxWork: 150, timeLimitMs: 5000 });
          const v = validatePacking(p, r.placements, { support, sequence: support });
          assert.deepEqual(v.errors, []);
          // bookkeeping agrees with the placements
          const vol = r.placements.reduce((s, q) => s + q.l * q.w * q.h, 0);
          assert.equal(r.volume, vol);
          r.unplaced.forEach((u, t) => assert.equal(u, p.types[t]!.count - r.placements.filter((q) => q.type === t).length));
        }),
        { numRuns: 150, seed: 42 },
      );
    });
  }
  it('random instances with z-joined general blocks (the default from 30 box types on)', () => {
    fc.assert(
      fc.property(arbProblem(2), fc.boolean(), (p, support) => {
        const r = packContainer(p, { support, joinZ: true, minFill: 0.9, maxWork: 150, timeLimitMs: 5000 });
        assert.deepEqual(validatePacking(p, r.placements, { support, sequence: support }).errors, []);
      }),
      { numRuns: 100, seed: 11 },
    );
  });
  it('random instances with lots: each lot one contiguous run, loaded from the back', () => {
    fc.assert(
      fc.property(arbProblem(3), (p) => {
        const r = packContainer(p, { support: true, maxWork: 150, timeLimitMs: 5000, groupLots: true, loadFromBack: true });
        assert.deepEqual(validatePacking(p, r.placements, { groupsContiguous: true }).errors, []);
      }),
      { numRuns: 60, seed: 7 },
    );
  });
  it('loads everything when it trivially fits', () => {
    const p: PackProblem = {
      container: { L: 100, W: 50, H: 50, maxWeight: Infinity },
      types: [{ dims: [10, 10, 10], verticalAllowed: [true, true, true], count: 125, weight: 1, group: 0 }],
    };
    const r = packContainer(p, { timeLimitMs: 2000 });
    assert.equal(r.placements.length, 125);
    assert.equal(r.unplaced[0], 0);
  });
  it('respects the payload', () => {
    const p: PackProblem = {
      container: { L: 100, W: 50, H: 50, maxWeight: 35 },
      types: [{ dims: [10, 10, 10], verticalAllowed: [true, true, true], count: 50, weight: 2, group: 0 }],
    };
    const r = packContainer(p, { timeLimitMs: 1000 });
    assert.ok(r.weight <= 35);
    assert.equal(r.placements.length, 17);
  });
});

describe('packContainer on BR problems', () => {
  const br7 = parseBR(readFileSync(`${DIR}/br7.txt`, 'utf8'));
  const br1 = parseBR(readFileSync(`${DIR}/br1.txt`, 'utf8'));
  it('is deterministic for a seed under a work bound', () => {
    const a = packContainer(br1[1]!, { seed: 3, maxWork: 3000, timeLimitMs: 60_000 });
    const b = packContainer(br1[1]!, { seed: 3, maxWork: 3000, timeLimitMs: 60_000 });
    assert.equal(a.stats.timedOut, false);
    assert.deepEqual(a.placements, b.placements);
  });
  it('strongly heterogeneous (BR10): valid, deterministic under a work bound, with and without support', () => {
    const br10 = parseBR(readFileSync(`${DIR}/br10.txt`, 'utf8'));
    for (const support of [true, false]) {
      const a = packContainer(br10[0]!, { support, seed: 2, maxWork: 2000, timeLimitMs: 60_000 });
      const b = packContainer(br10[0]!, { support, seed: 2, maxWork: 2000, timeLimitMs: 60_000 });
      assert.equal(a.stats.timedOut, false);
      assert.deepEqual(a.placements, b.placements);
      assert.deepEqual(validatePacking(br10[0]!, a.placements, { support, sequence: support }).errors, []);
      assert.ok(a.utilisation > 0.8, `utilisation ${a.utilisation}`);
    }
  });
  it('stops at its time limit with the best plan so far, and says so', () => {
    // A limit far below what the search would use: it must stop early, report it and still return a valid plan.
    const r = packContainer(br7[0]!, { timeLimitMs: 300 });
    assert.equal(r.stats.timedOut, true);
    assert.ok(r.utilisation > 0.8, `utilisation ${r.utilisation}`);
    assert.deepEqual(validatePacking(br7[0]!, r.placements).errors, []);
  });
  it('reaches a reasonable fill quickly, with and without support', () => {
    for (const support of [true, false]) {
      const r = packContainer(br1[0]!, { support, timeLimitMs: 700 });
      assert.deepEqual(validatePacking(br1[0]!, r.placements, { support }).errors, []);
      assert.ok(r.utilisation > 0.88, `utilisation ${r.utilisation}`);
    }
  });
  it('the validator catches a box moved down into its support (mutation)', () => {
    const r = packContainer(br1[2]!, { maxWork: 500 });
    const i = r.placements.findIndex((q) => q.z > 0);
    assert.ok(i >= 0);
    const bad = r.placements.map((q, k) => (k === i ? { ...q, z: q.z - 1 } : q));
    assert.equal(validatePacking(br1[2]!, bad).ok, false);
  });
});
