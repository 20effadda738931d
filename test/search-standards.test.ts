/**
 * Declared standards (亮标) as a search facet and filter: exact counts on every
 * path of the engine (scan, precomputed browse and hot-term answers), kept
 * fresh when a merchant declares or withdraws (change feed, via the flow) and
 * when a declaration bypasses the flow (refreshStandards), and after loading a
 * snapshot, on both database engines.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testEngines } from '../src/core/db/testing.ts';
import { declareStandard, declaredStandardsByProduct } from '../src/modules/credit/index.ts';
import { demoSearchDocs } from '../src/modules/demo/index.ts';
import { LiveSearch, SearchIndex, STANDARD_KINDS, type SearchDoc, type SearchFilters, type SearchResult } from '../src/modules/search/index.ts';
import { declareStandardSearchable, withdrawStandardSearchable } from '../src/flows/declared-standards.ts';
import { tinyMarket, type Market } from './fixtures.ts';

type Results = Extract<SearchResult, { kind: 'results' }>;
const ok = (r: SearchResult): Results => {
  assert.equal(r.kind, 'results');
  return r as Results;
};
const asMap = (b: { key: string | number; count: number }[]) => new Map(b.map((x) => [String(x.key), x.count]));

const CODES = [
  { kind: 'national', code: 'GB 4806.9-2016' },
  { kind: 'national_recommended', code: 'GB/T 1234-2008' },
  { kind: 'industry', code: 'QB/T 2332-2017' },
  { kind: 'group', code: 'T/ZZB 0001-2018' },
  { kind: 'enterprise', code: 'Q/YW 001-2023' },
] as const;

/** Deterministic standards for some documents: none for most, one or two for about a fifth. */
function withStandards(d: SearchDoc, salt = 0): SearchDoc {
  const h = (d.id * 2654435761 + salt * 97) >>> 0;
  if (h % 5 !== 0) {
    const { standards: _, ...rest } = d;
    return rest;
  }
  const a = CODES[h % CODES.length]!;
  const b = CODES[(h >>> 7) % CODES.length]!;
  return { ...d, standards: h % 3 === 0 ? [a, b] : [a] };
}

/** Brute force over all documents (browse: every document matches the text). */
function expected(docs: SearchDoc[], f: SearchFilters) {
  const passOthers = (d: SearchDoc) =>
    (f.category === undefined || d.categoryCode.startsWith(f.category)) && (f.creditClass === undefined || d.creditClass === f.creditClass);
  const passKind = (d: SearchDoc) => f.standardKind === undefined || (d.standards ?? []).some((s) => f.standardKind === 'any' || s.kind === f.standardKind);
  const passCode = (d: SearchDoc) => f.standard === undefined || (d.standards ?? []).some((s) => s.code === f.standard);
  let total = 0;
  const kinds = new Map<string, number>();
  const codes = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const d of docs) {
    if (!passOthers(d)) continue;
    const k = passKind(d);
    const c = passCode(d);
    if (k && c) total++;
    if (c) {
      const ks = new Set((d.standards ?? []).map((s) => s.kind));
      if (ks.size === 0) inc(kinds, 'none');
      for (const x of ks) inc(kinds, x);
    }
    if (k) for (const x of new Set((d.standards ?? []).map((s) => s.code))) inc(codes, x);
  }
  return { total, kinds, codes };
}

describe('declared standards in the search engine', () => {
  let docs: SearchDoc[];
  let fast: SearchIndex;
  let plain: SearchIndex;
  before(async () => {
    docs = [...demoSearchDocs('tiny')].map((d) => withStandards(d));
    fast = await SearchIndex.build(docs, { hotMinDocs: 20, hotShare: 0 });
    plain = await SearchIndex.build(docs, { plainScan: true });
  });

  const FILTERS: SearchFilters[] = [
    {},
    { category: '08' },
    { standardKind: 'industry' },
    { standardKind: 'any' },
    { standard: 'GB/T 1234-2008' },
    { standard: 'GB/T 1234-2008', standardKind: 'national' },
    { standardKind: 'enterprise', category: '01' },
    { standard: 'GB 9999-2020' },
  ];

  test('browse: totals and both standards facets equal a brute-force count, on the fast paths and the scan', () => {
    for (const f of FILTERS) {
      const want = expected(docs, f);
      for (const [name, idx] of [
        ['fast', fast],
        ['plain', plain],
      ] as const) {
        const r = ok(idx.search({ text: '', filters: f, pageSize: 10 }));
        assert.equal(r.total, want.total, `${name} ${JSON.stringify(f)} total`);
        assert.deepEqual(asMap(r.facets!.standardKind), want.kinds, `${name} ${JSON.stringify(f)} kinds`);
        const top = new Map([...want.codes].sort((a, b) => b[1] - a[1]).slice(0, 30));
        assert.deepEqual(asMap(r.facets!.standard), top, `${name} ${JSON.stringify(f)} codes`);
        if (f.standard || f.standardKind) for (const h of r.items) assert.ok(docs.find((d) => d.id === h.id)!.standards?.length);
      }
    }
  });

  test('text queries: the precomputed answers count the standards facet as the scan does', () => {
    for (const text of ['杯', '发夹', 'phone case', '玩具 车']) {
      for (const f of FILTERS) {
        const a = ok(fast.search({ text, filters: f, pageSize: 5 }));
        const b = ok(plain.search({ text, filters: f, pageSize: 5 }));
        assert.equal(a.total, b.total, `${text} ${JSON.stringify(f)}`);
        assert.deepEqual(a.facets!.standardKind, b.facets!.standardKind, `${text} ${JSON.stringify(f)}`);
        assert.deepEqual(a.facets!.standard, b.facets!.standard, `${text} ${JSON.stringify(f)}`);
      }
    }
  });

  test('upserts change the counts at once, and a compaction keeps them', () => {
    const changed = docs.slice(0, 300).map((d) => withStandards(d, 1));
    for (const d of changed) fast.upsert(d);
    const now = docs.map((d, i) => (i < 300 ? changed[i]! : d));
    const check = () => {
      for (const f of FILTERS) {
        const want = expected(now, f);
        const r = ok(fast.search({ text: '', filters: f, pageSize: 5 }));
        assert.equal(r.total, want.total, JSON.stringify(f));
        assert.deepEqual(asMap(r.facets!.standardKind), want.kinds, JSON.stringify(f));
      }
    };
    check();
    fast.compact();
    check();
  });

  test('a bad standard kind is a VALIDATION error', () => {
    assert.throws(() => fast.search({ text: '', filters: { standardKind: 'bogus' as 'any' } }), /standardKind/);
  });
});

for (const engine of testEngines()) {
  describe(`declared standards in live search on ${engine}`, () => {
    let m: Market;
    let live: LiveSearch;
    let dir: string;
    let ids: number[];
    before(async () => {
      m = await tinyMarket(engine);
      dir = mkdtempSync(join(tmpdir(), 'yiwu-std-'));
      live = await LiveSearch.start(m.d, { pollMs: 50, creditRefreshMs: 3_600_000, standardsRefreshMs: 3_600_000 });
      const rows = await m.d.db
        .selectFrom('products')
        .select('id')
        .where('merchant_id', '=', m.merchant.entityId!)
        .where('status', '=', 'active')
        .orderBy('id')
        .limit(3)
        .execute();
      ids = rows.map((r) => r.id);
      assert.equal(ids.length, 3);
    });
    after(async () => {
      await live.close();
      await m.d.close();
      rmSync(dir, { recursive: true, force: true });
    });

    /** The standards facet as the credit module's declarations say it should be (browse, no filter). */
    async function truth(): Promise<Map<string, number>> {
      const decl = await declaredStandardsByProduct(m.d.db);
      const out = new Map<string, number>();
      let none = ok(live.search({ text: '', pageSize: 1 })).total;
      for (const [id, list] of decl) {
        if (!live.has(id)) continue;
        none--;
        for (const k of new Set(list.map((s) => s.kind))) out.set(k, (out.get(k) ?? 0) + 1);
      }
      if (none > 0) out.set('none', none);
      return out;
    }
    const facet = () => asMap(ok(live.search({ text: '', pageSize: 1 })).facets!.standardKind);
    const count = (filters: SearchFilters) => ok(live.search({ text: '', filters, pageSize: 100, facets: false })).total;

    test('a declaration through the flow is searchable after the next feed read, with exact counts', async () => {
      const before = await truth();
      assert.deepEqual(facet(), before);
      await declareStandardSearchable(m.d.db, m.merchant, ids[0]!, { kind: 'national_recommended', code: 'gb/t  1234—2008' });
      await declareStandardSearchable(m.d.db, m.merchant, ids[1]!, { kind: 'national_recommended', code: 'GB/T 1234-2008' });
      await declareStandardSearchable(m.d.db, m.merchant, ids[1]!, { kind: 'industry', code: 'QB/T 2332-2017' });
      await declareStandardSearchable(m.d.db, m.merchant, ids[2]!, { kind: 'enterprise', code: 'Q/YW 001-2023' });
      await live.catchUp();
      assert.deepEqual(facet(), await truth());
      assert.equal(count({ standard: 'GB/T 1234-2008' }), 2);
      assert.equal(count({ standardKind: 'industry' }), 1);
      const r = ok(live.search({ text: '', filters: { standardKind: 'any' }, pageSize: 100 }));
      const declared = [...(await declaredStandardsByProduct(m.d.db)).keys()].filter((id) => live.has(id));
      assert.ok(ids.every((id) => declared.includes(id)));
      assert.deepEqual(
        r.items.map((h) => h.id).sort((a, b) => a - b),
        declared.sort((a, b) => a - b),
      );
      // disjunctive: the kind facet still shows the alternatives to the chosen kind
      const k = asMap(ok(live.search({ text: '', filters: { standardKind: 'industry' }, pageSize: 1 })).facets!.standardKind);
      assert.deepEqual(k, await truth());
      assert.equal(asMap(r.facets!.standard).get('GB/T 1234-2008'), 2);
      assert.equal(await live.refreshStandards(), 0, 'the feed already brought every declaration');
    });

    test('a withdrawal through the flow leaves the filter and the facet', async () => {
      const mine = (await declaredStandardsByProduct(m.d.db, [ids[1]!])).get(ids[1]!)!;
      assert.equal(mine.length, 2);
      const { sql } = await import('kysely');
      const row = await sql<{ id: number }>`select id from credit_standards where product_id = ${ids[1]!} and code = 'GB/T 1234-2008'`.execute(m.d.db);
      await withdrawStandardSearchable(m.d.db, m.merchant, Number(row.rows[0]!.id));
      await live.catchUp();
      assert.equal(count({ standard: 'GB/T 1234-2008' }), 1);
      assert.equal(count({ standardKind: 'industry' }), 1);
      assert.deepEqual(facet(), await truth());
    });

    test('a declaration that bypasses the flow is repaired by refreshStandards; a snapshot keeps the counts', async () => {
      await declareStandard(m.d.db, m.merchant, ids[0]!, { kind: 'group', code: 'T/ZZB 0001-2018' });
      await live.catchUp();
      assert.equal(count({ standardKind: 'group' }), 0, 'no change was logged, so the index does not know yet');
      assert.equal(await live.refreshStandards(), 1);
      assert.equal(count({ standardKind: 'group' }), 1);
      assert.deepEqual(facet(), await truth());

      const path = join(dir, 'index.snap');
      const saver = await LiveSearch.start(m.d, { snapshotPath: path, creditRefreshMs: 3_600_000, standardsRefreshMs: 3_600_000 });
      await saver.close({ save: true });
      const loaded = await LiveSearch.start(m.d, { snapshotPath: path, creditRefreshMs: 3_600_000, standardsRefreshMs: 3_600_000 });
      try {
        assert.equal(loaded.startup.source, 'snapshot');
        assert.deepEqual(asMap(ok(loaded.search({ text: '', pageSize: 1 })).facets!.standardKind), await truth());
        assert.equal(ok(loaded.search({ text: '', filters: { standard: 'Q/YW 001-2023' }, pageSize: 5 })).total, 1);
      } finally {
        await loaded.close();
      }
      assert.ok(STANDARD_KINDS.includes('group'));
    });
  });
}
