import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../src/core/db/database.ts';
import { freshDatabase, testEngines } from '../src/platform/testing.ts';
import { createProduct, csvLine, importProducts, ProductInput, SPREADSHEET_COLUMNS, toProductRow } from '../src/modules/catalog/index.ts';
import { loadDemo, resetData, scaleOf } from '../src/modules/demo/index.ts';
import { LiveSearch } from '../src/modules/search/index.ts';
import { sampleProduct, tinyMarket, type Market } from './fixtures.ts';

const HOUR = 3_600_000; // poll interval for tests that drive catchUp() themselves
const snapPath = () => join(mkdtempSync(join(tmpdir(), 'yiwu-feed-')), 'index.snap');

/** A second "process": its own Database (own connections) on the same data. PostgreSQL only. */
async function secondProcess(d: Database): Promise<Database> {
  const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(d.db)).rows[0]!.s;
  return openDatabase({ url: process.env.TEST_DATABASE_URL!, schema });
}

async function activeIds(d: Database): Promise<number[]> {
  return (await d.db.selectFrom('products').select('id').where('status', '=', 'active').execute()).map((r) => r.id);
}

/** Every active product of the database is in the index, and nothing else. */
async function assertComplete(live: LiveSearch, d: Database, who: string): Promise<void> {
  const ids = await activeIds(d);
  const missing = ids.filter((id) => !live.has(id));
  assert.deepEqual(missing.slice(0, 10), [], `${who}: ${missing.length} committed product(s) missing from the search index`);
  assert.equal(live.stats().docs, ids.length, `${who}: index size`);
}

const total = (live: LiveSearch, text: string) => {
  const r = live.search({ text, facets: false });
  return r.kind === 'results' ? (r.interpretation.relaxed ? 0 : r.total) : -1;
};

for (const engine of testEngines()) {
  describe(`search change feed on ${engine}`, () => {
    let m: Market;
    before(async () => {
      m = await tinyMarket(engine);
    });
    after(async () => {
      await m.d.close();
    });

    test('a transaction that commits after a later one is not skipped by the search feed, nor lost by a snapshot', {
      skip: engine === 'pglite' && 'PGlite has one connection: transactions cannot interleave',
    }, async () => {
      const d2 = await secondProcess(m.d);
      const [s1, s2] = [snapPath(), snapPath()];
      let live1 = await LiveSearch.start(m.d, { snapshotPath: s1, pollMs: HOUR });
      let live2 = await LiveSearch.start(d2, { snapshotPath: s2, pollMs: HOUR });
      const catId = (await m.d.db.selectFrom('categories').select('id').where('code', '=', m.categoryLeaf).executeTakeFirstOrThrow()).id;
      /** Insert products in a transaction on d2 that stays open until the returned commit() is called. */
      const held = async (tag: string, titleZh: string, n: number) => {
        let commit!: () => void;
        const gate = new Promise<void>((r) => (commit = r));
        let ready!: (ids: number[]) => void;
        const inserted = new Promise<number[]>((r) => (ready = r));
        const done = d2.db.transaction().execute(async (trx) => {
          const rows = Array.from({ length: n }, (_, i) =>
            toProductRow(
              ProductInput.parse({ ...sampleProduct(m.categoryLeaf, `${tag}-${i}`), titleZh, titleEn: `${tag} item` }),
              m.merchant.entityId!,
              catId,
              null,
            ),
          );
          const ids = (await trx.insertInto('products').values(rows).returning('id').execute()).map((r) => r.id);
          ready(ids);
          await gate;
        });
        const ids = await inserted;
        return {
          ids,
          commit: async () => {
            commit();
            await done;
          },
        };
      };
      try {
        const a = await held('LATE-A', '珐琅彩鹦鹉摆件', 3); // seqs taken now, committed last
        const b = await createProduct(m.d.db, m.merchant, {
          ...sampleProduct(m.categoryLeaf, 'EARLY-B'),
          titleZh: '珐琅彩孔雀摆件',
          titleEn: 'Enamel Peacock',
        });
        await Promise.all([live1.catchUp(), live2.catchUp()]);
        for (const live of [live1, live2]) {
          assert.ok(live.has(b.id), 'the earlier commit is searchable');
          assert.ok(!a.ids.some((id) => live.has(id)), 'uncommitted products are not searchable');
        }
        await a.commit();
        await Promise.all([live1.catchUp(), live2.catchUp()]);
        for (const [i, live] of [live1, live2].entries()) {
          assert.equal(total(live, '鹦鹉摆件'), 3, `process ${i + 1} finds the late commit`);
          await assertComplete(live, m.d, `process ${i + 1}`);
        }

        // A snapshot taken while another transaction is still open must not skip it on restart.
        const c = await held('LATE-C', '珐琅彩仙鹤摆件', 2);
        await createProduct(m.d.db, m.merchant, { ...sampleProduct(m.categoryLeaf, 'EARLY-D'), titleZh: '珐琅彩锦鲤摆件' });
        await Promise.all([live1.close({ save: true }), live2.close({ save: true })]);
        await c.commit();
        live1 = await LiveSearch.start(m.d, { snapshotPath: s1, pollMs: HOUR });
        live2 = await LiveSearch.start(d2, { snapshotPath: s2, pollMs: HOUR });
        for (const [i, live] of [live1, live2].entries()) {
          assert.equal(live.startup.source, 'snapshot');
          assert.ok(
            c.ids.every((id) => live.has(id)),
            `process ${i + 1} replays the commit that came after its snapshot's newest change`,
          );
          await assertComplete(live, m.d, `process ${i + 1} after restart`);
        }
      } finally {
        await Promise.all([live1.close(), live2.close()]);
        await d2.close();
      }
    });

    test('a 2,000-row import committed while single products are created is found whole by two processes, also after a restart', async () => {
      const d2 = engine === 'postgres' ? await secondProcess(m.d) : m.d;
      const [s1, s2] = [snapPath(), snapPath()];
      const header = SPREADSHEET_COLUMNS.map((c) => c.key);
      const line = (sku: string) => {
        const r: Record<string, string> = {
          sku,
          category: m.categoryLeaf,
          title_zh: `批量导入保温杯 ${sku}`,
          title_en: `Bulk thermos ${sku}`,
          unit: 'pcs',
          moq: '120',
          currency: 'CNY',
          price_1: '3.50',
          stock: '1000',
          hs_code: '9617.0019.00',
          carton_units: '240',
          carton_length_cm: '50',
          carton_width_cm: '40',
          carton_height_cm: '35',
          carton_gross_kg: '12.5',
        };
        return csvLine(header.map((k) => r[k] ?? ''));
      };
      const sheet = Buffer.from(csvLine(header) + Array.from({ length: 2000 }, (_, i) => line(`BULK-${i}`)).join(''), 'utf8');
      let live1 = await LiveSearch.start(m.d, { snapshotPath: s1, pollMs: 5 });
      let live2 = await LiveSearch.start(d2, { snapshotPath: s2, pollMs: 5 });
      try {
        let importing = true;
        const imp = importProducts(m.d.db, m.merchant2, sheet, 'csv').finally(() => (importing = false));
        let singles = 0;
        for (let i = 0; i < 300 && (importing || singles < 5); i++) {
          await createProduct(d2.db, m.merchant, { ...sampleProduct(m.categoryLeaf, `SINGLE-${i}`), titleZh: `单件保温杯 ${i}` });
          singles++;
        }
        assert.equal((await imp).created, 2000);
        await Promise.all([live1.catchUp(), live2.catchUp()]);
        await assertComplete(live1, m.d, 'process 1');
        await assertComplete(live2, m.d, 'process 2');
        await Promise.all([live1.close({ save: true }), live2.close({ save: true })]);
        live1 = await LiveSearch.start(m.d, { snapshotPath: s1, pollMs: HOUR });
        live2 = await LiveSearch.start(d2, { snapshotPath: s2, pollMs: HOUR });
        assert.deepEqual([live1.startup.source, live2.startup.source], ['snapshot', 'snapshot']);
        await assertComplete(live1, m.d, 'process 1 after restart');
        await assertComplete(live2, m.d, 'process 2 after restart');
      } finally {
        await Promise.all([live1.close(), live2.close()]);
        if (d2 !== m.d) await d2.close();
      }
    });
  });

  describe(`search snapshot bound to its database on ${engine}`, () => {
    test('a snapshot taken before the products were reset is rebuilt, not loaded (demo --reset)', async () => {
      const m = await tinyMarket(engine);
      const snap = snapPath();
      try {
        const extra = await createProduct(m.d.db, m.merchant, { ...sampleProduct(m.categoryLeaf, 'GONE-1'), titleZh: '珐琅彩白鹭摆件' });
        const live = await LiveSearch.start(m.d, { snapshotPath: snap, pollMs: HOUR });
        assert.ok(live.has(extra.id));
        await live.close({ save: true });
        await resetData(m.d);
        await loadDemo(m.d, scaleOf('tiny'));
        const again = await LiveSearch.start(m.d, { snapshotPath: snap, pollMs: HOUR });
        try {
          assert.equal(again.startup.source, 'build');
          assert.equal(total(again, '白鹭摆件'), 0, 'a product of the old data is not found');
          await assertComplete(again, m.d, 'after reset');
        } finally {
          await again.close();
        }
      } finally {
        await m.d.close();
      }
    });

    test('a snapshot of another database is rebuilt, not loaded', async () => {
      const m = await tinyMarket(engine);
      const snap = snapPath();
      const other = await freshDatabase(engine);
      try {
        await createProduct(m.d.db, m.merchant, { ...sampleProduct(m.categoryLeaf, 'OTHER-1'), titleZh: '珐琅彩白鹭摆件' });
        const live = await LiveSearch.start(m.d, { snapshotPath: snap, pollMs: HOUR });
        await live.close({ save: true });
        await loadDemo(other, scaleOf('tiny'));
        const there = await LiveSearch.start(other, { snapshotPath: snap, pollMs: HOUR });
        try {
          assert.equal(there.startup.source, 'build');
          assert.equal(total(there, '白鹭摆件'), 0);
          await assertComplete(there, other, 'other database');
        } finally {
          await there.close();
        }
      } finally {
        await other.close();
        await m.d.close();
      }
    });

    test('a running process whose products are reset underneath it rebuilds instead of keeping the old products', async () => {
      const m = await tinyMarket(engine);
      try {
        const extra = await createProduct(m.d.db, m.merchant, { ...sampleProduct(m.categoryLeaf, 'GONE-2'), titleZh: '珐琅彩白鹭摆件' });
        const live = await LiveSearch.start(m.d, { pollMs: HOUR });
        try {
          assert.ok(live.has(extra.id));
          await resetData(m.d);
          await loadDemo(m.d, scaleOf('tiny'));
          await live.catchUp();
          assert.equal(total(live, '白鹭摆件'), 0);
          await assertComplete(live, m.d, 'after reset');
        } finally {
          await live.close();
        }
      } finally {
        await m.d.close();
      }
    });
  });
}
