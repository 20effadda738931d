import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { heapGrowingPercent, TIGHT_PERCENT } from './heap.ts';

describe('heap growing percent (YIWU_HEAP_GROWING_PERCENT)', () => {
  it('is tight unless set, V8’s own with v8, the number given within 10–400', () => {
    assert.equal(heapGrowingPercent(undefined), TIGHT_PERCENT);
    assert.equal(heapGrowingPercent(''), TIGHT_PERCENT);
    assert.equal(heapGrowingPercent('v8'), undefined);
    assert.equal(heapGrowingPercent('100'), 100);
  });
  it('refuses anything else with a message naming the setting', () => {
    for (const bad of ['5', '401', '50.5', 'loose', '-30']) assert.throws(() => heapGrowingPercent(bad), /YIWU_HEAP_GROWING_PERCENT must be/);
  });
});
