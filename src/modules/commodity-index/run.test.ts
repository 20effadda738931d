import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../../core/db/testing.ts';
import { ANONYMOUS } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';
import { indexMarket, type IndexMarket } from './test-market.ts';
import { getSeries, indexTick, listReleases, recordObservations, runIndex, uploadSurvey, weekLabel, type ObservationInput } from './index.ts';

const close = (a: number | undefined, b: number, what: string) => {
  assert.ok(a !== undefined, `${what}: no value`);
  assert.ok(Math.abs(a - b) <= 1e-12 * Math.abs(b), `${what}: ${a} ≠ ${b}`);
};
const rejects = async (p: Promise<unknown>, code: string) =>
  assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof AppError, String(e));
    assert.equal(e.code, code, e.message);
    return true;
  });
const NOW = new Date('2025-04-01T10:00:00Z'); // weeks up to 2025-W13 are complete
const W0 = '2025-03-03'; // 2025-W10
const W1 = '2025-03-10';
const W2 = '2025-03-17';

for (const engine of testEngines()) {
  describe(`weekly index run on ${engine}`, () => {
    let m: IndexMarket;
    let leafA: IndexMarket['products'];
    let leafB: IndexMarket['products'];
    before(async () => {
      m = await indexMarket(engine, ['02']);
      // two lowest categories under the same parent
      const byLeaf = new Map<string, IndexMarket['products']>();
      for (const p of m.products) byLeaf.set(p.code, [...(byLeaf.get(p.code) ?? []), p]);
      const codes = [...byLeaf.keys()].sort();
      const a = codes[0]!;
      const b = codes.find((c) => c !== a && c.slice(0, 4) === a.slice(0, 4))!;
      leafA = byLeaf.get(a)!;
      leafB = byLeaf.get(b)!;
    });
    after(async () => m.d.close());

    const obs = (p: IndexMarket['products'][0], date: string, price: number, quantity?: number): ObservationInput => ({
      productId: p.id,
      merchantId: p.merchantId,
      categoryId: p.categoryId,
      date,
      priceType: 'online',
      price,
      currency: 'CNY',
      source: 'listed',
      quantity: quantity ?? null,
    });

    test('reproduces a hand-computed case exactly: Jevons links, imputation, value weights, prosperity', async () => {
      const [a, b] = leafA;
      const [c] = leafB;
      await recordObservations(m.d.db, [
        obs(a!, W0, 100, 10),
        obs(b!, W0, 200, 0),
        obs(c!, W0, 100, 30),
        obs(a!, W1, 110, 20),
        obs(b!, W1, 220),
        obs(c!, W1, 100, 30),
        obs(a!, W2, 121),
        obs(c!, W2, 150), // b is missing: class-mean imputation
      ]);
      await rejects(runIndex(m.d, m.merchant, {}, NOW), 'FORBIDDEN');
      await rejects(runIndex(m.d, ANONYMOUS, {}, NOW), 'UNAUTHENTICATED');
      await rejects(runIndex(m.d, m.operator, { week: '2025-W99' }, NOW), 'VALIDATION');
      await rejects(runIndex(m.d, m.operator, { week: '2025-W20' }, NOW), 'VALIDATION'); // not complete yet
      const r = await runIndex(m.d, m.operator, { week: '2025-W12' }, NOW);
      assert.equal(r.status, 'published');
      assert.deepEqual(r.weeks, ['2025-W10', '2025-W11', '2025-W12']);
      const la = leafA[0]!.code;
      const lb = leafB[0]!.code;
      const s = await getSeries(m.d.db, { category: `ALL,02,${la.slice(0, 4)},${la},${lb}` });
      const v = (node: string, week: string) => s.nodes.find((n) => n.node === node)!.points.find((p) => p.date === week)?.value;
      // weights (no previous year): base-week traded value, A = 100·10 + 200·0 = 1000, B = 100·30 = 3000
      for (const node of ['ALL', '02', la.slice(0, 4), la, lb]) close(v(node, W0), 100, `${node} base`);
      close(v(la, W1), 110, 'A week 1'); // √(1.1 · 1.1)
      close(v(lb, W1), 100, 'B week 1');
      close(v(la.slice(0, 4), W1), (100 * (1000 * 1.1 + 3000 * 1)) / 4000, 'parent week 1'); // 102.5
      close(v(la, W2), 121, 'A week 2'); // b imputed with the class mean: link = 121/110
      close(v(lb, W2), 150, 'B week 2');
      close(v('ALL', W2), (100 * (1000 * 1.21 + 3000 * 1.5)) / 4000, 'market week 2'); // 142.75
      const detail = s.nodes.find((n) => n.node === la)!.points[2]!.detail as Record<string, number>;
      assert.equal(detail.imputed, 1);
      assert.equal(detail.matched, 1);
      // prosperity: components with a positive base level (value .30, volume .15, merchants .15, new listings .10)
      const p = await getSeries(m.d.db, { category: 'ALL', series: 'prosperity' });
      const pv = p.nodes[0]!.points;
      close(pv[0]!.value, 1000, 'prosperity base');
      close(pv[1]!.value, (1000 * (0.3 * (5200 / 4000) + 0.15 * (50 / 40) + 0.15 * 1 + 0.1 * 0)) / 0.7, 'prosperity week 1');
    });

    test('published values never change silently: re-runs are idempotent, a correction needs a revision release', async () => {
      assert.equal((await runIndex(m.d, m.operator, { week: '2025-W12' }, NOW)).status, 'unchanged');
      assert.equal((await runIndex(m.d, m.operator, { week: '2025-W11' }, NOW)).status, 'unchanged');
      // a late observation for week 11: c also at 120 (its weekly price becomes √(100·120))
      const c = leafB[0]!;
      await recordObservations(m.d.db, [obs(c, '2025-03-13', 120)]);
      await rejects(runIndex(m.d, m.operator, { week: '2025-W11' }, NOW), 'CONFLICT');
      await rejects(runIndex(m.d, m.operator, { week: '2025-W11', revise: true }, NOW), 'VALIDATION'); // needs a note
      await rejects(runIndex(m.d, m.merchant, { week: '2025-W11', revise: true, note: 'x' }, NOW), 'FORBIDDEN');
      const rev = await runIndex(m.d, m.operator, { week: '2025-W11', revise: true, note: 'late listed price of week 11' }, NOW);
      assert.equal(rev.status, 'revised');
      assert.deepEqual(rev.weeks, ['2025-W11', '2025-W12']);
      const releases = await listReleases(m.d.db);
      assert.deepEqual(
        releases.map((r) => r.kind),
        ['revision', 'regular'],
      );
      const lb = c.code;
      const now = await getSeries(m.d.db, { category: lb });
      const then = await getSeries(m.d.db, { category: lb, release: releases[1]!.id });
      close(then.nodes[0]!.points[1]!.value, 100, 'old release unchanged');
      close(now.nodes[0]!.points[1]!.value, 100 * Math.sqrt(1.2), 'revised value');
      assert.equal(now.nodes[0]!.points[1]!.release, releases[0]!.id);
      assert.equal(now.nodes[0]!.points[0]!.release, releases[1]!.id); // week 10 was not revised
      // a second identical revision publishes nothing
      assert.equal((await runIndex(m.d, m.operator, { week: '2025-W11', revise: true, note: 'again' }, NOW)).status, 'unchanged');
      // the next week continues from the revised state
      await recordObservations(m.d.db, [obs(c, '2025-03-24', 150)]);
      const next = await runIndex(m.d, m.operator, { week: '2025-W13' }, NOW);
      assert.equal(next.status, 'published');
      assert.equal((await listReleases(m.d.db)).length, 3);
    });

    test('survey upload: every bad row is reported, nothing is written; only the operator uploads', async () => {
      const count = async () =>
        Number(
          (
            await m.d.db
              .selectFrom('index_observations')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await count();
      const p = leafA[0]!.id;
      const bad = [
        'product_id,price_type,date,price,quantity',
        `${p},市场价,2025-03-20,12.50,100`,
        `${p},wholesale,2025-03-20,12.50,`,
        `abc,online,2025-02-30,-3,`,
        `999999,online,2025-03-20,1.234,x`,
        `${p},order,2099-01-01,5,`,
      ].join('\n');
      await rejects(uploadSurvey(m.d.db, m.merchant, Buffer.from(bad), 'csv'), 'FORBIDDEN');
      await assert.rejects(uploadSurvey(m.d.db, m.operator, Buffer.from(bad), 'csv', { today: '2025-04-01' }), (e: unknown) => {
        assert.ok(e instanceof AppError && e.code === 'IMPORT_REJECTED');
        const errs = (e.details as { errors: { row: number; column: string }[] }).errors;
        const at = (row: number) =>
          errs
            .filter((x) => x.row === row)
            .map((x) => x.column)
            .sort();
        assert.deepEqual(at(2), []);
        assert.deepEqual(at(3), ['price_type']);
        assert.deepEqual(at(4), ['date', 'price', 'product_id']);
        assert.deepEqual(at(5), ['price', 'quantity']);
        assert.deepEqual(at(6), ['date']);
        return true;
      });
      await assert.rejects(
        uploadSurvey(m.d.db, m.operator, Buffer.from(`product_id,price_type,date,price\n999999,online,2025-03-20,1\n`), 'csv', { today: '2025-04-01' }),
        (e: unknown) => {
          assert.ok(e instanceof AppError && e.code === 'IMPORT_REJECTED');
          assert.match(JSON.stringify(e.details), /product 999999 does not exist/);
          return true;
        },
      );
      await rejects(uploadSurvey(m.d.db, m.operator, Buffer.from('price\n1\n'), 'csv'), 'IMPORT_REJECTED'); // missing columns
      await rejects(uploadSurvey(m.d.db, m.operator, Buffer.from('not a zip'), 'xlsx'), 'BAD_SPREADSHEET');
      assert.equal(await count(), before);
      const ok = await uploadSurvey(
        m.d.db,
        m.operator,
        Buffer.from(`商品ID,价格类型,日期,价格,数量\n${p},市场价,2025-03-20,12.50,100\n${p},in-market,2025-03-21,12.60,\n`),
        'csv',
        { today: '2025-04-01' },
      );
      assert.equal(ok.rows, 2);
      assert.equal(ok.items, 1);
      assert.equal(await count(), before + 2);
      const rows = await m.d.db
        .selectFrom('index_observations')
        .select(['price', 'collection_date', 'source'])
        .where('batch_id', '=', ok.batchId)
        .orderBy('id')
        .execute();
      assert.deepEqual(
        rows.map((r) => [r.price, r.collection_date, r.source]),
        [
          [1250, '2025-03-20', 'survey'],
          [1260, '2025-03-24', 'survey'],
        ],
      );
    });
  });

  describe(`index scheduler on ${engine}`, () => {
    let m: IndexMarket;
    before(async () => {
      m = await indexMarket(engine, ['04']);
    });
    after(async () => m.d.close());
    test('collects listed prices on collection days and publishes each complete week once', async () => {
      const t1 = await indexTick(m.d, new Date('2025-06-05T08:00:00Z')); // a Thursday
      assert.equal(t1.collectedDay, '2025-06-05');
      assert.equal(t1.collected, m.products.length);
      assert.equal(t1.published, null); // the week is not complete
      const t2 = await indexTick(m.d, new Date('2025-06-10T08:00:00Z')); // Tuesday: last collection day Monday 06-09
      assert.equal(t2.collectedDay, '2025-06-09');
      assert.ok(t2.published);
      const again = await indexTick(m.d, new Date('2025-06-10T09:00:00Z'));
      assert.deepEqual(again, { collected: 0, collectedDay: null, published: null });
      const t3 = await indexTick(m.d, new Date('2025-06-17T08:00:00Z'));
      assert.ok(t3.published);
      const s = await getSeries(m.d.db, { category: 'ALL' });
      assert.deepEqual(
        s.nodes[0]!.points.map((p) => [p.week, p.value]),
        [
          ['2025-W23', 100],
          ['2025-W24', 100],
        ],
      );
      assert.equal(weekLabel('2025-06-09'), '2025-W24');
    });
  });
}
