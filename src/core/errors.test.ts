import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { z } from 'zod';
import { AppError, ERROR_STATUS, toAppError } from './errors.ts';
import { openTestDatabase, testEngines } from './db/testing.ts';
import type { Database } from './db/database.ts';
import { parseInput } from './validation.ts';

/** The error a statement throws on the real engine. */
async function thrownBy(d: Database, q: ReturnType<typeof sql>): Promise<unknown> {
  try {
    await q.execute(d.db);
  } catch (e) {
    return e;
  }
  assert.fail('the statement did not fail');
}

test('a ZodError escaping a service is translated to VALIDATION naming the field, with every issue in details', () => {
  const r = z.strictObject({ username: z.string().min(3), age: z.number() }).safeParse({ username: 'a', age: 'x' });
  assert.ok(!r.success);
  const e = toAppError(r.error);
  assert.ok(e instanceof AppError);
  assert.equal(e.code, 'VALIDATION');
  assert.match(e.message, /^username: /);
  assert.deepEqual(
    (e.details as { issues: { path: string }[] }).issues.map((i) => i.path),
    ['username', 'age'],
  );
});

test('parseInput throws AppError VALIDATION, never a raw ZodError, and names the input when the issue has no path', () => {
  assert.throws(
    () => parseInput(z.string().regex(/^\d{4}$/, 'four digits'), 'x', 'year'),
    (e: unknown) => e instanceof AppError && e.code === 'VALIDATION' && e.message === 'year: four digits',
  );
  assert.equal(parseInput(z.number().int(), 7), 7);
});

test('an unknown failure (a bug) is not translated: toAppError returns undefined so the adapter answers 500', () => {
  assert.equal(toAppError(new TypeError('x is undefined')), undefined);
  assert.equal(toAppError(Object.assign(new Error('disk'), { code: 'ENOSPC' })), undefined);
  assert.equal(toAppError('a string'), undefined);
  assert.equal(toAppError(undefined), undefined);
  const own = new AppError('BUSY', 'later', { retryAfterSeconds: 3 });
  assert.equal(toAppError(own), own);
});

test('every code of the table has a 4xx or 5xx status', () => {
  for (const [code, status] of Object.entries(ERROR_STATUS)) assert.ok(status >= 400 && status < 600, code);
});

for (const engine of testEngines()) {
  describe(`database errors are translated by their SQLSTATE on ${engine}`, () => {
    let d: Database;
    before(async () => {
      d = await openTestDatabase(engine);
      await sql`create table err_parent (id int primary key, name text not null unique)`.execute(d.db);
      await sql`create table err_child (id int primary key, parent_id int not null references err_parent(id))`.execute(d.db);
      await sql`insert into err_parent values (1, 'a')`.execute(d.db);
    });
    after(() => d.close());

    test('a duplicate unique key (23505) is DUPLICATE naming the constraint, not a 500', async () => {
      const e = toAppError(await thrownBy(d, sql`insert into err_parent values (2, 'a')`));
      assert.equal(e?.code, 'DUPLICATE');
      assert.match(e?.message ?? '', /err_parent_name_key/);
    });

    test('a reference to a missing record (23503) is VALIDATION', async () => {
      const e = toAppError(await thrownBy(d, sql`insert into err_child values (1, 999)`));
      assert.equal(e?.code, 'VALIDATION');
      assert.match(e?.message ?? '', /does not exist/);
    });

    test('a NUL character in text (22021) is BAD_TEXT', async () => {
      const e = toAppError(await thrownBy(d, sql`insert into err_parent values (3, ${'a\u0000b'})`));
      assert.equal(e?.code, 'BAD_TEXT');
    });
  });
}
