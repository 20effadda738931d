import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PackProblem, Placement } from './types.ts';
import { validatePacking } from './validate.ts';

const problem: PackProblem = {
  container: { L: 10, W: 10, H: 10, maxWeight: 100 },
  types: [
    { dims: [4, 4, 2], verticalAllowed: [false, false, true], count: 4, weight: 10, group: 0 },
    { dims: [2, 3, 5], verticalAllowed: [true, true, true], count: 4, weight: 10, group: 1 },
  ],
};
const P = (type: number, x: number, y: number, z: number, l: number, w: number, h: number): Placement => ({ type, x, y, z, l, w, h });
const good: Placement[] = [P(0, 0, 0, 0, 4, 4, 2), P(0, 0, 0, 2, 4, 4, 2), P(1, 4, 0, 0, 2, 3, 5)];
const check = (pl: Placement[], opt = {}): string[] => validatePacking(problem, pl, opt).errors;

describe('validatePacking catches every rule', () => {
  it('accepts a valid packing', () => assert.deepEqual(check(good), []));
  it('outside the container', () => assert.match(check([P(0, 7, 0, 0, 4, 4, 2)]).join(), /outside/));
  it('overlap', () => assert.match(check([P(0, 0, 0, 0, 4, 4, 2), P(0, 3, 3, 0, 4, 4, 2)]).join(), /overlap/));
  it('forbidden orientation (this side up)', () => assert.match(check([P(0, 0, 0, 0, 4, 2, 4)]).join(), /orientation/));
  it('wrong extent', () => assert.match(check([P(0, 0, 0, 0, 4, 4, 3)]).join(), /orientation/));
  it('too many boxes of a type', () => {
    const pl = [0, 1, 2, 3, 4].map((i) => P(1, i * 2, 0, 0, 2, 3, 5));
    assert.match(check(pl, { groupsContiguous: false }).join(), /only 4 exist/);
  });
  it('payload', () => {
    const heavy: PackProblem = { ...problem, container: { ...problem.container, maxWeight: 25 } };
    assert.match(validatePacking(heavy, good).errors.join(), /payload/);
  });
  it('overhang / floating box', () => {
    assert.match(check([P(0, 0, 0, 0, 4, 4, 2), P(0, 2, 0, 2, 4, 4, 2)]).join(), /supported/);
    assert.match(check([P(0, 0, 0, 3, 4, 4, 2)]).join(), /supported/);
    assert.deepEqual(check([P(0, 0, 0, 3, 4, 4, 2)], { support: false }), []);
  });
  it('support from two boxes at the same height is enough', () => {
    const pl = [P(1, 0, 0, 0, 2, 3, 5), P(1, 2, 0, 0, 2, 3, 5), P(0, 0, 0, 5, 4, 4, 2)];
    assert.match(check(pl, { groupsContiguous: false }).join(), /supported/); // 4×4 base on 4×3 of tops
    const pl2 = [P(1, 0, 0, 0, 2, 3, 5), P(1, 2, 0, 0, 2, 3, 5), P(1, 0, 3, 0, 2, 3, 5), P(1, 2, 3, 0, 2, 3, 5), P(0, 0, 0, 5, 4, 4, 2)];
    assert.deepEqual(check(pl2, { groupsContiguous: false }), []);
  });
  it('load sequence: support must be loaded first', () => {
    const pl = [P(0, 0, 0, 2, 4, 4, 2), P(0, 0, 0, 0, 4, 4, 2)];
    assert.match(check(pl).join(), /loaded before/);
    assert.deepEqual(check(pl, { sequence: false }), []);
  });
  it('groups (lots) must be contiguous runs', () => {
    const pl = [P(0, 0, 0, 0, 4, 4, 2), P(1, 4, 0, 0, 2, 3, 5), P(0, 0, 4, 0, 4, 4, 2)];
    assert.match(check(pl).join(), /contiguous/);
    assert.deepEqual(check(pl, { groupsContiguous: false }), []);
  });
});
