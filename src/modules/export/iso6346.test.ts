import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CONTAINER_NUMBER, charValue, containerNumber, iso6346CheckDigit, isContainerNumber, parseContainerNumber } from './iso6346.ts';

test('letter values skip the multiples of 11 (ISO 6346 table)', () => {
  const want: Record<string, number> = { A: 10, B: 12, C: 13, K: 21, L: 23, M: 24, U: 32, V: 34, W: 35, Z: 38, '0': 0, '9': 9 };
  for (const [c, v] of Object.entries(want)) assert.equal(charValue(c), v, c);
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map(charValue);
  assert.equal(new Set(letters).size, 26);
  assert.ok(letters.every((v) => v % 11 !== 0));
});

test("the standard's worked example, by hand", () => {
  // CSQU305438: C13·1 + S30·2 + Q28·4 + U32·8 + 3·16 + 0·32 + 5·64 + 4·128 + 3·256 + 8·512 = 6185 = 11·562 + 3
  const sum = 13 * 1 + 30 * 2 + 28 * 4 + 32 * 8 + 3 * 16 + 0 * 32 + 5 * 64 + 4 * 128 + 3 * 256 + 8 * 512;
  assert.equal(sum % 11, 3);
  assert.equal(iso6346CheckDigit('CSQU305438'), 3);
  assert.ok(isContainerNumber('CSQU3054383'));
  assert.equal(containerNumber('CSQ', 305438), 'CSQU3054383');
});

test('a remainder of 10 is written 0', () => {
  // find a serial whose sum mod 11 is 10 and check the digit written is 0
  let found = false;
  for (let s = 0; s < 200 && !found; s++) {
    const first = `ABCU${String(s).padStart(6, '0')}`;
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += charValue(first[i]!) * 2 ** i;
    if (sum % 11 === 10) {
      assert.equal(iso6346CheckDigit(first), 0);
      assert.ok(isContainerNumber(`${first}0`));
      found = true;
    }
  }
  assert.ok(found);
});

test('parse: spaces and case forgiven; shape, category and check digit refused by name', () => {
  assert.equal(parseContainerNumber(' csqu 305438-3 '), 'CSQU3054383');
  assert.throws(
    () => parseContainerNumber('CSQU3054384'),
    (e: Error) => /check digit is 4, ISO 6346 gives 3/.test(e.message),
  );
  assert.throws(() => parseContainerNumber('CSQJ3054383'), /category is J/);
  assert.throws(() => parseContainerNumber('CS1U3054383'), /not a container number/);
  assert.throws(() => parseContainerNumber('CSQU305438'), /not a container number/);
});

const owner = fc.stringMatching(/^[A-Z]{3}$/);
const serial = fc.integer({ min: 0, max: 999_999 });

test('property: every built number validates and round-trips through parse', () => {
  fc.assert(
    fc.property(owner, serial, (o, s) => {
      const n = containerNumber(o, s);
      return isContainerNumber(n) && parseContainerNumber(n.toLowerCase()) === n;
    }),
  );
});

test('property: a changed digit, or a letter changed to one whose value differs by other than a multiple of 11, is caught', () => {
  const chars = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
  fc.assert(
    fc.property(owner, serial, fc.integer({ min: 0, max: 9 }), chars, (o, s, at, c) => {
      const n = containerNumber(o, s);
      const changed = n.slice(0, at) + c + n.slice(at + 1);
      fc.pre(changed !== n && CONTAINER_NUMBER.test(changed));
      const diff = charValue(c) - charValue(n[at]!);
      const sum = (x: string) => [...x.slice(0, 10)].reduce((a, ch, i) => a + charValue(ch) * 2 ** i, 0);
      const r = [sum(n) % 11, sum(changed) % 11].sort().join();
      // the two blind spots: letters whose values are 11 or 22 apart (A = 10 and K = 21, D = 14 and X = 36 …; the weights 2^i are never 0 mod 11)
      // and remainders 0 and 10, which are both written 0
      const blind = diff % 11 === 0 || r === '0,10';
      return isContainerNumber(changed) === blind;
    }),
  );
});

test('property: swapping two different neighbouring digits of the serial is caught unless the remainders are 0 and 10', () => {
  fc.assert(
    fc.property(owner, serial, fc.integer({ min: 4, max: 8 }), (o, s, at) => {
      const n = containerNumber(o, s);
      fc.pre(n[at] !== n[at + 1]);
      const swapped = n.slice(0, at) + n[at + 1] + n[at] + n.slice(at + 2);
      const sum = (x: string) => [...x.slice(0, 10)].reduce((a, ch, i) => a + charValue(ch) * 2 ** i, 0);
      const r = [sum(n) % 11, sum(swapped) % 11].sort().join();
      return isContainerNumber(swapped) === (r === '0,10');
    }),
  );
});
