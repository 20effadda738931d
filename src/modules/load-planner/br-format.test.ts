import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { AppError } from '../../core/errors.ts';
import { parseBR } from './br-format.ts';
import { brDir } from '../../../test/shared-data.ts';

const DIR = brDir();
const TYPES = [3, 5, 8, 10, 12, 15, 20, 30, 40, 50];

describe('BR parser on the OR-Library files', () => {
  for (let c = 1; c <= 10; c++) {
    it(`br${c}.txt: 100 problems of ${TYPES[c - 1]} box types in a 587×233×220 container`, () => {
      const ps = parseBR(readFileSync(`${DIR}/br${c}.txt`, 'utf8'));
      assert.equal(ps.length, 100);
      ps.forEach((p, i) => {
        assert.equal(p.number, i + 1);
        assert.deepEqual([p.container.L, p.container.W, p.container.H], [587, 233, 220]);
        assert.equal(p.types.length, TYPES[c - 1]);
        for (const t of p.types) {
          assert.ok(t.count > 0 && t.dims.every((d) => d > 0));
          assert.ok(t.verticalAllowed.some(Boolean));
        }
      });
    });
  }
  it('reads the first problem of BR1 exactly', () => {
    const p = parseBR(readFileSync(`${DIR}/br1.txt`, 'utf8'))[0]!;
    assert.equal(p.seed, 2502505);
    assert.deepEqual(p.types[0], { dims: [108, 76, 30], verticalAllowed: [false, false, true], count: 40, weight: 0, group: 0 });
    assert.deepEqual(p.types[2]!.verticalAllowed, [true, true, true]);
  });
  it('a truncated or malformed BR file is refused as BAD_BR_FILE with a clear message', () => {
    assert.throws(
      () => parseBR('1\n1 5\n10 10 10\n1\n1 5 1 5 1 5'),
      (e: unknown) => e instanceof AppError && e.code === 'BAD_BR_FILE' && /unexpected end of file/.test(e.message),
    );
    assert.throws(() => parseBR('1\n1 5\n10 10 10\n1\n1 5 2 5 1 5 1 3'), /flag must be 0 or 1/);
    assert.throws(() => parseBR('1\n1 5\n10 x 10\n'), /expected an integer/);
    assert.throws(() => parseBR('1\n1 5\n10 10 10\n1\n2 5 1 5 1 5 1 3'), /expected type 1/);
  });
});
