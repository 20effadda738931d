import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { PROSPERITY_COMPONENTS, prosperityIndex, PUBLISHED_PROSPERITY_WEIGHTS, type ActivityMeasures } from './prosperity.ts';
import { close } from './testdata.ts';

const base: ActivityMeasures = {
  tradedValue: 2e9,
  volume: 5e7,
  orderCount: 1e5,
  activeMerchants: 75000,
  activeBuyers: 300000,
  newListings: 20000,
};

describe('prosperity index (景气指数)', () => {
  it('is 1000 in the base period and the published weights sum to 1', () => {
    const r = prosperityIndex([base]);
    assert.ok(close(r.index[0] as number, 1000, 1e-15));
    const s = PROSPERITY_COMPONENTS.reduce((a, k) => a + PUBLISHED_PROSPERITY_WEIGHTS[k], 0);
    assert.ok(close(s, 1, 1e-15));
  });

  it('a component at twice its base level adds its weight × 1000', () => {
    const r = prosperityIndex([base, { ...base, tradedValue: 4e9 }]);
    assert.ok(close(r.index[1] as number, 1300, 1e-14));
    assert.ok(close(r.components.tradedValue[1] as number, 2000, 1e-15));
  });

  it('all components ×λ give 1000·λ; base over several periods uses their mean (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), (l) => {
        const scaled = Object.fromEntries(PROSPERITY_COMPONENTS.map((k) => [k, base[k] * l])) as ActivityMeasures;
        assert.ok(close(prosperityIndex([base, scaled]).index[1] as number, 1000 * l, 1e-12));
        const r = prosperityIndex([base, scaled], { basePeriods: [0, 1] });
        assert.ok(close(r.index[0] as number, 1000 / ((1 + l) / 2), 1e-12));
      }),
    );
  });

  it('rejects weights not summing to 1 and a zero base', () => {
    assert.throws(() => prosperityIndex([base], { weights: { ...PUBLISHED_PROSPERITY_WEIGHTS, volume: 0.5 } }), RangeError);
    assert.throws(() => prosperityIndex([{ ...base, newListings: 0 }]), RangeError);
  });
});
