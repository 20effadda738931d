import { test } from 'node:test';
import assert from 'node:assert/strict';

import { CATEGORY_TREE, categoryLeaves, type CategoryNode } from './category-tree.ts';
import { PRODUCT_KINDS, type ProductKind } from './product-kinds.ts';

const leaves = categoryLeaves();
const leafCodes = new Set(leaves.map((l) => l.code));

function label(k: ProductKind): string {
  return `${k.category} ${k.zh} (${k.en})`;
}

test('category tree has 26 unique top-level codes', () => {
  const codes = CATEGORY_TREE.map((n) => n.code);
  assert.equal(codes.length, 26);
  assert.equal(new Set(codes).size, 26);
  for (const c of codes) assert.match(c, /^\d{2}$/);
});

test('child codes extend their parent code by two digits and are unique', () => {
  const seen = new Set<string>();
  const walk = (nodes: readonly CategoryNode[], parent: string): void => {
    for (const node of nodes) {
      assert.ok(!seen.has(node.code), `duplicate code ${node.code}`);
      seen.add(node.code);
      assert.ok(node.code.startsWith(parent), `${node.code} does not extend ${parent}`);
      assert.equal(node.code.length, parent.length + 2, `${node.code} length`);
      if (node.children) walk(node.children, node.code);
    }
  };
  walk(CATEGORY_TREE, '');
  for (const l of leaves) assert.equal(l.code.length, 6, `leaf ${l.code} is not 6 characters`);
});

test('every leaf has at least 3 product kinds', () => {
  const count = new Map<string, number>();
  for (const k of PRODUCT_KINDS) count.set(k.category, (count.get(k.category) ?? 0) + 1);
  const thin = leaves.filter((l) => (count.get(l.code) ?? 0) < 3).map((l) => `${l.code} ${l.zh}: ${count.get(l.code) ?? 0}`);
  assert.deepEqual(thin, []);
});

test('every kind is filed under a leaf category', () => {
  const bad = PRODUCT_KINDS.filter((k) => !leafCodes.has(k.category)).map(label);
  assert.deepEqual(bad, []);
});

test('HS codes are 10 digits', () => {
  const bad = PRODUCT_KINDS.filter((k) => !/^\d{10}$/.test(k.hs)).map((k) => `${label(k)}: ${k.hs}`);
  assert.deepEqual(bad, []);
});

test('price, MOQ and carton ranges are positive and ordered', () => {
  const bad: string[] = [];
  for (const k of PRODUCT_KINDS) {
    for (const [name, r] of [
      ['priceFen', k.priceFen],
      ['moq', k.moq],
      ['unitsPerCarton', k.unitsPerCarton],
    ] as const) {
      const [lo, hi] = r;
      if (!(Number.isInteger(lo) && Number.isInteger(hi) && lo > 0 && lo <= hi)) bad.push(`${label(k)}: ${name} ${lo}..${hi}`);
    }
    if (!k.cartonCm.every((d) => d > 0)) bad.push(`${label(k)}: carton ${k.cartonCm.join('x')}`);
    if (!(k.unitGrossG > 0)) bad.push(`${label(k)}: unitGrossG ${k.unitGrossG}`);
  }
  assert.deepEqual(bad, []);
});

test('carton gross weight at the midpoint is between 1 and 30 kg', () => {
  const bad: string[] = [];
  for (const k of PRODUCT_KINDS) {
    const mid = (k.unitsPerCarton[0] + k.unitsPerCarton[1]) / 2;
    const kg = (mid * k.unitGrossG) / 1000;
    if (kg < 1 || kg > 30) bad.push(`${label(k)}: ${kg.toFixed(1)} kg`);
  }
  assert.deepEqual(bad, []);
});

test('no duplicate (category, zh) pairs', () => {
  const seen = new Set<string>();
  const dup: string[] = [];
  for (const k of PRODUCT_KINDS) {
    const key = `${k.category}|${k.zh}`;
    if (seen.has(key)) dup.push(key);
    seen.add(key);
  }
  assert.deepEqual(dup, []);
});

test('zh names contain CJK and en names are lower-case ASCII', () => {
  const bad: string[] = [];
  for (const k of PRODUCT_KINDS) {
    if (!/[\u4e00-\u9fff]/.test(k.zh)) bad.push(`${label(k)}: zh`);
    if (!/^[a-z0-9][a-z0-9 &'-]*$/.test(k.en) || k.en !== k.en.trim() || k.en.includes('  ')) bad.push(`${label(k)}: en`);
  }
  assert.deepEqual(bad, []);
});
