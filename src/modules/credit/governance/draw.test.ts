/**
 * The draw (双随机) is reproducible, follows its quotas, and is fair within a
 * class: over many seeds every entity of a class is drawn about r·runs times
 * (binomial bounds) and the draw spreads evenly over the stratum (chi-square).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { draw, drawSha, quotas, type DrawInput } from './draw.ts';
import type { CreditClass } from './tables.ts';

function population(n: Record<CreditClass, number>): DrawInput['population'] {
  const out: { entityId: number; class: CreditClass }[] = [];
  let id = 1;
  for (const c of ['A', 'B', 'C', 'D'] as const) for (let i = 0; i < n[c]; i++) out.push({ entityId: id++ * 7, class: c });
  return out;
}
const RATES = { A: 0.02, B: 0.05, C: 0.15, D: 0.4 };
const INSPECTORS = ['王明', '李华', '张伟', '刘洋', '陈静'];

describe('campaign draw', () => {
  test('the same inputs give the same list; another seed another; input order does not matter', () => {
    const pop = population({ A: 400, B: 1200, C: 300, D: 100 });
    const a = draw({ population: pop, rates: RATES, size: null, inspectors: INSPECTORS, perEntity: 2, seed: 20260401 });
    const b = draw({ population: [...pop].reverse(), rates: RATES, size: null, inspectors: INSPECTORS, perEntity: 2, seed: 20260401 });
    const c = draw({ population: pop, rates: RATES, size: null, inspectors: INSPECTORS, perEntity: 2, seed: 20260402 });
    assert.deepEqual(a, b);
    assert.equal(drawSha(a), drawSha(b));
    assert.notEqual(drawSha(a), drawSha(c));
    assert.equal(a.length, 8 + 60 + 45 + 40);
    for (const d of a) {
      assert.equal(d.inspectors.length, 2);
      assert.notEqual(d.inspectors[0], d.inspectors[1]);
    }
    assert.equal(new Set(a.map((d) => d.entityId)).size, a.length, 'nobody twice');
  });

  test('quotas: rates per class; a size scales them by largest remainder and never exceeds a class', () => {
    assert.deepEqual(quotas({ A: 400, B: 1200, C: 300, D: 100 }, RATES, null), { A: 8, B: 60, C: 45, D: 40 });
    const q = quotas({ A: 400, B: 1200, C: 300, D: 100 }, RATES, 50);
    assert.equal(q.A + q.B + q.C + q.D, 50);
    assert.ok(q.A <= q.B && q.D >= 13);
    const capped = quotas({ A: 10, B: 10, C: 10, D: 3 }, { A: 0.1, B: 0.2, C: 0.5, D: 1 }, 25);
    assert.equal(capped.D, 3);
    assert.equal(capped.A + capped.B + capped.C + capped.D, 25);
    assert.deepEqual(quotas({ A: 5, B: 5, C: 5, D: 5 }, RATES, 1000), { A: 5, B: 5, C: 5, D: 5 }, 'a size over the population draws everyone with a rate');
  });

  test('class rates hold and each entity of a class is equally likely (300 seeds, binomial and chi-square bounds)', () => {
    const n = { A: 2000, B: 2000, C: 1000, D: 500 };
    const pop = population(n);
    const classOf = new Map(pop.map((p) => [p.entityId, p.class]));
    const hits = new Map<number, number>();
    const runs = 300;
    for (let s = 0; s < runs; s++) {
      const d = draw({ population: pop, rates: RATES, size: null, inspectors: INSPECTORS, perEntity: 1, seed: 1000 + s * 7919 });
      const per: Record<CreditClass, number> = { A: 0, B: 0, C: 0, D: 0 };
      for (const x of d) {
        per[x.class] += 1;
        hits.set(x.entityId, (hits.get(x.entityId) ?? 0) + 1);
      }
      for (const c of ['A', 'B', 'C', 'D'] as const) assert.equal(per[c], Math.floor(RATES[c] * n[c] + 0.5));
    }
    for (const c of ['A', 'B', 'C', 'D'] as const) {
      const ids = pop.filter((p) => p.class === c).map((p) => p.entityId);
      const p = RATES[c];
      const mean = runs * p;
      const sd = Math.sqrt(runs * p * (1 - p));
      // no entity of the class far outside its binomial range (6 sd: false alarm < 1e-8 per entity)
      for (const id of ids) {
        const h = hits.get(id) ?? 0;
        assert.ok(Math.abs(h - mean) <= 6 * sd + 1, `entity ${id} of class ${c} drawn ${h} times, expected ${mean.toFixed(1)}`);
      }
      // the stratum's ten id-deciles are drawn equally often (chi-square, 9 df, critical value 27.88 at p = 0.001)
      const bins = new Array(10).fill(0);
      ids.forEach((id, i) => {
        bins[Math.floor((i * 10) / ids.length)] += hits.get(id) ?? 0;
      });
      const total = bins.reduce((a, b) => a + b, 0);
      const chi = bins.reduce((s, o) => s + (o - total / 10) ** 2 / (total / 10), 0);
      assert.ok(chi < 27.88, `class ${c}: chi-square ${chi.toFixed(2)} over deciles`);
      // the class's realised rate equals its rate (to the rounding of one quota)
      assert.ok(Math.abs(total / (runs * ids.length) - p) < 0.5 / ids.length + 1e-9);
      assert.equal(classOf.get(ids[0]!), c);
    }
  });

  test('inspectors are spread evenly (chi-square over 5 inspectors)', () => {
    const pop = population({ A: 0, B: 5000, C: 0, D: 0 });
    const d = draw({ population: pop, rates: { A: 0, B: 1, C: 1, D: 1 }, size: null, inspectors: INSPECTORS, perEntity: 2, seed: 99 });
    const count = new Map<string, number>();
    for (const x of d) for (const i of x.inspectors) count.set(i, (count.get(i) ?? 0) + 1);
    const e = (d.length * 2) / INSPECTORS.length;
    const chi = INSPECTORS.reduce((s, i) => s + ((count.get(i) ?? 0) - e) ** 2 / e, 0);
    assert.ok(chi < 18.47, `chi-square ${chi.toFixed(2)} (4 df, p = 0.001)`);
  });
});
