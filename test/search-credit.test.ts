import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../src/core/db/testing.ts';
import { SYSTEM } from '../src/core/auth/index.ts';
import { INDICATORS, creditClassesVersion, creditStanding, currentClasses, recordCreditEvent } from '../src/modules/credit/index.ts';
import { LiveSearch, type SearchResult } from '../src/modules/search/index.ts';
import { tinyMarket, type Market } from './fixtures.ts';

type Results = Extract<SearchResult, { kind: 'results' }>;
const browse = (live: LiveSearch, credit?: 'A' | 'B' | 'C' | 'D'): Results => {
  const r = live.search({ text: '', facets: true, pageSize: 100, ...(credit ? { filters: { creditClass: credit } } : {}) });
  assert.equal(r.kind, 'results');
  return r as Results;
};

/** Active products per credit class of their merchant, counted from the database and the credit module (the truth the index must match). */
async function productsPerClass(m: Market): Promise<Map<string, number>> {
  const rows = await m.d.db.selectFrom('products').select(['merchant_id']).where('status', '=', 'active').execute();
  const classes = await currentClasses(
    m.d.db,
    rows.map((r) => r.merchant_id),
  );
  const out = new Map<string, number>();
  for (const r of rows) {
    const c = classes.get(r.merchant_id) ?? 'none';
    out.set(c, (out.get(c) ?? 0) + 1);
  }
  return out;
}

for (const engine of testEngines()) {
  describe(`credit class in search on ${engine}`, () => {
    let m: Market;
    let live: LiveSearch;
    before(async () => {
      m = await tinyMarket(engine);
      live = await LiveSearch.start(m.d, { pollMs: 100, creditRefreshMs: 3_600_000 });
    });
    after(async () => {
      await live.close();
      await m.d.close();
    });

    test("every hit carries its merchant's class and the facet counts what the credit module says", async () => {
      const r = browse(live);
      const want = await productsPerClass(m);
      const got = new Map(r.facets!.creditClass.map((b) => [b.key as string, b.count]));
      assert.deepEqual(got, want);
      assert.ok(r.items.every((h) => h.creditClass !== undefined));
    });

    test("a severe event moves the merchant's products to its new class after a refresh, and the filter follows", async () => {
      const merchantId = m.merchant.entityId!;
      const before = (await creditStanding(m.d.db, merchantId)).class;
      const version = await creditClassesVersion(m.d.db);
      assert.equal(await live.refreshCredit(), 0, 'nothing changed since the index was built');
      const severe = INDICATORS.find((i) => i.sign === -1)!;
      await recordCreditEvent(m.d.db, SYSTEM, {
        entityId: merchantId,
        source: severe.sources[0],
        kind: severe.kind,
        severity: 'severe',
        occurredOn: new Date().toISOString().slice(0, 10),
        evidenceRef: 'test: search follows credit',
        externalId: `search-credit-${merchantId}`,
      });
      const now = (await creditStanding(m.d.db, merchantId)).class;
      assert.notEqual(now, before, 'a severe event changes the class (else this test proves nothing)');
      // The fingerprint the refresh timer reads first (it compares every class only when this changed).
      assert.notEqual(await creditClassesVersion(m.d.db), version);
      const own = Number(
        (
          await m.d.db
            .selectFrom('products')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('merchant_id', '=', merchantId)
            .where('status', '=', 'active')
            .executeTakeFirstOrThrow()
        ).n,
      );
      assert.ok(own > 0);
      // not yet refreshed: the index still files the products under the old class
      assert.equal(browse(live, now).total, (await productsPerClass(m)).get(now)! - own);
      const refed = await live.refreshCredit();
      assert.equal(refed, own, "exactly the merchant's products are re-fed");
      const after = browse(live, now);
      assert.equal(after.total, (await productsPerClass(m)).get(now));
      assert.ok(after.items.every((h) => h.creditClass === now));
      const got = new Map(browse(live).facets!.creditClass.map((b) => [b.key as string, b.count]));
      assert.deepEqual(got, await productsPerClass(m));
      assert.equal(await live.refreshCredit(), 0, 'a second refresh finds nothing to do');
    });
  });
}
