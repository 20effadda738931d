import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { demoSearchDocs } from '../demo/index.ts';
import { FacetLists } from './browse.ts';
import { hotCross } from './hot-cross.ts';
import { HotTerms } from './hot-terms.ts';
import { SearchIndex } from './search-index.ts';
import { readSnapshot } from './snapshot.ts';
import { unpackStructures } from './stored.ts';

describe('a snapshot stores the fast paths structures instead of rebuilding them on load', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'yiwu-stored-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads back exactly what a rebuild makes, and refuses what does not fit', async () => {
    const opts = { hotMinDocs: 50, hotShare: 0.05, warmMinDocs: 10, warmShare: 0.01 };
    const H = [0.05, 50, 0.01, 10];
    const idx = await SearchIndex.build(demoSearchDocs('tiny'), opts);
    const file = join(dir, 'tiny.snap');
    await idx.save(file);
    const snap = await readSnapshot(file);
    assert.ok(snap.stored, 'the snapshot has stored structures');
    const names = new Map(snap.stored.arrays);
    const get = (n: string) => names.get(n);
    const docs = snap.cols.size;
    const nLeaves = snap.leaves.codes.length;
    const kept = unpackStructures(snap.stored.meta, get, docs, nLeaves, H);
    assert.ok(kept, 'the stored structures fit this index');
    const rebuiltLists = FacetLists.build(snap.cols, nLeaves);
    const rebuiltHot = HotTerms.build(snap.post, snap.cols, nLeaves, 0.05, 50, 0.01, 10);
    assert.ok(rebuiltHot.size > 0, 'the tiny market has hot terms at these thresholds (the test would prove nothing otherwise)');
    assert.ok(
      rebuiltHot.entries().some(([, e]) => e.warm),
      'and warm terms',
    );
    // Issue 15: the hot terms' cross counts are built with the entries (not on the first filtered query),
    // equal to the lazy pass over the impact column, and stored.
    const withCross = rebuiltHot.entries().filter(([, e]) => e.imp);
    assert.ok(withCross.length > 0, 'some hot term has an impact column');
    for (const [, e] of withCross) {
      assert.ok(e.cross, 'its cross counts are built eagerly');
      assert.deepEqual(hotCross({ imp: e.imp, leaf: e.leaf }, snap.cols), e.cross);
    }
    const xi = (snap.stored.meta as { hot: { cross?: boolean }[] }).hot.findIndex((h) => h.cross);
    assert.ok(xi >= 0, 'the snapshot stores cross counts');
    assert.equal(
      unpackStructures(snap.stored.meta, (n) => (n === `hot.${xi}.cross` ? undefined : get(n)), docs, nLeaves, H),
      undefined,
    );
    // Other warm-term options → rebuild.
    assert.equal(unpackStructures(snap.stored.meta, get, docs, nLeaves, [0.05, 50, 0.01, 11]), undefined);
    assert.deepEqual(kept.lists.parts(), rebuiltLists.parts());
    assert.deepEqual(kept.hot.entries(), rebuiltHot.entries());
    // Other hot-term options, another document count or a missing section → rebuild (undefined).
    assert.equal(unpackStructures(snap.stored.meta, get, docs, nLeaves, [0.05, 51, 0.01, 10]), undefined);
    assert.equal(unpackStructures(snap.stored.meta, get, docs + 1, nLeaves, H), undefined);
    assert.equal(
      unpackStructures(snap.stored.meta, (n) => (n === 'fl.cross.3' ? undefined : get(n)), docs, nLeaves, H),
      undefined,
    );
    assert.equal(unpackStructures({ ...(snap.stored.meta as object), format: 0 }, get, docs, nLeaves, H), undefined);
    // The loaded index answers like the built one.
    const loaded = await SearchIndex.load(file, opts);
    const answer = (i: SearchIndex, q: Parameters<SearchIndex['search']>[0]) => ({ ...i.search(q), tookMs: 0 });
    for (const q of [{ text: '' }, { text: '批发', sort: 'price_asc' as const }, { text: '', category: '01' }]) {
      assert.deepEqual(answer(loaded, q), answer(idx, q));
    }
  });
});
