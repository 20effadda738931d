import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openDatabase, sql, type Database } from './database.ts';
import { toAppError } from '../errors.ts';

async function withDatabase(fn: (d: Database) => Promise<void>): Promise<void> {
  const d = await openDatabase({ dataDir: 'memory://' });
  try {
    await sql`create table t (id int primary key, sku text not null unique, qty int not null check (qty > 0))`.execute(d.db);
    await fn(d);
  } finally {
    await d.close();
  }
}

test('a PGlite error from the worker thread keeps its SQLSTATE fields and maps to the same 4xx (unique, check, not null)', async () => {
  await withDatabase(async (d) => {
    await d.db
      .insertInto('t' as never)
      .values({ id: 1, sku: 'A', qty: 1 } as never)
      .execute();
    const mapped = async (p: Promise<unknown>) => {
      const e = await p.then(
        () => assert.fail('the statement should fail'),
        (err: unknown) => err,
      );
      assert.ok(e instanceof Error, 'an Error arrives in the main thread');
      return { raw: e as Error & { code?: string; constraint?: string; column?: string; table?: string }, app: toAppError(e) };
    };
    const dup = await mapped(
      d.db
        .insertInto('t' as never)
        .values({ id: 2, sku: 'A', qty: 1 } as never)
        .execute(),
    );
    assert.equal(dup.raw.code, '23505');
    assert.equal(dup.raw.constraint, 't_sku_key');
    assert.equal(dup.raw.table, 't');
    assert.match(dup.raw.message, /duplicate key/);
    assert.equal(dup.app?.code, 'DUPLICATE');
    assert.equal(dup.app?.status, 409);

    const check = await mapped(
      d.db
        .insertInto('t' as never)
        .values({ id: 3, sku: 'B', qty: 0 } as never)
        .execute(),
    );
    assert.equal(check.raw.code, '23514');
    assert.equal(check.app?.status, 400);
    assert.deepEqual(check.app?.details, { constraint: 't_qty_check' });

    const missing = await mapped(sql`insert into t (id, qty) values (4, 1)`.execute(d.db));
    assert.equal(missing.raw.code, '23502');
    assert.deepEqual(missing.app?.details, { column: 'sku' });

    // inside a transaction: the error rolls the transaction back, and the connection is usable afterwards
    const inTx = await mapped(
      d.db.transaction().execute(async (tx) => {
        await tx
          .insertInto('t' as never)
          .values({ id: 5, sku: 'C', qty: 1 } as never)
          .execute();
        await tx
          .insertInto('t' as never)
          .values({ id: 6, sku: 'C', qty: 1 } as never)
          .execute();
      }),
    );
    assert.equal(inTx.app?.status, 409);
    const rows = await sql<{ id: number }>`select id from t order by id`.execute(d.db);
    assert.deepEqual(
      rows.rows.map((r) => r.id),
      [1],
    );
  });
});

test('a long statement runs in the worker thread: the main thread keeps running its timers meanwhile', async () => {
  await withDatabase(async (d) => {
    let settled = false;
    let ticksWhileRunning = 0;
    const timer = setInterval(() => {
      if (!settled) ticksWhileRunning++;
    }, 1);
    try {
      // hundreds of ms of work in PostgreSQL; in the main thread no timer could fire until it finished
      const q = sql<{ n: number }>`select count(*)::int as n from generate_series(1, 5000000) g where g % 7 = 3`.execute(d.db);
      const r = await q.finally(() => {
        settled = true;
      });
      assert.equal(r.rows[0]?.n, 714286);
    } finally {
      clearInterval(timer);
    }
    assert.ok(ticksWhileRunning >= 3, `the main thread's timer fired ${ticksWhileRunning} times while the statement ran`);
  });
});

test('transactions, COPY and type parsers through the worker: commit keeps, rollback discards, int8 is a number', async () => {
  await withDatabase(async (d) => {
    await d.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('t' as never)
        .values({ id: 1, sku: 'A', qty: 1 } as never)
        .execute();
    });
    await d.db
      .transaction()
      .execute(async (tx) => {
        await tx
          .insertInto('t' as never)
          .values({ id: 2, sku: 'B', qty: 1 } as never)
          .execute();
        throw new Error('abandon');
      })
      .catch(() => {});
    const copied = await d.copyCsv('t', ['id', 'sku', 'qty'], ['3,C,1\r\n4,D,2\r\n']);
    assert.equal(copied, 2);
    const rows = await sql<{ id: number; sku: string }>`select id, sku from t order by id`.execute(d.db);
    assert.deepEqual(rows.rows, [
      { id: 1, sku: 'A' },
      { id: 3, sku: 'C' },
      { id: 4, sku: 'D' },
    ]);
    const types = await sql<{ n: unknown; d: unknown; x: unknown }>`select 9007199254740991::int8 as n, date '2026-11-30' as d, 1.50::numeric as x`.execute(
      d.db,
    );
    assert.deepEqual(types.rows[0], { n: 9007199254740991, d: '2026-11-30', x: '1.50' });
  });
});
